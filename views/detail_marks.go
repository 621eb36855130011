package views

// decoratedLine is line i with the marks of its statements styled. A
// rendered line and its marks do not change (the rest of a long story is
// appended after them), so each is styled once, on the first frame that
// shows it, and kept with the doc: restyling the lines on screen each
// frame cut them apart grapheme by grapheme, once per mark (issue #13).
// Like the folded lines a search reads, it is filled in by the program's
// one goroutine, which both updates and draws.
func (doc *Doc) decoratedLine(st *Styles, i int) string {
	if len(doc.marks[i]) == 0 {
		return doc.Lines[i]
	}
	if n := len(doc.Lines); len(doc.decorated) < n {
		doc.decorated = append(doc.decorated, make([]string, n-len(doc.decorated))...)
	}
	if doc.decorated[i] == "" {
		doc.decorated[i] = decorateMarks(st, doc.Lines[i], doc.marks[i])
	}
	return doc.decorated[i]
}
