package model

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
)

func TestTabSwitchesBetweenStoriesAndQuotes(t *testing.T) {
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
	b := story("wide", "東京 Wide Runes 😀 Everywhere 東京東京東京東京東京", "", fixture()[0].Date,
		[]string{"Minister Aru Veld said 東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京 😀😀😀😀😀😀😀😀😀😀."},
		[]string{"Varanda"}, []data.Speaker{{Name: "Aru Veld", Party: "Varanda", Person: true}},
		said{1, "東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京 😀😀😀😀😀😀😀😀😀😀", "Aru Veld", "Minister", "Varanda", "reported"})
	for _, w := range []int{10, 21, 40, 41} {
		m := press(t, newModel(t, w, 10, []*data.Briefing{b}), "tab")
		for _, l := range strings.Split(m.View(), "\n") {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d: line of %d cells: %q", w, ansi.StringWidth(l), ansi.Strip(l))
			}
		}
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
// statement's marked lines must be on the first screen.
func TestTheStatementIsOnScreen(t *testing.T) {
	for w := 30; w <= 80; w += 10 {
		for h := 6; h <= 16; h++ {
			m := press(t, newModel(t, w, h, fixture()), "tab")
			for i := 0; i < 9; i++ {
				opened := press(t, m, "enter")
				if !strings.Contains(screenText(opened), "\n▌") {
					t.Errorf("%dx%d, statement %d: not on screen:\n%s", w, h, i+1, screenText(opened))
				}
				m = press(t, m, "j")
			}
		}
	}
}

// TestQuoteAttributionTellsHowItWasSaid: the attribution line carries the
// cue verb, "asked" for a question, and nothing for a transcript turn.
func TestQuoteAttributionTellsHowItWasSaid(t *testing.T) {
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
	tests := []struct {
		width int
		want  string
		lacks []string
	}{
		{120, "— Idrena Halvek, Foreign Minister · Varanda · said · Varanda and Kestria", nil},
		{56, "— Idrena Halvek, Foreign Minister · Varanda · said · ", nil}, // only the title is cut
		{55, "— Idrena Halvek · Varanda · said · Varanda and", []string{"Foreign Minister"}},
		{30, "— Idrena Halvek · Varanda", []string{"Foreign Minister"}},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.width), func(t *testing.T) {
			s := screenText(press(t, newModel(t, tt.width, 8, fixture()), "tab"))
			assertContains(t, s, tt.want)
			assertLacks(t, s, tt.lacks...)
		})
	}
}
