package model

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

// untagged is text without the "[speaker · party] " tags the detail view
// puts before statements.
func untagged(s string) string {
	return regexp.MustCompile(`\[[^\]]*\] ?`).ReplaceAllString(s, "")
}

// bodyWords is the words of the detail view's body, without the bar
// that marks the current statement.
func bodyWords(m Model) string {
	return strings.ReplaceAll(words(body(m)), "▌ ", "")
}

// ambraStory is a story long enough to scroll at 80x12, with a statement
// near its start, two in the middle and one at its end.
func ambraStory(source string) *data.Briefing {
	mayle := data.Speaker{Name: "Teodor Mayle", Role: "Foreign Minister", Party: "Tesmar", Person: true}
	verel := data.Speaker{Name: "Anna Verel", Role: "envoy", Party: "Orlavia", Person: true}
	paras := []string{
		"Hollin – Tesmar and Orlavia extended their ceasefire along the Ambra line on Thursday.",
		"Teodor Mayle said the extension was a breathing space, not a settlement.",
	}
	for i := 0; i < 6; i++ {
		paras = append(paras, fmt.Sprintf("Filler paragraph %d about the river, the weather and the long road to Hollin, which winds along the valley.", i+1))
	}
	paras = append(paras,
		"Anna Verel said Orlavia would withdraw its patrols from the islands.",
		"“We keep our word,” Verel told reporters.",
	)
	for i := 0; i < 6; i++ {
		paras = append(paras, fmt.Sprintf("More filler %d on the delegations, their hotels and their many dinners in the old town.", i+1))
	}
	paras = append(paras, "Mayle added that the next round would take place in Kestria.")
	b := story("ambra", "Tesmar and Orlavia Extend the Ambra Ceasefire", "Hollin",
		time.Date(2026, 11, 5, 0, 0, 0, 0, time.UTC), paras,
		[]string{"Tesmar", "Orlavia"}, []data.Speaker{mayle, verel},
		said{2, "the extension was a breathing space, not a settlement", "Teodor Mayle", "Foreign Minister", "Tesmar", "reported"},
		said{9, "Orlavia would withdraw its patrols from the islands", "Anna Verel", "envoy", "Orlavia", "reported"},
		said{10, "We keep our word,", "Anna Verel", "envoy", "Orlavia", "direct"},
		said{17, "the next round would take place in Kestria", "Teodor Mayle", "Foreign Minister", "Tesmar", "reported"},
	)
	b.Source = source
	return b
}

func TestStatementsAreMarkedInTheStory(t *testing.T) {
	t.Parallel()
	st := views.NewStyles(views.ThemeDark)
	for _, w := range []int{80, 40} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			m := press(t, newModel(t, w, 40, fixture()), "enter")
			assertFits(t, m.View(), w, 40)
			text := words(body(m))
			assertContains(t, text, "[Idrena Halvek · Varanda] the first round", "[Idrena Halvek · Varanda] “We are not there yet", "[Tomas Orvell · Kestria] Ostrava")
			if w == 80 {
				if !strings.Contains(m.View(), st.SaidTag.Render("[Idrena Halvek · Varanda]")) {
					t.Errorf("the tag is not styled:\n%q", m.View())
				}
				if !strings.Contains(m.View(), st.Said.Render("the first")) {
					t.Errorf("the statement's words are not styled:\n%q", m.View())
				}
			}
			// Words outside statements keep glamour's style.
			if strings.Contains(m.View(), st.Said.Render("Foreign Minister")) {
				t.Error("words before a statement are marked as said")
			}
		})
	}
	t.Run("NO_COLOR", func(t *testing.T) {
		dark, noColor := true, true
		cfg := testConfig(fixture())
		cfg.Dark, cfg.NoColor = &dark, &noColor
		m := press(t, startModel(t, 80, 24, cfg), "enter")
		assertContains(t, screenText(m), "[Idrena Halvek · Varanda]")
		nc := views.NewStyles(views.ThemeNoColor)
		if !strings.Contains(m.View(), nc.Said.Render("the first")) || nc.Said.Render("x") == "x" {
			t.Errorf("without colour the statement's words are not marked:\n%q", m.View())
		}
	})
	t.Run("a search match inside a statement is still highlighted", func(t *testing.T) {
		m := press(t, newModel(t, 80, 24, fixture()), "enter", "/", "ceasefire", "enter")
		if !strings.Contains(m.View(), st.Current.Render("ceasefire")) {
			t.Errorf("the match is not highlighted:\n%q", m.View())
		}
		assertContains(t, screenText(m), "1/1 matches")
	})
}

