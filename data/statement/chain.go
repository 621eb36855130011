package statement

import (
	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// splitsChain reports whether a cue chained to the frame before it ("X
// said A, adding that B", "X denounced A and pledged B", "X praised A,
// saying B") starts a statement of its own, which ends the one before:
// each verb of the subject's says its own thing. What a readout's subject
// restates, and what it calls something, is kept whole ("reiterated the
// importance of A, and noted B", "described the talks as constructive,
// highlighting B", "raised the cases of A and reminded officials that B"):
// the position and the saying that explains it are one statement, as the
// annotated briefings take them, unless the first cue reports a clause or
// a quotation or the second is plain "say". In a release every verb of
// the subject's joined so keeps to that convention ("We commend A and
// call on B", "condemned A, calling for B").
func splitsChain(s *syntax.Sentence, fr, next *cue.Frame, release bool) bool {
	if next.Lemma == "say" {
		return true
	}
	c := fr.Content[0]
	if c.Empty() {
		return false
	}
	if !release && !keepsPosition(s, fr) && !explains(s, next) {
		return true
	}
	if fr.Kind != lexicon.Say && fr.Kind != lexicon.Tell && fr.Kind != lexicon.That {
		// "commended the role Kestria plays …": the object of a stance
		// is a clause only after "that" or in quotation marks
		return opensClause(s, c.From)
	}
	return opensClause(s, c.From) || reportsClause(s, c.From, next.Cue.From)
}

// explains reports a participle of saying after a comma whose content
// is a that-clause ("encouraged dialogue, emphasising that …"): the
// reason the subject gives for what it did, part of the same statement.
func explains(s *syntax.Sentence, next *cue.Frame) bool {
	c, k := next.Content[0], next.Cue.From
	return k > 0 && s.Words[k].Tag == tag.VBG && s.Words[k-1].Tag == tag.Comma &&
		c.From > 0 && !c.Empty() && s.Words[c.From-1].Is(lexicon.Complementizer)
}

// keepsPosition reports a cue whose object is a position its subject
// holds, which what the subject goes on to say explains: a restating verb
// ("reaffirmed"), a verb that names what something is ("described … as"),
// or one that raises a topic ("raised the cases of …").
func keepsPosition(s *syntax.Sentence, fr *cue.Frame) bool {
	if fr.Kind == lexicon.Describe {
		return true
	}
	w := &s.Words[fr.Cue.From]
	if w.Entry == nil {
		return false
	}
	if w.Entry.Restates {
		return true
	}
	for _, c := range w.Entry.Cues {
		if c.Lemma == fr.Lemma && c.Topic {
			return true
		}
	}
	return false
}

// opensClause reports content that opens with a quotation or a
// complementizer ("that", "whether").
func opensClause(s *syntax.Sentence, from int) bool {
	w := &s.Words[from]
	return w.Quote >= 0 || w.Tok.Kind == text.Quote || from > 0 && s.Words[from-1].Is(lexicon.Complementizer) || w.Is(lexicon.Complementizer)
}

// reportsClause reports content from `from` that is a quotation, or a
// clause (a subject and its finite verb, perhaps after "that"), before
// word `to`.
func reportsClause(s *syntax.Sentence, from, to int) bool {
	if from >= to || from >= len(s.Words) {
		return false
	}
	e := s.NounPhraseAt(from)
	if e <= from || e >= to {
		return false
	}
	for e < to && s.Words[e].Tag.IsAdverb() {
		e++
	}
	return e < to && (s.Words[e].Tag.IsFiniteVerb() || s.Words[e].Tag == tag.MD)
}

// chainStart is where a chained cue's verb phrase begins: before the
// adverbs and auxiliaries that lead to the cue ("and has also said").
func chainStart(s *syntax.Sentence, k int) int {
	for k > 0 {
		w := &s.Words[k-1]
		if w.Quote < 0 && (w.Tag.IsAdverb() || w.Tag == tag.MD || w.Is(lexicon.Auxiliary) && w.Tag.IsVerb()) {
			k--
			continue
		}
		break
	}
	return k
}
