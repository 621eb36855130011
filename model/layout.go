package model

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/views"
)

// layout brings the view on screen up to date with the filters and sizes
// it to the rows the header and footer leave. Every Update ends here, so
// View only draws.
func (m *Model) layout() tea.Cmd {
	if m.width <= 0 || m.height <= 0 {
		return nil
	}
	switch m.screen {
	case screenList, screenDetail: // the detail view steps through the list
		m.list.Sync(m.filters)
	case screenQuotes:
		if m.syncQuotesNow() {
			m.quotes.Sync(m.filters)
			m.quotesSynced = m.lib.StatementCount()
		}
	}
	m.recountPicker()
	m.help.setWidth(m.width)
	m.input.SetWidth(max(m.width-lipgloss.Width(m.input.Prompt())-1, 1))
	// The help bar is the costliest part of a frame, and sizing the body
	// does not change it: it is drawn once here, and frame draws the
	// footer laid out last.
	help := m.helpLines()
	footer := m.footerWith(help)
	h := m.bodyHeight(footer)
	cmd := m.size(h)
	// The footer may change with the body's new size (the detail view's
	// status line appears once the story is rendered, and says how far
	// down it is): size again. No other view's status depends on its
	// size, and drawing the status is much of a frame.
	if m.screen == screenDetail {
		footer = m.footerWith(help)
		if again := m.bodyHeight(footer); again != h {
			cmd = tea.Batch(cmd, m.size(again))
			footer = m.footerWith(help)
		}
	}
	m.laidFooter = footer
	from := m.headerParts()
	m.headerDrawn.get(from, true, func() string { return m.drawHeader(from) })
	return cmd
}

// syncQuotesNow reports whether the quote view is arranged again in this
// Update. Arranging it walks every statement read so far; while a large
// library's statements arrive a small batch at a time, that was a quarter
// of the read's CPU time, so the view is arranged again once a quarter
// more statements have come than it shows, and when the last batch is
// in: a few dozen times for 600,000 statements, as with batches of 1,000
// stories (the spinner's ticks between batches arranged it as often).
// Any other message arranges it as before.
func (m *Model) syncQuotesNow() bool {
	if !m.arriving {
		return true
	}
	n := m.lib.StatementCount()
	return n-m.quotesSynced >= m.quotesSynced/4
}

// size gives the view on screen, and the picker, the body's height.
func (m *Model) size(h int) tea.Cmd {
	w := m.width
	if m.picking {
		m.picker.SetSize(w, h)
	}
	switch m.screen {
	case screenList:
		m.list.SetSize(w, h)
	case screenQuotes:
		m.quotes.SetSize(w, h)
	case screenDetail:
		return m.detail.SetSize(w, h)
	case screenProblems:
		m.problems.SetSize(w, h)
	case screenProfile:
		m.profile.SetSize(w, h)
	}
	return nil
}

func (m *Model) bodyHeight(footer []string) int {
	return max(m.height-1-len(footer), 0)
}

// frame is the screen: header, body, footer, each line cut to the width.
func (m *Model) frame() string {
	footer := m.laidFooter
	h := m.bodyHeight(footer)
	lines := []string{m.header()}
	var body string
	switch {
	case m.picking:
		body = m.picker.View()
	case m.screen == screenList:
		body = m.list.View()
	case m.screen == screenQuotes:
		body = m.quotes.View()
	case m.screen == screenDetail:
		body = m.detail.View()
	case m.screen == screenProblems:
		body = m.problems.View()
	case m.screen == screenProfile:
		body = m.profile.View()
	}
	if h > 0 {
		bodyLines := strings.Split(body, "\n")
		for len(bodyLines) < h {
			bodyLines = append(bodyLines, "") // keep the footer at the bottom
		}
		lines = append(lines, bodyLines[:h]...)
	}
	lines = append(lines, footer...)
	return views.Fit(lines, m.width, m.height)
}

// header names the view and shows where the reader is, the filters and
// the loading. As the footer, it is the one layout drew at the end of the
// last Update (see headerDrawn): working out what it shows walks the
// story list in a story, and styling it is much of a frame's work. It is
// not cut here: the frame's Fit cuts it to the width as ansi.Truncate
// would, and cutting it twice measured it twice a frame (issue #13).
func (m *Model) header() string {
	return m.headerDrawn.val
}

// headerParts is what the header shows, before it is styled.
func (m *Model) headerParts() headerParts {
	var p headerParts
	p.name = m.screen.String()
	if m.screen == screenProfile && m.profile.IsParty() {
		p.name = "Party"
	} else if m.screen == screenProfile {
		p.name = "Speaker"
	}
	switch m.screen {
	case screenList:
		p.pos = position(m.list.Position())
	case screenQuotes:
		p.pos = position(m.quotes.Position())
	case screenDetail:
		p.pos = position(m.storyPosition())
	case screenProblems:
		p.pos = fmt.Sprint(len(m.loadErr))
	case screenProfile:
		p.pos = position(m.profile.Position())
	}
	if m.screen != screenDetail && m.screen != screenProblems && m.screen != screenProfile {
		// The query in use: while one is typed, the last that was valid.
		p.query = views.QueryText(m.filters)
	}
	if m.screen == screenList || m.screen == screenQuotes {
		p.order = m.orderLabel()
	}
	if m.busy() {
		p.busy = true
		var doing []string
		switch {
		case m.opening:
			doing = append(doing, "opening the library…")
		case m.filling:
			// The filters know the stories read so far, in order.
			doing = append(doing, fmt.Sprintf("reading… %d of %d", m.lib.Indexed(), m.lib.Len()))
		case m.loading:
			doing = append(doing, fmt.Sprintf("loading… %d stories", m.lib.Len()))
		}
		if m.refresh != nil {
			doing = append(doing, refreshing(m.progress))
		}
		p.spinner, p.doing = m.spinner.View(), strings.Join(doing, " · ")
	}
	return p
}

