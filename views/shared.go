package views

// Shared is a value held by pointer and never changed in place: a change
// is made to a copy, which it then holds. The reader's Model and its
// views are values, copied at every Update and View; a large part held
// this way (a text input's or the help's 4 to 5 KB of styles) is copied
// as one pointer (issue #13), and a change through one copy of the Model
// is not seen through the others, as with the value it replaces. The zero
// Shared holds T's zero value.
type Shared[T any] struct{ p *T }

// NewShared holds v.
func NewShared[T any](v T) Shared[T] { return Shared[T]{p: &v} }

// Get is the value held, to read, never to change.
func (s Shared[T]) Get() *T {
	if s.p == nil {
		return new(T)
	}
	return s.p
}

// Edit applies change to a copy of the value and holds the copy.
func (s *Shared[T]) Edit(change func(*T)) {
	next := *s.Get()
	change(&next)
	s.p = &next
}
