package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairSubjects: the tagger's slips around the subject of a verb of
// saying, which the sentence itself disproves, and look-alikes left alone.
func TestRepairSubjects(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"a verb-only form of saying after an adjective-tagged head", "The bridge will reopen next week, a former official said.", "said", tag.VBD},
		{"and that head is a noun", "The bridge will reopen next week, a former official said.", "official", tag.NN},
		{"say before that, after a plural subject", "Virtually all analysts say that if Tesmar can't win the port, its campaign is over.", "say", tag.VBP},
		{"say before that, after a list", "Friends, lobbyists and former foes say that Velk is picking the right man for the job.", "say", tag.VBP},
		{"say before a subject pronoun", "About one in five say they would not vote.", "say", tag.VBP},
		{"a reduced relative: said before a finite verb", "It is a probe the Orlavian agency said was ongoing.", "said", tag.VBD},
		{"a noun-verb form is left a noun", "Member states sent a clear message of support.", "states", tag.NNS},
		{"a noun of the press is left a noun", "The Kestrian press has reported that the talks failed.", "press", tag.NN},
		{"a noun inside the subject before a name and its verb", "Sanders campaign manager Jonas Arno said on Saturday that the campaign had suspended two staffers.", "campaign", tag.NN},
		{"a name opening the sentence, taken for a finite verb, before its title and name", "Velks campaign manager Jonas Arno called that absurd.", "Velks", tag.NNPS},
		{"a name opening the sentence before a relative clause", "Bamberg, who is 28, said he would vote for Velk.", "Bamberg", tag.NNP},
		{"a name opening the sentence before a reflexive", "Cruz himself said Tuesday that the only way to win Orlavia is to ask.", "Cruz", tag.NNP},
		{"a title that ends its phrase is its head", "The port is busy, said the company's chief executive, Jonas Arno.", "executive", tag.NN},
		{"a title before a noun is left its modifier", "The executive director of the fund said no.", "executive", tag.JJ},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
