package views

import (
	"slices"
	"sync"

	"github.com/charmbracelet/lipgloss"

	"github.com/brief-reader/brief/data"
)

// wrapMemo keeps the statement under the quote view's cursor as wrapped:
// a frame asks for it several times — laying the window out (Sync,
// SetSize, the cursor's moves each count its lines) and drawing it — and
// wrapping, then styling each line, was the costliest part of drawing the
// quote view. The key is everything the wrap is drawn from; the styles
// are fixed when the reader starts. Copies of the view share one memo;
// the mutex is for tests that draw models side by side.
type wrapMemo struct {
	mu    sync.Mutex
	wraps map[wrapKey]*wrapped
}

// wrapKey is what a statement's wrap is drawn from.
type wrapKey struct {
	text         string
	kind         data.Kind
	width, limit int
}

type wrapped struct {
	lines  []string // before styling: their count lays the window out
	style  lipgloss.Style
	styled []string // drawn on first use
}

// wrapMemoSize bounds the memo: a frame needs one wrap, a resize or a
// cursor move one more; emptied whole when full.
const wrapMemoSize = 16

func newWrapMemo() *wrapMemo { return &wrapMemo{wraps: map[wrapKey]*wrapped{}} }

// get is s wrapped at width in at most limit lines, wrapped now when not
// yet kept. Callers only read it.
func (w *wrapMemo) get(st *Styles, s data.Statement, width, limit int) *wrapped {
	if w == nil { // a view made without its constructor
		lines, style := wrapStatement(st, s, width, limit)
		return &wrapped{lines: lines, style: style}
	}
	k := wrapKey{text: s.Text, kind: s.Kind, width: width, limit: max(limit, 1)}
	w.mu.Lock()
	defer w.mu.Unlock()
	if r, ok := w.wraps[k]; ok {
		return r
	}
	lines, style := wrapStatement(st, s, width, limit)
	r := &wrapped{lines: lines, style: style}
	if len(w.wraps) >= wrapMemoSize {
		clear(w.wraps)
	}
	w.wraps[k] = r
	return r
}

// height is the lines of s wrapped at width in at most limit lines.
func (w *wrapMemo) height(st *Styles, s data.Statement, width, limit int) int {
	return len(w.get(st, s, width, limit).lines)
}

// words is s wrapped at width in at most limit lines, each line styled on
// its own, so that a line drawn alone keeps the style; a slice of its own
// length, so that a caller's append cannot write into the memo.
func (w *wrapMemo) words(st *Styles, s data.Statement, width, limit int) []string {
	r := w.get(st, s, width, limit)
	if w != nil {
		w.mu.Lock()
		defer w.mu.Unlock()
	}
	if r.styled == nil {
		r.styled = make([]string, len(r.lines))
		for i, l := range r.lines {
			r.styled[i] = r.style.Render(l)
		}
	}
	return slices.Clip(r.styled)
}
