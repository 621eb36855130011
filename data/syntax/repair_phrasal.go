package syntax

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairPhrasalCue: the third person of a verb of saying that takes a
// particle ("calls on", "calls for", "calls upon"), which the tagger
// makes a plural noun ("The United States calls/NNS on the parties to
// …", "Kestria calls/NNS for calm"), is the verb of the noun phrase
// before it when that phrase opens its clause and no finite verb follows
// in the sentence: "the calls for calm" of "Tesmar's calls for calm went
// unheard" is a noun, and so is one after a preposition ("amid calls
// for …").
func (s *Sentence) repairPhrasalCue() {
	for i := 1; i+2 < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag != tag.NNS || w.Quote >= 0 || w.Tok.Has(text.Cap) || !w.Is(lexicon.CueVerb) || !thirdWithParticle(w, text.Lower(s.Words[i+1].Text)) {
			continue
		}
		if !s.Words[i-1].Tag.IsNoun() || !s.opensClause(i-1) || laterFinite(s, i+2) {
			continue
		}
		w.Tag = tag.VBZ
	}
}

// thirdWithParticle: w is a third-person form of a verb of saying whose
// lemma goes on with the word next ("calls" before "on").
func thirdWithParticle(w *Word, next string) bool {
	for _, c := range w.Entry.Cues {
		if c.Noun || len(c.Rest) == 0 || c.Rest[0] != next {
			continue
		}
		for _, f := range c.Forms {
			if f == lexicon.Third {
				return true
			}
		}
	}
	return false
}
