package views

// cutLine is what an entry's line as shown is made from: the line as
// drawn (kept in a row memo), whether the cursor's marker is before it,
// and the width it is cut to.
type cutLine struct {
	line     string
	selected bool
	width    int
}

// cutMemoSize bounds a cut memo: two lines an entry, far more entries
// than a screen shows, at a few widths.
const cutMemoSize = 4096

func newCutMemo() *memo[cutLine, string] { return newMemo[cutLine, string](cutMemoSize) }

// entry is the entry's lines with the cursor's column, each cut to the
// width as entry cuts them, kept as cut: a line wider than the width is
// measured grapheme by grapheme (ansi.Truncate), and every frame shows
// the same rows again after a cursor move, a key typed in a filter or a
// change of height (issue #13).
func (e entries) entry(selected bool, lines ...string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = e.cuts.get(cutLine{line: l, selected: selected, width: e.width}, func() string {
			return entry(e.st, selected, e.width, l)[0]
		})
	}
	return out
}
