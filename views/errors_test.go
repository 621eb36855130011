package views

import (
	"errors"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
)

// The load errors are wrapped again only for a new width: resized any
// way, the list shows what a list made at that size shows.
func TestProblemsResizedAreProblemsMadeAtTheSize(t *testing.T) {
	t.Parallel()
	st := NewStyles(ThemeDark)
	keys := DefaultKeyMap()
	errs := []error{
		&data.LoadError{Path: "Tesmar/" + strings.Repeat("a-long-folder/", 4) + "x.txt", Err: errors.New("front matter: line 3: no date")},
		errors.New("stdin: " + strings.Repeat("too large ", 6)),
	}
	p := NewProblems(&st, &keys)
	p.Set(errs)
	for _, size := range [][2]int{{80, 10}, {80, 3}, {24, 3}, {24, 12}, {80, 12}, {7, 4}, {7, 20}, {100, 1}} {
		p.SetSize(size[0], size[1])
		fresh := NewProblems(&st, &keys)
		fresh.SetSize(size[0], size[1])
		fresh.Set(errs)
		if got, want := p.View(), fresh.View(); got != want {
			t.Errorf("%dx%d: resized\n%s\nmade at the size\n%s", size[0], size[1], got, want)
		}
	}
}