// drawHeader styles the header's parts, before it is cut to the width.
func (m *Model) drawHeader(p headerParts) string {
	parts := []string{m.st.Badge.Render(p.name)}
	if p.pos != "" {
		parts = append(parts, m.st.Header.Render(p.pos))
	}
	if p.query != "" {
		parts = append(parts, m.st.Filter.Render(p.query))
	}
	if p.order != "" {
		// after the filters, which say more about what is listed
		parts = append(parts, m.st.Header.Render(p.order))
	}
	if p.busy {
		parts = append(parts, p.spinner+m.st.Muted.Render(" "+p.doing))
	}
	return strings.Join(parts, " ")
}

// refreshing is the refresh's progress: "refreshing 3/7", or
// "refreshing…" before the first report.
func refreshing(p [2]int) string {
	if p[1] <= 0 {
		return "refreshing…"
	}
	return fmt.Sprintf("refreshing %d/%d", p[0], p[1])
}

func position(at, of int) string {
	if of == 0 {
		return "0"
	}
	return fmt.Sprintf("%d/%d", at, of)
}

// footer is the status line, when there is something to say, and the
// help. On a short screen it gives way to the body: the full help folds
// to the short bar, then the lesser of status and help goes.
func (m Model) footer() []string { return m.footerWith(m.helpLines()) }

// footerRoom is the most lines the footer may take: the header and one
// line of body come first.
func (m *Model) footerRoom() int {
	if m.height < 3 {
		return m.height - 1
	}
	return m.height - 2
}

// helpLines is the help as the footer shows it: the short bar, or the
// full help, cut to the rows that fit.
func (m *Model) helpLines() []string {
	room := m.footerRoom()
	helpLines := m.drawHelp(m.help.model())
	if len(helpLines) > room-1 && m.help.showAll() {
		return m.cutFullHelp(helpLines, room-1)
	}
	return helpLines
}

// cutFullHelp is the full help cut to its first rows when it does not fit
// the screen, with a last line that says more keys are hidden: folding
// to the short bar would make "?" seem to do nothing.
func (m *Model) cutFullHelp(full []string, fit int) []string {
	more := m.st.Muted.Render(fmt.Sprintf("… ? help • q quit • more keys than fit %d×%d", m.width, m.height))
	rows := min(max(fit-1, 0), len(full))
	return append(append([]string(nil), full[:rows]...), more)
}

// footerWith is the footer around help lines from helpLines.
func (m *Model) footerWith(helpLines []string) []string {
	room := m.footerRoom()
	status := m.statusLines(m.status())
	if m.typing && m.queryErr != "" {
		// Below the query line, which outranks it on a short screen; on
		// two lines when it wraps, so that the nearest names show.
		status = append(status, m.statusLines(m.st.Error.Render("✗ "+m.queryErr), true)...)
	}
	footer := append(append([]string(nil), status...), helpLines...)
	for len(footer) > max(room, 0) {
		switch {
		case len(status) > 1:
			// A message's second line goes first: the help bar outranks it.
			status = status[:1]
			footer = append(append([]string(nil), status...), helpLines...)
		case len(status) == 1 && !m.typing && !m.detail.Typing():
			footer, status = footer[1:], nil // the help bar outranks a message
		default:
			footer = footer[:len(footer)-1]
		}
	}
	return footer
}

// statusLines is the status line, wrapped to the width on up to two
// lines when it wraps, so that a message's advice ("add one with: brief
// subscribe URL") is not lost on a narrow screen; the rest is cut by Fit.
func (m *Model) statusLines(status string, wraps bool) []string {
	if status == "" {
		return nil
	}
	if !wraps {
		return []string{status}
	}
	lines := strings.Split(ansi.Wrap(status, max(m.width, 1), ""), "\n")
	if len(lines) > 2 {
		lines[1] = lines[1] + " " + strings.Join(lines[2:], " ")
		lines = lines[:2]
	}
	return lines
}

// status is the line above the help: the filter being typed, the detail
// view's search and position, how the last refresh went, or the files
// that failed to load. A refresh's message may take two lines: it shows
// until the next key, and its advice is at its end.
func (m *Model) status() (line string, wraps bool) {
	switch {
	case m.picking:
		return "", false
	case m.typing:
		return m.input.View(), false
	case m.screen == screenDetail:
		return m.detailStatus(), false
	case m.screen == screenProblems:
		return "", false
	case m.notice.err, m.notice.text != "":
		return m.noticeLine(), true
	case len(m.loadErr) > 0:
		return m.noticeLine(), false
	}
	return "", false
}
