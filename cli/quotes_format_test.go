package cli

import (
	"encoding/csv"
	"strings"
	"testing"
)

// Two reports of one quote of Ada Morrow's, a day apart, the second
// with another frame; in the second an Orlavian envoy says the same
// words, and stays someone else.
const (
	wireStory = "---\ntitle: Tesmar Ready for Talks\ndate: 2026-11-03\nsource: https://wire.tesmar.example/ready\n---\n\n" +
		"Port Ilden – Foreign Minister Ada Morrow said on Monday the talks would resume.\n\n" +
		"“We will not move a single soldier from the border until the talks resume, and that is final,” Morrow said.\n"
	rewriteStory = "---\ntitle: 'Morrow Holds Firm, Says \"No Retreat\"'\ndate: 2026-11-04\n---\n\n" +
		"“We will not move a single soldier from the border until the talks resume, and that is final,” Foreign Minister Ada Morrow told reporters in Velhaven.\n\n" +
		"Orlavian envoy Ivo Brandt said: “We will not move a single soldier from the border until the talks resume, and that is final.”\n"
)

func TestQuotesFormats(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	rewrite := writeStory(t, dir, "rewrite.md", rewriteStory)
	wire := writeStory(t, dir, "wire.md", wireStory)
	w := newWorld(t)

	// --json is --format json, and --csv --format csv.
	asJSON, _ := w.mustRun(ExitOK, "quotes", "--format", "json", rewrite, wire)
	if alias, _ := w.mustRun(ExitOK, "quotes", rewrite, wire, "--json"); alias != asJSON {
		t.Errorf("--json and --format json differ:\n%s\n%s", alias, asJSON)
	}
	asCSV, _ := w.mustRun(ExitOK, "quotes", "--format=csv", rewrite, wire)
	if alias, _ := w.mustRun(ExitOK, "quotes", "--csv", rewrite, wire); alias != asCSV {
		t.Errorf("--csv and --format csv differ")
	}

	objs := decodeObjects(t, asJSON)
	if len(objs) != 4 {
		t.Fatalf("%d statements: %s", len(objs), asJSON)
	}
	also := func(o map[string]any) []string {
		var ids []string
		for _, r := range o["also_in"].([]any) {
			ids = append(ids, r.(map[string]any)["story"].(string))
		}
		return ids
	}
	for _, o := range objs {
		var want []string
		switch {
		case o["speaker"] == "Ada Morrow" && o["kind"] == "direct" && o["story"] == "rewrite":
			want = []string{"wire"}
		case o["speaker"] == "Ada Morrow" && o["kind"] == "direct":
			want = []string{"rewrite"}
		}
		if got := also(o); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s ¶%v %s: also_in %v, want %v", o["story"], o["paragraph"], o["speaker"], got, want)
		}
	}

	rows, err := csv.NewReader(strings.NewReader(asCSV)).ReadAll()
	if err != nil {
		t.Fatalf("%v:\n%s", err, asCSV)
	}
	if len(rows) != 5 || strings.Join(rows[0], ",") != "story,title,date,source,paragraph,speaker,role,party,kind,cue,text,also_in" {
		t.Fatalf("rows %q", rows)
	}
	if r := rows[1]; r[0] != "rewrite" || r[1] != `Morrow Holds Firm, Says "No Retreat"` || r[2] != "2026-11-04" || r[11] != "wire" ||
		r[10] != "We will not move a single soldier from the border until the talks resume, and that is final" {
		t.Errorf("first record %q", r)
	}

	md, _ := w.mustRun(ExitOK, "quotes", "--format", "md", "--speaker", "Morrow", wire)
	want := "> “We will not move a single soldier from the border until the talks resume, and that is final”\n>\n" +
		"> — Ada Morrow, Foreign Minister; [Tesmar Ready for Talks](https://wire.tesmar.example/ready), 3 November 2026, ¶2\n"
	if !strings.HasSuffix(md, want) || strings.Count(md, "\n> — ") != 2 {
		t.Errorf("md:\n%s\nwant it to end with\n%s", md, want)
	}
	// Text stays as it was.
	text, _ := w.mustRun(ExitOK, "quotes", "--format", "text", wire)
	if plain, _ := w.mustRun(ExitOK, "quotes", wire); text != plain || !strings.Contains(plain, "wire ¶2  Ada Morrow (Foreign Minister) said: “We will") {
		t.Errorf("text:\n%s", plain)
	}
}

func TestQuotesFormatUsage(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	for _, args := range [][]string{
		{"quotes", "--format", "xml"},
		{"quotes", "--json", "--csv"},
		{"quotes", "--format", "md", "--json"},
		{"quotes", "--format"},
	} {
		code, out, errs := w.run("", args...)
		if code != ExitUsage || out != "" || !strings.Contains(errs, "brief: quotes: ") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	if _, _, errs := w.run("", "quotes", "--format", "xml"); !strings.Contains(errs, `unknown format "xml": text, json, csv or md`) {
		t.Errorf("stderr %q", errs)
	}
}
