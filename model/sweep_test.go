package model

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

// wideStory has runes two cells wide and a word longer than any screen.
func wideStory() *data.Briefing {
	return story("wide", "東京 Talks: Varanda 😀 and Kestria Meet Again in Ostrava Nova", "Ostrava Nova", fixture()[0].Date,
		[]string{
			"Ostrava Nova – Envoy Aru Veld said 東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京 😀😀😀😀😀😀😀😀 would be discussed.",
			"The communiqué is at https://example.org/" + strings.Repeat("a-very-long-path/", 12) + " for all to read.",
		},
		[]string{"Varanda", "Kestria"}, []data.Speaker{{Name: "Aru Veld", Party: "Varanda", Person: true}},
		said{1, "東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京 😀😀😀😀😀😀😀😀 would be discussed", "Aru Veld", "Envoy", "Varanda", "reported"})
}

// TestEverySizeFits resizes every view, picker, help and input through
// the sizes from 1x1 to 100x40 — all of them up to 20 columns or 12 rows,
// where layouts break, and a lattice beyond — nothing may panic, no line
// may be wider than the terminal nor the screen taller. The states are
// independent models, swept side by side, but for the detail view's:
// those are copies of one loaded model, swept one after the other, so
// that they share its renderer and glamour renders the story once a
// width, not once a width in each (in two such groups, one for the odd
// widths and one for the even). The story opened with unread marks is
// a model of its own, given that renderer too.
func TestEverySizeFits(t *testing.T) {
	t.Parallel()
	states := []struct {
		name    string
		keys    []string
		library int // 0: without the user's library; -1: a library listed, not read; else 1 + how far the refresh goes
	}{
		{"list", nil, 0},
		{"list with full help", []string{"?"}, 0},
		{"list with filters", []string{"p", "enter", "/", "talks", "enter"}, 0},
		{"typing a filter", []string{"/", "東京 talks"}, 0},
		{"quotes", []string{"tab"}, 0},
		{"party picker", []string{"p"}, 0},
		{"speaker picker", []string{"tab", "s"}, 0},
		{"load errors", []string{"E"}, 0},
		{"party profile", []string{"tab", "I", "j"}, 0},
		{"unread marks", nil, 1},
		{"refreshing", []string{"r"}, 2},
		{"refreshing with a filter", []string{"p", "enter", "r"}, 2},
		{"refreshed", []string{"r"}, 3},
		// A library listed before its rows are read: placeholders.
		{"library being read", []string{"G", "k", "k", "k", "k"}, -1},
	}
	maxW, maxH := 100, 40
	sizes := func(yield func(w, h int) bool) {
		for w := 1; w <= maxW; w++ {
			for h := 1; h <= maxH; h++ {
				if (w <= 20 || h <= 12 || (w%7 == 0 && h%3 == 0)) && !yield(w, h) {
					return
				}
			}
		}
	}
	sweep := func(t *testing.T, m Model) {
		t.Helper()
		for w, h := range sizes {
			m = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
			assertFits(t, m.View(), w, h)
		}
	}
	// The detail states in two halves side by side, odd widths and even:
	// each width is still rendered once, in one half, and the longest
	// subtest (a third of the sweep) no longer ends the package alone.
	for _, half := range []struct {
		name string
		odd  int
	}{{"detail, odd widths", 1}, {"detail, even widths", 0}} {
		t.Run(half.name, func(t *testing.T) {
			t.Parallel()
			bs := append([]*data.Briefing{wideStory()}, fixture()...)
			base := newModelWithErrors(t, 80, 24, bs)
			unread := unreadMarksModel(t, bs)
			// The detail view of base: its renderer, the same theme's
			// styles, and a key map that differs from unread's only in
			// keys the detail view does not match.
			unread.detail = base.detail
			details := []struct {
				name string
				from Model
				keys []string
				m    Model
			}{
				{name: "story", from: base, keys: []string{"enter"}},
				{name: "with full help", from: base, keys: []string{"enter", "?"}},
				{name: "at a statement", from: base, keys: []string{"tab", "enter"}},
				{name: "typing a search", from: base, keys: []string{"enter", "/", "talks"}},
				{name: "with a search", from: base, keys: []string{"enter", "/", "東京", "enter", "n"}},
				{name: "with unread marks", from: unread, keys: []string{"enter"}},
			}
			for i, st := range details {
				details[i].m = press(t, st.from, st.keys...)
				if details[i].m.screen != screenDetail {
					t.Fatalf("%s: on %v, not the story", st.name, details[i].m.screen)
				}
			}
			// Size by size, so that each width's rendering is in the
			// renderer's cache for every state.
			for w, h := range sizes {
				if w%2 != half.odd {
					continue
				}
				for i := range details {
					d := &details[i]
					d.m = update(t, d.m, tea.WindowSizeMsg{Width: w, Height: h})
					if s := d.m.View(); !fits(s, w, h) {
						t.Errorf("detail %s:", d.name)
						assertFits(t, s, w, h)
					}
				}
			}
		})
	}
	for _, st := range states {
		t.Run(st.name, func(t *testing.T) {
			t.Parallel()
			bs := append([]*data.Briefing{wideStory()}, fixture()...)
			var m Model
			if st.library < 0 {
				m, _ = openLibrary(t, storedConfig(newFakeStored(300)), 80, 24)
				m = press(t, m, st.keys...)
				if !strings.Contains(m.View(), views.ReadingMark) {
					t.Fatalf("no placeholder:\n%s", m.View())
				}
			} else if st.library == 0 {
				m = press(t, newModelWithErrors(t, 80, 24, bs), st.keys...)
			} else {
				var f *fakeLibrary
				m, f = unreadMarksLibrary(t, bs)
				m = press(t, m, st.keys...)
				m = advanceRefresh(t, m, f, refreshStage(st.library-1))
			}
			sweep(t, m)
		})
	}
}

// unreadMarksLibrary is the reader of bs with a library that has read
// none of them and whose refresh brings freshStories and a long summary.
func unreadMarksLibrary(t testing.TB, bs []*data.Briefing) (Model, *fakeLibrary) {
	t.Helper()
	f := newFakeLibrary()
	f.fresh = freshStories()
	f.summary = "2 new stories from 東京 Wire; " + strings.Repeat("Lunmark Ministry of Foreign Affairs failed: no network, ", 3)
	return newLibraryModel(t, 80, 24, bs, f), f
}

func unreadMarksModel(t testing.TB, bs []*data.Briefing) Model {
	t.Helper()
	m, _ := unreadMarksLibrary(t, bs)
	return m
}

// newModelWithErrors is newModel with a file that failed to load.
func newModelWithErrors(t testing.TB, width, height int, bs []*data.Briefing) Model {
	t.Helper()
	err := &data.LoadError{Path: "東京/" + strings.Repeat("very-long-folder-name/", 5) + "x.txt", Err: errString("not text")}
	return startModel(t, width, height, testConfig(bs, err))
}

type errString string

func (e errString) Error() string { return string(e) }
