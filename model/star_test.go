package model

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/views"
)

// * stars the story under the cursor and again takes the star away; the
// list shows it, the library is told, and a story starred before shows
// starred when the reader starts.
func TestStarKey(t *testing.T) {
	t.Parallel()
	bs := fixture()
	starred := map[string]bool{bs[1].ID: true}
	var calls []string
	cfg := testConfig(bs)
	cfg.IsRead = func(string) bool { return true }
	cfg.MarkRead = func(string) {}
	cfg.IsStarred = func(id string) bool { return starred[id] }
	cfg.SetStarred = func(id string, on bool) {
		starred[id] = on
		if on {
			calls = append(calls, "+"+id)
		} else {
			calls = append(calls, "-"+id)
		}
	}
	m := startModel(t, 80, 24, cfg)
	if n := strings.Count(screenText(m), views.StarMark); n != 1 {
		t.Fatalf("%d stars on screen, want the one starred before:\n%s", n, screenText(m))
	}
	m = press(t, m, "*")
	if n := strings.Count(screenText(m), views.StarMark); n != 2 || !starred[bs[0].ID] {
		t.Errorf("after *: %d stars, starred %v", n, starred)
	}
	m = press(t, m, "*")
	if n := strings.Count(screenText(m), views.StarMark); n != 1 || starred[bs[0].ID] {
		t.Errorf("after * again: %d stars, starred %v", n, starred)
	}
	if strings.Join(calls, " ") != "+"+bs[0].ID+" -"+bs[0].ID {
		t.Errorf("library told %q", calls)
	}
	m = press(t, m, "?")
	assertContains(t, screenText(m), "star")
}

// Without a library there is nothing to star with: no key, no help.
func TestNoStarWithoutLibrary(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, fixture())
	m = press(t, m, "*", "?")
	assertLacks(t, screenText(m), views.StarMark, "star")
}
