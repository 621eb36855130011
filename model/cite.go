package model

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/aymanbagabas/go-osc52/v2"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/cite"
)

// clipboard is where "y" writes a citation: the terminal, asked through
// OSC 52 to put the text on the system clipboard. It is written
// straight to the terminal, beside the frame, which passes a gate that
// would strip the sequence; the text inside is base64, inert, and was
// sanitised before.
type clipboard struct {
	w      io.Writer
	screen bool // GNU screen, which passes the sequence on only inside its own
}

func newClipboard(w io.Writer) *clipboard {
	if w == nil {
		return nil
	}
	// tmux takes OSC 52 itself (set-clipboard), though its TERM may say
	// screen.
	screen := strings.HasPrefix(os.Getenv("TERM"), "screen") && os.Getenv("TMUX") == ""
	return &clipboard{w: w, screen: screen}
}

// copiedMsg says how writing to the clipboard went.
type copiedMsg struct{ err error }

// copy is the command that writes text to the clipboard.
func (c *clipboard) copy(text string) tea.Cmd {
	seq := osc52.New(text)
	if c.screen {
		seq = seq.Screen()
	}
	return func() tea.Msg {
		_, err := seq.WriteTo(c.w)
		return copiedMsg{err}
	}
}

// citeStatement copies the Markdown citation of statement s of story i
// and says so in the status line: "y" on the quote view's statement, and
// on the detail view's current statement.
func (m *Model) citeStatement(i int, s data.Statement) tea.Cmd {
	b := m.lib.Story(i)
	if m.clipboard == nil || b == nil {
		return nil
	}
	m.notice = notice{text: fmt.Sprintf("citation of %s copied to the clipboard (OSC 52)", data.PrintableLine(s.Speaker))}
	return m.clipboard.copy(cite.New(b, s).Markdown())
}

// citeQuote copies the citation of the quote view's statement.
func (m *Model) citeQuote() tea.Cmd {
	stmt, ok := m.quotes.Selected()
	if !ok {
		m.notice = notice{text: "no statement to cite"}
		return nil
	}
	story, s := m.lib.Statement(stmt)
	return m.citeStatement(story, s)
}

// citeCurrent copies the citation of the detail view's current statement.
func (m *Model) citeCurrent() tea.Cmd {
	k, ok := m.detail.CurrentStatement()
	b := m.lib.Story(m.current)
	if !ok || b == nil || k < 0 || k >= len(b.Statements) {
		m.notice = notice{text: "no statement to cite"}
		return nil
	}
	return m.citeStatement(m.current, b.Statements[k])
}

// copied reports a clipboard that could not be written.
func (m *Model) copied(msg copiedMsg) {
	if msg.err != nil {
		m.notice = notice{text: "copying the citation: " + data.PrintableLine(msg.err.Error()), err: true}
	}
}

// exportedMsg says where "x" wrote the statements, or why it could not.
type exportedMsg struct {
	path string
	n    int
	err  error
}

// export writes the statements the quote view shows, under the filters,
// to a new Markdown file, in the background.
func (m *Model) export() tea.Cmd {
	stmts := m.quotes.Statements()
	if len(stmts) == 0 {
		m.notice = notice{text: "no statements to export"}
		return nil
	}
	cs := make([]cite.Citation, len(stmts))
	for k, i := range stmts {
		story, s := m.lib.Statement(int(i))
		cs[k] = cite.New(m.lib.Story(story), s)
		for _, o := range m.lib.AlsoIn(int(i)) {
			cs[k].AlsoIn = append(cs[k].AlsoIn, cite.RefOf(m.lib.Story(m.lib.StatementStory(int(o)))))
		}
	}
	dirs, now := m.exportDirs, time.Now()
	m.notice = notice{text: fmt.Sprintf("exporting %s…", plural(len(cs), "statement", "statements"))}
	return func() tea.Msg {
		path, err := cite.Export(dirs, now, cite.FormatMarkdown, cs)
		return exportedMsg{path: path, n: len(cs), err: err}
	}
}

// exported names the file written, relative to the current folder when
// it is there.
func (m *Model) exported(msg exportedMsg) {
	if msg.err != nil {
		m.notice = notice{text: "export failed: " + data.PrintableLine(msg.err.Error()), err: true}
		return
	}
	path := msg.path
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
			path = rel
		}
	}
	m.notice = notice{text: fmt.Sprintf("wrote %s to %s", plural(msg.n, "statement", "statements"), data.PrintablePath(path))}
}

// exportDirs is where "x" writes: the current folder, else the data
// folder given.
func exportDirs(dataDir string) []string {
	var dirs []string
	if wd, err := os.Getwd(); err == nil {
		dirs = append(dirs, wd)
	}
	if dataDir != "" {
		dirs = append(dirs, dataDir)
	}
	return dirs
}
