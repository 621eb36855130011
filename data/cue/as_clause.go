package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// asPassive finds the passive as-clause of a verb of saying: "As
// reported by the Tesmar Journal, investigators found …" and "…, as
// noted by Ana Velk." The agent speaks; what was reported is the main
// clause, after the as-clause or before it. Only the verbs of [passive
// cues] do: "duly elected, as confirmed by the electoral authorities"
// confirms the election, not what the main clause says.
func (f *Finder) asPassive(s *syntax.Sentence, i int, c lexicon.Cue, cue syntax.Phrase) (Frame, bool) {
	as := i - 1
	for as > 0 && s.Words[as].Tag == tag.RB && !s.Words[as].Is(lexicon.Negation) {
		as-- // "as first reported by"
	}
	if as < 0 || s.Words[i].Tag != tag.VBN || s.Words[i].Entry == nil || !s.Words[i].Entry.PassiveCue || !s.Words[as].Likens() || cue.To >= len(s.Words) ||
		!s.Words[cue.To].Is(lexicon.AgentPreposition) || c.Frame == lexicon.Attitude || c.Frame == lexicon.Conversation || c.Frame == lexicon.Describe {
		return Frame{}, false
	}
	sp := agentPhrase(s, f.speakerAfter(s, cue.To+1))
	if sp.Empty() {
		return Frame{}, false
	}
	fr := Frame{Cue: cue, Lemma: c.Lemma, Kind: c.Frame, Speaker: sp}
	k := f.skipAdjuncts(s, &fr, sp.To)
	switch {
	case as == 0 && isPunct(s, k, ',') && !atEnd(s, k+1):
		fr.Shape = SpeakerFirst
		fr.Content[0] = trimEnd(s, syntax.Phrase{From: k + 1, To: len(s.Words)})
	case as > 1 && isPunct(s, as-1, ',') && (atEnd(s, k) || adjunctsToEnd(s, k)):
		fr.Shape = ContentFirst
		fr.Content[0] = trimEnd(s, syntax.Phrase{From: clauseBefore(s, contentStart(s, as-1), as-1), To: as - 1})
	default:
		return Frame{}, false
	}
	if fr.Content[0].Empty() || !hasFiniteVerb(s, fr.Content[0].From, fr.Content[0].To) {
		return Frame{}, false
	}
	return fr, true
}

// maxAdjuncts bounds the words of time and setting that may end a
// sentence after an as-clause's verb.
const maxAdjuncts = 12

// adjunctsToEnd reports words from k to the end of the sentence that are
// no clause, no quotation and no content: "as X reported a few days
// later.", "as X noted on his show on Monday."
func adjunctsToEnd(s *syntax.Sentence, k int) bool {
	if k >= len(s.Words) || len(s.Words)-k > maxAdjuncts || s.Words[len(s.Words)-1].Tag != tag.Period {
		return false
	}
	for j := k; j < len(s.Words)-1; j++ {
		w := &s.Words[j]
		if w.Quote >= 0 || w.Tok.Kind == text.Quote || w.Tag.IsVerb() || w.Tag == tag.MD || w.Tag == tag.Colon ||
			isComplementizer(w) || w.Is(lexicon.Subordinator) && w.Tag != tag.IN || w.Tag == tag.WDT || w.Tag == tag.WP {
			return false
		}
	}
	return true
}
