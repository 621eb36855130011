package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeedItemIDsAgree: a feed item read from a saved feed file, from the
// feed's URL and from the library had different IDs ("marrow-welcomes-
// darsk-talks" against "marrow-welcomes-darsk-talks-1f0c…"), so an ID
// copied from one named nothing in the other. All three give the same.
func TestFeedItemIDsAgree(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", almoraFeed)
	file := filepath.Join(t.TempDir(), "almora.rss")
	if err := os.WriteFile(file, []byte(almoraFeed), 0o644); err != nil {
		t.Fatal(err)
	}
	idsOf := func(stories []map[string]any) map[string]string {
		ids := map[string]string{}
		for _, s := range stories {
			ids[s["title"].(string)] = s["id"].(string)
		}
		return ids
	}
	fromFile := idsOf(w.listJSON(file))
	fromURL := idsOf(w.listJSON(url))
	w.mustRun(ExitOK, "subscribe", url)
	w.mustRun(ExitOK, "refresh")
	fromLibrary := idsOf(w.listJSON())
	for _, title := range []string{talksItem.title, tradeItem.title} {
		id := fromLibrary[title]
		if id == "" || fromFile[title] != id || fromURL[title] != id {
			t.Errorf("%q: library %q, file %q, URL %q", title, id, fromFile[title], fromURL[title])
		}
		// The ID is the library's: a slug of the title and hash digits.
		if !strings.HasPrefix(id, "marrow-welcomes-darsk-talks-") && !strings.HasPrefix(id, "almora-and-darsk-sign-grain-accord-") {
			t.Errorf("%q: ID %q", title, id)
		}
		// Copied from the library, it finds the story in the file.
		if out, _ := w.mustRun(ExitOK, "show", id, file); !strings.Contains(out, title) {
			t.Errorf("show %s %s:\n%s", id, file, out)
		}
	}
	if len(fromFile) != 2 || fromFile[talksItem.title] == fromFile[tradeItem.title] {
		t.Errorf("IDs from the file %q, want two different", fromFile)
	}
}
