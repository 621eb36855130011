package model

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// profileFixture is the fixture and a later story that calls Idrena
// Halvek by her surname alone.
func profileFixture() []*data.Briefing {
	later := story("halvek-later", "Halvek Returns from Ostrava Nova", "Port Selin",
		// two months after the fixture's border talks (11 Apr), so that
		// the month between shows empty
		time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC),
		[]string{"Halvek said the talks had made real progress on the river border."},
		[]string{"Varanda"},
		[]data.Speaker{{Name: "Halvek", Party: "Varanda", Person: true}},
		said{1, "the talks had made real progress on the river border", "Halvek", "", "Varanda", "reported"},
	)
	return append(fixture(), later)
}

// toQuoteBy moves the quote view's cursor to the first statement by
// speaker.
func toQuoteBy(t *testing.T, m Model, speaker string) Model {
	t.Helper()
	m = press(t, m, "g")
	for range m.lib.StatementCount() {
		if i, ok := m.quotes.Selected(); ok {
			if _, st := m.lib.Statement(i); st.Speaker == speaker {
				return m
			}
		}
		m = press(t, m, "j")
	}
	t.Fatalf("no statement by %s", speaker)
	return m
}

// linesOrder reports whether the screen shows each of want on a later
// line than the one before.
func inOrder(screen string, want ...string) bool {
	at := 0
	for _, w := range want {
		i := strings.Index(screen[at:], w)
		if i < 0 {
			return false
		}
		at += i + len(w)
	}
	return true
}

func TestIOpensTheSpeakersProfileFromAQuote(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, profileFixture())
	m = toQuoteBy(t, press(t, m, "tab"), "Idrena Halvek")
	before, _ := m.quotes.Selected()
	m = press(t, m, "i")
	s := screenText(m)
	assertContains(t, s, "Speaker  1/3", "Idrena Halvek", "Foreign Minister · Varanda", "also found as: Halvek",
		"3 statements · 2025-04-11 – 2025-06-02", "2025-04 █·▄ 2025-06", "enter open", "esc back")
	if !inOrder(s, "2025-06-02 Halvek Returns from Ostrava Nova ¶1", "2025-04-11 Varanda and Kestria Agree", "2025-04-11 Varanda and Kestria Agree") {
		t.Errorf("statements not newest first, with date, story and paragraph:\n%s", s)
	}
	assertLacks(t, s, "Tomas Orvell", "Belo Sarn")
	m = press(t, m, "esc")
	assertContains(t, screenText(m), "Quotes")
	if after, _ := m.quotes.Selected(); after != before {
		t.Errorf("esc came back to statement %d, not %d", after, before)
	}
}

func TestShiftIOpensThePartyProfileAndItsSpeakers(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, profileFixture())
	m = toQuoteBy(t, press(t, m, "tab"), "Idrena Halvek")
	m = press(t, m, "I")
	s := screenText(m)
	assertContains(t, s, "Varanda", "4 statements by 2 speakers", "Spoke for Varanda (2)", "Statements, newest first",
		"Varanda's delegation: it would back the plan")
	if !inOrder(s, "Idrena Halvek", "3", "Varanda's delegation", "1") {
		t.Errorf("speakers not most statements first:\n%s", s)
	}
	m = press(t, m, "j", "enter") // the delegation, the second speaker
	s = screenText(m)
	assertContains(t, s, "Varanda's delegation", "1 statement · 2025-03-04")
	assertLacks(t, s, "Spoke for")
	m = press(t, m, "esc")
	if _, sp, _ := m.profile.Selected(); sp != "Varanda's delegation" {
		t.Errorf("back in the party's profile on %q, not where it was", sp)
	}
	m = press(t, m, "esc")
	assertContains(t, screenText(m), "Quotes")
}

func TestEnterOnAProfileStatementOpensItsStory(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, profileFixture())
	m = toQuoteBy(t, press(t, m, "tab"), "Idrena Halvek")
	m = press(t, m, "i", "j", "enter") // the second: ¶3 of the border talks
	s := screenText(m)
	assertContains(t, s, "Story", "Varanda and Kestria Agree to Resume Border Talks")
	if m.screen != screenDetail || m.current != 0 {
		t.Fatalf("screen %v, story %d", m.screen, m.current)
	}
	m = press(t, m, "esc")
	assertContains(t, screenText(m), "Idrena Halvek", "also found as")
	if at, _ := m.profile.Position(); at != 2 {
		t.Errorf("back on statement %d of the profile, not 2", at)
	}
}

func TestTabInTheSpeakerPickerOpensTheProfile(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, profileFixture())
	m = press(t, m, "s", "Sarn", "tab")
	s := screenText(m)
	assertContains(t, s, "Belo Sarn", "Interior Minister · Sorreland", "2 statements · 2025-03-04")
	assertLacks(t, s, "Choose a speaker")
	m = press(t, m, "esc")
	s = screenText(m)
	assertContains(t, s, "Choose a speaker", "Sarn")
	m = press(t, m, "esc")
	assertContains(t, screenText(m), "Stories")
}

