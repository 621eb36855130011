package views

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

// KeyMap is every key of the reader. The help bar is generated from it, so
// the help cannot drift from what the keys do.
type KeyMap struct {
	// Moving in lists, and scrolling in the detail view.
	Up, Down, Top, Bottom, PageDown, PageUp, HalfPageDown, HalfPageUp key.Binding

	// Lists. Refresh is disabled, and so out of the help, when the reader
	// has no library to refresh.
	Open, SwitchView, Party, Speaker, Filter, ClearFilter, Errors, Refresh, Star key.Binding

	// Statements: Cite copies the current one's citation (disabled with
	// no clipboard to write to), Export writes those shown to a file.
	Cite, Export key.Binding

	// Order and reading state, as newsboat users expect them; the ones
	// for read marks are disabled when the reader keeps none.
	Sort, NextUnread, ToggleRead, MarkAllRead, HideRead key.Binding

	// Detail view.
	Next, Prev, Search, NextMatch, PrevMatch, Back key.Binding
	// The statements of the story shown, and its source in the browser.
	// OpenSource is disabled when the reader has no way to open one.
	NextStatement, PrevStatement, OpenSource key.Binding

	// Pickers and text inputs: letters are text there, so only keys that
	// cannot be typed move or decide.
	PickUp, PickDown, PickPageUp, PickPageDown, Accept, Cancel key.Binding

	// Profiles: of a statement's speaker or party in the quote view, and
	// of a picker's highlighted entry (tab: letters are text there).
	SpeakerProfile, PartyProfile, PickProfile key.Binding

	Help, Quit, ForceQuit key.Binding
}

// DefaultKeyMap is the reader's key map.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
	}
	k := func(keys ...string) []string { return keys }
	return KeyMap{
		Up:           b(k("k", "up"), "↑/k", "up"),
		Down:         b(k("j", "down"), "↓/j", "down"),
		Top:          b(k("g", "home"), "g", "top"),
		Bottom:       b(k("G", "end"), "G", "bottom"),
		PageDown:     b(k(" ", "pgdown", "f"), "space", "page down"),
		PageUp:       b(k("b", "pgup"), "b", "page up"),
		HalfPageDown: b(k("d", "ctrl+d"), "d", "½ page down"),
		HalfPageUp:   b(k("u", "ctrl+u"), "u", "½ page up"),

		Open:        b(k("enter"), "enter", "open"),
		SwitchView:  b(k("tab"), "tab", "quotes"),
		Party:       b(k("p"), "p", "party"),
		Speaker:     b(k("s"), "s", "speaker"),
		Filter:      b(k("/"), "/", "filter"),
		ClearFilter: b(k("esc"), "esc", "unfilter"),
		Errors:      b(k("E"), "E", "load errors"),
		Refresh:     b(k("r"), "r", "refresh"),
		Star:        b(k("*"), "*", "star"),
		Cite:        b(k("y"), "y", "copy citation"),
		Export:      b(k("x"), "x", "export quotes"),

		Sort:        b(k("S"), "S", "sort"),
		NextUnread:  b(k("U"), "U", "next unread"),
		ToggleRead:  b(k("m"), "m", "read/unread"),
		MarkAllRead: b(k("M"), "M", "mark all read"),
		HideRead:    b(k("H"), "H", "hide read"),

		Next:      b(k("l", "right", "J"), "l/→/J", "next story"),
		Prev:      b(k("h", "left", "K"), "h/←/K", "prev story"),
		Search:    b(k("/"), "/", "search"),
		NextMatch: b(k("n"), "n", "next match"),
		PrevMatch: b(k("N"), "N", "previous match"),
		Back:      b(k("esc"), "esc", "back"),

		NextStatement: b(k("]"), "]", "next statement"),
		PrevStatement: b(k("["), "[", "prev statement"),
		OpenSource:    b(k("o"), "o", "open source"),

		PickUp:       b(k("up", "ctrl+p", "ctrl+k"), "↑", "up"),
		PickDown:     b(k("down", "ctrl+n", "ctrl+j"), "↓", "down"),
		PickPageUp:   b(k("pgup"), "pgup", "page up"),
		PickPageDown: b(k("pgdown"), "pgdn", "page down"),
		Accept:       b(k("enter"), "enter", "choose"),
		Cancel:       b(k("esc"), "esc", "cancel"),

		SpeakerProfile: b(k("i"), "i", "speaker profile"),
		PartyProfile:   b(k("I"), "I", "party profile"),
		PickProfile:    b(k("tab"), "tab", "profile"),

		Help:      b(k("?"), "?", "help"),
		Quit:      b(k("q"), "q", "quit"),
		ForceQuit: b(k("ctrl+c"), "ctrl+c", "quit"),
	}
}

