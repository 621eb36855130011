package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

// isolate gives the test fresh config and data folders; it returns the
// data folder, which holds a new database (main_test.go).
func isolate(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	dataDir := t.TempDir()
	copyNewDatabase(t, dataDir)
	t.Setenv(envDataDir, dataDir)
	t.Setenv(envConfigDir, t.TempDir())
	return dataDir
}

// runHere runs brief in the folders the test has set up already, so that
// one command sees what another left.
func runHere(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeStory(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const (
	calmStory = "Calm Day in Velhaven\nVelhaven – The weather was fine and nothing was announced.\n"
	turnStory = `---
title: Ministry Briefing
date: 2031-05-02
source: "example (invented for brief)"
parties:
  - name: Tesmar
    aliases: [Tesmari, Velhaven]
---

MS. SALLOW: Good morning, and welcome.

QUESTION: Will the minister travel?
`
)

func TestExitCodes(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	good := writeStory(t, dir, "calm.txt", calmStory)
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		name       string
		args       []string
		code       int
		stdoutHas  string
		stderrHas  string
		stderrNone bool
	}{
		{"list ok", []string{"list", good}, ExitOK, "Calm Day in Velhaven", "", true},
		{"missing path still lists the rest", []string{"list", missing, good}, ExitError, "Calm Day in Velhaven", "brief: " + missing + ": no such file or directory", false},
		{"quotes with missing path", []string{"quotes", "--json", good, missing}, ExitError, "[]", missing + ": no such file", false},
		{"unknown flag", []string{"list", "--jsn", good}, ExitUsage, "", "unknown option --jsn", false},
		{"unknown flag on quotes", []string{"quotes", "-x"}, ExitUsage, "", `unknown option --x (see "brief help")`, false},
		{"unknown subcommand", []string{"lst"}, ExitUsage, "", `unknown command "lst"`, false},
		{"show without story", []string{"show"}, ExitUsage, "", "which story", false},
		{"show unknown story", []string{"show", "nope", good}, ExitError, "", `no story "nope"`, false},
		{"bad max-size", []string{"list", "--max-size", "lots", good}, ExitUsage, "", "size", false},
		{"max-size too small", []string{"list", "--max-size", "10", good}, ExitError, "", good + ": too large", false},
		{"max-size with suffix", []string{"list", "--max-size=1K", good}, ExitOK, "Calm Day", "", true},
		{"max-size before the command", []string{"--max-size", "10", "list", good}, ExitError, "", "too large", false},
		{"help", []string{"help"}, ExitOK, "Usage:", "", true},
		{"--help", []string{"--help"}, ExitOK, "Usage:", "", true},
		{"version", []string{"version"}, ExitOK, "brief ", "", true},
		{"no arguments", nil, ExitUsage, "", "Usage:", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runApart(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errs)
			}
			if !strings.Contains(out, tt.stdoutHas) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdoutHas, out)
			}
			if !strings.Contains(errs, tt.stderrHas) || tt.stderrNone && errs != "" {
				t.Errorf("stderr %q, want it to contain %q", errs, tt.stderrHas)
			}
		})
	}
}

