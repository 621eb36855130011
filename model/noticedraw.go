package model

import (
	"fmt"
	"path/filepath"

	"github.com/brief-reader/brief/views"
)

// noticeFrom is everything noticeLine draws from.
type noticeFrom struct {
	notice       notice
	failed       int    // how many files failed to load
	path, reason string // the last failure, as views.SplitLoadError splits it
}

// noticeLine is the status line of the last notice, or else of the files
// that failed to load; "" when there is neither.
func (m *Model) noticeLine() string {
	from := noticeFrom{notice: m.notice, failed: len(m.loadErr)}
	if from.failed > 0 {
		from.path, from.reason = views.SplitLoadError(m.loadErr[from.failed-1])
	}
	return m.noticeDrawn.get(from, true, func() string { return m.drawNotice(from) })
}

func (m *Model) drawNotice(from noticeFrom) string {
	switch {
	case from.notice.err:
		line := m.st.Error.Render("✗ " + from.notice.text)
		if from.notice.detail != "" {
			line += m.st.Muted.Render(" — " + from.notice.detail)
		}
		return line
	case from.notice.text != "":
		return m.st.Status.Render(from.notice.text)
	case from.failed > 0:
		// The file's name, not its folders, so the reason fits; the
		// error list has the whole path.
		reason := from.reason
		if from.path != "" {
			reason = filepath.Base(from.path) + ": " + reason
		}
		return m.st.Error.Render(fmt.Sprintf("✗ %d failed to load", from.failed)) +
			m.st.Muted.Render(" — "+reason+" ("+m.keys.Errors.Help().Key+" lists them)")
	}
	return ""
}
