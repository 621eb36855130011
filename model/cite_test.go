package model

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// sharedQuoteStories are three reports of one quote of Idrena Halvek's,
// arriving latest first: a wire story, a rewrite of it with another frame
// a day later, and a saved copy of the rewrite; and a Kestrian who says
// the same words, who is someone else.
func sharedQuoteStories() []*data.Briefing {
	halvek := data.Speaker{Name: "Idrena Halvek", Role: "Foreign Minister", Party: "Varanda", Person: true}
	orvell := data.Speaker{Name: "Tomas Orvell", Role: "Kestrian spokesperson", Party: "Kestria", Person: true}
	const vow = "We will not move a single boat from the river until the talks resume"
	day := func(d int) time.Time { return time.Date(2025, 3, d, 0, 0, 0, 0, time.UTC) }
	saved := story("saved-copy", "Saved: Halvek Holds the Line", "Port Selin", day(6),
		[]string{"Halvek told a late briefing: “" + vow + ".”"},
		[]string{"Varanda"}, []data.Speaker{halvek},
		said{1, vow, "Idrena Halvek", "Foreign Minister", "Varanda", "direct"})
	saved.Source = "https://news.varanda.example/saved"
	return []*data.Briefing{
		saved,
		story("rewrite", "Halvek Holds the Line on the River", "Port Selin", day(5),
			[]string{"“we will not move a single boat from the river until talks resume,” the minister said on Wednesday."},
			[]string{"Varanda"}, []data.Speaker{halvek},
			said{1, "we will not move a single boat from the river until talks resume", "Halvek", "", "Varanda", "direct"}),
		story("wire", "Varanda Refuses to Move Boats", "Port Selin", day(4),
			[]string{"Foreign Minister Idrena Halvek said: “" + vow + ".”"},
			[]string{"Varanda"}, []data.Speaker{halvek},
			said{1, vow, "Idrena Halvek", "Foreign Minister", "Varanda", "direct"}),
		story("kestria", "Kestria Echoes Varanda", "Ostrava Nova", day(7),
			[]string{"Tomas Orvell said: “" + vow + ".”"},
			[]string{"Kestria"}, []data.Speaker{orvell},
			said{1, vow, "Tomas Orvell", "Kestrian spokesperson", "Kestria", "direct"}),
	}
}

func TestQuoteViewShowsAStatementOnceWithItsOtherStories(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 130, 24, sharedQuoteStories()), "tab")
	// Four statements, two of them the same three reports: two entries,
	// the Kestrian's, newest, then Halvek's, shown at its earliest
	// report, the wire story. Away from the cursor, the entry says how
	// many other stories report it, before its title.
	s := screenText(m)
	assertContains(t, s, "Quotes  1/2", "Kestria Echoes Varanda",
		"4 Mar 2025 — Idrena Halvek, Foreign Minister · Varanda · said · also in 2 · Varanda Refuses to Move Boats")
	assertLacks(t, s, "also in 2 stories", "Saved: Halvek Holds the Line")
	// Under the cursor, a line names them, earliest first.
	s = screenText(press(t, m, "j"))
	assertContains(t, s, "Quotes  2/2",
		"also in 2 stories: Halvek Holds the Line on the River (2025-03-05); Saved: Halvek Holds the Line (2025-03-06)")
	assertLacks(t, s, "Saved: Halvek Holds the Line · ", "Kestria Echoes Varanda (")
	assertFits(t, press(t, newModel(t, 40, 12, sharedQuoteStories()), "tab").View(), 40, 12)
}

// clipboardModel is the reader over stories, with a clipboard that
// records what it is sent.
func clipboardModel(t *testing.T, bs []*data.Briefing) (Model, *bytes.Buffer) {
	t.Helper()
	var clip bytes.Buffer
	cfg := testConfig(bs)
	cfg.Clipboard = &clip
	return startModel(t, 100, 24, cfg), &clip
}

func TestYCopiesACitationThroughOSC52(t *testing.T) {
	t.Parallel()
	bs := sharedQuoteStories()
	bs[2].Source = "https://wire.varanda.example/boats"
	m, clip := clipboardModel(t, bs)
	m = press(t, m, "tab", "j") // Halvek's, after the newer Kestrian's
	next, cmd := m.Update(keyMsgs("y")[0])
	m = next.(Model)
	if clip.Len() != 0 {
		t.Fatal("written in Update, not by its command")
	}
	assertContains(t, screenText(m), "citation of Idrena Halvek copied to the clipboard (OSC 52)")
	m = update(t, m, cmd())
	out := clip.String()
	re := regexp.MustCompile("^\x1b\\]52;c;([A-Za-z0-9+/=]+)\a$")
	match := re.FindStringSubmatch(out)
	if match == nil {
		t.Fatalf("the clipboard got %q, not one OSC 52 sequence", out)
	}
	text, err := base64.StdEncoding.DecodeString(match[1])
	if err != nil {
		t.Fatal(err)
	}
	want := "> “We will not move a single boat from the river until the talks resume”\n>\n" +
		"> — Idrena Halvek, Foreign Minister, Varanda; [Varanda Refuses to Move Boats](https://wire.varanda.example/boats), 4 March 2025, ¶1\n"
	if string(text) != want {
		t.Errorf("citation\n%s\nwant\n%s", text, want)
	}
	// The frame never holds the sequence.
	if strings.Contains(m.View(), "\x1b]52") {
		t.Error("the frame holds OSC 52")
	}
}

