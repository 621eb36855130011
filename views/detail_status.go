package views

// DetailStatusFrom is everything Detail.Status draws from while no search
// is typed: two equal values give the same status line. The reader keeps
// the line it drew with its key (the layout asks for it twice or three
// times an Update, and styling it was much of a frame), and draws it
// again only when the key changes.
type DetailStatusFrom struct {
	matches    string // the search's count ("2/5 matches"), "" with no search
	statements string // "statement 2/7", "7 statements (9 in all)"…
	rendering  bool   // the rest of a long story still renders
	story      bool
	percent    int
}

// StatusFrom is what Status draws from; ok is false while a search is
// typed, when the line shows the input, which has no such key.
func (d Detail) StatusFrom() (from DetailStatusFrom, ok bool) {
	if d.search.typing {
		return DetailStatusFrom{}, false
	}
	return DetailStatusFrom{
		matches:    d.search.count(),
		statements: d.statementStatus(),
		rendering:  d.doc != nil && !d.doc.Complete,
		story:      d.story != nil,
		percent:    d.pg.percent(),
	}, true
}
