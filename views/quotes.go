package views

import (
	"fmt"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
)

// Quotes is the quote view: one entry per statement of every story, its
// words first, then who said them, for which party, in which story. The
// statement under the cursor is shown whole, wrapped, so that what was
// said can be read without opening the story.
type Quotes struct {
	entries
	starred func(stmt int) bool     // nil: no statement is starred
	drawn   *rowMemo[quoteRow]      // the entries away from the cursor
	words   *memo[wordsKey, string] // their words, which no width changes
	wraps   *wrapMemo               // the entry under the cursor
	parts   *memo[partsKey, attributionParts]
}

// wordsKey is what a statement's words on one line are drawn from.
type wordsKey struct {
	text string
	kind data.Kind
}

// NewQuotes makes the quote view of lib.
func NewQuotes(lib *Library, st *Styles, keys *KeyMap) Quotes {
	wraps := newWrapMemo()
	q := Quotes{entries: newEntries(lib, st, keys, statementTester{lib}), drawn: newRowMemo[quoteRow](), words: newMemo[wordsKey, string](rowMemoSize), wraps: wraps,
		parts: newMemo[partsKey, attributionParts](rowMemoSize)}
	q.selectedHeight = func(stmt, width, limit int) int {
		_, s := lib.Statement(stmt)
		also := alsoInLines(lib, stmt)
		return len(wrappedWords(wraps, st, s, width, limit-1-also)) + 1 + also // and the attribution, and the other stories
	}
	return q
}

// Update moves the cursor.
func (q Quotes) Update(msg tea.Msg) Quotes {
	q.update(msg)
	return q
}

// Statements is the statements shown, in order.
func (q Quotes) Statements() []int32 { return q.shown }

// View draws the visible entries: each statement on a line of its own,
// cut, except the selected one, wrapped; then its attribution.
func (q Quotes) View() string {
	return q.viewLines(func(stmt int, selected bool) []string {
		story, s := q.lib.Statement(stmt)
		also := q.lib.AlsoIn(stmt)
		starred := q.starred != nil && q.starred(stmt)
		k := quoteRow{story: q.lib.Story(story), statement: s, width: q.width, alsoIn: len(also), starred: starred}
		r := q.drawn.get(k, func() [2]string {
			// The words are the same at any width: a resize styled
			// each statement's whole text again (issue #13).
			words := q.words.get(wordsKey{text: s.Text, kind: s.Kind}, func() string {
				text, style := statementWords(q.st, s)
				return style.Render(text)
			})
			return [2]string{words, q.starMark(starred) + q.attribution(s, k.story, k.alsoIn)}
		})
		words, who := r[0], r[1]
		if !selected {
			return []string{words, who}
		}
		// The cursor's entry has the same attribution line, with the star,
		// which is cut at its end anyway: the words keep the width they
		// were wrapped to.
		extra := alsoInLines(q.lib, stmt)
		lines := append(wrappedWords(q.wraps, q.st, s, q.width, selectedLimit(q.height)-1-extra), who)
		if extra > 0 {
			lines = append(lines, q.alsoInLine(also))
		}
		return lines
	})
}

// statementWords is a statement as shown and its style, so that a
// quotation and reported speech can be told apart at a glance: the first
// in quotation marks, the second plain.
func statementWords(st *Styles, s data.Statement) (string, lipgloss.Style) {
	text := data.StatementLine(s.Text)
	switch s.Kind {
	case data.Direct:
		return "“" + strings.Trim(text, `"“”`) + "”", st.Direct
	case data.Question:
		return "Q: " + text, st.Question
	}
	return text, st.Reported
}

// wrapStatement is a statement's words word-wrapped to an entry at width,
// in at most limit lines, the last cut with "…" when there is more, and
// the style each line is drawn in on its own (see wrappedWords):
// laying the window out needs only how many lines there are.
func wrapStatement(st *Styles, s data.Statement, width, limit int) ([]string, lipgloss.Style) {
	text, style := statementWords(st, s)
	lines := strings.Split(ansi.Wrap(text, width-entryMargin, ""), "\n")
	if limit = max(limit, 1); len(lines) > limit {
		lines = append(lines[:limit-1:limit-1], lastWrapped(lines[limit-1], width))
	}
	return lines, style
}

