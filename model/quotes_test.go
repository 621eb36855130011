package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
)

func TestTabSwitchesBetweenStoriesAndQuotes(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 120, 30, fixture()), "tab")
	s := screenText(m)
	assertContains(t, s, "Quotes  1/9",
		// a direct quote, in quotation marks, with speaker, role, party, cue, story
		"“We are not there yet, but the mood is reasonably calm,”",
		"— Idrena Halvek, Foreign Minister · Varanda · said · Varanda and Kestria Agree to Resume Border Talks",
		// reported speech, plain
		"the plan asked too much of upstream farmers",
		"— the Meridian Council · Meridian Union · said · Varanda and Kestria Agree to Resume Border Talks",
	)
	assertLacks(t, s, "“the plan asked too much")
	assertContains(t, screenText(press(t, m, "tab")), "Stories  1/3")
}

func TestDirectAndReportedLookDifferent(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 120, 30, fixture()), "tab")
	direct, reported := m.st.Direct, m.st.Reported
	if direct.GetForeground() == reported.GetForeground() && direct.GetItalic() == reported.GetItalic() {
		t.Fatal("the direct and reported styles are the same")
	}
	v := m.View()
	if !strings.Contains(v, direct.Render("“A plan that dries our valleys is not a plan,”")) {
		t.Errorf("the direct quote is not in the direct style:\n%q", v)
	}
	if !strings.Contains(v, reported.Render("the plan asked too much of upstream farmers")) {
		t.Errorf("reported speech is not in the reported style:\n%q", v)
	}
}

func TestEnterOnAQuoteOpensItsStoryAtTheStatement(t *testing.T) {
	t.Parallel()
	bs := append(fixture(), longStory())
	m := newModel(t, 80, 12, bs)
	m = press(t, m, "tab", "G") // the long story's statement is the last
	m = press(t, m, "enter")
	s := screenText(m)
	assertContains(t, s, "Story  4/4", "spring thaw")
	assertLacks(t, s, "A Long Day on the River") // scrolled past the top
	// The statement's lines are marked in the margin and it is bold.
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "spring thaw") && !strings.HasPrefix(l, "▌") {
			t.Errorf("the statement's line is not marked: %q", l)
		}
		if strings.Contains(l, "Filler") && strings.HasPrefix(l, "▌") {
			t.Errorf("a line outside the statement is marked: %q", l)
		}
	}
	for _, l := range strings.Split(m.View(), "\n") {
		text := ansi.Cut(l, 1, ansi.StringWidth(l)) // without the margin's mark
		plain := ansi.Strip(text)
		if (strings.Contains(plain, "spring thaw") || strings.Contains(plain, "Filler")) &&
			strings.Contains(plain, "spring thaw") != hasBold(text) {
			t.Errorf("bold is %v on %q", hasBold(text), plain)
		}
	}
	back := screenText(press(t, m, "esc"))
	assertContains(t, back, "Quotes  10/10")
}

func TestQuoteTextIsCutToTheWidth(t *testing.T) {
	t.Parallel()
	b := story("wide", "東京 Wide Runes 😀 Everywhere 東京東京東京東京東京", "", fixture()[0].Date,
		[]string{"Minister Aru Veld said 東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京 😀😀😀😀😀😀😀😀😀😀."},
		[]string{"Varanda"}, []data.Speaker{{Name: "Aru Veld", Party: "Varanda", Person: true}},
		said{1, "東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京 😀😀😀😀😀😀😀😀😀😀", "Aru Veld", "Minister", "Varanda", "reported"})
	for _, w := range []int{10, 21, 40, 41} {
		m := press(t, newModel(t, w, 10, []*data.Briefing{b}), "tab")
		assertFits(t, m.View(), w, 10)
	}
}

// hasBold reports whether a line sets bold in any of its SGR sequences.
func hasBold(line string) bool {
	for {
		i := strings.Index(line, "\x1b[")
		if i < 0 {
			return false
		}
		line = line[i+2:]
		end := strings.IndexByte(line, 'm')
		if end < 0 {
			return false
		}
		params := strings.Split(line[:end], ";")
		for k := 0; k < len(params); k++ {
			switch params[k] {
			case "38", "48", "58": // a colour: skip its arguments
				if k+1 < len(params) && params[k+1] == "5" {
					k += 2
				} else {
					k += 4
				}
			case "1":
				return true
			}
		}
		line = line[end:]
	}
}

