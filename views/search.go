package views

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// search finds text in a rendered story. It searches the rendered lines
// with the styling stripped — what the reader sees, wrapped as it is — and
// highlights by restyling the matched cells of the lines on screen only.
type search struct {
	input   Input
	typing  bool
	query   string // folded; "" when no search is shown
	matches []match
	cur     int
	origin  int    // scroll offset when typing began, restored by cancel
	before  string // query when typing began, restored by cancel
	st      *Styles
	// decorated is lines as decorate highlighted them: every frame
	// restyled every match on screen with lipgloss, at every scroll and
	// resize (issue #13). Copies share it.
	decorated *memo[decoratedKey, string]
}

// decoratedKey is what a line with its matches highlighted is drawn
// from: the line, the query (which places the matches in its text) and
// which of them is the current one.
type decoratedKey struct {
	line, query string
	cur         int // the current match's place among the line's, or -1
}

// decoratedMemoSize bounds search.decorated: a few screens of lines,
// each with the current match on it or not.
const decoratedMemoSize = 256

// match is a hit: a byte range of a line's unstyled text.
type match struct {
	line, start, end int
}

func newSearch(st *Styles) search {
	in := textinput.New()
	in.Prompt = "/"
	in.PromptStyle = st.Prompt
	in.TextStyle = st.InputText
	in.Cursor.SetMode(cursor.CursorStatic)
	return search{input: NewInput(in), st: st, decorated: newMemo[decoratedKey, string](decoratedMemoSize)}
}

func (s *search) setWidth(w int) {
	s.input.SetWidth(max(w-lipgloss.Width(s.input.Prompt())-1, 1))
}

func (s *search) clear() {
	s.typing, s.query, s.matches, s.cur = false, "", nil, 0
	s.input.Blur()
	s.input.Reset()
}

// start begins typing a new search from scroll offset origin.
func (s *search) start(origin int) tea.Cmd {
	s.typing, s.origin, s.before = true, origin, s.query
	s.input.Reset()
	return s.input.Focus()
}

// edit passes a key to the text and searches again. It returns the line of
// the first match at or after the origin, or -1.
func (s *search) edit(msg tea.Msg, doc *Doc) (tea.Cmd, int) {
	var cmd tea.Cmd
	cmd = s.input.Update(msg)
	s.run(doc, s.input.Value())
	if len(s.matches) == 0 {
		return cmd, -1
	}
	s.cur = sort.Search(len(s.matches), func(i int) bool { return s.matches[i].line >= s.origin })
	if s.cur == len(s.matches) {
		s.cur = 0
	}
	return cmd, s.matches[s.cur].line
}

// accept ends typing and keeps the search.
func (s *search) accept() {
	s.typing = false
	s.input.Blur()
}

// cancel ends typing and brings back the search before it.
func (s *search) cancel(doc *Doc) {
	s.accept()
	s.run(doc, s.before)
	s.cur = 0
}

// run finds every occurrence of text in doc, ignoring case.
func (s *search) run(doc *Doc, text string) {
	s.query = fold(strings.TrimSpace(text))
	s.matches = nil
	if s.query == "" || doc == nil {
		return
	}
	for i, l := range doc.plainLines() {
		for at := 0; ; {
			j := strings.Index(l[at:], s.query)
			if j < 0 {
				break
			}
			start := at + j
			s.matches = append(s.matches, match{line: i, start: start, end: start + len(s.query)})
			at = start + len(s.query)
		}
	}
}

// rerun searches a new rendering (a new width, or the rest of the story)
// for the same text.
func (s *search) rerun(doc *Doc) {
	if s.query == "" {
		return
	}
	s.run(doc, s.query)
	s.cur = min(s.cur, max(len(s.matches)-1, 0))
}

// step moves to the next (delta 1) or previous (-1) match, wrapping
// around, and returns its line.
func (s *search) step(delta int) (int, bool) {
	if len(s.matches) == 0 {
		return 0, false
	}
	s.cur = (s.cur + delta + len(s.matches)) % len(s.matches)
	return s.matches[s.cur].line, true
}

// decorate is line, line i of the story, with its matches highlighted.
func (s *search) decorate(i int, line string) string {
	if len(s.matches) == 0 {
		return line
	}
	first := sort.Search(len(s.matches), func(k int) bool { return s.matches[k].line >= i })
	if first == len(s.matches) || s.matches[first].line != i {
		return line
	}
	cur := -1
	if s.cur >= first && s.cur < len(s.matches) && s.matches[s.cur].line == i {
		cur = s.cur - first
	}
	return s.decorated.get(decoratedKey{line: line, query: s.query, cur: cur}, func() string { return s.highlight(first, line) })
}

// highlight is line with its matches, from matches[first] on, restyled.
func (s *search) highlight(first int, line string) string {
	i := s.matches[first].line
	plain := ansi.Strip(line)
	var b strings.Builder
	col := 0
	for k := first; k < len(s.matches) && s.matches[k].line == i; k++ {
		m := s.matches[k]
		from, to := ansi.StringWidth(plain[:m.start]), ansi.StringWidth(plain[:m.end])
		b.WriteString(ansi.Cut(line, col, from))
		b.WriteString(ansi.ResetStyle)
		style := s.st.Match
		if k == s.cur {
			style = s.st.Current
		}
		b.WriteString(style.Render(plain[m.start:m.end]))
		col = to
	}
	// Cut keeps the escape codes before its start, so the rest of the line
	// gets back its own styling.
	b.WriteString(ansi.Cut(line, col, ansi.StringWidth(plain)))
	return b.String()
}

// status is the search's part of the status line.
func (s *search) status(styled func(string) string) string {
	switch {
	case s.typing:
		// The input pads itself to its width: narrow it to leave the
		// count room.
		count := s.count()
		return s.input.ViewWidth(max(s.input.Width()-len(count)-2, 1)) + styled("  "+count)
	case s.query != "":
		return styled(s.count())
	}
	return ""
}

func (s *search) count() string {
	if s.query == "" {
		return ""
	}
	if len(s.matches) == 0 {
		return "no matches"
	}
	return fmt.Sprintf("%d/%d matches", s.cur+1, len(s.matches))
}
