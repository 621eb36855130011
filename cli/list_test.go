package cli

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/brief-reader/brief/data"
)

func TestListFilters(t *testing.T) {
	t.Parallel()
	attr, _ := data.NewAttributor("")
	b := &data.Briefing{
		Declared:   data.Declared{Parties: []data.PartyDecl{{Name: "Tesmar", Aliases: []string{"Velhaven"}}}},
		Parties:    []string{"Tesmar", "Orlavia"},
		Statements: []data.Statement{{Speaker: "Teodor Mayle", Party: "Tesmar"}},
	}
	tests := []struct {
		f    filters
		want bool
	}{
		{filters{}, true},
		{filters{party: "Orlavia"}, true}, // appears, says nothing
		{filters{party: "Velhaven"}, true},
		{filters{party: "Lunesia"}, false},
		{filters{speaker: "Mayle"}, true},
		{filters{speaker: "Dyrne"}, false},
		{filters{party: "Orlavia", speaker: "Mayle"}, true},
	}
	for _, tt := range tests {
		if got := tt.f.keepStory(attr, b); got != tt.want {
			t.Errorf("keepStory(%+v) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

func TestListJSON(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	calm := writeStory(t, dir, "calm.txt", calmStory)
	turns := writeStory(t, dir, "turns.md", turnStory)
	code, out, errs := runApart(t, "", "list", calm, "--json", turns)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got := decodeObjects(t, out)
	if len(got) != 2 {
		t.Fatalf("%d stories", len(got))
	}
	wantKeys := []string{"date", "dateline", "id", "parties", "path", "publisher", "read", "source", "speakers", "starred", "statements", "title"}
	for _, o := range got {
		if k := keys(o); !slices.Equal(k, wantKeys) {
			t.Errorf("keys %v, want exactly %v", k, wantKeys)
		}
		if _, ok := o["parties"].([]any); !ok {
			t.Errorf("parties is %v, want an array", o["parties"])
		}
		if _, ok := o["speakers"].([]any); !ok {
			t.Errorf("speakers is %v, want an array", o["speakers"])
		}
	}
	// Newest first, undated last: the dated turns before the undated
	// calm given before it.
	if got[1]["id"] != "calm" || got[1]["date"] != nil || got[1]["dateline"] != "Velhaven" || got[1]["path"] != calm ||
		got[1]["read"] != false || got[1]["publisher"] != "" {
		t.Errorf("second story %v", got[1])
	}
	if got[0]["date"] != "2031-05-02" || got[0]["source"] != "example (invented for brief)" || got[0]["title"] != "Ministry Briefing" {
		t.Errorf("first story %v", got[0])
	}
}

func TestListText(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	calm := writeStory(t, dir, "calm.txt", calmStory)
	turns := writeStory(t, dir, "turns.md", turnStory)
	code, out, _ := runApart(t, "", "list", calm, turns)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if code != ExitOK || len(lines) != 3 {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
	// Newest first, undated last: the dated turns before the undated
	// calm given before it.
	if f := strings.Fields(lines[2]); len(f) < 3 || f[0] != "2" || f[1] != "*" || f[2] != "calm" || !strings.Contains(lines[1], "2031-05-02") {
		t.Errorf("rows:\n%s", out)
	}
	// The source column: the declared source, or "-".
	src := strings.Index(lines[0], "SOURCE")
	if !strings.HasPrefix(lines[2][src:], "- ") || !strings.HasPrefix(lines[1][src:], "example (invented for") {
		t.Errorf("sources:\n%s", out)
	}
	// Aligned: every row has its title at the same column as the header.
	col := runeIndex(lines[0], "TITLE")
	if runeIndex(lines[2], "Calm Day") != col || runeIndex(lines[1], "Ministry Briefing") != col {
		t.Errorf("columns not aligned:\n%s", out)
	}
}

// runeIndex is strings.Index in characters, which is what columns are
// counted in.
func runeIndex(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return i
	}
	return utf8.RuneCountInString(s[:i])
}

func TestListEmbedded(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	code, out, errs := runApart(t, "", "list", "--json")
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got := decodeObjects(t, out)
	if len(got) < 6 || got[0]["id"] != "000_9ff3adb9c3e641cd" {
		t.Errorf("%d stories, first %v", len(got), got[0]["id"])
	}
}

func TestShow(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	calm := writeStory(t, dir, "calm.txt", calmStory)
	turns := writeStory(t, dir, "turns.md", turnStory)
	tests := []struct {
		name string
		args []string
		want string // the first line
		has  string
	}{
		{"by id", []string{"show", "turns", calm, turns}, "# Ministry Briefing", "**MS. SALLOW:** Good morning, and welcome."},
		// Numbered as "brief list" shows them, newest first: the dated
		// turns is 1 though given after the undated calm.
		{"by number", []string{"show", "2", calm, turns}, "# Calm Day in Velhaven", "Velhaven – The weather was fine"},
		{"number after paths", []string{"show", "1", calm, turns}, "# Ministry Briefing", "2 May 2031"},
		{"embedded by number", []string{"show", "1"}, "# Moscow Welcomes Constructive Dialogue as Russia and United States Signal Openness to Continued Negotiations", "Moscow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runApart(t, "", tt.args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if first, _, _ := strings.Cut(out, "\n"); first != tt.want || !strings.Contains(out, tt.has) {
				t.Errorf("output:\n%s\nwant first line %q and %q", out, tt.want, tt.has)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	code, out, errs := runApart(t, calmStory, "list", "--json", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if got := decodeObjects(t, out); len(got) != 1 || got[0]["id"] != "stdin" || got[0]["path"] != "-" {
		t.Errorf("got %v", got)
	}
	code, _, errs = runApart(t, "", "list", "-")
	if code != ExitError || !strings.Contains(errs, "brief: -: empty") {
		t.Errorf("empty stdin: exit %d, stderr %q", code, errs)
	}
}

func TestOutputIsSanitised(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	evil := writeStory(t, dir, "evil.txt", "Title \x1b]52;c;ZXZpbA==\x07with OSC 52\nVelhaven – Body \x1b[2J text.\n")
	for _, args := range [][]string{{"list", evil}, {"list", "--json", evil}, {"show", "1", evil}} {
		_, out, _ := runApart(t, "", args...)
		if strings.ContainsAny(out, "\x1b\x07") {
			t.Errorf("%v: control characters in output %q", args, out)
		}
	}
}
