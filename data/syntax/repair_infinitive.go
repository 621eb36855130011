package syntax

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairVerbBeforeInfinitive: an "-s" form the tagger made a plural noun
// after a singular noun and before an infinitive ("the campaign plans/NNS
// to make its records public", "In May, the ministry aims/NNS to cut …")
// is the noun's verb when the noun phrase opens its clause and the clause
// has no finite verb of its own: read as a compound noun ("the campaign
// plans") it would leave the clause without one. A form the tagger never
// saw as a verb's "-s" form is a noun, and a clause that goes on to its
// verb ("the government plans to cut spending were dropped") has its
// subject in the compound, as has one whose past the tagger made a
// participle ("After the vote, the party plans to raise taxes
// collapsed/VBN").
func (s *Sentence) repairVerbBeforeInfinitive(t tookTags) {
	for i := 1; i+2 < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag != tag.NNS || w.Quote >= 0 || w.Tok.Has(text.Cap) || !s.infinitiveAt(i+1) || s.Words[i+2].Quote >= 0 {
			continue
		}
		if l := text.Lower(w.Text); !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || !t.Took(w.Text, tag.VBZ) {
			continue
		}
		if h := &s.Words[i-1]; h.Tag != tag.NN && h.Tag != tag.NNP || h.Quote >= 0 {
			continue
		}
		if e := clauseEnd(s, i+2); !s.subjectStartsClause(s.NounPhraseEndingAt(i-1)) || finiteIn(s, i+2, e) || participleIn(s, i+2, e) {
			continue
		}
		w.Tag = tag.VBZ
	}
}

// subjectStartsClause reports a noun phrase beginning at b that opens the
// sentence, a clause after a relative pronoun, "that" or a subordinator,
// or the main clause after an opening phrase with no verb of its own.
func (s *Sentence) subjectStartsClause(b int) bool {
	switch {
	case b < 0:
		return false
	case b == 0:
		return true
	}
	p := &s.Words[b-1]
	if p.Quote >= 0 {
		return false
	}
	return p.Tag == tag.WDT || p.Tag == tag.WP || p.Is(lexicon.Complementizer) || p.Is(lexicon.Subordinator) && p.Tag != tag.CC ||
		p.Tag == tag.Comma && s.openerBefore(b-1)
}

// participleIn reports a participle outside quotations in [from, to).
func participleIn(s *Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if w := &s.Words[k]; w.Quote < 0 && w.Tag == tag.VBN {
			return true
		}
	}
	return false
}
