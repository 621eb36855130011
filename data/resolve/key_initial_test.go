package resolve

import "testing"

// TestKeyDropsMiddleInitial: one person across stories whether a story
// gives the middle initial or not, known to the gazetteer or not; two
// people whose given names differ stay two.
func TestKeyDropsMiddleInitial(t *testing.T) {
	ix, lex := testIndex(t)
	for _, c := range []struct{ a, b string }{{"Mara T. Oskin", "Mara Oskin"}, {"Jonas K. Vell", "Jonas Vell"}} {
		if ka, kb := Key(ix, lex, c.a), Key(ix, lex, c.b); ka != kb {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", c.a, ka, c.b, kb)
		}
	}
	for _, c := range []struct{ a, b string }{{"Mara T. Oskin", "Lena T. Oskin"}, {"the K. Street", "the Street"}} {
		if Key(ix, lex, c.a) == Key(ix, lex, c.b) {
			t.Errorf("Key(%q) = Key(%q): want two keys", c.a, c.b)
		}
	}
}
