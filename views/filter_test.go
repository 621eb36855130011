package views

import (
	"github.com/brief-reader/brief/data/query"

	"slices"
	"strings"
	"testing"
)

// words is a tester over a list of words: a text filter keeps the words
// containing it, a party filter (ID n) the words of length n.
type words struct {
	list  []string
	tests *int // how many items were tested, to see work avoided
}

func (w words) filter(f Filter, from []int32) []int32 {
	return keepIf(from, func(i int32) bool {
		*w.tests++
		if f.Kind == FilterText {
			return strings.Contains(w.list[i], f.Query)
		}
		return len(w.list[i]) == int(f.ID)
	})
}

func (w words) narrows(prev, next Filter) bool {
	return prev.Kind == FilterText && next.Kind == FilterText && strings.Contains(next.Query, prev.Query)
}

func selected(s *Selection, list []string) []string {
	var out []string
	for _, i := range s.Items() {
		out = append(out, list[i])
	}
	return out
}

func TestSelectionAppliesTheStack(t *testing.T) {
	t.Parallel()
	list := []string{"ceasefire", "cease", "fire", "talks", "truce", "case"}
	tests := []struct {
		name    string
		filters []Filter
		want    []string
	}{
		{"none", nil, list},
		{"text", []Filter{TextFilter("CEASE")}, []string{"ceasefire", "cease"}},
		{"text then length", []Filter{TextFilter("e"), {Kind: FilterParty, ID: 5}}, []string{"cease", "truce"}},
		{"nothing matches", []Filter{TextFilter("zz")}, nil},
		{"empty text keeps all", []Filter{TextFilter("  ")}, list},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			var s Selection
			s.Sync(tt.filters, len(list), len(list), words{list, &n})
			if got := selected(&s, list); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSelectionRedoesOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	list := []string{"ceasefire", "cease", "fire", "talks", "truce", "case"}
	n := 0
	w := words{list, &n}
	var s Selection
	steps := []struct {
		filters   []Filter
		items     int // items added so far
		want      []string
		maxTested int
	}{
		{[]Filter{{Kind: FilterParty, ID: 5}}, 6, []string{"cease", "talks", "truce"}, 6},
		// a keystroke: only the new last stage runs, on the 3 items left
		{[]Filter{{Kind: FilterParty, ID: 5}, TextFilter("c")}, 6, []string{"cease", "truce"}, 3},
		// one more letter narrows the last stage's own result
		{[]Filter{{Kind: FilterParty, ID: 5}, TextFilter("ce")}, 6, []string{"cease", "truce"}, 2},
		// nothing changed: nothing runs
		{[]Filter{{Kind: FilterParty, ID: 5}, TextFilter("ce")}, 6, []string{"cease", "truce"}, 0},
		// a backspace widens: the stage runs again from the one before
		{[]Filter{{Kind: FilterParty, ID: 5}, TextFilter("e")}, 6, []string{"cease", "truce"}, 3},
		// popping the last filter runs nothing
		{[]Filter{{Kind: FilterParty, ID: 5}}, 6, []string{"cease", "talks", "truce"}, 0},
	}
	for i, st := range steps {
		n = 0
		s.Sync(st.filters, st.items, st.items, w)
		if got := selected(&s, list); !slices.Equal(got, st.want) {
			t.Errorf("step %d: got %q, want %q", i, got, st.want)
		}
		if n > st.maxTested {
			t.Errorf("step %d: tested %d items, want at most %d", i, n, st.maxTested)
		}
	}
}

func TestSelectionTakesNewItemsThroughTheStages(t *testing.T) {
	t.Parallel()
	list := []string{"cease", "fire", "peace", "talks", "lease", "pact"}
	n := 0
	w := words{list, &n}
	var s Selection
	filters := []Filter{TextFilter("ea"), {Kind: FilterParty, ID: 5}}
	s.Sync(filters, 3, 3, w) // the loader has delivered three
	if got := selected(&s, list); !slices.Equal(got, []string{"cease", "peace"}) {
		t.Fatalf("got %q", got)
	}
	n = 0
	s.Sync(filters, 6, 6, w)
	if got := selected(&s, list); !slices.Equal(got, []string{"cease", "peace", "lease"}) {
		t.Errorf("after loading more: got %q", got)
	}
	if n > 4 { // 3 new items through stage 1, 1 through stage 2
		t.Errorf("tested %d items for 3 new ones", n)
	}
}

func TestFilterString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		f    Filter
		want string
	}{
		{PartyFilter(3, "Varanda"), "party:Varanda"},
		{SpeakerFilter(1, "Idrena Halvek"), `speaker:"Idrena Halvek"`},
		{TextFilter("river"), `river`},
		{TextFilter("river talks"), `"river talks"`},
		{Filter{Kind: FilterText, Label: "river", Term: query.Term{Not: true}}, `-river`},
	}
	for _, tt := range tests {
		if got := tt.f.String(); got != tt.want {
			t.Errorf("got %s, want %s", got, tt.want)
		}
	}
}
