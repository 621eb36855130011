package model

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// screenCase is keys pressed on the fixture at 120x30 and what the
// screen then shows: its header line, and text it has and lacks.
type screenCase struct {
	name   string
	keys   []string
	header string
	want   []string
	lacks  []string
}

func runScreenCases(t *testing.T, tests []screenCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := screenText(press(t, newModel(t, 120, 30, fixture()), tt.keys...))
			assertContains(t, s, tt.header)
			assertContains(t, s, tt.want...)
			assertLacks(t, s, tt.lacks...)
		})
	}
}

func TestPartyPicker(t *testing.T) {
	t.Parallel()
	tests := []screenCase{
		{
			name:   "in the quote view a party keeps its statements",
			keys:   []string{"tab", "p", "kes", "enter"},
			header: "Quotes  1/2 party:Kestria",
			want:   []string{"Ostrava Nova welcomed the decision", "the release was a welcome gesture"},
			lacks:  []string{"Idrena Halvek", "Belo Sarn"},
		},
		{
			name:   "in the list a party keeps the stories it appears in",
			keys:   []string{"p", "meridian", "enter"},
			header: `Stories  1/2 party:"Meridian Union"`,
			want:   []string{"Varanda and Kestria Agree", "Meridian Council Weighs"},
			lacks:  []string{"Sorreland Frees"},
		},
		{
			name:   "arrows move in the picker; letters are text",
			keys:   []string{"tab", "p", "down", "enter"},
			header: "party:Varanda", // second by count after Sorreland, both 3, by name
		},
		{
			name:   "esc closes the picker without filtering",
			keys:   []string{"tab", "p", "esc"},
			header: "Quotes  1/9",
			lacks:  []string{"party:"},
		},
		{
			name:   "esc clears the filter",
			keys:   []string{"tab", "p", "enter", "esc"},
			header: "Quotes  5/9", // still on the statement it was on
			lacks:  []string{"party:"},
		},
	}
	runScreenCases(t, tests)
}

func TestPickersShowCounts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		keys []string
		want []string
	}{
		{[]string{"tab", "p"}, []string{"Choose a party (4 of 4)", "Sorreland  ", "3", "Meridian Union"}},
		{[]string{"p"}, []string{"Varanda", "Kestria"}},
		{[]string{"tab", "s"}, []string{"Choose a speaker", "Idrena Halvek (Varanda)", "Tomas Orvell (Kestria)", "the Meridian Council (Meridian Union)"}},
		{[]string{"tab", "s", "orv"}, []string{"(1 of 6)", "Tomas Orvell (Kestria)"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, ","), func(t *testing.T) {
			s := screenText(press(t, newModel(t, 60, 24, fixture()), tt.keys...))
			assertContains(t, s, tt.want...)
		})
	}
	// counts are right-aligned after the name
	s := screenText(press(t, newModel(t, 60, 24, fixture()), "tab", "s", "orv"))
	line := ""
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "Tomas Orvell") {
			line = l
		}
	}
	if !strings.HasSuffix(strings.TrimRight(line, " "), " 2") {
		t.Errorf("Orvell's count is not 2: %q", line)
	}
}

func TestSpeakerPickerFilters(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 120, 30, fixture()), "tab", "s", "halvek", "enter")
	s := screenText(m)
	assertContains(t, s, `Quotes  1/2 speaker:"Idrena Halvek"`, "the first round would open", "reasonably calm")
	assertLacks(t, s, "Tomas Orvell")
	s = screenText(press(t, m, "tab"))
	assertContains(t, s, `Stories  1/1 speaker:"Idrena Halvek"`, "Varanda and Kestria Agree")
}

func TestTextFilter(t *testing.T) {
	t.Parallel()
	tests := []screenCase{
		{"filters as it is typed", []string{"/", "fisherm"}, `Stories  1/1 fisherm`,
			[]string{"Sorreland Frees Two Detained Kestrian Fishermen"}, []string{"Border Talks"}},
		{"enter keeps it", []string{"/", "fisherm", "enter"}, `Stories  1/1 fisherm`, nil, nil},
		// "fishing rights" is in a statement of the border talks.
		{"words are looked for in the statements too", []string{"/", "fish"}, `Stories  1/2 fish`,
			[]string{"Border Talks", "Fishermen"}, []string{"Water-Sharing"}},
		{"esc while typing drops it", []string{"/", "fish", "esc"}, "Stories  1/3", nil, []string{"1/3 fish"}},
		{"on the quote view it filters statements", []string{"tab", "/", "plan", "enter"}, `Quotes  1/3 plan`,
			[]string{"the plan asked too much", "“A plan that dries", "it would back the plan"}, []string{"reasonably calm"}},
		{"q is a letter", []string{"/", "q"}, `Stories  1/1 q`, nil, nil},
		{"? is a letter", []string{"/", "?"}, `Stories  0 ?`, nil, nil},
		{"filters stack; esc clears the last", []string{"tab", "p", "sorre", "enter", "/", "plan", "enter", "esc"},
			"Quotes  1/3 party:Sorreland", nil, []string{"Sorreland plan"}},
		{"with no match", []string{"/", "zzzz", "enter"}, `Stories  0 zzzz`, []string{"No stories match"}, nil},
	}
	runScreenCases(t, tests)
}

