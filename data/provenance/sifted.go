package provenance

// Sifted is the second pass after a Screen: an Index of the statements
// the Screen let through, added again in the same order with their
// texts, and asked with the Screen's numbers. Every other statement is
// alone in its group.
type Sifted struct {
	screen *Screen
	index  *Index
	sub    map[int32]int32 // the Screen's number -> the Index's
	number []int32         // the Index's number -> the Screen's
	story  []int32         // the Index's number -> its story
}

// Sift starts the second pass of a finished Screen.
func (s *Screen) Sift() *Sifted {
	return &Sifted{screen: s, index: New(), sub: map[int32]int32{}}
}

// Add adds statement number n, as the Screen numbered it, when the
// Screen let it through: call it for every statement, in the order they
// were screened.
func (x *Sifted) Add(n int, st Statement) {
	if !x.screen.MayRepeat(n) {
		return
	}
	x.sub[int32(n)] = int32(x.index.Add(st))
	x.number = append(x.number, int32(n))
	x.story = append(x.story, int32(st.Story))
}

// Seal is Index.Seal: call it once every statement is added.
func (x *Sifted) Seal() { x.index.Seal() }

// OtherStories is the stories of the statements of statement n's group
// but n, earliest first: the other stories that report it.
func (x *Sifted) OtherStories(n int) []int {
	i, ok := x.sub[int32(n)]
	if !ok {
		return nil
	}
	var out []int
	for _, o := range x.index.Others(int(i)) {
		out = append(out, int(x.story[o]))
	}
	return out
}

// Others is Index.Others by the Screen's numbers.
func (x *Sifted) Others(n int) []int32 {
	i, ok := x.sub[int32(n)]
	if !ok {
		return nil
	}
	var out []int32
	for _, o := range x.index.Others(int(i)) {
		out = append(out, x.number[o])
	}
	return out
}
