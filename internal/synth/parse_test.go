package synth_test

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/internal/synth"
)

func TestGeneratedBriefingsParse(t *testing.T) {
	t.Parallel()
	g := synth.New(42)
	w := g.World()
	capitals := map[string]bool{}
	for _, c := range w.Countries {
		capitals[c.Capital] = true
	}
	for _, f := range g.Briefings(90) {
		b, err := data.Parse(f.Name, f.Data)
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		if string(b.Shape) != string(f.Shape) {
			t.Errorf("%s: parsed as %s, generated as %s", f.Name, b.Shape, f.Shape)
		}
		if b.Title == "" || len(b.Paragraphs) < 10 || len(b.Warnings) > 0 {
			t.Errorf("%s: title %q, %d paragraphs, warnings %q", f.Name, b.Title, len(b.Paragraphs), b.Warnings)
		}
		switch f.Shape {
		case synth.Plain, synth.Markdown:
			if !capitals[b.Dateline] {
				t.Errorf("%s: dateline %q is not one of the world's capitals", f.Name, b.Dateline)
			}
		case synth.Transcript:
			turns := 0
			for _, p := range b.Paragraphs {
				if p.Label != "" {
					turns++
				}
			}
			if turns < 20 {
				t.Errorf("%s: %d labelled turns", f.Name, turns)
			}
		}
		if strings.HasSuffix(f.Name, ".md") && (len(b.Declared.Parties) != 2 || len(b.Declared.Speakers) == 0) {
			t.Errorf("%s: declared %d parties and %d speakers", f.Name, len(b.Declared.Parties), len(b.Declared.Speakers))
		}
		for _, p := range b.Paragraphs {
			if strings.ContainsAny(p.Text, "*[]") {
				t.Errorf("%s: Markdown markup left in paragraph %q", f.Name, p.Text)
			}
		}
	}
}

// A generated corpus written to a folder loads whole, in index order,
// with every shape. 30 files, ten of each shape, their indices past 9:
// names without the zero padding would sort 10 before 2. Each briefing's
// parse is TestGeneratedBriefingsParse's (90) and its attribution
// TestStatementsFoundInGeneratedBriefings's (60); the 150 this loaded
// were attributed again by Load, a CPU-second under -race (issue #13).
func TestGeneratedCorpusLoads(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	const n = 30
	if _, err := synth.WriteCorpus(dir, n, 4); err != nil {
		t.Fatal(err)
	}
	bs, errs := data.Load([]string{dir}, nil, data.LoadOptions{})
	if len(errs) > 0 || len(bs) != n {
		t.Fatalf("loaded %d of %d briefings, errors %v", len(bs), n, errs)
	}
	shapes := map[data.Shape]int{}
	for i, b := range bs {
		shapes[b.Shape]++
		// Load emits in path order, and the names sort by index.
		if want := synth.ShapeOf(i); string(b.Shape) != string(want) {
			t.Errorf("briefing %d (%s) is %s, want %s", i, b.Path, b.Shape, want)
		}
	}
	if len(shapes) != 3 {
		t.Errorf("shapes loaded: %v", shapes)
	}
}
