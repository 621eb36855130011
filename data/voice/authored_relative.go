package voice

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// The author's government in a relative clause whose object is what it
// comes after: "… following the applications of Kestria and Tesmar to
// join the pact, which the Republic welcomes and supports." The clause
// says the author's stance on the phrase before it; that phrase is the
// content, the clause's verb the cue. The verb must be in the present
// tense, a verb of saying (a stance, not an act: "which Kestria signed"
// is narration), and have no object of its own (the relative is it).

// relativeOwn reads such a clause in s, whose words from i on are the
// author's government after "which" or "that".
func (r *Reader) relativeOwn(s *syntax.Sentence, i int, own int32) (Said, bool) {
	if i < 2 || s.Words[i-1].Tag != tag.WDT || s.Words[i-2].Tag != tag.Comma {
		return Said{}, false
	}
	subj, kind := r.ownSubject(s, i, own)
	if kind != ownGovernment {
		return Said{}, false
	}
	cue, finite, ok := r.verbAfter(s, subj.To)
	if !ok || s.Words[finite].Tag != tag.VBZ && s.Words[finite].Tag != tag.VBP || !s.Words[cue.From].Is(lexicon.CueVerb) {
		return Said{}, false
	}
	// "welcomes and supports": the verbs share the gap; then the clause ends
	k := cue.To
	for k+1 < len(s.Words) && s.Words[k].Tag == tag.CC && s.Words[k+1].Tag.IsFiniteVerb() {
		k += 2
	}
	if k < len(s.Words) && s.Words[k].Tok.Kind == text.Word {
		return Said{}, false // an object of its own: "which Kestria calls a threat"
	}
	content := syntax.Phrase{From: antecedentStart(s, i-2), To: i - 2}
	if content.Empty() {
		return Said{}, false
	}
	return Said{Cue: cue, Content: content}, true
}

// antecedentStart is where the phrase that ends before the comma at c
// begins: back to the verb, comma or clause it hangs on, past its
// prepositions and their objects ("the presentation of applications by
// Kestria to join the pact"), and not the preposition that opens it.
func antecedentStart(s *syntax.Sentence, c int) int {
	k := c
	for k > 0 {
		w := &s.Words[k-1]
		if w.Quote >= 0 || w.Tag == tag.Comma || w.Tag == tag.Colon || w.Tag.IsWh() ||
			w.Tag.IsFiniteVerb() || w.Tag == tag.VBG || w.Tag == tag.VBN || w.Tag == tag.VB && !(k > 1 && s.Words[k-2].Tag == tag.TO) {
			break
		}
		k--
	}
	for k < c && (s.Words[k].Tag == tag.IN || s.Words[k].Tag == tag.TO) {
		k++
	}
	return k
}
