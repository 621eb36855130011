package profile

import (
	"testing"
	"time"
	"unicode/utf8"
)

func monthsOf(first time.Time, counts ...int) []Month {
	out := make([]Month, len(counts))
	for i, n := range counts {
		out[i] = Month{Month: first.AddDate(0, i, 0), Count: n}
	}
	return out
}

func TestBar(t *testing.T) {
	jan := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		months []Month
		width  int
		want   string
	}{
		{"none", nil, 80, ""},
		{"one month", monthsOf(jan, 3), 80, "2031-01 █ (most 3 a month)"},
		{"heights against the busiest month, gaps as dots", monthsOf(jan, 8, 0, 1, 4), 80, "2031-01 █·▁▄ 2031-04 (most 8 a month)"},
		{"the scale goes when it does not fit", monthsOf(jan, 8, 0, 1, 4), 24, "2031-01 █·▁▄ 2031-04"},
		{"the last months that fit", monthsOf(jan, 9, 9, 1, 2), 18, "2031-03 ▄█ 2031-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Bar(tt.months, tt.width)
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if w := utf8.RuneCountInString(got); w > tt.width {
				t.Errorf("%d cells in %d", w, tt.width)
			}
		})
	}
}
