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
// when the reader starts. Limit 0 is the whole wrap, -1 the whole wrap
// unstyled.
type wrapKey struct {
	text         string
	kind         data.Kind
	width, limit int
}

// wrapMemoSize bounds the memo: a frame needs one wrap, a resize or a
// cursor move one more; a long statement resized keeps its whole wrap
// and a cut one a height.
const wrapMemoSize = 64

type wrapMemo = memo[wrapKey, []string]

func newWrapMemo() *wrapMemo { return newMemo[wrapKey, []string](wrapMemoSize) }

// wrappedWords is s wrapped at width in at most limit lines, each line
// styled on its own, so that a line drawn alone keeps the style; a slice
// of its own length, so that a caller's append cannot write into the
// memo. The limit follows the screen's height, so the whole wrap is kept
// once a width (under limit 0, and unstyled under -1): a statement that
// takes no more lines is the whole wrap under any limit, and one that is
// cut is its first lines and the last cut (issue #13: a resize wrapped
// and styled it again at each height).
func wrappedWords(w *wrapMemo, st *Styles, s data.Statement, width, limit int) []string {
	limit = max(limit, 1)
	key := func(limit int) wrapKey { return wrapKey{text: s.Text, kind: s.Kind, width: width, limit: limit} }
	plain := func() []string {
		lines, _ := wrapStatement(st, s, width, math.MaxInt)
		return lines
	}
	whole := w.get(key(0), func() []string {
		_, style := statementWords(st, s)
		lines := slices.Clone(w.get(key(-1), plain))
		for i, l := range lines {
			lines[i] = style.Render(l)
		}
		return lines
	})
	if len(whole) <= limit {
		return slices.Clip(whole)
	}
	return slices.Clip(w.get(key(limit), func() []string {
		_, style := statementWords(st, s)
		last := lastWrapped(w.get(key(-1), plain)[limit-1], width)
		return append(whole[:limit-1:limit-1], style.Render(last))
	}))
}
