package voice

import (
	"slices"
	"strings"
	"testing"
)

func TestAppendFieldsCutsAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "3:24 P.M. EDT", "  END\t3:24\u00a0p.m.  ", "Velk\u2003said", "a\u0085b c", "ä  ö"} {
		if got, want := appendFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}