// A story's text holding the characters that mark statements cannot
// open or close a mark.
func TestMarkCharactersInTheTextAreInert(t *testing.T) {
	t.Parallel()
	b := fixture()[2]
	b.Paragraphs[0].Text = strings.Replace(b.Paragraphs[0].Text, "two", "two\uE000\uE001\uE002", 1)
	m := press(t, newModel(t, 80, 24, []*data.Briefing{b}), "enter")
	s := screenText(m)
	assertContains(t, s, "[Sorreland's interior ministry · Sorreland] Sorreland released two")
	assertLacks(t, s, "\uE000", "\uE001", "\uE002")
}

func TestBracketsStepThroughTheStatements(t *testing.T) {
	t.Parallel()
	open := func(t *testing.T) Model {
		return press(t, newModel(t, 80, 12, []*data.Briefing{ambraStory("")}), "enter")
	}
	t.Run("none current says how many", func(t *testing.T) {
		assertContains(t, screenText(open(t)), "4 statements")
	})
	t.Run("] goes down and scrolls to each, and stops at the last", func(t *testing.T) {
		m := open(t)
		for i, want := range []string{"a breathing space", "withdraw its patrols", "We keep our word", "take place in Kestria", "take place in Kestria"} {
			m = press(t, m, "]")
			s := screenText(m)
			assertContains(t, s, fmt.Sprintf("statement %d/4", min(i+1, 4)))
			assertContains(t, bodyWords(m), want)
			if !strings.Contains(s, "▌") {
				t.Errorf("statement %d has no bar in the margin:\n%s", i+1, s)
			}
		}
	})
	t.Run("[ goes back and stops at the first", func(t *testing.T) {
		m := press(t, open(t), "G", "[")
		assertContains(t, screenText(m), "statement 4/4")
		m = press(t, m, "[", "[", "[", "[")
		assertContains(t, screenText(m), "statement 1/4")
		assertContains(t, bodyWords(m), "a breathing space")
	})
	t.Run("] with none current starts from the screen", func(t *testing.T) {
		m := open(t)
		for range 12 {
			m = press(t, m, "j")
		}
		m = press(t, m, "]")
		assertContains(t, screenText(m), "statement 2/4")
	})
	t.Run("opened from the quote view, that statement is current", func(t *testing.T) {
		m := press(t, newModel(t, 80, 12, []*data.Briefing{ambraStory("")}), "tab", "j", "j", "enter")
		assertContains(t, screenText(m), "statement 3/4", "We keep our word")
		m = press(t, m, "]")
		assertContains(t, screenText(m), "statement 4/4")
	})
	t.Run("the help bar shows ] at 80 columns", func(t *testing.T) {
		m := press(t, newModel(t, 80, 24, fixture()), "enter")
		assertContains(t, screenText(m), "] next statement")
		assertContains(t, screenText(press(t, m, "?")), "[ prev statement")
	})
}

// selectedQuote is the statement under the quote view's cursor.
func selectedQuote(t *testing.T, m Model) data.Statement {
	t.Helper()
	i, ok := m.quotes.Selected()
	if !ok {
		t.Fatal("no statement selected")
	}
	_, st := m.lib.Statement(i)
	return st
}