// HelpMap is the help of one view, for bubbles/help.
type HelpMap struct {
	Short  []key.Binding // most useful first
	Always []key.Binding // after Short, and kept when the bar is cut
	Full   [][]key.Binding
}

func (h HelpMap) ShortHelp() []key.Binding {
	return append(append([]key.Binding(nil), h.Short...), h.Always...)
}

func (h HelpMap) FullHelp() [][]key.Binding { return h.Full }

// Fit drops bindings from the end of Short until the bar fits the help's
// width, so that the keys for help and quit are never the ones cut. It
// measures the text rather than rendering the bar for each try: the help
// styles add no width.
func (h HelpMap) Fit(m help.Model) HelpMap {
	fitted, _ := h.FitShape(&m)
	return fitted
}

// HelpShape is what of a HelpMap Fit keeps: how many bindings of Short,
// or how many columns the full help folds to (the folds are made in the
// same order at any width), and whether that fits the width. Fitted
// maps of one HelpMap with the same shape that fits are drawn the same
// at any width: bubbles' help cuts nothing then, and the width is all
// else it reads. A reader resizing the terminal keeps the help drawn
// while its shape stays (issue #13: drawing it was a tenth of a resize).
type HelpShape struct {
	Kept int
	Fits bool
}

// FitShape is Fit, with the shape of what it keeps.
func (h HelpMap) FitShape(m *help.Model) (HelpMap, HelpShape) {
	if m.Width <= 0 {
		return h, HelpShape{Kept: -1, Fits: true}
	}
	if m.ShowAll {
		var w int
		h.Full, w = foldColumns(h.Full, m)
		return h, HelpShape{Kept: len(h.Full), Fits: w <= m.Width}
	}
	sep := ansi.StringWidth(m.ShortSeparator)
	width := func(bs []key.Binding) int {
		w := 0
		for _, b := range bs {
			if b.Enabled() {
				if w > 0 {
					w += sep
				}
				w += ansi.StringWidth(b.Help().Key) + 1 + ansi.StringWidth(b.Help().Desc)
			}
		}
		return w
	}
	always := width(h.Always)
	short := h.Short
	w := always
	for {
		w = width(short)
		if always > 0 && w > 0 {
			w += sep
		}
		w += always
		if len(short) == 0 || w <= m.Width {
			break
		}
		short = short[:len(short)-1]
	}
	h.Short = short
	return h, HelpShape{Kept: len(short), Fits: w <= m.Width}
}

// ListHelp is the help of the story list and the quote view. Keys that do
// nothing right now are left out rather than listed.
func (k KeyMap) ListHelp(inQuotes, filtered, hasErrors bool) HelpMap {
	if inQuotes {
		k.SwitchView.SetHelp("tab", "stories")
	}
	k.ClearFilter.SetEnabled(filtered)
	k.Errors.SetEnabled(hasErrors)
	k.Cite.SetEnabled(inQuotes && k.Cite.Enabled())
	k.Export.SetEnabled(inQuotes)
	k.SpeakerProfile.SetEnabled(inQuotes)
	k.PartyProfile.SetEnabled(inQuotes)
	if inQuotes { // read marks are the story list's
		k.ToggleRead.SetEnabled(false)
		k.MarkAllRead.SetEnabled(false)
	}
	return HelpMap{
		Short:  []key.Binding{k.Open, k.SwitchView, k.Party, k.Speaker, k.Filter, k.ClearFilter, k.Refresh, k.Down, k.Errors},
		Always: []key.Binding{k.Help, k.Quit},
		Full: [][]key.Binding{
			{k.Up, k.Down, k.Top, k.Bottom, k.PageDown, k.PageUp},
			{k.Open, k.SwitchView, k.Errors, k.Refresh, k.Star},
			{k.Party, k.Speaker, k.Filter, k.ClearFilter},
			{k.Cite, k.Export},
			{k.Sort, k.NextUnread, k.ToggleRead, k.MarkAllRead, k.HideRead},
			{k.SpeakerProfile, k.PartyProfile},
			{k.Help, k.Quit},
		},
	}
}

