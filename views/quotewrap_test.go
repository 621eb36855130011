package views

import (
	"slices"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
)

// A statement's wrap is kept whole once a width and reused under any
// limit it fits: at every width and limit, in any order, with one memo,
// the lines are the statement wrapped and cut to that limit anew.
func TestWrappedWordsAreTheWrapAtTheLimit(t *testing.T) {
	t.Parallel()
	st := NewStyles(ThemeDark)
	statements := []data.Statement{
		{Text: "Tesmar will attend.", Kind: data.Direct},
		{Text: strings.Repeat("The envoy of Orlavia said the talks would resume ", 3), Kind: data.Reported},
	}
	w := newWrapMemo()
	for _, limits := range [][]int{{8, 4, 2, 1, 0}, {1, 2, 4, 8}} {
		for width := 3; width <= 50; width += 3 {
			for _, limit := range limits {
				for _, s := range statements {
					got := wrappedWords(w, &st, s, width, limit)
					want, style := wrapStatement(&st, s, width, limit)
					for i, l := range want {
						want[i] = style.Render(l)
					}
					if !slices.Equal(got, want) {
						t.Errorf("%q at %d cells, %d lines: %q, wrapped anew %q", s.Text, width, limit, got, want)
					}
				}
			}
		}
	}
}
