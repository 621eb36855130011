package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairPluralSubjectCue: a verb of saying the tagger made an
// adjective or a noun after a plural noun is its verb before a
// that-clause or a clause; a form in "s" and a "that" before a verb (a
// relative clause) leave it alone, and "familiar with" stays an adjective.
func TestRepairPluralSubjectCue(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"before a that-clause", "Kestrian officials insist that they give no support to the rebels.", "insist", tag.VBP},
		{"a past before a that-clause", "Her aides indicated that the ministry was working on the request.", "indicated", tag.VBD},
		{"before a clause without that", "Velk fans insist delegates must heed the will of the party.", "insist", tag.VBP},
		{"an adjective after a plural noun before a preposition", "People familiar with the matter said the talks failed.", "familiar", tag.JJ},
		{"before an object that ends the clause", "Orlavian council members echo her concerns, in large part because the port is closed.", "echo", tag.VBP},
		{"a pronoun between commas", "That attitude, many argue, could carry grave implications if Velk becomes president.", "argue", tag.VBP},
		{"a pronoun before an object", "But many mention Velk and his legacy only in passing.", "mention", tag.VBP},
		{"before a clause opened by there", "Even now, many Arno supporters insist there were fraud and voter suppression.", "insist", tag.VBP},
		{"a determiner before a noun's modifier", "Survivors spoke of the harm these state bans have on families.", "state", tag.NN},
		{"a gerund is no finite verb", "Tesmari officials warning of a flood left the port.", "warning", tag.NN},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
