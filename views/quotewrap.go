package views

import (
	"math"
	"slices"

	"github.com/brief-reader/brief/data"
)

// The statement under the quote view's cursor is kept as wrapped: a
// frame asks for it several times — laying the window out (Sync,
// SetSize, the cursor's moves each count its lines) and drawing it — and
// wrapping, then styling each line, was the costliest part of drawing the
// quote view.

// wrapKey is what a statement's wrap is drawn from; the styles are fixed
// when the reader starts. Limit 0 is the whole wrap.
type wrapKey struct {
	text         string
	kind         data.Kind
	width, limit int
}

// wrapMemoSize bounds the memo: a frame needs one wrap, a resize or a
// cursor move one more.
const wrapMemoSize = 16

type wrapMemo = memo[wrapKey, []string]

func newWrapMemo() *wrapMemo { return newMemo[wrapKey, []string](wrapMemoSize) }

// wrappedWords is s wrapped at width in at most limit lines, each line
// styled on its own, so that a line drawn alone keeps the style; a slice
// of its own length, so that a caller's append cannot write into the
// memo. The limit follows the screen's height, but a statement that
// takes fewer lines is wrapped the same under any: its whole wrap is
// kept once a width (under limit 0), and only a statement cut to the
// limit is kept a limit (issue #13: a resize wrapped it again at each
// height).
func wrappedWords(w *wrapMemo, st *Styles, s data.Statement, width, limit int) []string {
	limit = max(limit, 1)
	styled := func(limit int) func() []string {
		return func() []string {
			lines, style := wrapStatement(st, s, width, limit)
			for i, l := range lines {
				lines[i] = style.Render(l)
			}
			return lines
		}
	}
	whole := w.get(wrapKey{text: s.Text, kind: s.Kind, width: width}, styled(math.MaxInt))
	if len(whole) <= limit {
		return slices.Clip(whole)
	}
	return slices.Clip(w.get(wrapKey{text: s.Text, kind: s.Kind, width: width, limit: limit}, styled(limit)))
}
