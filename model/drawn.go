package model

// drawn is what was last drawn of a part of the screen, with what it was
// drawn from. layout draws the header, the help and the status lines at
// every Update, a resize included, and styling them with lipgloss was
// most of that (issue #13); the keys and styles are fixed after New, so
// a part drawn from the same things is the same. The value is a field
// of the model: each copy keeps its own, and copies used side by side
// share nothing.
type drawn[K comparable, V any] struct {
	from K
	val  V
	ok   bool
}

// get is what is drawn from k: the value kept when it was drawn from k,
// else draw's, kept unless keep is false (a status line while a search
// is typed changes with each key).
func (d *drawn[K, V]) get(k K, keep bool, draw func() V) V {
	if keep && d.ok && d.from == k {
		return d.val
	}
	v := draw()
	*d = drawn[K, V]{from: k, val: v, ok: keep}
	return v
}
