package views

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
)

// A library listed before its stories are read: the list counts and
// shows every story at once, a placeholder where a row is not read yet;
// the filters see the stories read in order from the first, and the rows
// read out of order (a window further down) join them once the gap
// before them is read.
func TestReservedStoriesAreListedAtOnceAndFilteredInOrder(t *testing.T) {
	t.Parallel()
	lib := NewLibrary(nil)
	story := func(id, party string) *data.Briefing {
		return &data.Briefing{ID: id, Title: "Story " + id, Parties: []string{party}}
	}
	from := lib.Reserve(6)
	lib.Add(story("builtin", "Tesmar")) // the built-in briefings come after the library
	st := NewStyles(ThemeNoColor)
	keys := DefaultKeyMap()
	l := NewList(lib, &st, &keys)
	l.SetSize(80, 40)
	tesmar := []Filter{PartyFilter(lib.partyID["Tesmar"], "Tesmar")}
	l.Sync(nil)
	if from != 0 || lib.Len() != 7 || len(l.Stories()) != 7 || lib.Indexed() != 0 {
		t.Fatalf("reserved at %d: %d stories, %d listed, %d indexed", from, lib.Len(), len(l.Stories()), lib.Indexed())
	}
	if got := strings.Count(ansi.Strip(l.View()), ReadingMark); got != 6 {
		t.Errorf("%d placeholders for 6 stories not read:\n%s", got, ansi.Strip(l.View()))
	}
	if got := l.OnScreen(0); len(got) != 7 {
		t.Errorf("on screen %v", got)
	}

	// The bottom of the library first (the reader jumped there), then
	// the top.
	if filled := lib.Fill(4, []*data.Briefing{story("e", "Tesmar"), story("f", "Orlavia")}); !slices.Equal(filled, []int{4, 5}) {
		t.Errorf("filled %v", filled)
	}
	l.Sync(tesmar)
	if lib.Indexed() != 0 || len(l.Stories()) != 0 {
		t.Errorf("with a gap before them: %d indexed, %v filtered", lib.Indexed(), l.Stories())
	}
	lib.Fill(0, []*data.Briefing{story("a", "Tesmar"), story("b", "Orlavia"), nil})
	l.Sync(tesmar)
	if lib.Indexed() != 2 || !slices.Equal(l.Stories(), []int32{0}) {
		t.Errorf("the first two read: %d indexed, %v filtered", lib.Indexed(), l.Stories())
	}
	// Read twice (the background and a window): the first stays.
	first := lib.Story(0)
	if filled := lib.Fill(0, []*data.Briefing{story("a", "Tesmar")}); filled != nil || lib.Story(0) != first {
		t.Errorf("read again: filled %v", filled)
	}
	lib.Fill(2, []*data.Briefing{story("c", "Tesmar"), story("d", "Kestria")})
	l.Sync(tesmar)
	if lib.Indexed() != 7 || !slices.Equal(storyIDs(lib, l.Stories()), []string{"a", "c", "e", "builtin"}) {
		t.Errorf("all read: %d indexed, %q filtered", lib.Indexed(), storyIDs(lib, l.Stories()))
	}
	l.Sync(nil)
	if v := ansi.Strip(l.View()); strings.Contains(v, ReadingMark) || !strings.Contains(v, "Story f") {
		t.Errorf("every row read:\n%s", v)
	}
}
