package views

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
)

// Detail is one story rendered by glamour in a scrolling pane, with search.
type Detail struct {
	rend   *Renderer
	st     *Styles
	keys   *KeyMap
	story  *data.Briefing
	stmt   int // the current statement, in the story's Statements, marked in the margin; -1 for none
	doc    *Doc
	pg     pager
	search search
	// toStatement: scroll to stmt once rendered.
	toStatement bool
	width       int
	height      int
	// statusText is pieces of the status line styled, by their text:
	// the percentage changes with every height, and the line was styled
	// afresh at every resize (issue #13). Copies share it.
	statusText *memo[string, string]
}

// NewDetail makes an empty detail view rendering with rend.
func NewDetail(rend *Renderer, st *Styles, keys *KeyMap) Detail {
	return Detail{rend: rend, st: st, keys: keys, search: newSearch(st), stmt: -1, statusText: newMemo[string, string](statusTextMemoSize)}
}

// Open shows story b from the top, or at the statement st, made
// current, when st is not nil. It is rendered by the next SetSize, which knows the
// size it is for.
func (d *Detail) Open(b *data.Briefing, st *data.Statement) {
	d.story, d.stmt, d.doc = b, statementIndex(b, st), nil
	d.pg.offset = 0
	d.search.clear()
	d.toStatement = d.stmt >= 0
}

// Story is the story shown, or nil.
func (d Detail) Story() *data.Briefing { return d.story }

// SetSize lays the view out. A new width renders the story again from its
// Markdown (cached per width), keeping the reader at the same place.
func (d *Detail) SetSize(width, height int) tea.Cmd {
	resized := textWidth(width) != textWidth(d.width)
	d.width, d.height = width, height
	d.search.setWidth(width)
	if d.story == nil {
		return nil
	}
	var cmd tea.Cmd
	if d.doc == nil || resized {
		before, top := 0, d.pg.offset
		if d.doc != nil {
			before = len(d.doc.Lines)
		}
		cmd = d.render()
		if before > 0 {
			d.pg.scrollTo(top * len(d.doc.Lines) / before)
		}
	}
	d.pg.setSize(height, len(d.doc.Lines))
	if d.toStatement {
		d.locate()
	}
	return cmd
}

// render fetches the story's rendering for the current width.
func (d *Detail) render() tea.Cmd {
	var cmd tea.Cmd
	d.doc, cmd = d.rend.Doc(d.story, textWidth(d.width))
	d.pg.setSize(d.height, len(d.doc.Lines))
	d.search.rerun(d.doc)
	d.locate()
	return cmd
}

// locate scrolls to the current statement once it is rendered: with a
// long story that may take the rest to arrive.
func (d *Detail) locate() {
	if !d.toStatement || d.doc == nil || d.height <= 0 {
		return
	}
	if p, ok := d.place(d.stmt); ok {
		d.showPlace(p)
		d.toStatement = false
	} else {
		d.toStatement = !d.doc.Complete
	}
}

// Rendered takes the rest of a long story rendered in the background.
func (d *Detail) Rendered(msg DocRenderedMsg) {
	if d.rend.Finish(msg) && d.doc != nil {
		d.pg.setSize(d.height, len(d.doc.Lines))
		d.search.rerun(d.doc)
		d.locate()
	}
}

// Typing reports whether the search text is being typed; keys are text then.
func (d Detail) Typing() bool { return d.search.typing }

// Searching reports whether a search is shown.
func (d Detail) Searching() bool { return d.search.query != "" }

// ClearSearch takes the search and its highlights away, leaving the
// story where it is scrolled to.
func (d *Detail) ClearSearch() { d.search.clear() }

// Update scrolls, and types and steps through a search.
func (d Detail) Update(msg tea.Msg) (Detail, tea.Cmd) {
	if d.doc == nil {
		return d, nil
	}
	if d.search.typing {
		return d.updateTyping(msg)
	}
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, d.keys.Search):
			cmd := d.search.start(d.pg.offset)
			return d, cmd
		case key.Matches(k, d.keys.NextMatch):
			d.step(1)
			return d, nil
		case key.Matches(k, d.keys.PrevMatch):
			d.step(-1)
			return d, nil
		case key.Matches(k, d.keys.NextStatement):
			d.stepStatement(1)
			return d, nil
		case key.Matches(k, d.keys.PrevStatement):
			d.stepStatement(-1)
			return d, nil
		}
	}
	d.pg.update(msg, d.keys)
	return d, nil
}

// updateTyping edits the search text, searching as it is typed.
func (d Detail) updateTyping(msg tea.Msg) (Detail, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, d.keys.Accept):
			d.search.accept()
			return d, nil
		case key.Matches(k, d.keys.Cancel):
			d.search.cancel(d.doc)
			d.pg.scrollTo(d.search.origin)
			return d, nil
		}
	}
	cmd, line := d.search.edit(msg, d.doc)
	if line >= 0 {
		d.pg.show(line)
	}
	return d, cmd
}

func (d *Detail) step(delta int) {
	if line, ok := d.search.step(delta); ok {
		d.pg.show(line)
	}
}

// View draws the visible lines, with search matches restyled.
func (d Detail) View() string {
	if d.doc == nil || d.width <= 0 || d.height <= 0 {
		return ""
	}
	from, to := d.pg.visible()
	cur, marked := d.place(d.stmt)
	indent := strings.Repeat(" ", (d.width-textWidth(d.width))/2)
	lines := make([]string, 0, to-from)
	for i := from; i < to; i++ {
		l := d.doc.Lines[i]
		if i < len(d.doc.marks) {
			l = d.doc.decoratedLine(d.st, i)
		}
		l = d.search.decorate(i, l)
		if marked && i >= cur.First && i <= cur.Last {
			// glamour leaves a margin: the bar goes in its first cell.
			l = d.st.Selected.Render("▌") + ansi.Cut(l, 1, ansi.StringWidth(l))
		}
		lines = append(lines, indent+l)
	}
	return Fit(lines, d.width, d.height)
}

// Status is the detail view's status line: the search being typed, the
// match count, how far down, and whether the rest is still rendering.
func (d Detail) Status() string {
	var parts []string
	if s := d.search.status(d.statusStyled); s != "" {
		parts = append(parts, s)
	}
	if s := d.statementStatus(); s != "" && !d.search.typing {
		parts = append(parts, d.statusStyled(s))
	}
	if d.doc != nil && !d.doc.Complete {
		parts = append(parts, d.st.Muted.Render("rendering…"))
	}
	// Shown from the moment a story is opened, rendered or not, so the
	// status line does not appear between two layouts and move the body.
	if d.story != nil && !d.search.typing {
		parts = append(parts, d.statusStyled(strconv.Itoa(d.pg.percent())+"%"))
	}
	return strings.Join(parts, d.statusStyled("  "))
}

// statusTextMemoSize bounds Detail.statusText: the percentages, the
// separator, a story's statement counts and the search's match counts
// ("3/12 matches"), with room to spare: when full it is emptied.
const statusTextMemoSize = 512

// statusStyled is text in the status line's style.
func (d Detail) statusStyled(text string) string {
	return d.statusText.get(text, func() string { return d.st.Status.Render(text) })
}

// plainLines is the lines without styling, folded for case-blind search.
func (doc *Doc) plainLines() []string {
	if len(doc.plain) != len(doc.Lines) {
		doc.plain = make([]string, len(doc.Lines))
		for i, l := range doc.Lines {
			doc.plain[i] = fold(ansi.Strip(l))
		}
	}
	return doc.plain
}
