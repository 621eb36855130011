package model

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
)

// storedTextsConfig is the fixture as a library's rows: stories without
// their statements, read through LoadStatements, whose texts the reader
// does not keep. asked counts the stories read.
func storedTextsConfig(asked *int) Config { return storedConfigOf(fixture(), asked) }

// storedConfigOf is storedTextsConfig of stories full: compactConfig's
// rows, each story's statements read anew (a copy) and counted, and
// their texts searched through StatementTexts.
func storedConfigOf(full []*data.Briefing, asked *int) Config {
	cfg := compactConfig(full)
	load := cfg.LoadStatements
	cfg.LoadStatements = func(b *data.Briefing) ([]data.Statement, error) {
		if asked != nil {
			*asked++
		}
		stmts, err := load(b)
		return slices.Clone(stmts), err
	}
	cfg.StatementTexts = func(ctx context.Context, bs []*data.Briefing, each func(int, []data.StatementWords)) error {
		for k, b := range bs {
			stmts, _ := load(b)
			var words []data.StatementWords
			for _, st := range stmts {
				words = append(words, data.StatementWords{Text: []byte(st.Text), Speaker: []byte(st.Speaker), Role: []byte(st.Role)})
			}
			if asked != nil {
				*asked++
			}
			each(k, words)
		}
		return ctx.Err()
	}
	return cfg
}

// pressAndRead is press, each key's commands run to their end as the
// program would, statements read and searches answered included (other
// messages, a spinner's ticks, are dropped).
func pressAndRead(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		for _, msg := range keyMsgs(k) {
			next, cmd := m.Update(msg)
			m = runStatementCmds(t, next.(Model), cmd)
		}
	}
	return m
}

// shownStatements is the quote view's statements as their story and
// text, in the order shown.
func shownStatements(m Model) []string {
	var out []string
	for _, i := range m.quotes.Statements() {
		story, st := m.lib.Statement(int(i))
		out = append(out, m.lib.Story(story).ID+": "+st.Text)
	}
	return out
}

// TestStoredTextsFilterAsHeldOnes: with the statements' texts left in
// the database, a query typed in the quote view shows what the filter of
// texts held in memory shows on the same stories, once the database has
// answered, and the screens are the same.
func TestStoredTextsFilterAsHeldOnes(t *testing.T) {
	t.Parallel()
	queries := []struct{ name, query string }{
		{"a word's beginning", "reason"},
		{"a word, capitals folded", "OSTRAVA"},
		{"inside a word", "easonab"},
		{"a phrase", `"first round"`},
		{"words apart", "plan farmers"},
		{"a party", "party:Kestria"},
		{"a speaker", "speaker:Halvek"},
		{"a speaker's name as words", "orvell"},
		{"a role", "kestrian spokes"},
		{"mixed", "party:Varanda plan"},
		{"a negated word", "-plan"},
		{"nothing matching", "zanzibar"},
	}
	held := startModel(t, 120, 30, testConfig(fixture()))
	held = press(t, held, "tab")
	var asked int
	stored := pressAndRead(t, startModel(t, 120, 30, storedTextsConfig(&asked)), "tab")
	if !stored.lib.TextsStored() || stored.lib.StatementCount() != held.lib.StatementCount() {
		t.Fatalf("stored: %d statements, held: %d", stored.lib.StatementCount(), held.lib.StatementCount())
	}
	for _, q := range queries {
		t.Run(q.name, func(t *testing.T) {
			h := press(t, held, "/", q.query, "enter")
			s := pressAndRead(t, stored, "/", q.query, "enter")
			compareStored(t, h, s)
			// The cursor moved first: it stays on its statement when
			// the query keeps it, as it does with the texts held.
			h = press(t, held, "j", "j", "/", q.query, "enter")
			s = pressAndRead(t, stored, "j", "j", "/", q.query, "enter")
			compareStored(t, h, s)
		})
	}
}

func compareStored(t *testing.T, h, s Model) {
	t.Helper()
	want, got := shownStatements(h), shownStatements(s)
	if !slices.Equal(got, want) {
		t.Errorf("texts stored show\n%s\nheld:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if hs, ss := screenText(h), screenText(s); hs != ss {
		t.Errorf("screens differ; held:\n%s\nstored:\n%s", hs, ss)
	}
}

// TestStoredTextsAreNotHeld: the statements read for the quote view are
// read again for the screen, and the query line says where the text
// filter looks.
func TestStoredTextsAreNotHeld(t *testing.T) {
	t.Parallel()
	m := pressAndRead(t, startModel(t, 120, 30, storedTextsConfig(nil)), "tab")
	assertContains(t, screenText(m), "reasonably calm")
	m = press(t, m, "/")
	assertContains(t, screenText(m), "filter (database): ")
}

// TestStoredTextsTypedOver: an answer to a query typed over is dropped,
// the one for the query in use kept, and a longer query is looked for
// only in the statements the shorter one found.
func TestStoredTextsTypedOver(t *testing.T) {
	t.Parallel()
	var asked int
	m := pressAndRead(t, startModel(t, 120, 30, storedTextsConfig(&asked)), "tab", "/")
	next, first := m.Update(keyMsgs("p")[0])
	m = next.(Model)
	m = press(t, m, "l", "a")
	if !m.busy() {
		t.Error("no spinner while the database is asked")
	}
	m = runStatementCmds(t, m, first) // "p": typed over
	if got := shownStatements(m); len(got) != 0 {
		t.Errorf("an answer to \"p\" filtered \"pla\": %q", got)
	}
	next, cmd := m.Update(keyMsgs("n")[0])
	m = runStatementCmds(t, next.(Model), cmd)
	got := shownStatements(m)
	want := []string{
		"water-plan: the plan asked too much of upstream farmers",
		"water-plan: A plan that dries our valleys is not a plan,",
		"water-plan: it would back the plan if the quotas were reviewed every year",
	}
	if !slices.Equal(got, want) {
		t.Errorf("plan shows %q", got)
	}
	screenText(m) // the screen's statements read, and kept
	asked = 0
	next, cmd = m.Update(keyMsgs("s")[0])
	m = runStatementCmds(t, next.(Model), cmd)
	if got := shownStatements(m); len(got) != 0 {
		t.Errorf("plans shows %q", got)
	}
	if asked != 1 {
		t.Errorf("plans read %d stories; plan was found in one", asked)
	}
	if m.busy() {
		t.Error("the spinner turns on")
	}
}

// TestStoredTextsExportAsHeld: "x" writes the same file, "also in" and
// all, whether the statements' texts are held or left in the database.
func TestStoredTextsExportAsHeld(t *testing.T) {
	t.Parallel()
	export := func(cfg Config) string {
		t.Helper()
		cfg.ExportDirs = []string{t.TempDir()}
		m := pressAndRead(t, startModel(t, 100, 24, cfg), "tab")
		next, cmd := m.Update(keyMsgs("x")[0])
		update(t, next.(Model), cmd())
		files, _ := filepath.Glob(filepath.Join(cfg.ExportDirs[0], "brief-quotes-*.md"))
		if len(files) != 1 {
			t.Fatalf("files written: %v", files)
		}
		b, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	held := export(testConfig(sharedQuoteStories()))
	stored := export(storedConfigOf(sharedQuoteStories(), nil))
	if held != stored || !strings.Contains(held, "Also reported in") {
		t.Errorf("held:\n%s\nstored:\n%s", held, stored)
	}
}
