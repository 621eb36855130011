package views

import (
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// List is the story list, the start screen: one entry per story with its
// headline, then dateline, date, parties and statement count.
type List struct {
	entries
	drawn *rowMemo[listRow]
}

// NewList makes the story list of lib.
func NewList(lib *Library, st *Styles, keys *KeyMap) List {
	return List{entries: newEntries(lib, st, keys, storyTester{lib}), drawn: newRowMemo[listRow]()}
}

// Update moves the cursor.
func (l List) Update(msg tea.Msg) List {
	l.update(msg)
	return l
}

// Select puts the cursor on story, if the filters show it.
func (l *List) Select(story int) { l.selectItem(story) }

// Stories is the stories shown, in order.
func (l List) Stories() []int32 { return l.shown }

// OnScreen is the stories on screen, and up to margin more each side,
// in the order shown: those a reader of a large library reads first.
func (l List) OnScreen(margin int) []int32 { return l.entries.OnScreen(margin) }

// View draws the visible entries.
func (l List) View() string {
	reading := ""
	return l.view(func(story int, sel bool) (string, string) {
		if !l.lib.Read(story) {
			// Listed before its row is read (see Library.Reserve); the
			// reader reads the rows on screen first, so this is seen a
			// moment at most. Styled once a frame, not once a row.
			if reading == "" {
				reading = l.st.Muted.Render(ReadingMark)
			}
			return reading, ""
		}
		b := l.lib.Story(story)
		k := listRow{story: b, statements: b.NumStatements(), selected: sel, tracking: l.lib.TracksUnread()}
		if k.tracking {
			k.unread, k.starred = l.lib.Unread(story), l.lib.Starred(story)
		}
		r := l.drawn.get(k, func() [2]string {
			words, who := l.row(story, sel)
			return [2]string{words, who}
		})
		return r[0], r[1]
	})
}

// row draws story's entry: its headline and its line of details.
func (l List) row(story int, sel bool) (string, string) {
	title, meta := l.title(story, sel), l.meta(l.lib.Story(story))
	if l.lib.TracksUnread() {
		mark := "  "
		switch {
		case l.lib.Starred(story):
			mark = l.st.Unread.Render(StarMark) + " "
		case l.lib.Unread(story):
			mark = l.st.Unread.Render(UnreadMark) + " "
		}
		title, meta = mark+title, "  "+meta
	}
	return title, meta
}

// ReadingMark stands for a story listed whose row is being read.
const ReadingMark = "…"

// UnreadMark marks a story not yet opened. A glyph rather than a colour
// or weight alone, so that it shows with NO_COLOR and in plain text.
const UnreadMark = "●"

// StarMark marks a starred story, in the unread mark's column: a starred
// story is one kept to come back to, whether read or not.
const StarMark = "★"

func (l List) title(story int, selected bool) string {
	b := l.lib.Story(story)
	switch {
	case selected:
		return l.st.TitleSel.Render(b.Title)
	case l.lib.TracksUnread() && l.lib.Unread(story):
		return l.st.TitleUnread.Render(b.Title)
	}
	return l.st.Title.Render(b.Title)
}

// meta is the second line of an entry: where, when, how much, who.
func (l List) meta(b *data.Briefing) string {
	var parts []string
	if b.Dateline != "" {
		parts = append(parts, l.st.Meta.Render(b.Dateline))
	}
	if !b.Date.IsZero() {
		parts = append(parts, l.st.Meta.Render(b.Date.Format("2 Jan 2006")))
	}
	// The count before the parties, which may run past the width.
	parts = append(parts, l.st.Meta.Render(plural(b.NumStatements(), "statement")))
	if len(b.Parties) > 0 {
		parts = append(parts, l.st.Party.Render(strings.Join(b.Parties, ", ")))
	}
	return strings.Join(parts, l.st.Meta.Render(" · "))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