// TestTheStatementIsOnScreen opens every statement at many sizes: the
// statement's marked lines must be on the first screen. Each width is a
// model of its own, resized through the heights, so that a statement is
// rendered once per width, as for a reader who resizes, and the widths
// run side by side.
func TestTheStatementIsOnScreen(t *testing.T) {
	t.Parallel()
	for w := 30; w <= 80; w += 10 {
		t.Run(strconv.Itoa(w), func(t *testing.T) {
			t.Parallel()
			quotes := press(t, newModel(t, w, 6, fixture()), "tab")
			for h := 6; h <= 16; h++ {
				m := update(t, quotes, tea.WindowSizeMsg{Width: w, Height: h})
				for i := 0; i < 9; i++ {
					opened := press(t, m, "enter")
					if !strings.Contains(screenText(opened), "\n▌") {
						t.Errorf("%dx%d, statement %d: not on screen:\n%s", w, h, i+1, screenText(opened))
					}
					m = press(t, m, "j")
				}
			}
		})
	}
}

// TestQuoteAttributionTellsHowItWasSaid: the attribution line carries the
// cue verb, "asked" for a question, and nothing for a transcript turn.
func TestQuoteAttributionTellsHowItWasSaid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		kind data.Kind
		cue  string
		want string
	}{
		{"a quotation", data.Direct, "warned", "— Aru Veld, Minister · Varanda · warned · Veld Takes Questions"},
		{"reported speech", data.Reported, "said", "— Aru Veld, Minister · Varanda · said · Veld Takes Questions"},
		{"a cue as written at a sentence start", data.Reported, "Noting", "· Varanda · noting · Veld"},
		{"a question", data.Question, "", "— Aru Veld, Minister · Varanda · asked · Veld Takes Questions"},
		{"a transcript turn", data.Direct, "", "— Aru Veld, Minister · Varanda · Veld Takes Questions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "the river stays open"
			b := &data.Briefing{ID: "veld", Title: "Veld Takes Questions", Shape: data.ShapeTranscript,
				Paragraphs: []data.Paragraph{{Label: "MINISTER VELD", Text: text}},
				Parties:    []string{"Varanda"},
				Speakers:   []data.Speaker{{Name: "Aru Veld", Role: "Minister", Party: "Varanda", Person: true}},
				Statements: []data.Statement{{Speaker: "Aru Veld", Role: "Minister", Party: "Varanda", Kind: tt.kind,
					Cue: tt.cue, Text: text, Paragraph: 1, Span: data.Span{Start: 0, End: int32(len(text))}}},
			}
			s := screenText(press(t, newModel(t, 120, 10, []*data.Briefing{b}), "tab"))
			assertContains(t, s, tt.want)
			if tt.cue == "" && tt.kind == data.Direct {
				assertLacks(t, s, "· said", "· asked")
			}
		})
	}
}

// TestANarrowQuoteViewKeepsTheParty: when the attribution line is cut,
// the role goes before the party and the cue do.
func TestANarrowQuoteViewKeepsTheParty(t *testing.T) {
	t.Parallel()
	tests := []struct {
		width int
		want  string
		lacks []string
	}{
		{120, "11 Apr 2025 — Idrena Halvek, Foreign Minister · Varanda · said · Varanda and Kestria", nil},
		{68, "11 Apr 2025 — Idrena Halvek, Foreign Minister · Varanda · said · ", nil}, // only the title is cut
		{67, "11 Apr 2025 — Idrena Halvek · Varanda · said · Varanda and", []string{"Foreign Minister"}},
		{40, "11 Apr 2025 — Idrena Halvek · Varanda", []string{"Foreign Minister"}}, // the date fits at 40
		{30, "— Idrena Halvek · Varanda", []string{"Foreign Minister", "2025"}},     // the date gives way to the party
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.width), func(t *testing.T) {
			s := screenText(press(t, newModel(t, tt.width, 8, fixture()), "tab"))
			assertContains(t, s, tt.want)
			assertLacks(t, s, tt.lacks...)
		})
	}
}

// quoteStory is a story whose statements have the given numbers of
// words, numbered, so that a test can tell which statement a line comes
// from and whether it is whole.
func quoteStory(kind string, lengths ...int) *data.Briefing {
	var paras []string
	var stmts []said
	for i, n := range lengths {
		text := numberedWords(i, n)
		paras = append(paras, "Envoy Aru Veld said "+text+".")
		stmts = append(stmts, said{i + 1, text, "Aru Veld", "Envoy", "Varanda", kind})
	}
	return story("quotes", "Veld Speaks at Length on the River Talks", "Port Selin", fixture()[0].Date,
		paras, []string{"Varanda"}, []data.Speaker{{Name: "Aru Veld", Role: "Envoy", Party: "Varanda", Person: true}},
		stmts...)
}

