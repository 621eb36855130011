// Surnames the tagger missed, apart so the walk in resolve.go stays readable.

package attribution

import (
	"slices"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// storySurnames retags as a name a capitalised word the tagger read as a
// common noun, a verb or an adjective when it is the surname of a full
// name the story gives one person: after "Bernie Sanders", "Sanders/NNS
// seemed …" and "Had Sanders/NNS won" name him, and so stay what a later
// "he" can stand for. A word of a name cannot be a plural noun the story
// also uses as a name. It reports the sentences it changed.
func (r *run) storySurnames(story *resolve.Story) []int {
	var changed []int
	for si := range r.sentences {
		s := &r.sentences[si]
		touched := false
		for i := range s.Words {
			w := &s.Words[i]
			if w.Quote >= 0 || !w.Tok.Has(text.Cap) || w.Tok.Has(text.Upper) || !missedName(w.Tag) ||
				w.Is(lexicon.Pronoun) || w.Is(lexicon.TitleHead) || w.Is(lexicon.Honorific) || w.Is(lexicon.Time) {
				continue
			}
			if i+1 < len(s.Words) && s.Words[i+1].Tag.IsProperNoun() {
				continue // a word before a name is a title or a given name, not this surname
			}
			if _, ok := story.FullName(w.Text); !ok {
				continue
			}
			w.Tag = tag.NNP
			touched = true
		}
		if touched {
			changed = append(changed, si)
		}
	}
	return changed
}

// missedName reports a tag the tagger gives a surname it does not know
// ("Sanders/NNS", "Rubio/VBZ"): a noun's, a verb's, an adjective's, a
// plural name's ("Sanders/NNPS" would be a people), or none, in a
// sentence with shallow tags.
func missedName(t tag.Tag) bool {
	switch t {
	case tag.NN, tag.NNS, tag.NNPS, tag.VB, tag.VBZ, tag.VBP, tag.VBD, tag.JJ, tag.UH, tag.RB, tag.XX:
		return true
	}
	return false
}

// titleSurnames reads as a surname a title word the story writes after a
// given name ("Larry King", "Ana Bishop"), there and wherever an
// honorific comes before it ("Mr. King", "Ms. Bishop"): the person the
// story named, not a king or a bishop, whose role a description could
// take. It runs before the mentions are read.
func (r *run) titleSurnames() {
	var surnames []string
	for si := range r.sentences {
		s := &r.sentences[si]
		for i := 1; i < len(s.Words); i++ {
			if titleAfterGivenName(s.Words, i) {
				surnames = append(surnames, s.Words[i].Text)
			}
		}
	}
	if len(surnames) == 0 {
		return
	}
	for si := range r.sentences {
		s := &r.sentences[si]
		for i := 1; i < len(s.Words); i++ {
			w := &s.Words[i]
			if !slices.Contains(surnames, w.Text) || !(titleAfterGivenName(s.Words, i) || s.Words[i-1].Is(lexicon.Honorific)) {
				continue
			}
			if i+1 < len(s.Words) && s.Words[i+1].Tok.Has(text.Cap) {
				continue // a title before a name: "Mr. King Arno" is no surname of Arno's
			}
			w.Entry, w.Tag = nil, tag.NNP
		}
	}
}

// titleAfterGivenName reports a capitalised title word after a given
// name that ends a name: "Larry King", not "King Abdullah" nor "Larry
// King Now".
func titleAfterGivenName(words []syntax.Word, i int) bool {
	w, g := &words[i], &words[i-1]
	return w.Quote < 0 && w.Tok.Has(text.Cap) && !w.Tok.Has(text.Upper) && (w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord)) &&
		g.Is(lexicon.GivenName) && g.Tok.Has(text.Cap) && g.Tag.IsProperNoun() &&
		(i+1 >= len(words) || !words[i+1].Tok.Has(text.Cap))
}
