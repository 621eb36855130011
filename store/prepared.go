package store

import (
	"database/sql"
	"errors"
	"sync"
)

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

// statements is a database's statements that run once for every item a
// refresh stores, each prepared once a connection and kept while the
// database is open: a refresh stored each item in a transaction of its
// own that parsed its five statements (and the triggers they fire)
// again, and asked twice before whether its ID was taken, which was
// more than half of what storing an item cost (issue #13).
//
// A reader's reads of one story at a time (Statements, Reports, Body)
// go through such statements too (queryRow, readsQuery), each on its
// pool: a quote view scrolled asks them story after story.
//
// A statement is prepared only where no connection is held (prepare,
// queryRow, readsQuery): preparing one takes a connection of the pool, and a
// transaction that waited for one while holding its own could wait for
// good once every connection is another such transaction's. Inside a
// transaction a statement not prepared yet runs as it is.
type statements struct {
	mu     sync.Mutex
	stmts  map[string]*sql.Stmt
	closed bool
}

// prepare prepares the queries not prepared yet. It must not be called
// inside a transaction. A query that cannot be prepared is left out: it
// runs as it is, and fails as it would have.
func (db *DB) prepare(queries ...string) { db.statements.prepareOn(db.sql, queries...) }

// prepareOn is prepare for statements of conns: p holds statements of
// one pool only.
func (p *statements) prepareOn(conns *sql.DB, queries ...string) {
	for _, q := range queries {
		if p.lookup(q) != nil {
			continue
		}
		s, err := conns.Prepare(q) // not under p.mu: it may wait for a connection
		if err != nil {
			continue
		}
		p.mu.Lock()
		if _, ok := p.stmts[q]; ok || p.closed {
			s.Close()
		} else {
			if p.stmts == nil {
				p.stmts = map[string]*sql.Stmt{}
			}
			p.stmts[q] = s
		}
		p.mu.Unlock()
	}
}

// lookup is query prepared, or nil.
func (p *statements) lookup(query string) *sql.Stmt {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stmts[query]
}

// preparedIn runs tx's statements through db's prepared ones, each on
// tx's connection (prepared there the first time it is used on it).
func (db *DB) preparedIn(tx *sql.Tx) txExec { return dbTx{db, tx} }

type dbTx struct {
	db *DB
	tx *sql.Tx
}

func (d dbTx) Exec(query string, args ...any) (sql.Result, error) {
	if s := d.db.statements.lookup(query); s != nil {
		return d.tx.Stmt(s).Exec(args...)
	}
	return d.tx.Exec(query, args...)
}

func (d dbTx) QueryRow(query string, args ...any) *sql.Row {
	if s := d.db.statements.lookup(query); s != nil {
		return d.tx.Stmt(s).QueryRow(args...)
	}
	return d.tx.QueryRow(query, args...)
}

// queryRow is db.sql.QueryRow through a statement prepared once.
func (db *DB) queryRow(query string, args ...any) *sql.Row {
	db.prepare(query)
	if s := db.statements.lookup(query); s != nil {
		return s.QueryRow(args...)
	}
	return db.sql.QueryRow(query, args...)
}

// query is conns.Query through p's statement of query, prepared once
// (prepareOn): not inside a transaction.
func (p *statements) query(conns *sql.DB, query string, args ...any) (*sql.Rows, error) {
	p.prepareOn(conns, query)
	if s := p.lookup(query); s != nil {
		return s.Query(args...)
	}
	return conns.Query(query, args...)
}

// close closes the statements; none is prepared after.
func (p *statements) close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	var errs []error
	for _, s := range p.stmts {
		errs = append(errs, s.Close())
	}
	p.stmts = nil
	return errors.Join(errs...)
}
