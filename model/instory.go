package model

import (
	"errors"
	"net/url"
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

// storyTab is the quote view opened with tab from a story, on its
// statements: esc goes back to the story, unless a filter was added
// since, which esc takes away first as it always does.
type storyTab struct {
	on      bool
	filters int // the filters when tab was pressed
}

// fromStory reports whether esc in the quote view returns to the story.
func (m *Model) fromStory() bool {
	return m.screen == screenQuotes && m.storyTab.on && len(m.filters) == m.storyTab.filters
}

// quotesOfStory is tab in the detail view: the quote view, its cursor on
// the story's current statement (or the first on screen).
func (m Model) quotesOfStory() (Model, tea.Cmd) {
	m.screen = screenQuotes
	m.storyTab = storyTab{on: true, filters: len(m.filters)}
	cmd := m.startStatements()
	k, ok := m.detail.CurrentStatement()
	if !ok {
		m.notice = notice{text: "this story has no statements"}
		return m, cmd
	}
	m.quotes.Sync(m.filters)
	i, ok := m.lib.StatementIndex(m.current, k)
	if !ok || !m.quotes.Select(i) {
		m.notice = notice{text: "the filters hide this story's statements — esc clears the last one"}
		m.storyTab = storyTab{}
	}
	return m, cmd
}

// storyTabKey is a key in the quote view opened from a story: esc goes
// back to it, at the statement under the cursor when that is one of the
// story's. It reports whether it took the key; other keys end the
// return to the story when they leave the quote view.
func (m Model) storyTabKey(msg tea.KeyMsg) (Model, bool) {
	if !m.storyTab.on {
		return m, false
	}
	switch {
	case key.Matches(msg, m.keys.Back) && m.fromStory():
		m.storyTab = storyTab{}
		m.screen = screenDetail
		if i, ok := m.quotes.Selected(); ok {
			if story, k := m.lib.StatementInStory(i); story == m.current {
				m.detail.SelectStatement(k)
			}
		}
		return m, true
	case key.Matches(msg, m.keys.SwitchView), key.Matches(msg, m.keys.Open):
		m.storyTab = storyTab{}
	}
	return m, false
}

// withStatements gives a story read without its statements (a row from
// the database) its statements when it is opened, so that the detail
// view can mark them; the quote view gets them too.
func (m *Model) withStatements(i int, b *data.Briefing) {
	if m.loadStatements == nil || len(b.Statements) > 0 || b.StatementCount == 0 {
		return
	}
	stmts, err := m.loadStatements(b)
	if err != nil {
		m.notice = notice{text: "reading the statements: " + data.PrintableLine(err.Error()), err: true}
		return
	}
	m.lib.Attach(i, stmts)
	if len(b.Statements) == 0 { // not indexed yet: indexed with them
		b.Statements, b.StatementCount = stmts, 0
	}
}

// sourceOpenedMsg is the outcome of o: the address given to the browser,
// as shown, and why it could not be.
type sourceOpenedMsg struct {
	shown string
	err   error
}

var errNoSource = errors.New("no source URL")

// sourceURL is the story's source when it is a web address, the one
// thing o gives the browser.
func sourceURL(b *data.Briefing) (string, error) {
	if b == nil {
		return "", errNoSource
	}
	s := strings.TrimSpace(b.Source)
	if !strings.Contains(s, "://") {
		return "", errNoSource
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") ||
		strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		return "", errors.New("not a web address, not opened: " + data.PrintableLine(s))
	}
	return s, nil
}

// openSource is o: the story's source in the browser, through the
// opener, in the background; its outcome comes as a sourceOpenedMsg.
func (m *Model) openSource() tea.Cmd {
	u, err := sourceURL(m.detail.Story())
	if err != nil {
		m.notice = notice{text: err.Error(), err: err != errNoSource}
		return nil
	}
	open, shown := m.openURL, data.PrintableLine(u)
	m.notice = notice{text: "opening " + shown + "…"}
	return func() tea.Msg { return sourceOpenedMsg{shown: shown, err: open(u)} }
}

func (m *Model) sourceOpened(msg sourceOpenedMsg) {
	if msg.err != nil {
		m.notice = notice{text: "opening the source: " + data.PrintableLine(msg.err.Error()), err: true}
		return
	}
	m.notice = notice{text: "opened " + msg.shown}
}

// detailStatus is the detail view's status line, after the last notice:
// the one last drawn while what it is drawn from is the same.
func (m *Model) detailStatus() string {
	from, ok := m.detail.StatusFrom()
	key := drawnStatusFrom{notice: m.notice, detail: from}
	return m.statusDrawn.get(key, ok, m.drawDetailStatus)
}

type drawnStatusFrom struct {
	notice notice
	detail views.DetailStatusFrom
}

func (m *Model) drawDetailStatus() string {
	var parts []string
	switch {
	case m.notice.err:
		parts = append(parts, m.st.Error.Render("✗ "+m.notice.text))
	case m.notice.text != "":
		parts = append(parts, m.st.Status.Render(m.notice.text))
	}
	if s := m.detail.Status(); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, m.st.StatusGap)
}
