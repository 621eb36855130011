package views

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/profile"
)

// TestProfileRowsFollowWhatTheyAreDrawnFrom: a profile keeps its entries
// as drawn, so after every change an entry is drawn from (the cursor,
// the width, a party's profile or a speaker's, counts that grow) it must
// show what a profile made afresh shows.
func TestProfileRowsFollowWhatTheyAreDrawnFrom(t *testing.T) {
	t.Parallel()
	st := NewStyles(ThemeDark)
	keys := DefaultKeyMap()
	idx := profile.New(strings.ToLower)
	day := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	add := func(story int, title string, said ...data.Statement) {
		idx.Add(story, &data.Briefing{Title: title, Date: day.AddDate(0, 0, story), Statements: said})
	}
	aru := func(text string, para int) data.Statement {
		return data.Statement{Speaker: "Aru Veld", Party: "Varanda", Text: text, Kind: data.Reported, Paragraph: int32(para)}
	}
	lena := func(text string, para int) data.Statement {
		return data.Statement{Speaker: "Lena Orlov", Party: "Varanda", Text: text, Kind: data.Direct, Paragraph: int32(para)}
	}
	add(0, "Harbour accord", aru("the harbour stays open", 1), lena("we agree", 2))
	add(1, "Tolls fall", aru("the tolls fall", 3))
	p := NewProfile(&st, &keys)
	width := 60
	show := func(v *Profile, party bool) {
		if party {
			pt, _ := idx.Party("Varanda")
			v.Show(idx, nil, pt, "Varanda", true, 0)
		} else {
			s, _ := idx.Speaker("Aru Veld")
			v.Show(idx, s, nil, "Aru Veld", false, 0)
		}
	}
	party := true
	show(&p, party)
	check := func(step string) {
		t.Helper()
		fresh := NewProfile(&st, &keys)
		show(&fresh, party)
		fresh.SetSize(width, 30)
		p.SetSize(width, 30)
		fresh.cursor, fresh.offset = p.cursor, p.offset
		if got, want := p.View(), fresh.View(); got != want {
			t.Errorf("%s: the profile shows\n%s\nwant\n%s", step, ansi.Strip(got), ansi.Strip(want))
		}
	}
	check("at first")
	for range 3 {
		p = p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'j'}})
		check("the cursor moved")
	}
	add(2, "Harbour reopens", lena("the harbour reopens", 1))
	pt, _ := idx.Party("Varanda")
	p.Refresh(nil, pt, 0)
	check("a statement more")
	for _, width = range []int{40, 24, 12} {
		check("narrower")
	}
	party, width = false, 60
	show(&p, party)
	check("a speaker's profile")
	p = p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'j'}})
	for _, width = range []int{40, 24, 12} {
		check("a speaker's, narrower")
	}
}