func TestYWithoutAClipboardIsNotAKey(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 100, 24, sharedQuoteStories()), "tab")
	if _, cmd := m.Update(keyMsgs("y")[0]); cmd != nil {
		t.Error("y without a clipboard gave a command")
	}
	m.help.setShowAll(true)
	assertLacks(t, screenText(m), "copy citation")
	m, _ = clipboardModel(t, sharedQuoteStories())
	m.help.setShowAll(true)
	assertLacks(t, screenText(m), "copy citation") // the story list has no statement
	assertContains(t, screenText(press(t, m, "tab")), "y copy citation", "x export quotes")
}

func TestXExportsTheStatementsShownToANamedFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cfg := testConfig(sharedQuoteStories())
	cfg.ExportDirs = []string{dir}
	m := startModel(t, 100, 24, cfg)
	m = press(t, m, "tab", "s", "Halvek", "enter") // only Halvek's
	next, cmd := m.Update(keyMsgs("x")[0])
	m = next.(Model)
	assertContains(t, screenText(m), "exporting 1 statement…")
	m = update(t, m, cmd())
	files, _ := filepath.Glob(filepath.Join(dir, "brief-quotes-*.md"))
	if len(files) != 1 || !regexp.MustCompile(`brief-quotes-\d{8}-\d{6}\.md$`).MatchString(files[0]) {
		t.Fatalf("files written: %v", files)
	}
	// The status line names the file; a long path wraps.
	assertContains(t, strings.ReplaceAll(screenText(m), "\n", ""), "wrote 1 statement to "+files[0])
	b, _ := os.ReadFile(files[0])
	if got := string(b); strings.Count(got, "> “") != 1 || !strings.Contains(got, "*Varanda Refuses to Move Boats*, 4 March 2025, ¶1") {
		t.Errorf("the file holds:\n%s", got)
	}

	// Written again, it keeps the first file.
	_, cmd = m.Update(keyMsgs("x")[0])
	m = update(t, m, cmd())
	if files, _ := filepath.Glob(filepath.Join(dir, "brief-quotes-*.md")); len(files) != 2 {
		t.Errorf("after a second x: %v", files)
	}
}

func TestXNamesWhatWentWrong(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "not-a-folder")
	os.WriteFile(file, nil, 0o644)
	cfg := testConfig(sharedQuoteStories())
	cfg.ExportDirs = []string{file}
	m := press(t, startModel(t, 100, 24, cfg), "tab")
	_, cmd := m.Update(keyMsgs("x")[0])
	msg := cmd()
	if _, ok := msg.(exportedMsg); !ok {
		t.Fatalf("got %T", msg)
	}
	m = update(t, m, msg)
	assertContains(t, screenText(m), "✗ export failed: ", "not-a-folder")
	_ = tea.Quit
}

// TestYInAStoryCitesTheCurrentStatement: after ] the story's second
// statement is current, and y copies its citation.
func TestYInAStoryCitesTheCurrentStatement(t *testing.T) {
	t.Parallel()
	m, clip := clipboardModel(t, []*data.Briefing{ambraStory("")})
	m = press(t, m, "enter", "]", "]")
	next, cmd := m.Update(keyMsgs("y")[0])
	m = next.(Model)
	if cmd == nil {
		t.Fatal("y gave no command")
	}
	m = update(t, m, cmd())
	assertContains(t, screenText(m), "copied to the clipboard (OSC 52)", "statement 2/4")
	b := m.lib.Story(0)
	match := regexp.MustCompile("^\x1b\\]52;c;([A-Za-z0-9+/=]+)\a$").FindStringSubmatch(clip.String())
	if match == nil {
		t.Fatalf("the clipboard got %q", clip.String())
	}
	text, _ := base64.StdEncoding.DecodeString(match[1])
	if !strings.Contains(string(text), "withdraw its patrols") || !strings.Contains(string(text), b.Title) ||
		!strings.HasSuffix(string(text), fmt.Sprintf("¶%d\n", b.Statements[1].Paragraph)) {
		t.Errorf("citation %q", text)
	}
}

// TestTabFromACopyFindsTheReportShown: tab from the saved copy, whose
// statement the quote view shows at its earliest report, puts the cursor
// there rather than saying the filters hide it.
func TestTabFromACopyFindsTheReportShown(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 130, 24, sharedQuoteStories()), "j", "enter") // the saved copy, after the newer Kestrian story
	assertContains(t, screenText(m), "Saved: Halvek Holds the Line")
	m = press(t, m, "]", "tab")
	s := screenText(m)
	assertContains(t, s, "Quotes", "▌ 4 Mar 2025 — Idrena Halvek, Foreign Minister · Varanda · said · also in 2 · Varanda Refuses to Move Boats")
	assertLacks(t, s, "the filters hide")
}