// lastWrapped is line of a statement wrapped at width as the last that
// shows, the rest cut: it ends with "…".
func lastWrapped(line string, width int) string {
	return ansi.Truncate(strings.TrimRight(line, " ")+"…", width-entryMargin, "…")
}

// attribution is the second line: date, speaker, role, party, how it
// was said, how many other stories report it, story. When the line is cut, the role goes first, then the
// date, so that a narrow screen still shows for which party the words
// were said.
func (q Quotes) attribution(s data.Statement, b *data.Briefing, alsoIn int) string {
	p := q.parts.get(partsKey{story: b, statement: s, alsoIn: alsoIn}, func() attributionParts {
		return q.attributionParts(s, b, alsoIn)
	})
	who := q.withDate(p.who, p.dated, p.rest)
	if p.role != "" {
		withRole := who + p.role
		// The role stays if the story's title gets at least a cell after
		// the separator, so that only the title is cut.
		if ansi.StringWidth(strings.Join(append([]string{withRole}, p.rest...), p.sep))+ansi.StringWidth(p.sep) < q.width-entryMargin {
			who = withRole
		}
	}
	return strings.Join(append(append([]string{who}, p.rest...), p.title), p.sep)
}

// partsKey is what an attribution's pieces are styled from.
type partsKey struct {
	story     *data.Briefing
	statement data.Statement
	alsoIn    int
}

// attributionParts is an attribution's pieces, styled: the same at any
// width, which only picks among them. A resize styled each of them again
// for every statement shown (issue #13).
type attributionParts struct {
	sep, who, role, title string // role: ", Role", or "" when none is shown
	rest                  []string
	dated                 []string // who after the date in full, then as the month; none without a date
}

func (q Quotes) attributionParts(s data.Statement, b *data.Briefing, alsoIn int) attributionParts {
	p := attributionParts{sep: q.st.Meta.Render(" · "), title: q.st.Meta.Render(b.Title)}
	if s.Party != "" && !strings.EqualFold(s.Party, s.Speaker) { // "— Ukraine · Ukraine" says it twice
		p.rest = append(p.rest, q.st.Party.Render(s.Party))
	}
	if how := howSaid(s); how != "" {
		p.rest = append(p.rest, q.st.Meta.Render(how))
	}
	if alsoIn > 0 { // before the title, which is cut first
		p.rest = append(p.rest, q.st.Meta.Render(fmt.Sprintf("also in %d", alsoIn)))
	}
	p.who = q.st.Meta.Render("— ") + q.st.Speaker.Render(s.Speaker)
	if !b.Date.IsZero() {
		for _, layout := range []string{"2 Jan 2006", "Jan 2006"} {
			p.dated = append(p.dated, q.st.Meta.Render(b.Date.Format(layout)+" ")+p.who)
		}
	}
	if s.Role != "" && !namesRole(s.Speaker, s.Role) {
		p.role = q.st.Meta.Render(", " + s.Role)
	}
	return p
}

// namesRole reports a speaker whose name already holds the role, as whole
// words: "— Foreign Minister Pellquist, Foreign Minister" and "— the
// Minister, Minister" would say it twice.
func namesRole(speaker, role string) bool {
	name, r := strings.Fields(strings.ToLower(speaker)), strings.Fields(strings.ToLower(role))
	for i := 0; i+len(r) <= len(name); i++ {
		if slices.Equal(name[i:i+len(r)], r) {
			return true
		}
	}
	return false
}

// howSaid is the verb that tells how a statement was made: its cue
// ("said", "warned"), "asked" for a question. A transcript turn has no
// cue and needs none: the speaker label said it all.
func howSaid(s data.Statement) string {
	if s.Kind == data.Question {
		return "asked"
	}
	return strings.ToLower(strings.TrimSpace(s.Cue))
}
