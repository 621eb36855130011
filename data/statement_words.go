package data

// StatementWords is what the reader's text filter looks in of a stored
// statement: its text, and its speaker and role as the story wrote them,
// as bytes of the record they were read from (see store.DB.StatementWords),
// so that the statements of a whole library can be searched without a
// copy of each.
type StatementWords struct{ Text, Speaker, Role []byte }
