package cue

import "github.com/brief-reader/brief/data/syntax"

// dashedSpeakerName moves a name set off by dashes between the cue and
// what was said ("as the minister has made clear — Minister Arno — this
// offer …") from the content to the speaker's aside: it says who the
// speaker is, as an appositive after the speaker does.
func dashedSpeakerName(s *syntax.Sentence, fr *Frame) {
	c := fr.Content[0]
	if fr.Shape != SpeakerFirst || fr.Speaker.Empty() || !fr.Aside.Empty() || c.Empty() || !isDash(s, c.From) || s.Words[c.From].Quote >= 0 {
		return
	}
	j := c.From + 1
	for j < c.To && s.Words[j].Tag.IsProperNoun() && s.Words[j].Quote < 0 {
		j++
	}
	if j == c.From+1 || j+2 >= c.To || !isDash(s, j) || coordinatedCue(s, j+1) {
		// no name, nothing said after it, or a clause that says it again
		// with a cue of its own ("— Jon Arno — he said, …")
		return
	}
	fr.Aside = syntax.Phrase{From: c.From + 1, To: j}
	fr.Content[0].From = j + 1
	if s.Words[j+1].LinksClause() && isComplementizer(&s.Words[j+1]) {
		fr.Content[0].From++ // "said — Ana Velk — that …"
	}
}
