package resolve

import "testing"

// TestEpithet: a definite description no one was seen with speaks as
// written, but a pronoun after it is the one person the story has just
// named; with two people named, or a title the description's rank words
// deny, the pronoun stays the description's.
func TestEpithet(t *testing.T) {
	ix, lex := testIndex(t)
	senator := person(0, "Lena Velk", "Sen.", 'f')
	stories := []struct {
		name  string
		steps []step
	}{
		{"a pronoun after an epithet is the named person", []step{
			mentions(person(0, "Tom Arno", "", 'm'), Subject),
			speaks(role(1, "retired surgeon", "surgeon", "retired"), "retired surgeon"),
			speaks(pronoun(2, "he", 'm', false), "Tom Arno"),
		}},
		{"two people named: the description is no one's but its own", []step{
			mentions(person(0, "Tom Arno", "", 'm'), Subject),
			mentions(person(0, "Piet Marr", "", 'm'), Elsewhere),
			speaks(role(1, "retired surgeon", "surgeon", "retired"), "retired surgeon"),
			speaks(pronoun(2, "he", 'm', false), "retired surgeon"),
		}},
		{"a person named long before is not reached", []step{
			mentions(person(0, "Tom Arno", "", 'm'), Subject),
			speaks(role(6, "retired surgeon", "surgeon", "retired"), "retired surgeon"),
			speaks(pronoun(7, "he", 'm', false), "retired surgeon"),
		}},
		{"the former senator is not Senator Velk", []step{
			mentions(senator, Subject),
			speaks(role(1, "former senator", "senator", "former"), "former senator"),
			speaks(pronoun(2, "she", 'f', false), "former senator"),
		}},
	}
	for _, s := range stories {
		run(t, s.name, ix, lex, -1, s.steps)
	}
}
