package resolve

import (
	"testing"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// TestItAgreement: "it" stands for a body or a document, and for a name
// nothing says is a person's only when that name acted (a company that
// said or did something); a name met only in passing ("his Dorva Hill
// campaign", "in Ostra and Dorva Hill") is most often a place.
func TestItAgreement(t *testing.T) {
	it := mention.Mention{Kind: mention.Pronoun, Gender: 'n', Pron: lexicon.PronounInfo{Gender: 'n', Person: 3, Case: 's'}}
	cases := []struct {
		name string
		e    entity
		want bool
	}{
		{"a body", entity{kind: mention.Body}, true},
		{"a document", entity{kind: mention.Document}, true},
		{"a name that spoke", entity{kind: mention.Person, spoke: true}, true},
		{"a name that was a subject", entity{kind: mention.Person, subject: true}, true},
		{"a name met only in passing", entity{kind: mention.Person}, false},
		{"a person", entity{kind: mention.Person, human: true, spoke: true}, false},
	}
	r := &Story{}
	for _, c := range cases {
		if got := r.agrees(&c.e, it) > 0; got != c.want {
			t.Errorf("%s: agrees %v, want %v", c.name, got, c.want)
		}
	}
}
