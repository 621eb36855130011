package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// clauseBetween reports a clause of the writer's joined after the frame
// before and ending at the participle at i: "and" or "but", then a
// finite verb, outside that frame's content and any quotation
// ("prosecutors charged the officer and the mayor fired his chief,
// acknowledging …" is the mayor acknowledging). The participle then goes
// on with that clause's subject, not with the frame's speaker. A verb of
// a relative or adverbial clause ("said X, who chairs the department,
// citing …", "after the senator won, remarking …") opens no such clause.
func clauseBetween(s *syntax.Sentence, prev *Frame, i int) bool {
	joined := false
	for k := prev.Cue.To; k < i; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || prev.Content[0].Has(k) || prev.Content[1].Has(k) || prev.Aside.Has(k) {
			continue
		}
		switch {
		case w.Tag == tag.CC:
			joined = true
		case w.Tag == tag.WP || w.Tag == tag.WDT || w.Tag == tag.WRB || w.Is(lexicon.Subordinator):
			joined = false
		case w.Tag.IsFiniteVerb() && joined:
			return true
		}
	}
	return false
}

// subordinateJoined reports a verb after "and" at i that goes on with an
// adverbial clause inside the frame before's content, one whose subject
// can speak: in "X said the candidate was at the venue when the police
// found her and told her to leave" the police told her, not X. The
// conjoined verb then takes that clause's subject, as any verb after
// "and" does.
func subordinateJoined(s *syntax.Sentence, prev *Frame, i int) bool {
	k := i - 1
	for k > prev.Cue.To && s.Words[k].Tag != tag.CC {
		k--
	}
	verb := false
	for j := k - 1; j >= prev.Cue.To; j-- {
		w := &s.Words[j]
		switch {
		case w.Quote >= 0 || w.Tag == tag.Comma || w.Tag == tag.CC || isDash(s, j):
			return false
		case w.Tag.IsFiniteVerb():
			if verb {
				return false // a second verb: no single clause before "and"
			}
			verb = true
		case verb && (w.Tag == tag.WRB || w.Tag == tag.IN && w.Is(lexicon.Subordinator) && !isComplementizer(w)):
			if j+1 >= k {
				return false
			}
			e := s.NounPhraseAt(j + 1)
			return e > j+1 && e < k && s.Words[e].Tag.IsFiniteVerb() && speakingSubject(&s.Words[s.Head(syntax.Phrase{From: j + 1, To: e})])
		}
	}
	return false
}