// numberedWords is statement i's text: n words, each named by the
// statement and its place in it.
func numberedWords(i, n int) string {
	words := make([]string, n)
	for j := range words {
		words[j] = "s" + strconv.Itoa(i) + "w" + strconv.Itoa(j)
	}
	return strings.Join(words, " ")
}

// cursorEntry is the cursor's entry on screen: the lines of its words,
// then its attribution line, without the cursor's mark. It fails the test
// unless the marked lines are together and end with the attribution.
// attributionLine is how an attribution begins: the story's date, when
// it has one, then the speaker.
var attributionLine = regexp.MustCompile(`^(\d{1,2} [A-Z][a-z]{2} \d{4} )?— `)

func cursorEntry(t *testing.T, screen string) (words []string, attribution string) {
	t.Helper()
	first, last := -1, -1
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "▌") {
			continue
		}
		if first < 0 {
			first = i
		} else if i != last+1 {
			t.Fatalf("the cursor's lines are apart:\n%s", screen)
		}
		last = i
	}
	if first < 0 {
		t.Fatalf("no cursor on screen:\n%s", screen)
	}
	var marked []string
	for _, l := range lines[first : last+1] {
		marked = append(marked, strings.TrimPrefix(strings.TrimPrefix(l, "▌"), " "))
	}
	attribution = marked[len(marked)-1]
	if !attributionLine.MatchString(attribution) {
		t.Fatalf("the cursor's entry does not end with its attribution:\n%s", screen)
	}
	return marked[:len(marked)-1], attribution
}

// assertWhole checks that words are text whole or, when cut, its
// beginning ending in "…".
func assertWhole(t *testing.T, words []string, text string, cut bool) {
	t.Helper()
	shown := strings.Join(words, " ")
	if !cut {
		if shown != text {
			t.Errorf("the selected statement is not whole:\n%s\nwant %q", strings.Join(words, "\n"), text)
		}
		return
	}
	begins, ok := strings.CutSuffix(shown, "…")
	if !ok || !strings.HasPrefix(text, begins) || begins == text {
		t.Errorf("the selected statement is not cut with an ellipsis, or is not its beginning:\n%s\nwant the beginning of %q",
			strings.Join(words, "\n"), text)
	}
}

// TestTheSelectedQuoteIsShownWhole: the statement under the cursor is
// wrapped to the width, up to about half of the list's height; the others
// stay on one line.
func TestTheSelectedQuoteIsShownWhole(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		width, height int
		kind          string
		lengths       []int
		keys          []string
		selected      int  // the statement under the cursor
		lines         int  // the lines of its words
		cut           bool // at the last of them, for want of room
	}{
		// 22 lines of list at 80x24: the selected entry takes up to 11.
		{"a long statement, over several lines", 80, 24, "reported", []int{80, 80, 80}, nil, 0, 7, false},
		{"the next one, once the cursor is on it", 80, 24, "reported", []int{80, 80, 80}, []string{"j"}, 1, 7, false},
		{"a short statement, on one line", 80, 24, "reported", []int{3, 80}, nil, 0, 1, false},
		{"longer than half the list, cut", 80, 24, "reported", []int{300, 3}, nil, 0, 10, true},
		{"a quotation, in quotation marks", 80, 24, "direct", []int{80, 80}, []string{"G"}, 1, 7, false},
		{"a question, marked", 80, 24, "question", []int{80, 80}, nil, 0, 7, false},
		{"40x12: fewer lines", 40, 12, "reported", []int{40, 40}, nil, 0, 4, true},
		{"20x6: a line, as the others", 20, 6, "reported", []int{40, 40}, nil, 0, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(t, newModel(t, tt.width, tt.height, []*data.Briefing{quoteStory(tt.kind, tt.lengths...)}), "tab")
			m = press(t, m, tt.keys...)
			s := screenText(m)
			words, who := cursorEntry(t, s)
			if len(words) != tt.lines {
				t.Errorf("the selected statement takes %d lines, want %d:\n%s", len(words), tt.lines, s)
			}
			text := numberedWords(tt.selected, tt.lengths[tt.selected])
			switch tt.kind {
			case "direct":
				text = "“" + text + "”"
			case "question":
				text = "Q: " + text
			}
			assertWhole(t, words, text, tt.cut)
			assertContains(t, who, "— Aru Veld")
			for _, l := range strings.Split(s, "\n") {
				if ansi.StringWidth(l) > tt.width {
					t.Errorf("a line of %d cells: %q", ansi.StringWidth(l), l)
				}
			}
			// Every other statement is on one line, cut, then its attribution.
			others := 0
			for i, n := range tt.lengths {
				first := "s" + strconv.Itoa(i) + "w0 "
				if i == tt.selected || !strings.Contains(s, first) {
					continue
				}
				others++
				lines := strings.Split(s, "\n")
				for k, l := range lines {
					if !strings.Contains(l, first) {
						continue
					}
					if numberedWords(i, n) != strings.TrimSpace(l) && !strings.HasSuffix(l, "…") {
						t.Errorf("statement %d is neither whole nor cut on its line: %q", i, l)
					}
					if k+1 < len(lines) && !attributionLine.MatchString(strings.TrimPrefix(lines[k+1], "  ")) {
						t.Errorf("statement %d takes more than a line:\n%s", i, s)
					}
				}
			}
			if others == 0 {
				t.Errorf("no other statement on screen:\n%s", s)
			}
		})
	}
}