func TestIsCommand(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeStory(t, dir, "notes", calmStory)
	tests := []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"list"}, true},
		{[]string{"quotes", "x.txt"}, true},
		{[]string{"--max-size", "1M", "show", "3"}, true},
		{[]string{"--help"}, true},
		{[]string{"file.txt", "-h"}, true},
		{[]string{"version"}, true},
		{[]string{"lst"}, true},    // a mistyped command: usage, not "no such file"
		{[]string{"notes"}, false}, // a file that exists
		{[]string{"a.txt"}, false}, // looks like a path
		{[]string{"./lst"}, false}, // a path
		{[]string{"-"}, false},     // standard input
		{[]string{"https://example.org/feed"}, false},
		{[]string{"--max-size", "1M"}, false},
		{[]string{"subscribe", "https://example.org/feed"}, true},
		{[]string{"unsubscribe", "2"}, true},
		{[]string{"subscriptions", "--json"}, true},
		{[]string{"refresh"}, true},
	}
	for _, tt := range tests {
		if got := IsCommand(tt.args); got != tt.want {
			t.Errorf("IsCommand(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"512K", 512 << 10, true},
		{"512k", 512 << 10, true},
		{"8M", 8 << 20, true},
		{"8MB", 8 << 20, true},
		{"8MiB", 8 << 20, true},
		{"1G", 1 << 30, true},
		{"0", 0, false},
		{"-5", 0, false},
		{"lots", 0, false},
		{"M", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func decodeObjects(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		t.Fatalf("not a JSON array of objects: %v\n%s", err, s)
	}
	return out
}

func keys(m map[string]any) []string {
	var k []string
	for key := range m {
		k = append(k, key)
	}
	sort.Strings(k)
	return k
}

// TestQuotesJSONShape checks the exact keys and the nulls of quotes --json,
// and also_in: the other stories that report a statement, earliest first.
func TestQuotesJSONShape(t *testing.T) {
	t.Parallel()
	vow := "the talks would resume once the river border is open again"
	bs := []*data.Briefing{{
		ID: "s1", Title: "Talks to Resume", Date: time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), Source: "https://tesmar.example/s1",
		Statements: []data.Statement{
			{Speaker: "Teodor Mayle", Role: "Foreign Minister", Party: "Tesmar", Kind: data.Reported, Cue: "said", Text: vow, Paragraph: 2},
			{Speaker: "QUESTION", Kind: data.Question, Text: "Will the minister travel?", Paragraph: 3},
		},
	}, {
		ID: "saved", Title: "Saved copy",
		Statements: []data.Statement{{Speaker: "Mayle", Party: "Tesmar", Kind: data.Reported, Cue: "said", Text: vow, Paragraph: 1}},
	}}
	attr, _ := data.NewAttributor("")
	var buf bytes.Buffer
	if err := writeJSON(jsonOut{&buf}, quoteRecords(bs, attr, filters{})); err != nil {
		t.Fatal(err)
	}
	got := decodeObjects(t, buf.String())
	s1 := map[string]any{"story": "s1", "title": "Talks to Resume", "date": "2026-11-03", "source": "https://tesmar.example/s1"}
	saved := map[string]any{"story": "saved", "title": "Saved copy", "date": nil, "source": nil}
	want := []map[string]any{
		{"story": "s1", "title": "Talks to Resume", "date": "2026-11-03", "source": "https://tesmar.example/s1",
			"paragraph": 2.0, "speaker": "Teodor Mayle", "role": "Foreign Minister", "party": "Tesmar", "kind": "reported", "cue": "said", "text": vow,
			"also_in": []any{saved}},
		{"story": "s1", "title": "Talks to Resume", "date": "2026-11-03", "source": "https://tesmar.example/s1",
			"paragraph": 3.0, "speaker": "QUESTION", "role": nil, "party": nil, "kind": "question", "cue": nil, "text": "Will the minister travel?",
			"also_in": []any{}},
		{"story": "saved", "title": "Saved copy", "date": nil, "source": nil,
			"paragraph": 1.0, "speaker": "Mayle", "role": nil, "party": "Tesmar", "kind": "reported", "cue": "said", "text": vow,
			"also_in": []any{s1}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	wantKeys := []string{"also_in", "cue", "date", "kind", "paragraph", "party", "role", "source", "speaker", "story", "text", "title"}
	for _, o := range got {
		if k := keys(o); !slices.Equal(k, wantKeys) {
			t.Errorf("keys %v, want exactly %v", k, wantKeys)
		}
	}
}

func TestQuotesEmptyIsArray(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	calm := writeStory(t, dir, "calm.txt", calmStory)
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no statements", []string{"quotes", "--json", calm}, ExitOK},
		// Still [], but an unknown name is an error (issue #13).
		{"filter matches nothing", []string{"quotes", "--json", "--speaker", "Nobody Atall"}, ExitError},
		{"flag after path", []string{"quotes", calm, "--json"}, ExitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runApart(t, "", tt.args...)
			if code != tt.code || strings.TrimSpace(out) != "[]" {
				t.Errorf("exit %d, stdout %q, stderr %q; want [] and %d", code, out, errs, tt.code)
			}
		})
	}
}

func TestQuoteLine(t *testing.T) {
	t.Parallel()
	role, party, cue := "Foreign Minister", "Tesmar", "said"
	tests := []struct {
		q    quoteJSON
		want string
	}{
		{quoteJSON{Story: "s", Paragraph: 2, Speaker: "Teodor Mayle", Role: &role, Party: &party, Cue: &cue, Kind: "reported", Text: "it will hold"},
			"s ¶2  Teodor Mayle (Foreign Minister, Tesmar) said it will hold"},
		{quoteJSON{Story: "s", Paragraph: 3, Speaker: "Velhaven", Party: &party, Cue: &cue, Kind: "direct", Text: "No."},
			"s ¶3  Velhaven (Tesmar) said: “No.”"},
		{quoteJSON{Story: "s", Paragraph: 4, Speaker: "MS. SALLOW", Kind: "direct", Text: "Good morning.\n\nWelcome."},
			"s ¶4  MS. SALLOW: “Good morning. Welcome.”"},
		{quoteJSON{Story: "s", Paragraph: 4, Speaker: "Velhaven", Cue: &cue, Kind: "direct", Text: "We stay at the table\n\nThe border is open."},
			"s ¶4  Velhaven said: “We stay at the table ¶ The border is open.”"},
		{quoteJSON{Story: "s", Paragraph: 5, Speaker: "QUESTION", Kind: "question", Text: "Will it hold?"},
			"s ¶5  QUESTION asks: Will it hold?"},
		{quoteJSON{Story: "s", Paragraph: 6, Speaker: "Velhaven", Party: &party, Kind: "reported", Text: "the talks went well"},
			"s ¶6  Velhaven (Tesmar): the talks went well"},
	}
	for _, tt := range tests {
		if got := quoteLine(tt.q); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
	}
}

// TestFilters checks --party and --speaker on statements: the story's
// declared aliases always; the gazetteer's ("US", "Kyiv", "Ushakov")
// when the attributor has one.
func TestFilters(t *testing.T) {
	t.Parallel()
	attr, _ := data.NewAttributor("")
	b := &data.Briefing{
		ID: "s",
		Declared: data.Declared{
			Parties:  []data.PartyDecl{{Name: "Tesmar", Aliases: []string{"Tesmari", "Velhaven"}}},
			Speakers: []data.SpeakerDecl{{Name: "Irina Sallow", Aliases: []string{"MS. SALLOW"}}},
		},
		Statements: []data.Statement{
			{Speaker: "Irina Sallow", Party: "Tesmar", Text: "a"},
			{Speaker: "Yuri Ushakov", Party: "Russia", Text: "b"},
			{Speaker: "Donald Trump", Party: "United States", Text: "c"},
			{Speaker: "Kyiv", Party: "Ukraine", Text: "d"},
			{Speaker: "observers", Text: "e"},
		},
	}
	tests := []struct {
		name      string
		f         filters
		want      string
		gazetteer bool // needs the real gazetteer
	}{
		{"none", filters{}, "abcde", false},
		{"declared party alias", filters{party: "velhaven"}, "a", false},
		{"declared party name", filters{party: "TESMAR"}, "a", false},
		{"declared speaker alias", filters{speaker: "ms. sallow"}, "a", false},
		{"party and speaker", filters{party: "Tesmar", speaker: "Ushakov"}, "", false},
		{"US", filters{party: "US"}, "c", true},
		{"U.S.", filters{party: "U.S."}, "c", true},
		{"Kyiv", filters{party: "Kyiv"}, "d", true},
		{"surname", filters{speaker: "Ushakov"}, "b", true},
		{"case", filters{speaker: "ushakov"}, "b", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c, _ := attr.CanonicalParty("Kyiv"); tt.gazetteer && c != "Ukraine" {
				t.Skip("the attributor has no gazetteer yet")
			}
			var got string
			for _, q := range quoteRecords([]*data.Briefing{b}, attr, tt.f) {
				got += q.Text
			}
			if got != tt.want {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
		})
	}
}
