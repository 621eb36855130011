package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairClauseVerbs: a verb the tagger made a noun or an adjective
// makes a clause a speaker ("the Ministry will", "KMA authorizes and
// KDC", "Participants shared stories of patients"); the verb is a verb
// again, and the noun "will", a compound subject and a participle
// before the clause's own verb stay as they were.
func TestRepairClauseVerbs(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"a phrase of time as the aside", "The Ministry will, in the coming days, announce new steps it is taking.", "will", tag.MD},
		{"an aside with a participle", "Today, the President will, in an effort to get more kids 12 and older vaccinated, call on school districts to host clinics.", "will", tag.MD},
		{"the noun after a determiner", "The will, in the end, left everything to Tad Arno.", "will", tag.NN},
		{"a verb the tagger made a plural noun before a coordinated clause", "If KMA authorizes and KDC recommends one or both plans, it would be a milestone.", "authorizes", tag.VBZ},
		{"the same after an article", "If the KMA authorizes and the KDC recommends that kids get the shot, shots will begin.", "authorizes", tag.VBZ},
		{"a compound subject stays a noun", "Kestria officials and the Board agreed on Monday.", "officials", tag.NNS},
		{"a past opening a sentence whose other verb is a relative clause's", "Participants shared stories of patients who have faced the harm, noting that care matters.", "shared", tag.VBD},
		{"a participle before the clause's own verb", "Officials concerned about the plan said it was costly.", "concerned", tag.JJ},
		{"the noun after a possessive", "Against the people's will, in March, Velk dissolved the Senate.", "will", tag.NN},
		{"a verb of saying that opens the sentence before its speaker", "Said Tad Arno, “We were all so proud of him.”", "Said", tag.VBD},
		{"the same with an aside", "Said Velk, who grew up in Ostra, “We knew him well.”", "Said", tag.VBD},
		{"a name that is no verb", "Tad Arno, the envoy, left on Monday.", "Tad", tag.NNP},
		{"a quantifier opening a clause before a verb of saying", "Nine in 10 were worried; most said they were very worried.", "most", tag.NN},
		{"a quantifier that is an adverb", "The ferry was the most used route in Ostra.", "most", tag.RBS},
		{"a verb of saying after 'is' before an infinitive", "Ana Velk is promising to build a new dam.", "promising", tag.VBG},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want && !(c.want == tag.NN && w.Tag.IsNoun()) && !(c.want == tag.JJ && w.Tag != tag.VBD) {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
