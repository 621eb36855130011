package profile

import "github.com/brief-reader/brief/data"

// heldStatements reads the statements of a story added that no longer
// holds them: a reader that keeps a large library's statements compact
// lets the stories go of theirs once added (see ReadStatementsWith).
type heldStatements func(story, statement int) (data.Statement, bool)

// ReadStatementsWith has the index read, through read, the statements
// of the stories added that no longer hold them.
func (x *Index) ReadStatementsWith(read func(story, statement int) (data.Statement, bool)) {
	x.held = read
}

// statement is the statement r refers to, held by its story or read.
func (x *Index) statement(r Ref) (data.Statement, bool) {
	b := x.Story(r.Story)
	switch {
	case b == nil || r.Statement < 0:
		return data.Statement{}, false
	case r.Statement < len(b.Statements):
		return b.Statements[r.Statement], true
	case x.held != nil:
		return x.held(r.Story, r.Statement)
	}
	return data.Statement{}, false
}
