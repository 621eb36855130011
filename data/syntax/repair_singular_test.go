package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairNamedSubjectCue: the "-s" form of a verb of saying that the
// tagger made a plural noun after a name opening its clause is the
// name's verb before a clause, the words of its phrase or an object that
// ends the clause; after an article or a preposition the name modifies
// a noun, and a noun after a possessive stays one.
func TestRepairNamedSubjectCue(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"past an appositive, before a clause", "Velk, a policy-minded conservative, insists the party must be a party of ideas.", "insists", tag.VBZ},
		{"before the words of its phrase", "On his campaign website, Senator Jonas Arno calls for credit score reform.", "calls", tag.VBZ},
		{"past a capitalised title, before an addressee and the phrase's rest", "Activist Ana Velk talks to Arno about the issue of ferry fares.", "talks", tag.VBZ},
		{"before a mass noun that ends the clause", "Mayor Jonas Arno demands transparency from the port board, but will not say why.", "demands", tag.VBZ},
		{"before prepositional phrases that end the sentence", "Presidential candidates rarely win debates, yet Ana Velk continually brags about her prowess in the Tesmar debates.", "brags", tag.VBZ},
		{"a name after a preposition modifies the noun", "Amid the Tesmar calls for talks, Orlavia held on.", "calls", tag.NNS},
		{"one name after an article modifies the noun", "The Tesmar calls for talks were ignored.", "calls", tag.NNS},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}

// TestRepairPerfectAdverb: "since" between "has" and a past form of
// saying is an adverb, and the verb the auxiliary's participle.
func TestRepairPerfectAdverb(t *testing.T) {
	for _, c := range []struct {
		sentence, word string
		want           tag.Tag
	}{
		{"She has since said that she attended because she thought it was right.", "since", tag.RB},
		{"Mrs. Velk has since said she would support a wage increase.", "said", tag.VBN},
		{"She has lived in Kessgrad since the war.", "since", tag.IN},
	} {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s/%s, want %s: %s", w.Text, w.Tag, c.want, tags(s))
		}
	}
}
