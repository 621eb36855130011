package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// Invented stories: Anna Verel of Tesmar, named in full in one story and
// by her surname in a later one; Piet Dronn of Orlavia.
const (
	verelStory = `---
title: Tesmar Reopens Talks with Orlavia
date: 2031-01-05
parties:
  - name: Tesmar
  - name: Orlavia
speakers:
  - name: Anna Verel
    role: Foreign Minister
    party: Tesmar
  - name: Piet Dronn
    role: envoy
    party: Orlavia
---

Tesmar's Foreign Minister Anna Verel said on Monday that the talks with Orlavia would resume within a week.

“We are ready to listen,” Verel told reporters.

Piet Dronn said Orlavia welcomed the offer.
`
	surnameStory = "Border Stays Open\nVerel said the border would stay open for traders.\n"
	martaStory   = "Kestria Asks for Time\nMarta Verel, a Kestrian negotiator, said Kestria wanted more time.\n"
)

// profileStories writes the stories and returns a world and their folder.
func profileStories(t *testing.T, withMarta bool) (*world, string) {
	t.Helper()
	w := newWorld(t)
	dir := t.TempDir()
	writeStory(t, dir, "a.md", verelStory)
	writeStory(t, dir, "b.txt", surnameStory)
	if withMarta {
		writeStory(t, dir, "c.txt", martaStory)
	}
	return w, dir
}

func TestSpeakersCommand(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w, dir := profileStories(t, false)
	out, _ := w.mustRun(ExitOK, "speakers", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "NAME") {
		t.Fatalf("want a header and two speakers:\n%s", out)
	}
	for _, want := range []string{"Anna Verel", "Foreign Minister", "Tesmar", "3", "2031-01-05"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("first line lacks %q: %q", want, lines[1])
		}
	}
	if !strings.Contains(lines[2], "Piet Dronn") {
		t.Errorf("second line: %q", lines[2])
	}

	out, _ = w.mustRun(ExitOK, "speakers", "--json", dir)
	var got []profileJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(got) != 2 || got[0].Name != "Anna Verel" || got[0].Statements != 3 || *got[0].Party != "Tesmar" ||
		!slices.Equal(got[0].Names, []string{"Anna Verel", "Verel"}) || *got[0].First != "2031-01-05" {
		t.Errorf("speakers --json: %s", out)
	}
}

func TestSpeakersKeepsTwoPeopleApart(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w, dir := profileStories(t, true)
	out, _ := w.mustRun(ExitOK, "speakers", "--json", dir)
	var names []string
	for _, s := range decodeObjects(t, out) {
		names = append(names, s["name"].(string))
	}
	slices.Sort(names)
	if want := []string{"Anna Verel", "Marta Verel", "Piet Dronn", "Verel"}; !slices.Equal(names, want) {
		t.Errorf("speakers %q, want %q: Verel fits two people", names, want)
	}
}

func TestSpeakerCommand(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w, dir := profileStories(t, false)
	out, _ := w.mustRun(ExitOK, "speaker", "anna verel", dir)
	for _, want := range []string{"Anna Verel\n", "role:       Tesmar's Foreign Minister", "party:      Tesmar",
		"found as:   Anna Verel, Verel", "statements: 3, 2031-01-05, 1 undated", "by month:   2031-01 █ (most 2 a month)",
		"2031-01-05  a ¶1  Tesmar Reopens Talks with Orlavia", "“We are ready to listen”", "undated  b ¶1  Border Stays Open"} {
		if !strings.Contains(out, want) {
			t.Errorf("speaker lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "a ¶2") > strings.Index(out, "b ¶1") || strings.Index(out, "a ¶1") > strings.Index(out, "a ¶2") {
		t.Errorf("statements not newest first, undated last:\n%s", out)
	}
	// A surname names her too; so does the one word that fits one speaker.
	if out, _ := w.mustRun(ExitOK, "speaker", "Verel", dir); !strings.HasPrefix(out, "Anna Verel\n") {
		t.Errorf("speaker Verel:\n%s", out)
	}
	if out, _ := w.mustRun(ExitOK, "speaker", "dronn", dir); !strings.HasPrefix(out, "Piet Dronn\n") {
		t.Errorf("speaker dronn:\n%s", out)
	}

	out, _ = w.mustRun(ExitOK, "speaker", "--json", "Anna Verel", dir)
	var got speakerDetailJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Name != "Anna Verel" || len(got.Quotes) != 3 || got.Quotes[0].Story != "a" || got.Quotes[0].Paragraph != 1 ||
		got.Quotes[2].Date != nil || got.Quotes[2].Speaker != "Verel" || len(got.Months) != 1 || got.Months[0].Statements != 2 {
		t.Errorf("speaker --json: %s", out)
	}
}

func TestSpeakerUnknownSuggestsNames(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w, dir := profileStories(t, true)
	code, out, errs := w.run("", "speaker", "Verl", dir)
	if code != ExitError || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errs, `nothing by the name "Verl" is known; nearest: `) || !strings.Contains(errs, "Verel") {
		t.Errorf("stderr: %q", errs)
	}
	code, _, errs = w.run("", "speaker", "Verel", dir)
	if code != ExitOK {
		t.Errorf("Verel, a name found as such, exit %d: %s", code, errs)
	}
	code, _, errs = w.run("", "speaker")
	if code != ExitUsage || !strings.Contains(errs, "whose profile?") {
		t.Errorf("no name: exit %d: %q", code, errs)
	}
}

func TestPartiesCommand(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w, dir := profileStories(t, false)
	out, _ := w.mustRun(ExitOK, "parties", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "PARTY") ||
		!strings.Contains(lines[1], "Tesmar") || !strings.Contains(lines[1], "Anna Verel (2)") || !strings.Contains(lines[2], "Orlavia") {
		t.Errorf("parties:\n%s", out)
	}
	out, _ = w.mustRun(ExitOK, "parties", "--json", dir)
	var got []partyJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	// Verel's statement in the later story was made for no party.
	if len(got) != 2 || got[0].Name != "Tesmar" || got[0].Statements != 2 ||
		!slices.Equal(got[0].Speakers, []partySpeakerJSON{{"Anna Verel", 2}}) || *got[0].Last != "2031-01-05" {
		t.Errorf("parties --json: %s", out)
	}
}
