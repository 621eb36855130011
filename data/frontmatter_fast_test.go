package data

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/brief-reader/brief/internal/synth"
)

// checkFastFrontMatter parses yml both ways: when the hand parser takes
// it, yaml.v3 must read it without error and to the same result. It
// reports whether the hand parser took it.
func checkFastFrontMatter(t *testing.T, name, yml string) bool {
	t.Helper()
	fast, ok := fastFrontMatter(yml, 2)
	if !ok {
		return false
	}
	slow, err := parseFrontMatterYAML(yml, 2)
	if err != nil {
		t.Errorf("%s: hand parser took front matter yaml.v3 refuses (%v):\n%s", name, err, yml)
		return true
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Errorf("%s: hand parser:\n%+v\nyaml.v3:\n%+v\nfront matter:\n%s", name, fast, slow, yml)
	}
	return true
}

func TestFrontMatterFastAgrees(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		yml  string
		fast bool
	}{
		{"empty", "", true},
		{"comments", "# a comment\n\n", true},
		{"scalars", "title: Talks in Port Ellis\ndate: 2024-01-18\nsource: synthetic\n", true},
		{"quoted", "title: \"Talks: Day 2\"\nauthor: 'Ilse Marrow'\n", true},
		{"null and empty", "title: ~\ndateline:\nauthor: null\npublisher: \"\"\n", true},
		{"bad date warns", "date: someday\n", true},
		{"case of keys", "Title: Talks\nURL: x.example\nsource: y.example\n", true},
		{"unknown keys ignored", "title: Talks\ntags: [a, b]\nextra:\n  nested: yes\n", true},
		{"parties of names", "parties: [Varanda, \"Ostrel, Isles\"]\n", true},
		{"party scalar", "parties: Varanda\n", true},
		{"parties empty", "parties: []\nspeakers:\n", true},
		{"parties block", "parties:\n  - name: Varanda\n    aliases: [Varandan, Port Ellis]\n  - Ostrel\n", true},
		{"parties compact", "parties:\n- name: Varanda\n  alias: Varandan\n- name: Ostrel\n  aliases:\n  - Ostrelian\n  - Tarn\n", true},
		{"speakers", "speakers:\n  - name: \"Ilse Marrow\"\n    role: \"Foreign Minister\"\n    party: \"Varanda\"\n    aliases: [\"Marrow\"]\n  - name: Tor Bellan\n", true},
		{"numbers are text", "title: 1e3\nauthor: true\n", true},
		{"date with a time", "date: 2024-01-18T10:00:00Z\n", true},
		// Beyond the hand parser.
		{"url plain", "source: https://example.org/x\n", true},
		{"comment after value", "title: Talks # draft\n", false},
		{"block scalar", "title: |\n  Talks\n", false},
		{"anchor", "title: &t Talks\nauthor: *t\n", false},
		{"escape", "title: \"Talks\\u0021\"\n", false},
		{"multi-line plain", "title: Talks\n  in Port Ellis\n", false},
		{"tab", "title:\tTalks\n", false},
		{"repeated key", "title: A\ntitle: B\n", false},
		{"flow mapping", "parties: [{name: Varanda}]\n", false},
		{"party without name", "parties:\n  - aliases: [X]\n", false},
		{"list for title", "title: [a, b]\n", false},
		{"mapping for parties", "parties:\n  name: Varanda\n", false},
		{"not a mapping", "- a\n- b\n", false},
		{"key with space", "title : Talks\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkFastFrontMatter(t, tt.name, tt.yml); got != tt.fast {
				t.Errorf("hand parser took it: %v, want %v", got, tt.fast)
			}
		})
	}
}

// TestFrontMatterFastCorpora runs both parsers over every front matter in
// the generated corpus, the embedded briefings and, when present, the real
// releases in ../shared/corpus, and checks the hand parser takes nearly
// all of them: it exists to make loading those fast. It runs on one
// goroutine, which gives the race detector nothing to watch: under it,
// the real releases are the fixed sample of corpusForRun.
func TestFrontMatterFastCorpora(t *testing.T) {
	t.Parallel()
	check := func(name string, raw []byte) (has, took bool) {
		yml, _, first, ok, err := splitFrontMatter(strings.ReplaceAll(string(raw), "\r\n", "\n"))
		if err != nil || !ok {
			return false, false
		}
		_ = first
		return true, checkFastFrontMatter(t, name, yml)
	}
	rate := func(label string, has, took int) {
		t.Logf("%s: hand parser took %d of %d front matters", label, took, has)
		if has > 0 && took*100 < has*95 {
			t.Errorf("%s: hand parser took only %d of %d", label, took, has)
		}
	}

	g := synth.New(1)
	var has, took int
	for i := range 600 {
		f := g.Briefing(i, synth.ShapeOf(i))
		h, k := check(f.Name, f.Data)
		has, took = has+b2i(h), took+b2i(k)
	}
	rate("generated", has, took)

	has, took = 0, 0
	_ = fs.WalkDir(articles, "articles", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			raw, _ := articles.ReadFile(p)
			h, k := check(p, raw)
			has, took = has+b2i(h), took+b2i(k)
		}
		return nil
	})
	t.Logf("embedded: hand parser took %d of %d front matters", took, has)

	corpus := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		t.Log("no ../shared/corpus: real releases not checked")
		return
	}
	var paths []string
	_ = filepath.WalkDir(corpus, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			paths = append(paths, p)
		}
		return nil
	})
	has, took = 0, 0
	for _, p := range corpusForRun(paths) {
		if raw, err := os.ReadFile(p); err == nil {
			h, k := check(p, raw)
			has, took = has+b2i(h), took+b2i(k)
		}
	}
	rate("shared corpus", has, took)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
