package gazetteer

import "testing"

func TestNormalizeSpacing(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The Kestrian Council", "kestrian council"},
		{"  Ministry  of\tTrade. ", "ministry of trade"},
		{"Velk\u00a0Party", "velk party"},
		{"Arno’s Front", "arno's front"},
		{"the", "the"},
		{"", ""},
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