// ProfileHelp is the help of a speaker's or a party's profile.
func (k KeyMap) ProfileHelp() HelpMap {
	k.Open.SetHelp("enter", "open")
	return HelpMap{
		Short:  []key.Binding{k.Open, k.Back, k.Down, k.Up, k.PageDown},
		Always: []key.Binding{k.Help, k.Quit},
		Full: [][]key.Binding{
			{k.Up, k.Down, k.Top, k.Bottom, k.PageDown, k.PageUp},
			{k.Open, k.Back},
			{k.Help, k.Quit},
		},
	}
}

// DetailHelp is the help of the detail view.
func (k KeyMap) DetailHelp(searching bool) HelpMap {
	k.NextMatch.SetEnabled(searching)
	k.PrevMatch.SetEnabled(searching)
	k.SwitchView.SetHelp("tab", "story's quotes")
	if searching {
		k.Back.SetHelp("esc", "clear search")
	}
	return HelpMap{
		Short:  []key.Binding{k.Next, k.NextStatement, k.Search, k.NextMatch, k.Back, k.Prev, k.SwitchView, k.OpenSource, k.Down, k.PageDown},
		Always: []key.Binding{k.Help, k.Quit},
		Full: [][]key.Binding{
			{k.Up, k.Down, k.PageDown, k.PageUp, k.HalfPageDown, k.HalfPageUp, k.Top, k.Bottom},
			{k.Next, k.Prev, k.Back, k.SwitchView, k.NextUnread},
			{k.NextStatement, k.PrevStatement, k.OpenSource, k.Cite},
			{k.Search, k.NextMatch, k.PrevMatch},
			{k.Help, k.Quit},
		},
	}
}

// PickerHelp is the help of the party and speaker pickers.
func (k KeyMap) PickerHelp() HelpMap {
	return HelpMap{
		Short:  []key.Binding{k.PickProfile, k.PickUp, k.PickDown},
		Always: []key.Binding{k.Accept, k.Cancel},
		Full:   [][]key.Binding{{k.PickUp, k.PickDown, k.PickPageUp, k.PickPageDown}, {k.Accept, k.PickProfile, k.Cancel, k.ForceQuit}},
	}
}

// InputHelp is the help while a filter or search is being typed.
func (k KeyMap) InputHelp() HelpMap {
	k.Accept.SetHelp("enter", "apply")
	always := []key.Binding{k.Accept, k.Cancel}
	return HelpMap{Always: always, Full: [][]key.Binding{always, {k.ForceQuit}}}
}

// PagerHelp is the help of plain scrolling pages such as the error list.
func (k KeyMap) PagerHelp() HelpMap {
	return HelpMap{
		Short:  []key.Binding{k.Back, k.Down, k.Up, k.PageDown},
		Always: []key.Binding{k.Quit},
		Full:   [][]key.Binding{{k.Up, k.Down, k.PageDown, k.PageUp, k.Top, k.Bottom}, {k.Back, k.Quit}},
	}
}

// foldColumns puts columns of the full help under one another, the pair
// that makes the shortest column first, until the help fits its width:
// bubbles/help would cut the columns past the width, keys and all. cells
// is the width of the help folded. Each binding is measured once: a
// column folded is as wide as its widest key and description were.
func foldColumns(cols [][]key.Binding, m *help.Model) (folded [][]key.Binding, cells int) {
	type column struct {
		keys        []key.Binding
		keyW, descW int
	}
	var shown []column
	for _, col := range cols {
		var c column
		for _, b := range col {
			if b.Enabled() {
				c.keys = append(c.keys, b)
				c.keyW = max(c.keyW, ansi.StringWidth(b.Help().Key))
				c.descW = max(c.descW, ansi.StringWidth(b.Help().Desc))
			}
		}
		if len(c.keys) > 0 {
			shown = append(shown, c)
		}
	}
	sep := ansi.StringWidth(m.FullSeparator)
	width := func() int {
		w := 0
		for i, c := range shown {
			if i > 0 {
				w += sep
			}
			w += c.keyW + 1 + c.descW
		}
		return w
	}
	w := width()
	for len(shown) > 1 && w > m.Width {
		best := 0
		for i := 1; i+1 < len(shown); i++ {
			if len(shown[i].keys)+len(shown[i+1].keys) < len(shown[best].keys)+len(shown[best+1].keys) {
				best = i
			}
		}
		a, b := shown[best], shown[best+1]
		merged := column{
			keys: append(append([]key.Binding(nil), a.keys...), b.keys...),
			keyW: max(a.keyW, b.keyW), descW: max(a.descW, b.descW),
		}
		shown = append(append(shown[:best:best], merged), shown[best+2:]...)
		w = width()
	}
	for _, c := range shown {
		folded = append(folded, c.keys)
	}
	return folded, w
}
