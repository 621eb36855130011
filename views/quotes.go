package views

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// Quotes is the quote view: one entry per statement of every story, its
// words first, then who said them, for which party, in which story.
type Quotes struct{ entries }

// NewQuotes makes the quote view of lib.
func NewQuotes(lib *Library, st *Styles, keys *KeyMap) Quotes {
	return Quotes{newEntries(lib, st, keys, statementTester{lib})}
}

// Update moves the cursor.
func (q Quotes) Update(msg tea.Msg) Quotes {
	q.update(msg)
	return q
}

// Statements is the statements shown, in order.
func (q Quotes) Statements() []int32 { return q.shown }

// View draws the visible entries.
func (q Quotes) View() string {
	return q.view(func(stmt int, _ bool) (string, string) {
		story, s := q.lib.Statement(stmt)
		return q.words(s), q.attribution(s, q.lib.Story(story))
	})
}

// words shows a statement so that a quotation and reported speech can be
// told apart at a glance: the first in quotation marks, the second plain.
func (q Quotes) words(s data.Statement) string {
	text := strings.Join(strings.Fields(s.Text), " ")
	switch s.Kind {
	case data.Direct:
		return q.st.Direct.Render("“" + strings.Trim(text, `"“”`) + "”")
	case data.Question:
		return q.st.Question.Render("Q: " + text)
	}
	return q.st.Reported.Render(text)
}

// attribution is the second line: speaker, role, party, how it was said,
// story. When the line is cut, the role goes first, so that a narrow
// screen still shows for which party the words were said.
func (q Quotes) attribution(s data.Statement, b *data.Briefing) string {
	sep := q.st.Meta.Render(" · ")
	var rest []string
	if s.Party != "" && !strings.EqualFold(s.Party, s.Speaker) { // "— Ukraine · Ukraine" says it twice
		rest = append(rest, q.st.Party.Render(s.Party))
	}
	if how := howSaid(s); how != "" {
		rest = append(rest, q.st.Meta.Render(how))
	}
	who := q.st.Meta.Render("— ") + q.st.Speaker.Render(s.Speaker)
	if s.Role != "" {
		withRole := who + q.st.Meta.Render(", "+s.Role)
		// The role stays if the story's title gets at least a cell after
		// the separator, so that only the title is cut.
		if ansi.StringWidth(strings.Join(append([]string{withRole}, rest...), sep))+ansi.StringWidth(sep) < q.width-entryMargin {
			who = withRole
		}
	}
	return strings.Join(append(append([]string{who}, rest...), q.st.Meta.Render(b.Title)), sep)
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
