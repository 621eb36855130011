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

// A name after a title and its remit is where the person works even when
// the phrase is only the name after the title ("the KR Ana Velk" of
// "Special Envoy for the KR Ana Velk"); a spokesperson's "for" and a place
// a group is in still say whose.
func TestTitledRemit(t *testing.T) {
	f := kestriaFinder(t)
	kestria, _ := f.Index.PartyID("Kestria")
	for _, c := range []struct {
		sentence, phrase string
		party            int32
	}{
		{"Special Envoy for the KR Ana Velk met the minister.", "the KR Ana Velk", -1},
		{"Special Envoy for the KR Ana Velk met the minister.", "KR Ana Velk", -1},
		{"Ambassador to Kestria Ana Velk met the minister.", "Kestria Ana Velk", -1},
		{"A spokesperson for Kestria Ana Velk met the minister.", "Kestria Ana Velk", kestria},
		{"Officials in the KR met the minister.", "the KR", kestria},
	} {
		checkParty(t, f, c.sentence, c.phrase, "", c.party)
	}
}
