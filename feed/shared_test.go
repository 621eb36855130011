package feed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedFeeds lists the real feed snapshots beside the project, skipping
// the test when they are absent (they are not part of the repository).
func sharedFeeds(tb testing.TB) []string {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "feeds", "*.rss"))
	if len(paths) == 0 {
		tb.Skip("../shared/feeds is absent")
	}
	return paths
}

// The real State Department and White House snapshots carry inline
// scripts, hidden inputs and entities: every item must come out as clean
// readable prose.
func TestSharedFeedsLoadCleanly(t *testing.T) {
	t.Parallel()
	for _, path := range sharedFeeds(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) != 10 {
				t.Errorf("%d items, want 10", len(f.Items))
			}
			for i, it := range f.Items {
				b, err := it.Briefing(f.Title, path)
				if err != nil {
					t.Fatalf("item %d: %v", i+1, err)
				}
				if b.Title == "" || b.Date.IsZero() || !strings.HasPrefix(b.Source, "https://") || b.Publisher == "" {
					t.Errorf("item %d: title %q date %v source %q publisher %q", i+1, b.Title, b.Date, b.Source, b.Publisher)
				}
				if len(b.Paragraphs) == 0 {
					t.Errorf("item %d %q: no paragraphs", i+1, b.Title)
				}
				for j, p := range b.Paragraphs {
					for _, bad := range []string{"jQuery", "<", "&#", "&nbsp;", "\\", "function(", "\u00a0"} {
						if strings.Contains(p.Text, bad) || strings.Contains(p.Label, bad) {
							t.Errorf("item %d ¶%d holds %q: %.120q", i+1, j+1, bad, p.Text)
						}
					}
				}
				if os.Getenv("FEED_DUMP") != "" {
					t.Logf("== %s | %s | %s | %v | by %s | dl %q | %s", b.ID, b.Title, b.Shape, b.Date, b.Author, b.Dateline, b.Source)
					for j, p := range b.Paragraphs {
						t.Logf("  [%d] %s: %s", j+1, p.Label, p.Text)
					}
				}
			}
		})
	}
}
