package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// askedBy finds the question of an opener "Asked by X whether …," or
// "When pressed by X to …,": the agent of a participle of [asking
// participles] asked what follows it, an if-, whether- or wh-clause or
// an infinitive, up to the comma that closes the opener (or the
// sentence's end). The answer is the main clause's, a frame of its own.
// Other words after the agent ("asked by X about the talks", "pressed
// by the crisis in their homes") are no question the text gives.
func (f *Finder) askedBy(s *syntax.Sentence, i int) (Frame, bool) {
	w := &s.Words[i]
	if w.Entry == nil || !w.Entry.AsksBy || w.Tag != tag.VBN && w.Tag != tag.VBD || w.Quote >= 0 {
		return Frame{}, false
	}
	// the participle opens the sentence or a clause after a comma, alone
	// or after a subordinator ("When asked by …", "…, when asked by …")
	k := i - 1
	if k >= 0 && s.Words[k].Is(lexicon.Subordinator) && s.Words[k].Tag != tag.CC {
		k--
	}
	if k >= 0 && !isPunct(s, k, ',') {
		return Frame{}, false
	}
	by := i + 1
	if by+1 >= len(s.Words) || !s.Words[by].Is(lexicon.AgentPreposition) || s.Words[by].Quote >= 0 {
		return Frame{}, false
	}
	sp := agentPhrase(s, f.speakerAfter(s, by+1))
	if sp.Empty() || !speakingSubject(&s.Words[s.Head(sp)]) {
		return Frame{}, false
	}
	c := sp.To
	if c >= len(s.Words) {
		return Frame{}, false
	}
	if q := &s.Words[c]; q.Quote >= 0 || !(q.Tag == tag.TO || q.Tag == tag.WRB || q.Tag == tag.WP || isComplementizer(q)) {
		return Frame{}, false
	}
	e := c + 1
	for e < len(s.Words) && !(isPunct(s, e, ',') && s.Words[e].Quote < 0) {
		e++
	}
	content := trimEnd(s, syntax.Phrase{From: c, To: e})
	if content.Len() < 2 {
		return Frame{}, false
	}
	lemma := text.Lower(w.Text)
	for _, c := range w.Entry.Cues {
		if !c.Noun {
			lemma = c.Lemma
			break
		}
	}
	fr := Frame{Cue: syntax.Phrase{From: i, To: i + 1}, Lemma: lemma, Kind: lexicon.Say, Shape: Inverted, Speaker: sp}
	fr.Content[0] = content
	return fr, true
}
