package query

import "testing"

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
