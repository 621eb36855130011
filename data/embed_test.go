package data

import (
	"strings"
	"testing"
)

func TestEmbedded(t *testing.T) {
	t.Parallel()
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

// The plain-text examples cannot declare their invented parties in front
// matter; the examples' parties file does it for them, and its own
// front matter still wins for a Markdown example.
func TestEmbeddedExamplesKnowTheirParties(t *testing.T) {
	t.Parallel()
	bs, errs := Embedded(LoadOptions{})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	byID := map[string]*Briefing{}
	for _, b := range bs {
		if strings.HasSuffix(b.Path, ".yaml") {
			t.Errorf("the parties file was loaded as a briefing: %s", b.Path)
		}
		byID[b.ID] = b
	}
	plain := byID["001_ambra-ceasefire-extended"]
	if plain == nil {
		t.Fatal("example 001 missing")
	}
	if !containsString(plain.Parties, "Tesmar") || !containsString(plain.Parties, "Orlavia") {
		t.Errorf("plain example parties = %v, want Tesmar and Orlavia", plain.Parties)
	}
	byParty := map[string]int{}
	for _, s := range plain.Statements {
		byParty[s.Party]++
	}
	if byParty["Tesmar"] == 0 || byParty["Orlavia"] == 0 {
		t.Errorf("statements by party = %v, want some for Tesmar and Orlavia", byParty)
	}
	if seed := byID["000_9ff3adb9c3e641cd"]; seed != nil && containsString(seed.Parties, "Tesmar") {
		t.Errorf("the seed mentions no invented party, got %v", seed.Parties)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
