package cli

import (
	"strings"
	"testing"
)

// TestListShowsWholeIDs: the ID column was cut at 40 characters ("…"),
// so an ID copied from "brief list" named no story. Every ID is shown
// whole, and "brief show" finds the story by what was copied.
func TestListShowsWholeIDs(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	long := "tesmar-and-orlavia-extend-the-ceasefire-after-night-talks-in-velhaven"
	writeStory(t, dir, long+".txt", calmStory)
	writeStory(t, dir, "calm.txt", calmStory)
	w := newWorld(t)
	code, out, errs := w.run("", "list", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		// #, then NEW (* for unread), then the ID.
		f := strings.Fields(line)
		if len(f) < 3 {
			t.Fatalf("short line %q", line)
		}
		ids = append(ids, f[2])
	}
	if len(ids) != 2 || ids[0] != "calm" || ids[1] != long {
		t.Fatalf("IDs %q, want [calm %s]:\n%s", ids, long, out)
	}
	code, shown, errs := w.run("", "show", ids[1], dir)
	if code != ExitOK || !strings.Contains(shown, "Calm Day in Velhaven") {
		t.Errorf("show %s: exit %d, stderr %s", ids[1], code, errs)
	}
}
