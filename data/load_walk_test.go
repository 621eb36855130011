package data

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nestedFolder makes a chain of depth folders, each named "d", in a new
// temporary folder, with a briefing at the bottom, and returns the top.
// It creates each level inside the one above (os.Root), so making it
// costs what walking it should: one name per level.
func nestedFolder(tb testing.TB, depth int) string {
	tb.Helper()
	top := tb.TempDir()
	r, err := os.OpenRoot(top)
	if err != nil {
		tb.Fatal(err)
	}
	for range depth {
		if err := r.Mkdir("d", 0o755); err != nil {
			tb.Fatal(err)
		}
		next, err := r.OpenRoot("d")
		r.Close()
		if err != nil {
			tb.Fatal(err)
		}
		r = next
	}
	defer r.Close()
	if err := r.WriteFile("story.txt", []byte("Calm Day in Velhaven\n\nNothing was announced.\n"), 0o644); err != nil {
		tb.Fatal(err)
	}
	return top
}

// walkLookups walks top and returns the jobs and how many path
// components the walker had the system resolve: a whole path costs one
// per component, a name inside an open folder one.
func walkLookups(top string) ([]job, int) {
	components := 0
	w := walker{visited: map[string]bool{}, lookup: func(name string) {
		components += len(strings.FieldsFunc(name, func(r rune) bool { return os.IsPathSeparator(uint8(r)) }))
	}}
	w.walk(top)
	return w.jobs, components
}

// TestWalkIsLinearInDepth: a folder 2,000 levels deep took 49 s, because
// every level resolved its whole path again (quadratic in depth, and each
// resolution of a path is itself a walk down it). The work, counted as
// path components the system resolves, now grows with the depth, not
// its square: four times as deep costs about four times as much.
func TestWalkIsLinearInDepth(t *testing.T) {
	t.Parallel()
	const shallow, deep = 100, 400
	var cost [2]int
	for i, depth := range []int{shallow, deep} {
		top := nestedFolder(t, depth)
		jobs, n := walkLookups(top)
		want := filepath.Join(append([]string{top}, append(strings.Split(strings.Repeat("d ", depth), " ")[:depth], "story.txt")...)...)
		if len(jobs) != 1 || jobs[0].path != want || jobs[0].err != nil {
			t.Fatalf("depth %d: jobs %v, want the one story", depth, jobs)
		}
		cost[i] = n
	}
	// Linear: the ratio is at most deep/shallow (4); quadratic, about 16.
	t.Logf("path components resolved: %d levels %d, %d levels %d", shallow, cost[0], deep, cost[1])
	if ratio := float64(cost[1]) / float64(cost[0]); ratio > 1.5*deep/shallow {
		t.Errorf("%d levels cost %d path components, %d levels %d: %.1f times for %d times the depth; want at most %.0f",
			deep, cost[1], shallow, cost[0], ratio, deep/shallow, 1.5*deep/shallow)
	}
}

// wideFolder makes n empty folders side by side in a new temporary
// folder: as many folders as nestedFolder's chain, none of them deep,
// the baseline a walk linear in depth matches.
func wideFolder(tb testing.TB, n int) string {
	tb.Helper()
	top := tb.TempDir()
	for i := range n {
		if err := os.Mkdir(filepath.Join(top, fmt.Sprintf("d%05d", i)), 0o755); err != nil {
			tb.Fatal(err)
		}
	}
	return top
}

// BenchmarkWalkNested walks a chain of folders 500 and 2,000 deep and, as
// the baseline in the same run, 2,000 folders side by side: a walk linear
// in depth takes about as long for 2,000 nested as for 2,000 wide
// (BENCHMARKS.md, "Walking folders").
func BenchmarkWalkNested(b *testing.B) {
	for _, bc := range []struct {
		name string
		make func(testing.TB, int) string
		n    int
	}{
		{"wide-2000", wideFolder, 2000},
		{"nested-500", nestedFolder, 500},
		{"nested-2000", nestedFolder, 2000},
	} {
		b.Run(bc.name, func(b *testing.B) {
			top := bc.make(b, bc.n)
			b.ResetTimer()
			for b.Loop() {
				w := newWalker(LoadOptions{})
				w.walk(top)
				if len(w.visited) != bc.n+1 {
					b.Fatalf("%d folders walked, want %d", len(w.visited), bc.n+1)
				}
			}
		})
	}
}

// TestWalkLinkedFeedFile: a feed file linked into a folder from outside it
// is still recognised by its first bytes (os.Root alone would refuse to
// open a link that leads out of the folder).
func TestWalkLinkedFeedFile(t *testing.T) {
	t.Parallel()
	outside := filepath.Join(t.TempDir(), "almora.xml")
	if err := os.WriteFile(outside, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Almora</title></channel></rss>`), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "linked.xml")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	feedFormat := Format{Name: "feed", Match: func(_ string, head []byte) bool { return strings.Contains(string(head), "<rss") },
		Read: func(string, []byte) ([]*Briefing, error) { return nil, nil }}
	w := newWalker(LoadOptions{Formats: []Format{feedFormat}})
	w.walk(dir)
	if len(w.jobs) != 1 || w.jobs[0].path != filepath.Join(dir, "linked.xml") {
		t.Errorf("jobs %v, want the linked feed", w.jobs)
	}
}
