package model

import (
	"slices"
	"strings"
	"testing"
)

// TestFullHelpThatDoesNotFitIsCutNotDropped: on a screen too short for the
// full help, "?" shows its first rows and says more keys are hidden,
// rather than showing the short bar as if "?" did nothing.
func TestFullHelpThatDoesNotFitIsCutNotDropped(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 40, 12, fixture()), "enter")
	before := screenText(m)
	assertLacks(t, before, "½ page down")
	after := screenText(press(t, m, "?"))
	if after == before {
		t.Fatalf("? changed nothing on a 40×12 story:\n%s", after)
	}
	assertContains(t, after, "½ page down", "… ? help • q quit")
}

// TestTheHelpKeptThroughAResizeIsTheHelpOfTheWidth: the help drawn is
// kept through a resize while it keeps the same keys and fits, so every
// help of every view, short and full, the screen narrowing cell by cell,
// must be the help drawn anew at that width wherever it was kept at the
// edge of its shape: the last width before the keys it shows change,
// where a width measured a cell short would have bubbles cut it. (A help
// kept as the screen widens was drawn at a narrower width that it fit.) (Within
// a shape that fits bubbles reads no width; drawing the help anew at
// every width, 4 KB of help model copied at each call, was two CPU
// seconds under the race detector.)
func TestTheHelpKeptThroughAResizeIsTheHelpOfTheWidth(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, fixture())
	var whiches []helpWhich
	for kind, flags := range map[helpKind]int{helpList: 3, helpPicker: 0, helpInput: 0, helpDetail: 1, helpPager: 0, helpProfile: 0, helpStoryQuotes: 1} {
		for f := range 1 << flags { // the flags helpMapOf reads
			whiches = append(whiches, helpWhich{kind: kind, flags: [3]bool{f&1 != 0, f&2 != 0, f&4 != 0}})
		}
	}
	h := *m.help.model()
	checked := 0
	check := func(which helpWhich, w int, got []string) {
		t.Helper()
		checked++
		h.Width = w
		if want := strings.Split(h.View(helpMapOf(m.keys, which).Fit(h)), "\n"); !slices.Equal(got, want) {
			t.Fatalf("%+v, full %v, at %d cells: drawn\n%s\nwant\n%s", which, h.ShowAll, w, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	for _, which := range whiches {
		for _, all := range []bool{false, true} {
			h.ShowAll = all
			var last []string
			lastWidth, lastKept := 0, false
			// From wider than any help changes its keys at (117 cells)
			// down to where it fits no more, nor at any narrower width:
			// there nothing is kept.
			for w := 120; w >= 0; w-- {
				h.Width = w
				if _, shape := helpMapOf(m.keys, which).FitShape(&h); !shape.Fits {
					break
				}
				got := m.drawHelpOf(which, &h)
				kept := len(got) > 0 && len(last) > 0 && &got[0] == &last[0]
				if lastKept && !kept { // kept at the edge of its shape
					check(which, lastWidth, last)
				}
				last, lastWidth, lastKept = got, w, kept
			}
			if lastKept {
				check(which, lastWidth, last)
			}
		}
	}
	if checked < len(whiches) {
		t.Errorf("the help was kept at the edge of a shape %d times", checked)
	}
}
