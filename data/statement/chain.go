package statement

import (
	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// splitsChain reports whether a cue chained to the frame before it ("X
// said A, adding that B", "X said A and said B") starts a statement of
// its own, which ends the one before: when what the first cue reports is
// a clause or a quotation, or the second cue is plain "say". What a
// readout's subject stands for is kept whole ("reiterated the
// importance of A, and noted B", "expressed optimism about A, noting
// B"): the object of a stance and the saying that explains it are one
// statement, as the annotated briefings take them.
func splitsChain(s *syntax.Sentence, fr, next *cue.Frame) bool {
	if next.Lemma == "say" {
		return true
	}
	c := fr.Content[0]
	if c.Empty() {
		return false
	}
	if fr.Kind != lexicon.Say && fr.Kind != lexicon.Tell && fr.Kind != lexicon.That {
		// "commended the role Kestria plays …": the object of a stance
		// is a clause only after "that" or in quotation marks
		return opensClause(s, c.From)
	}
	return opensClause(s, c.From) || reportsClause(s, c.From, next.Cue.From)
}

// opensClause reports content that opens with a quotation or a
// complementizer ("that", "whether").
func opensClause(s *syntax.Sentence, from int) bool {
	w := &s.Words[from]
	return w.Quote >= 0 || w.Tok.Kind == text.Quote || from > 0 && s.Words[from-1].Is(lexicon.Complementizer) || w.Is(lexicon.Complementizer)
}

// reportsClause reports content from `from` that is a quotation, or a
// clause (a subject and its finite verb, perhaps after "that"), before
// word `to`.
func reportsClause(s *syntax.Sentence, from, to int) bool {
	if from >= to || from >= len(s.Words) {
		return false
	}
	e := s.NounPhraseAt(from)
	if e <= from || e >= to {
		return false
	}
	for e < to && s.Words[e].Tag.IsAdverb() {
		e++
	}
	return e < to && (s.Words[e].Tag.IsFiniteVerb() || s.Words[e].Tag == tag.MD)
}

// chainStart is where a chained cue's verb phrase begins: before the
// adverbs and auxiliaries that lead to the cue ("and has also said").
func chainStart(s *syntax.Sentence, k int) int {
	for k > 0 {
		w := &s.Words[k-1]
		if w.Quote < 0 && (w.Tag.IsAdverb() || w.Tag == tag.MD || w.Is(lexicon.Auxiliary) && w.Tag.IsVerb()) {
			k--
			continue
		}
		break
	}
	return k
}
