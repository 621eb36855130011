package syntax

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// repairParticipleObject: a regular past form right after a verb of
// saying and before a noun phrase ("urged continued/VBD reforms",
// "encouraged increased/VBN cooperation") describes the verb's object;
// it is no second verb. The tagger, reading it as one, often made the
// verb of saying a noun after its subject ("He urged/NN continued/VBD
// reforms"): a past of saying after a subject pronoun or a name is its
// verb. A verb whose content is a clause keeps a past after it as the
// clause's verb: "that the government concluded constituted/VBD ethnic
// cleansing".
func (s *Sentence) repairParticipleObject() {
	for i := 1; i+2 < len(s.Words); i++ {
		v, p, n := &s.Words[i], &s.Words[i+1], &s.Words[i+2]
		if p.Tag != tag.VBD && p.Tag != tag.VBN || !takesObject(v) || v.Quote != p.Quote || p.Quote != n.Quote {
			continue
		}
		if !strings.HasSuffix(text.Lower(p.Text), "ed") || p.Entry != nil && p.Entry.Class&(lexicon.Auxiliary|lexicon.Passive) != 0 {
			continue
		}
		if !n.Tag.IsAdj() && n.Tag != tag.NN && n.Tag != tag.NNS {
			continue
		}
		switch {
		case v.Tag == tag.VBD:
		case (v.Tag == tag.NN || v.Tag == tag.NNS) && verbForm(v, lexicon.Past) && s.subjectBefore(i):
			v.Tag = tag.VBD
		default:
			continue
		}
		p.Tag = tag.JJ
	}
}

// subjectBefore reports a subject pronoun or a name right before the
// word at v.
func (s *Sentence) subjectBefore(v int) bool {
	w := &s.Words[v-1]
	if w.Quote != s.Words[v].Quote {
		return false
	}
	if w.Tag == tag.PRP {
		return w.SubjectPronoun()
	}
	return w.Tag == tag.NNP || w.Tag == tag.NNPS
}

// takesObject reports a verb of saying whose content may be a noun
// phrase right after it: "urged restraint", "welcomed the plan",
// "discussed trade".
func takesObject(w *Word) bool {
	if !w.Is(lexicon.CueVerb) {
		return false
	}
	for _, c := range w.Entry.Cues {
		if !c.Noun && len(c.Rest) == 0 && (c.Frame == lexicon.Object || c.Frame == lexicon.Urge || c.Frame == lexicon.Conversation) {
			return true
		}
	}
	return false
}
