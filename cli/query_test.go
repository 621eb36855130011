package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

const (
	// Two dated stories with statements, for --query.
	ambraStory = `---
title: Tesmar and Orlavia Extend the Ceasefire
date: 2031-03-14
source: "example (invented for brief)"
parties:
  - {name: Tesmar}
  - {name: Orlavia}
speakers:
  - {name: Ana Verin, role: Foreign Minister, party: Tesmar}
---

Hollin – Tesmar and Orlavia agreed to extend the ceasefire.

"The security guarantees must hold," Ana Verin said.
`
	steelStory = `---
title: Orlavia Files a Steel Complaint
date: 2031-07-01
source: "example (invented for brief)"
parties:
  - {name: Orlavia}
---

Lysa – Orlavia said the steel duties broke the accord.
`
)

func TestQueryOption(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	ambra := writeStory(t, dir, "ambra.md", ambraStory)
	steel := writeStory(t, dir, "steel.md", steelStory)
	tests := []struct {
		name      string
		args      []string
		code      int
		has, lack []string
		stderrHas string
	}{
		{"list by party and date", []string{"list", "--query", "party:Orlavia after:2031-06", ambra, steel}, ExitOK,
			[]string{"Steel Complaint"}, []string{"Ceasefire"}, ""},
		{"list: before is inclusive of its month", []string{"list", "--query", "before:2031-03", ambra, steel}, ExitOK,
			[]string{"Ceasefire"}, []string{"Steel"}, ""},
		{"list: a negated word", []string{"list", "--query", "-ceasefire", ambra, steel}, ExitOK,
			[]string{"Steel Complaint"}, []string{"Ceasefire"}, ""},
		{"list: a phrase in a statement", []string{"list", "--query", `"security guarantees"`, ambra, steel}, ExitOK,
			[]string{"Ceasefire"}, []string{"Steel"}, ""},
		{"list: unread with no library", []string{"list", "--query", "is:unread -is:starred", ambra}, ExitOK,
			[]string{"Ceasefire"}, nil, ""},
		{"quotes by speaker and kind", []string{"quotes", "--query", "speaker:Verin kind:direct", ambra, steel}, ExitOK,
			[]string{"The security guarantees must hold"}, []string{"steel duties"}, ""},
		{"quotes: kind reported", []string{"quotes", "--query", "kind:reported", ambra, steel}, ExitOK,
			[]string{"steel duties"}, []string{"security guarantees"}, ""},
		{"quotes: with --party too", []string{"quotes", "--party", "Tesmar", "--query", "guarantees", ambra, steel}, ExitOK,
			[]string{"security guarantees"}, []string{"steel"}, ""},
		{"bad field", []string{"list", "--query", "partty:Tesmar", ambra}, ExitError,
			nil, []string{"#"}, "brief: list: --query: unknown field 'partty:' in partty:Tesmar — did you mean party:?"},
		{"bad date", []string{"quotes", "--query", "after:2031-13", ambra}, ExitError,
			nil, nil, "brief: quotes: --query: bad date in after:2031-13"},
		{"unknown party", []string{"quotes", "--query", "party:Orlavai", ambra, steel}, ExitError,
			nil, nil, "brief: quotes: --query: unknown party in party:Orlavai — nothing by that name is known; nearest: Orlavia"},
		{"unknown speaker", []string{"list", "--query", "speaker:Verine", ambra}, ExitError,
			nil, nil, "unknown speaker in speaker:Verine — nothing by that name is known; nearest: Ana Verin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			code, out, errs := w.run("", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errs)
			}
			for _, s := range tt.has {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tt.lack {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
			if !strings.Contains(errs, tt.stderrHas) || tt.stderrHas == "" && errs != "" {
				t.Errorf("stderr %q, want %q", errs, tt.stderrHas)
			}
		})
	}
}

func TestSearchQuery(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	dir := t.TempDir()
	ambra := writeStory(t, dir, "ambra.md", ambraStory)
	writeStory(t, dir, "steel.md", steelStory)
	ids := func(args ...string) []string {
		t.Helper()
		code, out, errs := w.run("", append([]string{"search", "--json"}, args...)...)
		if code != ExitOK {
			t.Fatalf("search %q: exit %d: %s", args, code, errs)
		}
		var hits []searchJSON
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
		}
		return got
	}
	if got := ids("orlavia", dir); len(got) != 2 {
		t.Fatalf("without --query: %q", got)
	}
	if got := ids("--query", "after:2031-06", "orlavia", dir); len(got) != 1 || got[0] != "steel" {
		t.Errorf("--query after:2031-06: %q", got)
	}
	if got := ids("orlavia", "--query", "after:2031-06", dir); len(got) != 1 || got[0] != "steel" {
		t.Errorf("--query after:2031-06: %q", got)
	}
	if got := ids("--query", "-party:Tesmar", "orlavia", dir); len(got) != 1 || got[0] != "steel" {
		t.Errorf("--query -party:Tesmar: %q", got)
	}
	// The query's words, when it has some, are what to search for, and
	// every argument a path.
	if got := ids("--query", "accord kind:reported", dir); len(got) != 1 || got[0] != "steel" {
		t.Errorf("--query with words: %q", got)
	}
	code, _, errs := w.run("", "search", "--query", "kind:quoted", "orlavia", ambra)
	if code != ExitError || !strings.Contains(errs, "brief: search: --query: unknown kind in kind:quoted") {
		t.Errorf("bad query: exit %d, %q", code, errs)
	}
	code, _, errs = w.run("", "search", "--query", "speaker:Verine", "orlavia", dir)
	if code != ExitError || !strings.Contains(errs, "nearest: Ana Verin") {
		t.Errorf("unknown speaker: exit %d, %q", code, errs)
	}
}

// TestQueryOnTheLibrary: is:unread asks the library's read marks, and
// search --query filters the library's own hits.
func TestQueryOnTheLibrary(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	srv := newFeedServer(t)
	w.mustRun(ExitOK, "subscribe", srv.set("/almora.rss", almoraFeed))
	w.mustRun(ExitOK, "refresh")
	var trade string
	for _, s := range w.listJSON() {
		if s["title"] == tradeItem.title {
			trade = s["id"].(string)
		}
	}
	// Read, as the reader or "brief show" on a terminal records it (a
	// piped show leaves it unread: TestReadState).
	lib, err := w.openLibrary()
	if err != nil {
		t.Fatal(err)
	}
	if err := lib.MarkRead(trade); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	out, _ := w.mustRun(ExitOK, "list", "--query", "is:unread after:2033")
	if !strings.Contains(out, talksItem.title) || strings.Contains(out, tradeItem.title) {
		t.Errorf("list --query is:unread:\n%s", out)
	}
	searchIDs := func(args ...string) string {
		out, _ := w.mustRun(ExitOK, append([]string{"search", "--json"}, args...)...)
		var hits []searchJSON
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.ID)
		}
		return strings.Join(ids, " ")
	}
	if got := searchIDs("--query", "is:unread", "accord"); got != "" {
		t.Errorf("search --query is:unread accord: %q, want nothing (it was read)", got)
	}
	if got := searchIDs("--query", "-is:unread speaker:Venn", "accord"); got != trade {
		t.Errorf("search --query '-is:unread speaker:Venn' accord: %q, want %q", got, trade)
	}
}
