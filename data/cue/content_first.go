package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// noContentBefore reports a content-first frame whose words before the
// speaker say when or why, not what: "As the results rolled in, Velk
// continued …" ("After the court ruled, Hebert said, most laws …" sets
// the cue inside, and the words are content); and one whose cue "that"
// follows ("Besides attacking him, Velk asserted that, abortion aside,
// …"): the content is after "that", whatever comes before.
func (f *Finder) noContentBefore(s *syntax.Sentence, fr *Frame) bool {
	if fr.Shape != ContentFirst || !fr.Content[1].Empty() {
		return false
	}
	k := f.skipAdjuncts(s, fr, fr.Cue.To)
	return !fr.Content[0].Empty() && subordinateOnly(s, fr.Content[0]) && !isPunct(s, k, ',') || thatAfter(s, k)
}

// subordinateOnly reports unquoted words that are only a subordinate
// clause ("As the results rolled in", "When the talks ended"): it opens on
// a subordinator and no comma leads on to a main clause ("If the talks
// fail, the army moves" has one). Before a cue that does not go on with
// the main clause after it ("Though it was seamless, he said, replacing
// her would be …"), such words tell when or why, not what was said.
func subordinateOnly(s *syntax.Sentence, p syntax.Phrase) bool {
	w := &s.Words[p.From]
	if w.Quote >= 0 || !(w.Is(lexicon.Subordinator) && w.Tag != tag.CC && !isComplementizer(w) || w.Tag == tag.WRB) {
		return false
	}
	for k := p.From + 1; k < p.To; k++ {
		if s.Words[k].Tag == tag.Comma || s.Words[k].Tag == tag.Colon || s.Words[k].Quote >= 0 {
			return false
		}
	}
	return true
}

// thatAfter reports "that" opening a clause at k: "asserted that, …, the
// group did …", "said that the talks …".
func thatAfter(s *syntax.Sentence, k int) bool {
	if k+1 >= len(s.Words) {
		return false
	}
	w := &s.Words[k]
	return w.Quote < 0 && w.Tag == tag.IN && w.LinksClause() && s.Words[k+1].Tag != tag.Period
}

// closesClause reports a cue that ends its own clause at k, past an
// addressee and adjuncts: the end of the sentence, a mark, a quotation,
// phrases of setting or time ("Velk said of the plan last week."), a
// clause of manner or time ("…, Velk said as he left", "said in posing
// the question"), a pronoun standing for the words before ("…, he called
// them") or, for a verb of saying, the one it was written or said to
// ("…, Velk wrote Arno."). Only such a cue reports the unquoted clause
// before it ("The talks will go on, Velk said Thursday."). One that takes
// an object or a complement of its own ("…, Pate supported Arno", "…,
// Velk felt slighted", "…, Velk continued to press her") is a verb of the
// writer's narrative, and the words before it are not its content.
func (f *Finder) closesClause(s *syntax.Sentence, fr *Frame, k int) bool {
	k = f.skipAddressee(s, fr, k)
	if k < len(s.Words) && s.Words[k].Quote < 0 && (s.Words[k].Tag == tag.PRP || s.Words[k].Tag == tag.NNP && fr.Kind != lexicon.Attitude) {
		if e := s.NounPhraseAt(k); e > k {
			k = f.skipAdjuncts(s, fr, e) // "he called them", "Velk wrote Arno"
		}
	}
	for k < len(s.Words) {
		w := &s.Words[k]
		if e := s.NounPhraseAt(k); e > k && w.Quote < 0 && s.Words[s.Head(syntax.Phrase{From: k, To: e})].IsTime() {
			k = f.skipAdjuncts(s, fr, e) // "last week", before a clause of time
			continue
		}
		if w.Tag != tag.IN || w.Quote >= 0 || isComplementizer(w) || w.Is(lexicon.Subordinator) {
			break
		}
		if k+1 < len(s.Words) && s.Words[k+1].Tag == tag.VBG {
			return true // "said in posing the question"
		}
		e := s.NounPhraseAt(k + 1)
		if e < 0 {
			return false
		}
		k = f.skipAdjuncts(s, fr, possessedEnd(s, e))
	}
	if k >= len(s.Words) || atEnd(s, k) {
		return true
	}
	w := &s.Words[k]
	return w.Tok.Kind == text.Punct || w.Tok.Kind == text.Quote || w.Tag == tag.Period ||
		participleToEnd(s, k) || adverbialToEnd(s, k)
}
