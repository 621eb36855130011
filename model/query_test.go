package model

import (
	"strings"
	"testing"
)

// TestQueryInTheReader: "/" takes the query language in the story list
// and the quote view, and the header shows the query in use.
func TestQueryInTheReader(t *testing.T) {
	tests := []screenCase{
		{"a party and a date", []string{"/", "party:Varanda after:2025-04", "enter"}, "Stories  1/1 party:Varanda after:2025-04",
			[]string{"Meridian Council Weighs"}, []string{"Border Talks", "Fishermen"}},
		{"before is inclusive of its month", []string{"/", "before:2025-03", "enter"}, "Stories  1/1 before:2025-03",
			[]string{"Border Talks"}, []string{"Water-Sharing", "Fishermen"}},
		{"a negated term", []string{"/", "-party:Kestria", "enter"}, "Stories  1/1 -party:Kestria",
			[]string{"Meridian Council Weighs"}, []string{"Border Talks", "Fishermen"}},
		{"kind in the quote view", []string{"tab", "/", "kind:direct", "enter"}, "Quotes  1/2 kind:direct",
			[]string{"reasonably calm", "A plan that dries"}, []string{"upstream farmers"}},
		{"speaker and a phrase in the quote view", []string{"tab", "/", `speaker:Halvek "first round"`, "enter"},
			`Quotes  1/1 speaker:Halvek "first round"`, []string{"the first round would open"}, []string{"reasonably calm"}},
		{"a picked party is a term of the query", []string{"p", "kestria", "enter", "/", "-fish", "enter"},
			"Stories  1/1 party:Kestria -fish", []string{"Border Talks"}, []string{"Fishermen"}},
		{"/ starts from the query in use", []string{"tab", "p", "sorre", "enter", "/"}, "Quotes  1/3 party:Sorreland",
			[]string{"filter: party:Sorreland "}, nil},
		{"esc takes the last term away", []string{"/", "party:Varanda plan", "enter", "esc"}, "Stories  2/2 party:Varanda",
			nil, []string{"party:Varanda plan"}},
	}
	runScreenCases(t, tests)
}

// TestABadTermIsNamed: a bad term is named in the status line, the terms
// before it stay in use, enter does not take it, and esc puts back the
// filters and the cursor there were before "/".
func TestABadTermIsNamed(t *testing.T) {
	m := press(t, newModel(t, 120, 30, fixture()), "j", "p", "kestria", "enter")
	before := screenText(m)
	m = press(t, m, "/", "fish partty:Kestria")
	s := screenText(m)
	assertContains(t, s, "✗ unknown field 'partty:' in partty:Kestria — did you mean party:?",
		"Stories  1/1 party:Kestria fish", "filter: party:Kestria fish partty:Kestria")
	m = press(t, m, "enter")
	assertContains(t, screenText(m), "did you mean party:?", "filter: ") // still typing
	m = press(t, m, "esc")
	if after := screenText(m); after != before {
		t.Errorf("before /:\n%s\nafter esc:\n%s", before, after)
	}

	m = press(t, newModel(t, 120, 30, fixture()), "tab", "/", "party:Kestrea")
	assertContains(t, screenText(m), "✗ unknown party in party:Kestrea — nothing by that name is known; nearest: Kestria", "Quotes  1/9")
	m = press(t, m, "backspace", "backspace", "ia", "enter")
	s = screenText(m)
	assertContains(t, s, "Quotes  1/2 party:Kestria")
	assertLacks(t, s, "✗")

	s = screenText(press(t, newModel(t, 120, 30, fixture()), "/", "after:2025-13"))
	assertContains(t, s, "✗ bad date in after:2025-13", "Stories  1/3")
}

// TestABadTermAtFortyColumns: the query line outranks the message on a
// small screen; both show when there is room.
func TestABadTermAtFortyColumns(t *testing.T) {
	m := press(t, newModel(t, 40, 12, fixture()), "/", "kind:quote")
	s := screenText(m)
	assertFits(t, m.View(), 40, 12)
	assertContains(t, s, "filter: kind:quote", "✗ unknown kind in kind:quote")
	m = press(t, newModel(t, 40, 3, fixture()), "/", "kind:quote")
	s = screenText(m)
	assertContains(t, s, "filter: kind:quote")
	if strings.Contains(s, "✗") && !strings.Contains(s, "filter:") {
		t.Errorf("the message took the query line's place:\n%s", s)
	}
}
