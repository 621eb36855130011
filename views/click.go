package views

// Click puts the cursor on the entry drawn at line y of the entries (0
// is their first line), as a mouse click does. It reports whether an
// entry is there: a click below the last one changes nothing.
func (e *entries) Click(y int) bool {
	if y < 0 || y >= e.height {
		return false
	}
	top := 0
	for i := e.win.offset; i < len(e.shown); i++ {
		h := entryHeight
		if i == e.win.cursor && e.selectedHeight != nil {
			h = e.selectedHeight(int(e.shown[i]), e.width, selectedLimit(e.height))
		}
		if y < top+h {
			e.win.cursor, e.moved = i, true
			e.win.fit(len(e.shown), e.rows())
			return true
		}
		top += h
		if top >= e.height {
			break
		}
	}
	return false
}
