package views

import (
	"errors"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
)

// Problems lists the files that failed to load, one per line, wrapped to
// the width so that a long reason is read whole.
type Problems struct {
	errs   []error
	styled []string // each error styled, before it is wrapped
	lines  []string // styled wrapped to width
	st     *Styles
	keys   *KeyMap
	pg     pager
	width  int
	height int
}

// NewProblems makes an empty list of load errors.
func NewProblems(st *Styles, keys *KeyMap) Problems {
	return Problems{st: st, keys: keys}
}

// Set replaces the errors shown.
func (p *Problems) Set(errs []error) {
	p.errs = errs
	p.styled = make([]string, len(errs))
	for i, err := range errs {
		path, reason := SplitLoadError(err)
		p.styled[i] = p.st.Error.Render(path) + p.st.Muted.Render(": "+reason)
		if path == "" {
			p.styled[i] = p.st.Muted.Render(reason)
		}
	}
	p.layout()
}

// SetSize lays the list out in width x height cells. The lines are
// wrapped again only for a new width: a resize redrew every error
// (issue #13).
func (p *Problems) SetSize(width, height int) {
	p.height = height
	if width != p.width {
		p.width = width
		p.layout()
		return
	}
	p.pg.setSize(p.height, len(p.lines))
}

func (p *Problems) layout() {
	p.lines = p.lines[:0:0]
	mark := p.st.Error.Render("✗") + " "
	for _, text := range p.styled {
		wrapped := ansi.Wrap(text, max(p.width-2, 1), " /")
		for i, l := range strings.Split(wrapped, "\n") {
			lead := "  "
			if i == 0 {
				lead = mark
			}
			p.lines = append(p.lines, lead+l)
		}
	}
	p.pg.setSize(p.height, len(p.lines))
}

// Update scrolls.
func (p Problems) Update(msg tea.Msg) Problems {
	p.pg.update(msg, p.keys)
	return p
}

// View draws the visible lines.
func (p Problems) View() string {
	from, to := p.pg.visible()
	return Fit(append([]string(nil), p.lines[from:to]...), p.width, p.height)
}

// SplitLoadError is the path a load error is about, as data.PrintablePath
// names it, and why it failed, on one line (data.PrintableLine): both are
// made printable before they are wrapped, since a file name or a
// server's message may hold anything.
func SplitLoadError(err error) (path, reason string) {
	var le *data.LoadError
	if errors.As(err, &le) {
		return data.PrintablePath(le.Path), data.PrintableLine(le.Err.Error())
	}
	return "", data.PrintableLine(err.Error())
}