func TestTabInThePartyPickerOpensTheProfile(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, profileFixture())
	m = press(t, m, "tab", "p", "Kestria", "tab")
	s := screenText(m)
	assertContains(t, s, "Kestria", "Spoke for Kestria (1)", "Tomas Orvell", "undated")
	m = press(t, m, "esc")
	assertContains(t, screenText(m), "Choose a party")
	m = press(t, m, "esc")
	assertContains(t, screenText(m), "Quotes")
}

func TestShiftIOnAStatementForNoParty(t *testing.T) {
	t.Parallel()
	b := story("lone", "A Lone Voice", "", time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
		[]string{"Ilse Marn said the river was rising."}, []string{"Orlavia"},
		[]data.Speaker{{Name: "Ilse Marn", Person: true}},
		said{1, "the river was rising", "Ilse Marn", "", "", "reported"})
	m := newModel(t, 80, 24, []*data.Briefing{b})
	m = press(t, m, "tab", "I")
	assertContains(t, screenText(m), "Quotes", "made for no party")
	m = press(t, m, "i")
	assertContains(t, screenText(m), "Ilse Marn", "1 statement · 2025-06-01")

	// A party the story only mentions has a profile that says so.
	m = press(t, m, "esc", "tab", "p", "Orlavia", "tab")
	assertContains(t, screenText(m), "Party", "Orlavia", "no statement was made for it")
	m = press(t, m, "esc")
	assertContains(t, screenText(m), "Choose a party")
}

func TestAProfileFitsSmallScreens(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{40, 12}, {80, 24}, {20, 6}} {
		noColor := true
		cfg := testConfig(profileFixture())
		cfg.NoColor = &noColor
		m := startModel(t, size[0], size[1], cfg)
		m = toQuoteBy(t, press(t, m, "tab"), "Idrena Halvek")
		for _, k := range []string{"i", "G", "g", "esc", "I", "G"} {
			m = press(t, m, k)
			assertFits(t, m.View(), size[0], size[1])
		}
	}
	noColor := true
	cfg := testConfig(profileFixture())
	cfg.NoColor = &noColor
	m := startModel(t, 40, 12, cfg)
	m = press(t, toQuoteBy(t, press(t, m, "tab"), "Idrena Halvek"), "i")
	assertContains(t, screenText(m), "2025-04 █·▄ 2025-06")
	m = press(t, m, "G") // the last statement scrolls the lines above away
	s := screenText(m)
	assertContains(t, s, "Varanda and Kestria", "3/3")
}

// A library's compact stories: the profile is built from what is read
// and fills in as the statements arrive.
func TestAProfileFillsInAsStatementsArrive(t *testing.T) {
	t.Parallel()
	m := startModel(t, 80, 24, compactConfig(profileFixture()))
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("s")})
	m = next.(Model)
	m = press(t, m, "Idrena")
	next, cmd = m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m = next.(Model)
	assertContains(t, screenText(m), "Idrena Halvek", "reading the statements of 4 stories")
	for _, msg := range statementMsgs(cmd) {
		m = update(t, m, msg)
	}
	s := screenText(m)
	assertContains(t, s, "3 statements", "also found as: Halvek")
	assertLacks(t, s, "reading the statements")

	// A party's, likewise.
	m = startModel(t, 80, 24, compactConfig(profileFixture()))
	m = press(t, m, "p", "Sorreland")
	next, cmd = m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m = next.(Model)
	assertContains(t, screenText(m), "Party", "Sorreland", "reading the statements of 4 stories")
	for _, msg := range statementMsgs(cmd) {
		m = update(t, m, msg)
	}
	assertContains(t, screenText(m), "Party", "Spoke for Sorreland (2)", "Belo Sarn")
}

// compactConfig gives the stories without their statements, as rows of
// a library, and reads them when asked.
func compactConfig(full []*data.Briefing) Config {
	compact := make([]*data.Briefing, len(full))
	byID := map[string][]data.Statement{}
	for i, b := range full {
		c := *b
		c.StatementCount, c.Statements = len(b.Statements), nil
		compact[i] = &c
		byID[b.ID] = b.Statements
	}
	cfg := testConfig(compact)
	cfg.LoadStatements = func(b *data.Briefing) ([]data.Statement, error) { return byID[b.ID], nil }
	return cfg
}

// statementMsgs runs cmd and the batches it asks for, and gives the
// statementsMsgs, in order.
func statementMsgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			if c != nil {
				if _, ok := c().(statementsMsg); ok {
					out = append(out, statementMsgs(c)...)
				}
			}
		}
		return out
	case statementsMsg:
		return append([]tea.Msg{msg}, statementMsgs(msg.next)...)
	}
	return nil
}

// Leaving a profile's story by tab rather than esc leaves no trail: the
// next profile's esc goes back to where that one was opened.
func TestAProfileLeftByTabLeavesNoTrail(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, profileFixture())
	m = toQuoteBy(t, press(t, m, "tab"), "Idrena Halvek")
	m = press(t, m, "I", "enter", "enter", "tab") // party, speaker, story, the quote view
	assertContains(t, screenText(m), "Quotes")
	m = press(t, m, "i", "esc")
	assertContains(t, screenText(m), "Quotes")
	if len(m.profileTrail) != 0 {
		t.Errorf("%d steps left on the trail", len(m.profileTrail))
	}
}
