package statement

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// appositiveOpens reports a comma at i after a noun, in content from
// `from` before the content's own verb, that opens the writer's
// description of it: a noun phrase with its determiner ("Velk,
// a graduate of the academy, will …", "Hendricks, the environment
// minister, …") or a participle ("the program, known as the fuel
// standard, can …"). withoutAsides cuts it from the content when the
// clause resumes after its closing comma (clauseResumes).
func appositiveOpens(s *syntax.Sentence, from, i int) bool {
	if i == 0 || i+1 >= len(s.Words) || s.Words[i].Tag != tag.Comma || s.Words[i+1].Quote >= 0 {
		return false
	}
	if b := s.Words[i-1].Tag; !b.IsNoun() {
		return false
	}
	for k := from; k < i; k++ {
		if t := s.Words[k].Tag; s.Words[k].Quote < 0 && (t.IsFiniteVerb() || t == tag.MD) {
			return false // the clause has its verb: "killed civilians, detained civilians, beat …" lists acts
		}
	}
	n := &s.Words[i+1]
	if n.Tag == tag.VBN {
		// "known as …", "first reported by …"; "coordinated waivers" is
		// an act in a list
		return i+2 < len(s.Words) && (s.Words[i+2].Tag == tag.IN || s.Words[i+2].Tag == tag.TO || s.Words[i+2].Tag.IsAdverb())
	}
	return n.Tag == tag.DT && s.NounPhraseAt(i+1) > i+2
}

// clauseResumes reports the clause an aside interrupted going on at k: a
// finite verb or a modal, perhaps after adverbs ("…, will do an
// excellent job", "…, still faces a difficult road").
func clauseResumes(s *syntax.Sentence, k int) bool {
	for k < len(s.Words) && s.Words[k].Tag.IsAdverb() && s.Words[k].Quote < 0 {
		k++
	}
	return k < len(s.Words) && s.Words[k].Quote < 0 && (s.Words[k].Tag.IsFiniteVerb() || s.Words[k].Tag == tag.MD)
}
