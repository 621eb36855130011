package cli

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/cite"
	"github.com/brief-reader/brief/library"
)

// quotesHeld is "brief quotes ARGS" (--json or --csv among them) as it was
// written before it streamed (issue #11): every statement kept and
// grouped in memory (quoteSet), sorted, then written. The command's
// output must be the same bytes. It reads lib, the library of getenv's
// folders, which the caller opened and closes: the command compared with
// it opens its own, as every command does, and the reference need not
// (opening one is 6 ms of CPU under -race; issue #13).
func quotesHeld(t *testing.T, lib *library.Library, getenv func(string) string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	e := newEnv(strings.NewReader(""), &out, &errb)
	e.getenv = getenv
	e.shared = lib
	defer e.closeLibraries()
	var format quoteFormat
	set := newQuoteSet()
	_, _, _, code, ok := e.listing("quotes", args, func(in *loaded, f filters, _ bool, b *data.Briefing) {
		set.add(b, func(st data.Statement) bool { return f.keepStatement(in.attr, b, st) })
	}, format.register)
	if !ok {
		t.Fatalf("quotes %v: exit %d: %s", args, code, errb.String())
	}
	set.reports.Seal()
	set.sortNewestFirst()
	if err := set.write(e, format); err != nil {
		t.Fatal(err)
	}
	e.flush()
	return out.String()
}

// sortNewestFirst puts the kept statements newest story first, as
// "brief list" orders the stories, each story's in the order they were
// said.
func (qs *quoteSet) sortNewestFirst() {
	number := qs.order.numbers()
	slices.SortStableFunc(qs.kept, func(a, b keptStatement) int { return cmp.Compare(number[a.story], number[b.story]) })
}

// citations is the kept statements as citations.
func (qs *quoteSet) citations() []cite.Citation {
	out := make([]cite.Citation, len(qs.kept))
	for i, k := range qs.kept {
		out[i] = cite.New(qs.stories[k.story], k.s)
		for _, b := range qs.alsoIn(k.number) {
			out[i].AlsoIn = append(out[i].AlsoIn, cite.RefOf(b))
		}
	}
	return out
}

// write writes the kept statements as CSV or JSON.
func (qs *quoteSet) write(e *env, f quoteFormat) error {
	if f == formatCSV {
		return cite.WriteCSV(e.stdout, qs.citations())
	}
	arr := newJSONArray(e.json)
	for _, k := range qs.kept {
		arr.add(qs.record(k))
	}
	return arr.close()
}

// Stories for the streamed quotes: Ada Morrow's vow reported on three
// days and in an undated copy, said again a month later, and an Orlavian
// envoy who says the same words and stays someone else; two stories of
// one day keep the order they came in.
var streamedStories = map[string]string{
	"wire.md":    wireStory,
	"rewrite.md": rewriteStory,
	"copy.md": "---\ntitle: Saved copy\nsource: \"example (invented for brief)\"\n---\n\n" +
		"“We will not move a single soldier from the border until the talks resume, and that is final,” Morrow said.\n",
	"later.md": "---\ntitle: A Month On\ndate: 2026-12-05\n---\n\n" +
		"“We will not move a single soldier from the border until the talks resume, and that is final,” Foreign Minister Ada Morrow said again in Port Ilden.\n\n" +
		"Kestrian envoy Lena Varo said the fishing quotas in the gulf were a matter for the joint commission alone.\n",
	"same-day.md": "---\ntitle: Orlavia Answers\ndate: 2026-11-04\nsource: https://news.orlavia.example/answers?token=x\n---\n\n" +
		"Orlavian envoy Ivo Brandt said Orlavia would send 12 observers to the border within three days.\n",
}

// The streamed quotes are byte for byte the held ones: as JSON and CSV,
// read from the files, from the cache and without it, filtered, and for
// the built-in examples.
func TestQuotesStreamedAsHeld(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	for name, text := range streamedStories {
		writeStory(t, dir, name, text)
	}
	w := newWorld(t)
	lib, err := w.openLibrary()
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	cases := [][]string{
		{"--json", dir}, // the first reads the files, the next the cache
		{"--json", dir},
		{"--csv", dir},
		{"--json", "--no-cache", dir},
		{"--csv", "--no-cache", dir},
		{"--json", "--speaker", "Ada Morrow", dir},
		{"--csv", "--speaker", "Ivo Brandt", dir},
		{"--json"}, // the built-in examples
		{"--csv"},
	}
	for _, args := range cases {
		want := quotesHeld(t, lib, w.getenv, args...)
		got, _ := w.mustRun(ExitOK, append([]string{"quotes"}, args...)...)
		if got != want {
			t.Errorf("quotes %s:\n%s\nwant\n%s", strings.Join(args, " "), got, want)
		}
		if len(want) < 100 {
			t.Errorf("quotes %s: %q tests little", strings.Join(args, " "), want)
		}
	}
	// The stories with the vow report it in one another, in order of date.
	held := quotesHeld(t, lib, w.getenv, "--csv", dir)
	if !strings.Contains(held, ",wire rewrite copy\n") {
		t.Errorf("no statement reported in wire, rewrite and copy:\n%s", held)
	}
}
