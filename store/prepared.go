package store

import "database/sql"

// txExec is what the helpers that store a story use of a transaction: a
// *sql.Tx, or a preparedTx when many stories are stored in one.
type txExec interface {
	Exec(query string, args ...any) (sql.Result, error)
	QueryRow(query string, args ...any) *sql.Row
}

// preparedTx prepares each statement of a transaction once and runs it
// again for every story: storing a folder or a feed's items in one
// transaction parsed the same eight statements again for each story,
// which was most of the time storing took. Only statements that return
// at most one row go through it (Exec, QueryRow): a prepared statement
// runs one query at a time.
type preparedTx struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func prepareEach(tx *sql.Tx) *preparedTx {
	return &preparedTx{tx: tx, stmts: map[string]*sql.Stmt{}}
}

// stmt is query prepared, or nil when it cannot be: the caller then runs
// it as it is, and fails with the error it would have failed with.
// Statements prepared in a transaction are closed when it ends.
func (p *preparedTx) stmt(query string) *sql.Stmt {
	s, ok := p.stmts[query]
	if !ok {
		s, _ = p.tx.Prepare(query)
		p.stmts[query] = s
	}
	return s
}

func (p *preparedTx) Exec(query string, args ...any) (sql.Result, error) {
	if s := p.stmt(query); s != nil {
		return s.Exec(args...)
	}
	return p.tx.Exec(query, args...)
}

func (p *preparedTx) QueryRow(query string, args ...any) *sql.Row {
	if s := p.stmt(query); s != nil {
		return s.QueryRow(args...)
	}
	return p.tx.QueryRow(query, args...)
}
