package data

import (
	"strings"
	"testing"
)

func TestEmbedded(t *testing.T) {
	bs, errs := Embedded(LoadOptions{})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(bs) < 6 {
		t.Errorf("%d embedded briefings, want the seed and at least five examples", len(bs))
	}
	if bs[0].ID != "000_9ff3adb9c3e641cd" || bs[0].Path != "embedded:000_9ff3adb9c3e641cd.txt" {
		t.Errorf("first is %q at %q", bs[0].ID, bs[0].Path)
	}
	shapes := map[Shape]int{}
	for i, b := range bs {
		shapes[b.Shape]++
		if i > 0 && bs[i-1].Path >= b.Path {
			t.Errorf("not sorted: %q before %q", bs[i-1].Path, b.Path)
		}
		if b.Title == "" || len(b.Paragraphs) < 6 {
			t.Errorf("%s: title %q, %d paragraphs", b.ID, b.Title, len(b.Paragraphs))
		}
		if i > 0 && !marksInvented(b) {
			t.Errorf("%s: an example must say it is invented (source or last paragraph)", b.ID)
		}
		if len(b.Warnings) > 0 {
			t.Errorf("%s: warnings %q", b.ID, b.Warnings)
		}
	}
	if shapes[ShapePlain] < 2 || shapes[ShapeMarkdown] < 2 || shapes[ShapeTranscript] < 1 {
		t.Errorf("shapes %v", shapes)
	}
}

// marksInvented reports the marker every example carries: its source in
// front matter, or a closing line in plain text.
func marksInvented(b *Briefing) bool {
	if b.Source == "example (invented for brief)" {
		return true
	}
	last := b.Paragraphs[len(b.Paragraphs)-1]
	return strings.Contains(last.Text, "invented for brief")
}
