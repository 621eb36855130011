package query

import (
	"slices"
	"testing"
)

func TestNearest(t *testing.T) {
	known := []string{"Tesmar", "Orlavia", "Kestria", "Ms. Sallow", "Minister Oskar Venn", "Orlavian Council"}
	tests := []struct {
		query string
		want  []string
	}{
		{"tesmr", []string{"Tesmar"}},
		{"Orlavai", []string{"Orlavia"}},
		{"Salow", []string{"Ms. Sallow"}},
		{"venn", []string{"Minister Oskar Venn"}},
	}
	for _, tt := range tests {
		got := Nearest(tt.query, known, 3)
		if len(got) == 0 || got[0] != tt.want[0] {
			t.Errorf("Nearest(%q) = %q, want %q first", tt.query, got, tt.want[0])
		}
		if len(got) > 3 {
			t.Errorf("Nearest(%q) = %q: more than 3", tt.query, got)
		}
	}
	if got := Nearest("x", nil, 3); len(got) != 0 {
		t.Errorf("Nearest with nothing known = %q", got)
	}
}

// TestNearestKeepsTheBestInOrder: the bounded search gives what a full
// sort by distance gives, ties in the order listed.
func TestNearestKeepsTheBestInOrder(t *testing.T) {
	names := []string{"Orlavia", "Tesmar", "Orlavian Council", "Tesmr Isles", "Kestria", "Orlavi", "tesmar"}
	got := Nearest("tesmar", names, 3)
	want := []string{"Tesmar", "tesmar", "Tesmr Isles"}
	if !slices.Equal(got, want) {
		t.Errorf("Nearest = %q, want %q", got, want)
	}
	got = Nearest("orlavia", names, 2)
	if want := []string{"Orlavia", "Orlavian Council"}; !slices.Equal(got, want) {
		t.Errorf("Nearest = %q, want %q", got, want)
	}
	for _, tt := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"tesmar", "tesmr", 1}} {
		if d := editDistance([]rune(tt.a), []rune(tt.b)); d != tt.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, d, tt.d)
		}
	}
}
