package views

import (
	"slices"

	"github.com/brief-reader/brief/data"
)

// The statement under the quote view's cursor is kept as wrapped: a
// frame asks for it several times — laying the window out (Sync,
// SetSize, the cursor's moves each count its lines) and drawing it — and
// wrapping, then styling each line, was the costliest part of drawing the
// quote view.

// wrapKey is what a statement's wrap is drawn from; the styles are fixed
// when the reader starts.
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
// memo.
func wrappedWords(w *wrapMemo, st *Styles, s data.Statement, width, limit int) []string {
	k := wrapKey{text: s.Text, kind: s.Kind, width: width, limit: max(limit, 1)}
	return slices.Clip(w.get(k, func() []string {
		lines, style := wrapStatement(st, s, width, limit)
		for i, l := range lines {
			lines[i] = style.Render(l)
		}
		return lines
	}))
}