func TestTabFromAStoryShowsItsStatements(t *testing.T) {
	t.Parallel()
	t.Run("on the current statement", func(t *testing.T) {
		m := press(t, newModel(t, 80, 24, fixture()), "j", "enter", "]", "]", "tab")
		if m.screen != screenQuotes {
			t.Fatalf("tab shows %v", m.screen)
		}
		if st := selectedQuote(t, m); st.Text != "A plan that dries our valleys is not a plan," {
			t.Errorf("selected %q", st.Text)
		}
		assertContains(t, screenText(m), "esc back")
		m = press(t, m, "esc")
		if m.screen != screenDetail {
			t.Fatalf("esc shows %v, want the story", m.screen)
		}
		assertContains(t, screenText(m), "statement 2/3", "Meridian Council Weighs")
	})
	t.Run("with none current, on the first on screen", func(t *testing.T) {
		m := press(t, newModel(t, 80, 24, fixture()), "j", "enter", "tab")
		if st := selectedQuote(t, m); st.Text != "the plan asked too much of upstream farmers" {
			t.Errorf("selected %q", st.Text)
		}
	})
	t.Run("esc returns at the statement chosen in the quote view", func(t *testing.T) {
		m := press(t, newModel(t, 80, 24, fixture()), "j", "enter", "tab", "j", "j", "esc")
		assertContains(t, screenText(m), "statement 3/3")
	})
	t.Run("tab again goes to the story list", func(t *testing.T) {
		m := press(t, newModel(t, 80, 24, fixture()), "enter", "tab", "tab")
		if m.screen != screenList {
			t.Errorf("tab from the quote view shows %v", m.screen)
		}
		m = press(t, m, "tab", "esc")
		if m.screen != screenQuotes {
			t.Errorf("esc in a quote view not opened from a story shows %v", m.screen)
		}
	})
	t.Run("a filter added in the quote view goes first", func(t *testing.T) {
		m := press(t, newModel(t, 80, 24, fixture()), "enter", "tab", "/", "ceasefire", "enter", "esc")
		if m.screen != screenQuotes || len(m.filters) != 0 {
			t.Errorf("esc after a filter: %v, %d filters", m.screen, len(m.filters))
		}
		if m = press(t, m, "esc"); m.screen != screenDetail {
			t.Errorf("the second esc shows %v, want the story", m.screen)
		}
	})
	t.Run("a story without statements says so", func(t *testing.T) {
		b := fixture()[0]
		b.Statements = nil
		m := press(t, newModel(t, 80, 24, []*data.Briefing{b}), "enter", "tab")
		assertContains(t, screenText(m), "this story has no statements")
	})
}

// opened records what the opener was given.
type opened struct{ urls []string }

func (o *opened) open(u string) error {
	o.urls = append(o.urls, u)
	if strings.Contains(u, "fail") {
		return errors.New("no browser found")
	}
	return nil
}

// pressRun is press for one key, also running the commands of its
// Update and giving their messages back to Update, as the program
// would. Only for keys whose commands do not wait.
func pressRun(t *testing.T, m Model, k string) Model {
	t.Helper()
	next, cmd := m.Update(keyMsgs(k)[0])
	m = next.(Model)
	var run func(cmd tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		case sourceOpenedMsg:
			m = update(t, m, msg)
		}
	}
	run(cmd)
	return m
}

func TestOOpensTheSourceInTheBrowser(t *testing.T) {
	t.Parallel()
	tests := []struct {
		source  string
		opens   string // what the opener gets; "" for nothing
		status  string
		unshown string
	}{
		{"https://news.example/tesmar/ambra", "https://news.example/tesmar/ambra", "opened https://news.example/tesmar/ambra", ""},
		{"https://ana:hunter2@news.example/ambra", "https://ana:hunter2@news.example/ambra", "opened https://ana:xxxxx@news.example/ambra", "hunter2"},
		{"https://news.example/fail", "https://news.example/fail", "no browser found", ""},
		{"example (invented for brief)", "", "no source URL", ""},
		{"file:///etc/passwd", "", "not a web address", ""},
		{"javascript://alert(1)", "", "not a web address", ""},
		{"https://news.example/a b", "", "not a web address", ""},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			var o opened
			cfg := testConfig([]*data.Briefing{ambraStory(tt.source)})
			cfg.OpenURL = o.open
			m := press(t, startModel(t, 80, 24, cfg), "enter")
			if tt.unshown == "" {
				assertContains(t, words(body(m)), "Source: "+tt.source)
			}
			m = pressRun(t, m, "o")
			if tt.opens == "" && len(o.urls) > 0 || tt.opens != "" && (len(o.urls) != 1 || o.urls[0] != tt.opens) {
				t.Errorf("the opener got %q, want %q", o.urls, tt.opens)
			}
			s := screenText(m)
			assertContains(t, s, tt.status)
			if tt.unshown != "" {
				assertLacks(t, s, tt.unshown)
				assertContains(t, s, "Source: https://ana:xxxxx@")
			}
			// The next key takes the message away.
			assertLacks(t, screenText(press(t, m, "j")), tt.status)
		})
	}
	t.Run("without an opener there is no o", func(t *testing.T) {
		m := press(t, newModel(t, 80, 24, []*data.Briefing{ambraStory("https://news.example/x")}), "enter", "?")
		assertLacks(t, screenText(m), "open source")
		assertLacks(t, screenText(press(t, m, "?", "o")), "opened")
	})
	t.Run("the help shows o", func(t *testing.T) {
		var o opened
		cfg := testConfig(fixture())
		cfg.OpenURL = o.open
		m := press(t, startModel(t, 80, 24, cfg), "enter", "?")
		assertContains(t, screenText(m), "o open source")
	})
}