func TestFiltersShowInTheHeader(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 120, 30, fixture()), "tab", "p", "var", "enter", "s", "halv", "enter", "/", "calm", "enter")
	assertContains(t, screenText(m), `Quotes  1/1 party:Varanda speaker:"Idrena Halvek" calm`)
}

// TestNothingSaidTwiceOrEmpty: the header does not show the text filter
// before a letter is typed, and the speaker picker does not repeat a
// body's name as its party.
func TestNothingSaidTwiceOrEmpty(t *testing.T) {
	t.Parallel()
	lunmark := story("lunmark", "Lunmark Protests", "", fixture()[0].Date,
		[]string{"Lunmark said the tariffs were unfair."}, []string{"Lunmark"},
		[]data.Speaker{{Name: "Lunmark", Party: "Lunmark"}},
		said{1, "the tariffs were unfair", "Lunmark", "", "Lunmark", "reported"})
	bs := append(fixture(), lunmark)
	tests := []struct {
		name  string
		keys  []string
		want  []string
		lacks []string
	}{
		{"typing nothing yet", []string{"/"}, []string{"Stories  1/4 (by date)\n"}, []string{`""`}},
		{"typing a letter", []string{"/", "l"}, []string{"Stories  1/4 l"}, nil},
		{"a body that is its party", []string{"tab", "s", "lunm"}, []string{"\n▌ Lunmark "}, []string{"Lunmark (Lunmark)"}},
		{"a person of a party", []string{"tab", "s", "orv"}, []string{"Tomas Orvell (Kestria)"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := screenText(press(t, newModel(t, 80, 24, bs), tt.keys...))
			assertContains(t, s, tt.want...)
			assertLacks(t, s, tt.lacks...)
		})
	}
}

// TestLeavingAFilterUnappliedPutsTheCursorBack: a filter typed and then
// cancelled (esc), or emptied and entered, leaves the list as it was
// before "/", cursor and scroll, though typing moved the cursor to a match.
func TestLeavingAFilterUnappliedPutsTheCursorBack(t *testing.T) {
	t.Parallel()
	var bs []*data.Briefing
	for i := range 4 {
		for _, b := range fixture() {
			b.ID = fmt.Sprintf("%s-%d", b.ID, i)
			b.Date = time.Time{} // listed in order of arrival: the moves below count on it
			bs = append(bs, b)
		}
	}
	for _, tt := range []struct {
		name  string
		moves []string
	}{
		{"at the bottom", []string{"G", "k"}},
		{"in the middle", []string{"G", "k", "k", "k", "k", "k", "k", "k"}},
		{"after a page", []string{"space", "j"}},
	} {
		for _, leave := range [][]string{{"esc"}, {"backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "enter"}} {
			t.Run(tt.name+", "+strings.Join(leave, " "), func(t *testing.T) {
				m := press(t, newModel(t, 80, 12, bs), tt.moves...)
				before := screenText(m)
				typed := press(t, m, "/", "fisherm")
				was, _ := m.list.Selected()
				if now, _ := typed.list.Selected(); now == was {
					t.Fatalf("typing did not move the cursor; the test proves nothing:\n%s", screenText(typed))
				}
				after := screenText(press(t, typed, leave...))
				if after != before {
					t.Errorf("before /:\n%s\nafter %v:\n%s", before, leave, after)
				}
			})
		}
	}
	t.Run("on the quote view", func(t *testing.T) {
		m := press(t, newModel(t, 80, 12, bs), "tab", "G", "k", "k")
		before := screenText(m)
		typed := press(t, m, "/", "fisherm")
		was, _ := m.quotes.Selected()
		if now, _ := typed.quotes.Selected(); now == was {
			t.Fatalf("typing did not move the cursor; the test proves nothing:\n%s", screenText(typed))
		}
		if after := screenText(press(t, typed, "esc")); after != before {
			t.Errorf("before /:\n%s\nafter esc:\n%s", before, after)
		}
	})
}

// TestAPickerOpenedWhileLoadingFillsIn: a picker opened before the
// stories arrived counts them as they arrive, keeping what was typed.
func TestAPickerOpenedWhileLoadingFillsIn(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name  string
		keys  []string
		empty string
		want  []string
	}{
		{"party", []string{"p"}, "Choose a party (0 of 0)", []string{"Choose a party (4 of 4)", "Varanda", "Kestria", "Sorreland"}},
		{"party, typed", []string{"p", "kest"}, "Choose a party (0 of 0)", []string{"Choose a party (1 of 4)", "Kestria"}},
		{"speaker", []string{"s"}, "Choose a speaker (0 of 0)", []string{"Tomas Orvell (Kestria)", "Belo Sarn (Sorreland)"}},
		{"speaker on the quote view", []string{"tab", "s"}, "Choose a speaker (0 of 0)", []string{"Tomas Orvell (Kestria)"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			feed := make(chan any)
			dark := true
			m := New(Config{Load: stepLoader(feed), Dark: &dark})
			m = press(t, update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24}), tt.keys...)
			assertContains(t, screenText(m), tt.empty)
			go func() {
				for _, b := range fixture() {
					feed <- b
				}
				close(feed)
			}()
			m = drainLoad(t, m)
			s := screenText(m)
			assertContains(t, s, tt.want...)
			assertLacks(t, s, "(0 of 0)")
		})
	}
}
