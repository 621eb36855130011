package syntax

import (
	"strings"

	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// tookTags is what a tagger may say of its training: whether a word took
// a tag there (tag.Tagger.Took).
type tookTags interface {
	Took(word string, tg tag.Tag) bool
}

// repairUnseenAdverbs: a word the tagger made an adverb that it never saw
// as one, standing where a noun phrase ends ("at a pro-Trump rally/RB
// said", "a close ally/RB of Velk said", "the rally/RB on Tuesday"), is
// a noun the model guessed from its "-lly" ending: after a determiner,
// an adjective, a noun or a possessive, and before no word the adverb
// could modify (an adjective, an adverb, a participle, a number). A
// longer "-ly" word is an adjective's adverb the model had not met
// ("the firmly held belief", "Sanders implicitly criticizes").
func (s *Sentence) repairUnseenAdverbs(t tookTags) {
	for i := 1; i < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag != tag.RB || t.Took(w.Text, tag.RB) {
			continue
		}
		if l := text.Lower(w.Text); strings.HasSuffix(l, "ly") && len(l) > 5 {
			continue // "firmly", "implicitly": an adjective's adverb the model had not met
		}
		switch p := s.Words[i-1].Tag; {
		case p == tag.DT || p == tag.PRPS || p == tag.POS || p.IsAdj() || p.IsNoun():
		default:
			continue
		}
		if i+1 < len(s.Words) {
			if n := s.Words[i+1].Tag; n.IsAdj() || n.IsAdverb() || n == tag.VBN || n == tag.VBG || n == tag.CD {
				continue
			}
		}
		w.Tag = nounTag(w)
	}
}

// repairAdjectiveAdverb: a word the tagger read as an adverb though it
// met it as an adjective too, or a "-wide" word it met only as an adverb
// ("spread nationwide"), standing where a noun phrase opens and right
// before the common noun of a subject, is that noun's adjective:
// "nationwide/RB surveys indicate" spoke as "surveys". A word the lexicon
// knows ("only", "also") and an "-ly" adverb keep their reading.
func (s *Sentence) repairAdjectiveAdverb(t tookTags) {
	for i := 0; i+1 < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag != tag.RB || w.Entry != nil {
			continue
		}
		if n := s.Words[i+1].Tag; n != tag.NN && n != tag.NNS || i+2 >= len(s.Words) || !isFinite(s.Words[i+2].Tag) {
			continue // only a subject's: an object's list ("a nationwide ceasefire, respect for …") reads on as it was
		}
		if i > 0 {
			if p := s.Words[i-1].Tag; p != tag.DT && p != tag.IN && p != tag.PRPS && p != tag.POS && !p.IsAdj() {
				continue
			}
		}
		if l := text.Lower(w.Text); strings.HasSuffix(l, "ly") || !strings.HasSuffix(l, "wide") && !t.Took(w.Text, tag.JJ) {
			continue
		}
		w.Tag = tag.JJ
	}
}
