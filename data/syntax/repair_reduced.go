package syntax

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairReducedBeforeCue: a regular "-ed" form the tagger made the past
// tense right after a common noun ("veterans interviewed/VBD at rallies
// this week said", "the order released/VBD Friday said", "disclosures
// filed/VBD on Sunday night revealed") is a participle that describes the
// noun when a verb of saying follows as the clause's finite verb: the
// noun is the speaker, and the clause cannot have two finite verbs with
// nothing to join them. The participle is followed by a preposition, an
// adverb or a word of time, as a reduced relative is; a verb followed by
// a noun phrase may have a clause for its object ("Officials believed
// the ministers said …") and stays a verb. Commas may set off an aside
// only right before the cue ("…, including Mr. Arno, said"): a comma and
// a new subject ("Velk arrived in Hollin, officials said") make the
// clause before it the content.
func (s *Sentence) repairReducedBeforeCue() {
	for i := 1; i+1 < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag != tag.VBD || w.Quote >= 0 || !strings.HasSuffix(text.Lower(w.Text), "ed") {
			continue
		}
		if p := s.Words[i-1].Tag; (p != tag.NN && p != tag.NNS) || s.Words[i-1].Quote >= 0 {
			continue
		}
		if n := &s.Words[i+1]; !(n.Tag == tag.IN && !n.Is(lexicon.Subordinator) && !n.Is(lexicon.Complementizer) || n.Tag == tag.RB || n.IsTime()) {
			continue
		}
		if j := cueAfterReduced(s, i+1); j > 0 {
			w.Tag = tag.VBN
		}
	}
}

// cueAfterReduced is the finite verb of saying that follows a reduced
// relative from k, or -1.
func cueAfterReduced(s *Sentence, k int) int {
	comma := false
	for ; k < len(s.Words) && k < 40; k++ {
		w := &s.Words[k]
		switch {
		case w.Quote >= 0 || w.Tag == tag.CC || w.Tag == tag.WDT || w.Tag == tag.WP || w.Tag == tag.Colon || w.Tag == tag.MD ||
			w.Tok.Has(text.Dash) || w.Is(lexicon.Complementizer) || w.Is(lexicon.Subordinator) && w.Tag != tag.IN:
			return -1
		case w.Tag == tag.Comma:
			comma = true
		case isFinite(w.Tag):
			if !w.Is(lexicon.CueVerb) || comma && s.Words[k-1].Tag != tag.Comma {
				return -1
			}
			return k
		}
	}
	return -1
}