func TestTheStoryIsSetInAReadableColumn(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 200, 30, fixture()), "enter")
	assertFits(t, m.View(), 200, 30)
	left, right := 200, 0
	for _, l := range body(m) {
		l = strings.TrimRight(l, " ")
		if l == "" {
			continue
		}
		left = min(left, len(l)-len(strings.TrimLeft(l, " ")))
		right = max(right, ansi.StringWidth(l))
	}
	// glamour's own margin is two cells each side of its 100.
	if left < 50 || right > 150 {
		t.Errorf("text from column %d to %d, want within 50 to 150:\n%s", left, right, strings.Join(body(m), "\n"))
	}
	if right-left < 80 {
		t.Errorf("text from column %d to %d: not set at the readable width", left, right)
	}
	// Below the cap the text starts at glamour's margin, as before.
	m = update(t, m, tea.WindowSizeMsg{Width: 90, Height: 30})
	if got := leftmost(body(m)); got != 2 {
		t.Errorf("at 90 columns the text starts at column %d, want 2", got)
	}
}

func leftmost(lines []string) int {
	left := 1 << 30
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			left = min(left, len(l)-len(strings.TrimLeft(l, " ")))
		}
	}
	return left
}

// The tags, the source line and o's messages pass the screen's gate:
// hostile names and addresses are shown inert, passwords redacted.
func TestHostileTagsAndSourcesAreInert(t *testing.T) {
	t.Parallel()
	envoy := data.Speaker{Name: "Ada" + hostileSeq + "\n\nMorrow", Party: "Kestria" + hostileSeq, Person: true}
	b := story("raw", "Harbour Talks", "Ostrava Nova", time.Date(2031, 5, 2, 0, 0, 0, 0, time.UTC),
		[]string{"Ostrava Nova – “The harbour stays open,” the envoy said."},
		[]string{"Kestria"}, []data.Speaker{envoy},
		said{1, "The harbour stays open,", envoy.Name, "", envoy.Party, "direct"})
	b.Source, b.Publisher = passwordURL+"/"+hostileSeq, "Wire"+hostileSeq
	yes := true
	for _, source := range []string{b.Source, passwordURL} {
		b.Source = source
		cfg := testConfig([]*data.Briefing{b})
		cfg.NoColor = &yes
		cfg.OpenURL = func(string) error { return errors.New("no browser " + hostileSeq + passwordURL) }
		m := press(t, startModel(t, 80, 24, cfg), "enter", "]")
		m = pressRun(t, m, "o")
		screen := m.View()
		if why := screenIsInert(screen); why != "" {
			t.Errorf("%s on screen:\n%q", why, screen)
		}
		assertLacks(t, screen, "secret")
		assertContains(t, screenText(m), "[Ada", "Morrow · Kestria", "Source: Wire", "ana:xxxxx@feeds")
		want := "not a web address"
		if source == passwordURL {
			want = "opening the source: no browser"
		}
		assertContains(t, screenText(m), want)
	}
}

// A story given without its statements (a row from the database) reads
// them when opened, so that they are marked and tab finds them; the
// quote view's background read later does not index them twice.
func TestAStoryWithoutItsStatementsReadsThemWhenOpened(t *testing.T) {
	t.Parallel()
	full := fixture()
	compact := make([]*data.Briefing, len(full))
	byID := map[string][]data.Statement{}
	want := 0
	for i, b := range full {
		c := *b
		c.StatementCount, c.Statements = len(b.Statements), nil
		compact[i], byID[b.ID] = &c, b.Statements
		want += len(b.Statements)
	}
	cfg := testConfig(compact)
	cfg.LoadStatements = func(b *data.Briefing) ([]data.Statement, error) { return byID[b.ID], nil }
	m := press(t, startModel(t, 80, 24, cfg), "j", "enter")
	assertContains(t, words(body(m)), "[Belo Sarn · Sorreland] the plan asked")
	assertContains(t, screenText(m), "3 statements")
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m = next.(Model)
	if st := selectedQuote(t, m); st.Text != "the plan asked too much of upstream farmers" {
		t.Errorf("selected %q", st.Text)
	}
	// The background read of the others, as the program would run it.
	var run func(cmd tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		case statementsMsg:
			next, cmd := m.Update(msg)
			m = next.(Model)
			run(cmd)
		}
	}
	run(cmd)
	if got := m.lib.StatementCount(); got != want {
		t.Errorf("%d statements indexed, want %d", got, want)
	}
}
