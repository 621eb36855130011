package views

import (
	"slices"
	"strconv"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// titled is a story with one statement, so that the quote view has it too.
func titled(id string) *data.Briefing {
	return &data.Briefing{ID: id, Title: id, Statements: []data.Statement{
		{Speaker: "Idrena Halvek", Party: "Varanda", Text: "said so in " + id, Kind: data.Reported, Paragraph: 1},
	}}
}

func storyIDs(lib *Library, items []int32) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = lib.Story(int(it)).ID
	}
	return out
}

func TestFreshStoriesAreShownFirst(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		steps [][]string // "+" prefix: a refresh; otherwise loaded
		shown []string
		added []int // what each refresh step added
	}{
		{"no refresh", [][]string{{"a", "b"}, {"c"}}, []string{"a", "b", "c"}, nil},
		{"one refresh", [][]string{{"a", "b"}, {"+x", "+y"}}, []string{"x", "y", "a", "b"}, []int{2}},
		{"latest refresh on top", [][]string{{"a"}, {"+x"}, {"+y", "+z"}}, []string{"y", "z", "x", "a"}, []int{1, 2}},
		{"loaded during a refresh stays below it", [][]string{{"a"}, {"+x"}, {"b"}}, []string{"x", "a", "b"}, []int{1}},
		{"a refresh skips stories listed", [][]string{{"a", "b"}, {"+b", "+x", "+x"}}, []string{"x", "a", "b"}, []int{1}},
		{"a refresh with nothing new", [][]string{{"a"}, {"+a"}, {"+x"}}, []string{"x", "a"}, []int{0, 1}},
		{"the loader skips what a refresh brought", [][]string{{"a"}, {"+x"}, {"x", "b"}}, []string{"x", "a", "b"}, []int{1}},
		{"the loader keeps its own duplicates", [][]string{{"a", "a"}}, []string{"a", "a"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib := NewLibrary(nil)
			var added []int
			for _, step := range tt.steps {
				var fresh, loaded []*data.Briefing
				for _, id := range step {
					if id[0] == '+' {
						fresh = append(fresh, titled(id[1:]))
					} else {
						loaded = append(loaded, titled(id))
					}
				}
				if fresh != nil {
					added = append(added, lib.AddFresh(fresh...))
				}
				lib.Add(loaded...)
			}
			if !slices.Equal(added, tt.added) {
				t.Errorf("added %v, want %v", added, tt.added)
			}
			all := make([]int32, lib.Len())
			for i := range all {
				all[i] = int32(i)
			}
			if got := storyIDs(lib, lib.ArrangeStories(all)); !slices.Equal(got, tt.shown) {
				t.Errorf("stories shown %q, want %q", got, tt.shown)
			}
			// The list and the quote view show the same order.
			st := NewStyles(ThemeNoColor)
			keys := DefaultKeyMap()
			l := NewList(lib, &st, &keys)
			l.SetSize(80, 40)
			l.Sync(nil)
			if got := storyIDs(lib, l.Stories()); !slices.Equal(got, tt.shown) {
				t.Errorf("list shows %q, want %q", got, tt.shown)
			}
			q := NewQuotes(lib, &st, &keys)
			q.SetSize(80, 40)
			q.Sync(nil)
			var byQuote []string
			for _, s := range q.Statements() {
				story, _ := lib.Statement(int(s))
				byQuote = append(byQuote, lib.Story(story).ID)
			}
			if !slices.Equal(byQuote, tt.shown) {
				t.Errorf("quote view shows %q, want %q", byQuote, tt.shown)
			}
		})
	}
}

func TestTheCursorKeepsItsStoryAndRowWhenStoriesArrive(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		moves     int // j presses from the top
		fresh     int
		filter    string
		wantStory string
		wantRow   int // the cursor's entry on screen, from 0
	}{
		{"at the top", 0, 3, "", "s00", 0},
		{"mid-screen", 4, 3, "", "s04", 4},
		{"scrolled", 25, 2, "", "s25", 9}, // 10 entries a screen: at the bottom
		{"filtered", 3, 2, "s1", "s13", 3},
		{"many more than a screen", 2, 30, "", "s02", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib := NewLibrary(nil)
			for i := range 40 {
				lib.Add(titled(string(rune('s')) + string(rune('0'+i/10)) + string(rune('0'+i%10))))
			}
			st := NewStyles(ThemeNoColor)
			keys := DefaultKeyMap()
			var filters []Filter
			if tt.filter != "" {
				filters = []Filter{TextFilter(tt.filter)}
			}
			l := NewList(lib, &st, &keys)
			l.SetSize(80, 20)
			l.Sync(filters)
			for range tt.moves {
				l = l.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")})
			}
			var fresh []*data.Briefing
			for i := range tt.fresh {
				fresh = append(fresh, titled("s1new"+string(rune('a'+i%26))+string(rune('a'+i/26))))
			}
			lib.AddFresh(fresh...)
			l.Sync(filters)
			story, ok := l.Selected()
			if !ok || lib.Story(story).ID != tt.wantStory {
				t.Fatalf("cursor on %v %v, want %s", story, ok, tt.wantStory)
			}
			if row := l.win.cursor - l.win.offset; row != tt.wantRow {
				t.Errorf("cursor on row %d, want %d", row, tt.wantRow)
			}
		})
	}
}

// BenchmarkArrangeStatements is what a refresh adds to each change of the
// quote view's filters: 200,000 statements put in the order shown, and
// the cursor's statement found in it.
func BenchmarkArrangeStatements(b *testing.B) {
	lib := NewLibrary(nil)
	story := func(i int) *data.Briefing {
		b := &data.Briefing{ID: "s" + strconv.Itoa(i), Title: "story"}
		for k := range 20 {
			b.Statements = append(b.Statements, data.Statement{Speaker: "Belo Sarn", Party: "Sorreland", Text: strconv.Itoa(k)})
		}
		return b
	}
	for i := range 9900 {
		lib.Add(story(i))
	}
	for i := 9900; i < 10000; i++ {
		lib.AddFresh(story(i))
	}
	items := make([]int32, lib.StatementCount())
	for i := range items {
		items[i] = int32(i)
	}
	var w window
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		shown := lib.arrangeStatements(items)
		w.cursor = 0
		w.follow(shown, items[len(items)/2], false)
	}
}
