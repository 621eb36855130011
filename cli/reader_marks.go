package cli

// MarkUnread takes a story's read mark back; a failure to save it is
// dropped, as for MarkRead.
func (r *Reader) MarkUnread(id string) {
	if r.lib != nil {
		_ = r.lib.MarkUnread(id)
	}
}

// MarkAllRead marks many stories read in one write.
func (r *Reader) MarkAllRead(ids []string) {
	if r.lib != nil {
		_ = r.lib.MarkReadMany(ids)
	}
}

// SetStatementStarred stars a statement (by data.StatementKey) or takes
// the star away; a failure to save it is dropped, as for SetStarred.
func (r *Reader) SetStatementStarred(key string, starred bool) {
	if r.lib != nil {
		_ = r.lib.SetStatementStarred(key, starred)
	}
}

// IsStatementStarred asks the library whether a statement is starred.
func (r *Reader) IsStatementStarred(key string) bool {
	return r.lib != nil && r.lib.IsStatementStarred(key)
}

// showsExamples reports whether the reader, given no paths, shows the
// built-in examples: only when the library holds no story of its own
// (or cannot be listed), for a new user to have something to read.
func (r *Reader) showsExamples() bool {
	s, _ := r.Stored()
	return s == nil || s.Len() == 0
}
