package views

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// PickItem is one party or speaker offered by a picker.
type PickItem struct {
	ID     int32
	Label  string // the party, or the speaker's name
	Detail string // the speaker's party
	Count  int    // stories or statements it would keep
}

// Picker chooses a party or a speaker: a list with counts, narrowed by
// typing. Letters are text here, so it moves with the arrow keys.
type Picker struct {
	kind   FilterKind
	items  []PickItem
	shown  []int // indices into items that match the typed text
	match  func(query string) func(PickItem) bool
	input  Input
	win    window
	st     *Styles
	keys   *KeyMap
	width  int
	height int
	drawn  *memo[pickRow, string] // rows as drawn; copies of the picker share it
}

// NewPicker offers items, most counted first, for a party or speaker
// filter. match makes, once for each typed text, the test of what it
// keeps: the text's own work is done once a keystroke, not once an item.
func NewPicker(kind FilterKind, items []PickItem, match func(query string) func(PickItem) bool, st *Styles, keys *KeyMap) Picker {
	sortItems(items)
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = "type to narrow"
	in.PromptStyle = st.Prompt
	in.TextStyle = st.InputText
	in.PlaceholderStyle = st.Muted
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Focus()
	p := Picker{kind: kind, items: items, match: match, input: NewInput(in), st: st, keys: keys, drawn: newMemo[pickRow, string](rowMemoSize)}
	p.narrow()
	return p
}

// sortItems puts the most counted first.
func sortItems(items []PickItem) {
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].Count != items[j].Count {
			return items[i].Count > items[j].Count
		}
		return items[i].Label < items[j].Label
	})
}

// Kind is what the picker picks: FilterParty or FilterSpeaker.
func (p Picker) Kind() FilterKind { return p.kind }

// SetItems offers items instead, counted again as stories arrived while
// the picker was open: it keeps the typed text, and the cursor on its
// item at its row.
func (p *Picker) SetItems(items []PickItem) {
	var id int32
	had := p.win.cursor < len(p.shown)
	if had {
		id = p.items[p.shown[p.win.cursor]].ID
	}
	row := p.win.cursor - p.win.offset
	sortItems(items)
	p.items = items
	p.narrow()
	for i, k := range p.shown {
		if had && p.items[k].ID == id {
			p.win.cursor, p.win.offset = i, max(i-row, 0)
			break
		}
	}
	p.win.fit(len(p.shown), p.rows())
}

// SetSize lays the picker out in width x height cells.
func (p *Picker) SetSize(width, height int) {
	p.width, p.height = width, height
	p.input.SetWidth(max(width-lipgloss.Width(p.input.Prompt())-1, 1))
	p.win.fit(len(p.shown), p.rows())
}

// rows is the items that fit under the title and the input line.
func (p Picker) rows() int { return max(p.height-2, 1) }

// Update moves the cursor or edits the typed text.
func (p Picker) Update(msg tea.Msg) (Picker, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, p.keys.PickUp):
			p.win.cursor--
		case key.Matches(k, p.keys.PickDown):
			p.win.cursor++
		case key.Matches(k, p.keys.PickPageUp):
			p.win.cursor -= p.rows()
		case key.Matches(k, p.keys.PickPageDown):
			p.win.cursor += p.rows()
		default:
			before := p.input.Value()
			var cmd tea.Cmd
			cmd = p.input.Update(msg)
			if p.input.Value() != before {
				p.narrow()
			}
			return p, cmd
		}
		p.win.fit(len(p.shown), p.rows())
		return p, nil
	}
	if p.win.update(msg, p.keys, len(p.shown), p.rows()) {
		return p, nil
	}
	cmd := p.input.Update(msg)
	return p, cmd
}

// narrow keeps the items matching the typed text.
func (p *Picker) narrow() {
	q := strings.TrimSpace(p.input.Value())
	p.shown = p.shown[:0]
	var keep func(PickItem) bool
	if q != "" {
		keep = p.match(q)
	}
	for i, it := range p.items {
		if keep == nil || keep(it) {
			p.shown = append(p.shown, i)
		}
	}
	p.win.cursor, p.win.offset = 0, 0
	p.win.fit(len(p.shown), p.rows())
}

// Chosen is the filter the item under the cursor stands for.
func (p Picker) Chosen() (Filter, bool) {
	if p.win.cursor >= len(p.shown) {
		return Filter{}, false
	}
	it := p.items[p.shown[p.win.cursor]]
	if p.kind == FilterSpeaker {
		return SpeakerFilter(it.ID, it.Label), true
	}
	return PartyFilter(it.ID, it.Label), true
}

// View draws the title, the typed text and the visible items.
func (p Picker) View() string {
	what := "party"
	if p.kind == FilterSpeaker {
		what = "speaker"
	}
	title := p.st.Prompt.Render("Choose a "+what) +
		p.st.Muted.Render(fmt.Sprintf(" (%d of %d)", len(p.shown), len(p.items)))
	lines := []string{title, p.input.View()}
	if len(p.shown) == 0 {
		lines = append(lines, p.st.Empty.Render("  nothing matches"))
	}
	for i := p.win.offset; i < len(p.shown) && i < p.win.offset+p.rows(); i++ {
		lines = append(lines, p.row(p.items[p.shown[i]], i == p.win.cursor))
	}
	return Fit(lines, p.width, p.height)
}

// pickRow is what a picker's row is drawn from: the styles are fixed
// when the reader starts.
type pickRow struct {
	item     PickItem
	selected bool
	width    int
}

// row is one item: name and party on the left, count on the right. A
// row is drawn once per item, cursor and width: the picker is drawn at
// every frame, three or four styled pieces a row (issue #13).
func (p Picker) row(it PickItem, selected bool) string {
	return p.drawn.get(pickRow{item: it, selected: selected, width: p.width}, func() string {
		return p.drawRow(it, selected)
	})
}

func (p Picker) drawRow(it PickItem, selected bool) string {
	count := strconv.Itoa(it.Count)
	name := p.st.Title.Render(it.Label)
	if selected {
		name = p.st.TitleSel.Render(it.Label)
	}
	if it.Detail != "" {
		name += p.st.Party.Render(" (" + it.Detail + ")")
	}
	room := max(p.width-2-len(count)-1, 1)
	name = ansi.Truncate(name, room, "…")
	gap := strings.Repeat(" ", max(room-ansi.StringWidth(name), 0)+1)
	return entry(p.st, selected, p.width, name+gap+p.st.Count.Render(count))[0]
}