// TestTheCursorEntryStaysWhole walks a list of statements long and short
// with every motion, through resizes and a filter: the statement under
// the cursor must be on screen whole (or as much as its share of the
// list holds), with its attribution.
func TestTheCursorEntryStaysWhole(t *testing.T) {
	t.Parallel()
	lengths := []int{60, 3, 200, 25, 1, 90, 40, 300, 8, 120, 15, 70, 2, 50}
	b := quoteStory("reported", lengths...)
	var walk []tea.Msg
	keys := func(names ...string) {
		for _, k := range names {
			walk = append(walk, keyMsgs(k)...)
		}
	}
	resize := func(w, h int) { walk = append(walk, tea.WindowSizeMsg{Width: w, Height: h}) }
	keys(strings.Split(strings.Repeat("j", len(lengths)), "")...)
	keys(strings.Split(strings.Repeat("k", len(lengths)), "")...)
	keys("G", "g", "pgdown", "pgdown", "pgup", "d", "d", "u", "G")
	resize(40, 12)
	keys("k")
	resize(80, 24)
	resize(30, 9)
	keys("g")
	resize(120, 40)
	keys("j", "j", "/", "s7w1", "enter", "esc", "G")
	resize(20, 6)
	keys("k")
	resize(80, 24)
	for _, start := range [][2]int{{80, 24}, {60, 16}, {40, 12}, {30, 9}} {
		t.Run(fmt.Sprintf("%dx%d", start[0], start[1]), func(t *testing.T) {
			m := press(t, newModel(t, start[0], start[1], []*data.Briefing{b}), "tab")
			for step, msg := range walk {
				m = update(t, m, msg)
				if m.screen != screenQuotes {
					t.Fatalf("step %d (%v): left the quote view", step, msg)
				}
				stmt, ok := m.quotes.Selected()
				if !ok {
					t.Fatalf("step %d: no statement selected", step)
				}
				_, st := m.lib.Statement(stmt)
				s := screenText(m)
				words, _ := cursorEntry(t, s)
				shown := strings.Join(words, " ")
				if !strings.HasPrefix(st.Text, strings.TrimSuffix(shown, "…")) || (shown != st.Text && !strings.HasSuffix(shown, "…")) {
					t.Fatalf("step %d (%v), %dx%d: statement %q is not whole:\n%s", step, msg, m.width, m.height, st.Text, s)
				}
				if m.height >= 12 && len(st.Text) > m.width && len(words) < 2 {
					t.Fatalf("step %d, %dx%d: a long statement on %d line:\n%s", step, m.width, m.height, len(words), s)
				}
			}
		})
	}
}

// TestWrappedQuotesFitEverySize: the selected statement, wrapped, is no
// wider than the screen at any size, with runes two cells wide, emoji and
// a word longer than the screen; nothing panics. Each selection is a
// model of its own, swept side by side.
func TestWrappedQuotesFitEverySize(t *testing.T) {
	t.Parallel()
	for _, selected := range []int{0, 1, 2, 3} {
		t.Run(strconv.Itoa(selected), func(t *testing.T) {
			t.Parallel()
			b := wideStory()
			long := quoteStory("direct", 120, 1, 40)
			m := press(t, newModel(t, 80, 24, []*data.Briefing{b, long}), "tab")
			for range selected {
				m = press(t, m, "j")
			}
			for w := 1; w <= 90; w++ {
				for h := 1; h <= 30; h++ {
					if w > 24 && h > 14 && (w%5 != 0 || h%4 != 0) {
						continue
					}
					m = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
					assertFits(t, m.View(), w, h)
				}
			}
		})
	}
}
