package synth

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

func TestSameSeedSameBytes(t *testing.T) {
	t.Parallel()
	a, b := New(7).Briefings(60), New(7).Briefings(60)
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("briefing %d differs between two generators of seed 7", i)
		}
	}
	c := New(8).Briefings(60)
	same := 0
	for i := range a {
		if bytes.Equal(a[i].Data, c[i].Data) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 7 and 8 gave %d identical briefings of 60", same)
	}
}

func TestBriefingDependsOnlyOnIndex(t *testing.T) {
	t.Parallel()
	g := New(3)
	all := g.Briefings(10)
	for _, i := range []int{9, 4, 0} {
		if got := New(3).Briefing(i, ShapeOf(i)); !bytes.Equal(got.Data, all[i].Data) {
			t.Errorf("briefing %d made alone differs from the one made in sequence", i)
		}
	}
}

func TestWriteCorpusIsReproducible(t *testing.T) {
	t.Parallel()
	d1, d2 := t.TempDir(), t.TempDir()
	n1, err := WriteCorpus(d1, 30, 11)
	if err != nil {
		t.Fatal(err)
	}
	n2, err := WriteCorpus(d2, 30, 11)
	if err != nil {
		t.Fatal(err)
	}
	if n1 != n2 {
		t.Fatalf("byte counts differ: %d and %d", n1, n2)
	}
	entries, err := os.ReadDir(d1)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 30 {
		t.Fatalf("wrote %d files, want 30", len(entries))
	}
	var sum int64
	for _, e := range entries {
		x, _ := os.ReadFile(filepath.Join(d1, e.Name()))
		y, err := os.ReadFile(filepath.Join(d2, e.Name()))
		if err != nil || !bytes.Equal(x, y) {
			t.Fatalf("%s differs between the two corpora (%v)", e.Name(), err)
		}
		sum += int64(len(x))
	}
	if sum != n1 {
		t.Errorf("WriteCorpus reported %d bytes, files hold %d", n1, sum)
	}
}

func TestAverageSize(t *testing.T) {
	t.Parallel()
	const n = 600
	var total int
	for _, f := range New(1).Briefings(n) {
		total += len(f.Data)
	}
	// 10,000 briefings should make the ~50 MB corpus the benchmarks want.
	if avg := total / n; avg < 4500 || avg > 6000 {
		t.Errorf("average briefing is %d bytes, want about 5,000", avg)
	}
}

func TestShapes(t *testing.T) {
	t.Parallel()
	labelRE := regexp.MustCompile(`(?m)^(MR|MS) [A-Z]+: `)
	questionRE := regexp.MustCompile(`(?m)^(QUESTION|Q): `)
	for i, f := range New(5).Briefings(30) {
		text := string(f.Data)
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\r\t\x00\x1b") {
			t.Errorf("%s: not clean UTF-8 text", f.Name)
		}
		if f.Shape != ShapeOf(i) {
			t.Errorf("%s: shape %s, want %s", f.Name, f.Shape, ShapeOf(i))
		}
		switch f.Shape {
		case Plain:
			lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
			if !strings.HasSuffix(f.Name, ".txt") || len(lines) < 15 {
				t.Errorf("%s: want a .txt of at least 15 lines, got %d", f.Name, len(lines))
			}
			for j, l := range lines {
				if strings.TrimSpace(l) == "" {
					t.Errorf("%s: blank line %d in plain text", f.Name, j+1)
				}
			}
			if !strings.Contains(lines[1], " – ") && !strings.Contains(lines[1], " — ") {
				t.Errorf("%s: first paragraph has no dateline: %q", f.Name, lines[1])
			}
		case Markdown:
			checkFrontMatter(t, f)
		case Transcript:
			if len(labelRE.FindAllString(text, -1)) < 5 || len(questionRE.FindAllString(text, -1)) < 5 {
				t.Errorf("%s: too few speaker-labelled turns", f.Name)
			}
			if strings.HasSuffix(f.Name, ".md") {
				checkFrontMatter(t, f)
			}
		}
	}
}

type frontMatter struct {
	Title   string `yaml:"title"`
	Date    string `yaml:"date"`
	Source  string `yaml:"source"`
	Parties []struct {
		Name    string
		Aliases []string
	}
	Speakers []struct{ Name, Role, Party string }
}

func checkFrontMatter(t *testing.T, f File) {
	t.Helper()
	yml, body, ok := strings.Cut(strings.TrimPrefix(string(f.Data), "---\n"), "\n---\n")
	if !ok || !bytes.HasPrefix(f.Data, []byte("---\n")) {
		t.Errorf("%s: no front matter", f.Name)
		return
	}
	var fm frontMatter
	if err := yaml.Unmarshal([]byte(yml), &fm); err != nil {
		t.Errorf("%s: front matter: %v", f.Name, err)
		return
	}
	if fm.Title == "" || fm.Source != "synthetic" || !regexp.MustCompile(`^\d{4}-\d\d-\d\d$`).MatchString(fm.Date) {
		t.Errorf("%s: front matter title/date/source = %q/%q/%q", f.Name, fm.Title, fm.Date, fm.Source)
	}
	parties := map[string]bool{}
	for _, p := range fm.Parties {
		parties[p.Name] = true
		if len(p.Aliases) != 3 {
			t.Errorf("%s: party %s has aliases %q, want formal name, capital, demonym", f.Name, p.Name, p.Aliases)
		}
	}
	if len(parties) != 2 || len(fm.Speakers) == 0 {
		t.Errorf("%s: %d parties and %d speakers declared", f.Name, len(parties), len(fm.Speakers))
	}
	for _, s := range fm.Speakers {
		if s.Party != "" && !parties[s.Party] {
			t.Errorf("%s: speaker %s of undeclared party %q", f.Name, s.Name, s.Party)
		}
		last := s.Name[strings.LastIndexByte(s.Name, ' ')+1:]
		if !strings.Contains(strings.ToUpper(body), strings.ToUpper(last)) {
			t.Errorf("%s: declared speaker %s never appears", f.Name, s.Name)
		}
	}
}

// The prose must give attribution every shape of statement to find.
func TestStatementForms(t *testing.T) {
	t.Parallel()
	var all strings.Builder
	for _, f := range New(2).Briefings(30) {
		all.Write(f.Data)
	}
	text := all.String()
	for _, form := range []struct{ name, re string }{
		{"X said that …", `[A-Z][a-z]+ said that `},
		{"“…,” X said.", `,” [A-Z][a-z]+ said\.`},
		{"“…,” said X, the …", `,” said [A-Z][a-z]+ [A-Z][a-z]+, the `},
		{"straight quotes", `," [A-Z][a-z]+ said\.`},
		{"…, she noted, …", `, (he|she) (noted|added|said|stressed|suggested|argued|conceded), `},
		{"according to a ministry", `According to the [A-Z][a-z]+ Foreign Ministry, `},
		{"according to a person", `According to [A-Z][a-z]+( [A-Z][a-z-]+)*,? `},
		{"pronoun follow-up", `(He|She) (added|warned) that `},
		{"capital as speaker", `[A-Z][a-z]+ said it was ready to `},
		{"described as “…”", `described the talks as “`},
		{"noting that", `, noting that `},
		{"narration", `No date has been set for the next round\.|The previous round ended without a joint statement\.|Observers from the `},
		{"unaffiliated official", ` of the (Council of [A-Z][a-z]+ States|[A-Z][a-z]+ (Monitoring Mission|Commission))`},
	} {
		if !regexp.MustCompile(form.re).MatchString(text) {
			t.Errorf("no %s (%s) in 30 briefings", form.name, form.re)
		}
	}
}
