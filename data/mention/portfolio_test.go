package mention

import "testing"

// A name after a preposition of posting or remit is where someone works;
// a spokesperson's "for" names whom they speak for, and portfolio reads
// back only as far as its caller lets it.
func TestPortfolio(t *testing.T) {
	f := kestriaFinder(t)
	for _, c := range []struct {
		sentence, name string
		back           int // words before the name it may read
		want           bool
	}{
		{"The Ambassador to Kestria said the talks were over.", "Kestria", 3, true},
		{"The Special Envoy for the Kestrian talks said they were over.", "Kestrian", 3, true},
		{"The Special Envoy for the Kestrian talks said they were over.", "Kestrian", 1, false},
		{"A spokesperson for Kestria said the talks were over.", "Kestria", 3, false},
		{"A spokesperson for Kestria said the talks were over.", "Kestria", 1, true},
		{"Officials in Kestria said the talks were over.", "Kestria", 2, false},
		{"The Ambassador to Kestria said the talks were over.", "Kestria", 0, false},
	} {
		s := sentence(t, f, c.sentence)
		i := phrase(t, s, c.name).From
		if got := portfolio(s, i-c.back, i); got != c.want {
			t.Errorf("%q, %q reading back %d: %v, want %v", c.sentence, c.name, c.back, got, c.want)
		}
	}
}
