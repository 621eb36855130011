// Package views holds the screens of the reader — the story list, the
// detail view, the quote view and the pickers — and the one place their
// keys and styles are defined. The root model in package model routes
// between them.
package views

import (
	"io"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Theme is decided once at start-up: asking the terminal again later would
// race with bubbletea for stdin, and tests need a fixed answer.
type Theme int

const (
	ThemeDark Theme = iota
	ThemeLight
	ThemeNoColor // NO_COLOR: emphasis by bold, italic, underline and reverse only
)

// GlamourStyle is the standard glamour style matching the theme.
func (t Theme) GlamourStyle() string {
	switch t {
	case ThemeLight:
		return "light"
	case ThemeNoColor:
		return "notty"
	}
	return "dark"
}

// Profile is the colour profile handed to glamour: the terminal's, except
// that NO_COLOR forces plain ASCII.
func (t Theme) Profile(terminal termenv.Profile) termenv.Profile {
	if t == ThemeNoColor {
		return termenv.Ascii
	}
	return terminal
}

// palette holds the colours of one theme; "" means no colour.
type palette struct {
	accent, text, muted, faint, quote, party, speaker, errc lipgloss.Color
	matchFg, matchBg, currentFg, currentBg, badgeFg         lipgloss.Color
}

func paletteFor(t Theme) palette {
	switch t {
	case ThemeLight:
		return palette{
			accent: "90", text: "235", muted: "243", faint: "250",
			quote: "22", party: "25", speaker: "94", errc: "160",
			matchFg: "232", matchBg: "222", currentFg: "255", currentBg: "166", badgeFg: "255",
		}
	case ThemeNoColor:
		return palette{}
	}
	return palette{
		accent: "212", text: "252", muted: "245", faint: "239",
		quote: "229", party: "117", speaker: "215", errc: "203",
		matchFg: "232", matchBg: "186", currentFg: "232", currentBg: "208", badgeFg: "232",
	}
}

// Styles is every style the reader uses. Views take it as a value; nothing
// styles text on its own.
type Styles struct {
	Theme Theme

	Badge    lipgloss.Style // the view name at the left of the header
	Header   lipgloss.Style
	Filter   lipgloss.Style // an active filter in the header
	Spinner  lipgloss.Style
	Status   lipgloss.Style
	Error    lipgloss.Style
	Muted    lipgloss.Style
	Empty    lipgloss.Style // "no stories match" and the like
	Selected lipgloss.Style // the cursor's marker column
	Title    lipgloss.Style // a story headline in the list
	TitleSel lipgloss.Style
	// An unread story: its mark, and its headline when the cursor is
	// elsewhere.
	Unread      lipgloss.Style
	TitleUnread lipgloss.Style
	Meta        lipgloss.Style // dateline, date, counts
	Party       lipgloss.Style
	Speaker     lipgloss.Style
	Direct      lipgloss.Style // a direct quote, shown in quotation marks
	Reported    lipgloss.Style // reported speech, shown plain
	Question    lipgloss.Style
	Count       lipgloss.Style // counts in the pickers
	Match       lipgloss.Style // a search match in the detail view
	Current     lipgloss.Style // the search match n/N landed on
	SaidTag     lipgloss.Style // "[speaker · party]" before a statement in the detail view
	Said        lipgloss.Style // a statement's words there
	Prompt      lipgloss.Style // text input prompts
	InputText   lipgloss.Style
	Help        help.Styles
	// StatusGap is two spaces in Status, between the parts of a status
	// line, drawn once: the story's status line is drawn at every frame.
	StatusGap string
}

// rendererFor is what draws a theme's styles. Without colour it is one of
// its own, fixed at ANSI: the palette has no colour to give then, so only
// bold, italic, underline and reverse reach the terminal. The terminal's
// renderer is plain ASCII under NO_COLOR or on a monochrome terminal, and
// would drop those too: search matches were counted but not shown.
func rendererFor(t Theme) *lipgloss.Renderer {
	if t != ThemeNoColor {
		return lipgloss.DefaultRenderer()
	}
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	return r
}

// NewStyles builds the styles of a theme.
func NewStyles(t Theme) Styles {
	p := paletteFor(t)
	r := rendererFor(t)
	fg := func(c lipgloss.Color) lipgloss.Style {
		s := r.NewStyle()
		if c != "" {
			s = s.Foreground(c)
		}
		return s
	}
	s := Styles{
		Theme:       t,
		Badge:       fg(p.badgeFg).Bold(true).Padding(0, 1),
		Header:      fg(p.text),
		Filter:      fg(p.accent),
		Spinner:     fg(p.accent),
		Status:      fg(p.muted),
		Error:       fg(p.errc).Bold(true),
		Muted:       fg(p.muted),
		Empty:       fg(p.muted).Italic(true),
		Selected:    fg(p.accent).Bold(true),
		Title:       fg(p.text),
		TitleSel:    fg(p.accent).Bold(true),
		Unread:      fg(p.accent).Bold(true),
		TitleUnread: fg(p.text).Bold(true),
		Meta:        fg(p.muted),
		Party:       fg(p.party),
		Speaker:     fg(p.speaker).Bold(true),
		Direct:      fg(p.quote),
		Reported:    fg(p.text).Italic(true),
		Question:    fg(p.muted).Italic(true),
		Count:       fg(p.muted),
		Match:       fg(p.matchFg).Background(p.matchBg),
		Current:     fg(p.currentFg).Background(p.currentBg).Bold(true),
		SaidTag:     fg(p.speaker).Bold(true),
		Said:        fg(p.quote),
		Prompt:      fg(p.accent).Bold(true),
		InputText:   fg(p.text),
	}
	if p.accent != "" {
		s.Badge = s.Badge.Background(p.accent)
	} else {
		s.Badge = s.Badge.Reverse(true)
		s.Match = s.Match.Underline(true)
		s.Current = s.Current.Reverse(true)
		// Not underlined: that is how a search match is shown. The
		// tag's brackets show where a statement starts in any case.
		s.Said = s.Said.Italic(true)
	}
	s.Help = help.Styles{
		ShortKey:       fg(p.muted).Bold(true),
		ShortDesc:      fg(p.faint),
		ShortSeparator: fg(p.faint),
		Ellipsis:       fg(p.faint),
		FullKey:        fg(p.muted).Bold(true),
		FullDesc:       fg(p.faint),
		FullSeparator:  fg(p.faint),
	}
	if t == ThemeNoColor {
		s.Help.ShortDesc = r.NewStyle()
		s.Help.FullDesc = r.NewStyle()
	}
	s.StatusGap = s.Status.Render("  ")
	return s
}
