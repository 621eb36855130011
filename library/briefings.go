package library

import (
	"runtime"
	"sync"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/store"
)

// Briefings reads every stored story as a briefing, newest first, from
// the database, without touching the network or the item files. Each is
// attributed with attr when it is not nil: the attribution stored for
// attr's version is used, and a story without one is attributed now (on
// all cores) and the result stored for next time.
func (l *Library) Briefings(attr *data.Attributor) ([]*data.Briefing, []error) {
	var out []*data.Briefing
	errs := l.Each(attr, store.Want{Body: true, Statements: true}, func(b *data.Briefing, _ int64) { out = append(out, b) })
	return out, errs
}

// Each streams the stored stories, newest first, to emit, with their
// database row, and as much of each as want says: compact briefings have
// no paragraphs (store.DB.Body reads them) and, unless asked, no
// statements (only their number; store.DB.Statements reads them). See
// Briefings.
func (l *Library) Each(attr *data.Attributor, want store.Want, emit func(b *data.Briefing, doc int64)) []error {
	version := ""
	if attr != nil {
		version = attr.Version()
	}
	var pending []store.Doc
	flush := func() error {
		if err := l.attribute(attr, pending, want); err != nil {
			return err
		}
		for _, d := range pending {
			emit(d.Briefing, d.ID)
		}
		pending = pending[:0]
		return nil
	}
	// Stories come out in order; those that need attribution are held
	// in a batch and attributed side by side, and the order kept.
	err := l.db.LibraryDocs(version, want, func(d store.Doc) error {
		if attr == nil || d.Attributed {
			if len(pending) == 0 {
				emit(d.Briefing, d.ID)
				return nil
			}
		}
		pending = append(pending, d)
		if len(pending) >= 256 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return []error{&data.LoadError{Path: l.db.Path(), Err: err}}
	}
	return nil
}

// attribute attributes the docs of a batch that have no attribution of
// attr's version, and stores what it found.
func (l *Library) attribute(attr *data.Attributor, docs []store.Doc, want store.Want) error {
	var todo []int
	for i, d := range docs {
		if attr != nil && !d.Attributed {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				b := docs[i].Briefing
				if !want.Body {
					if err := l.db.Body(docs[i].ID, b); err != nil {
						continue
					}
				}
				attr.Attribute(b)
			}
		}()
	}
	for _, i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()
	results := make([]store.Attributed, 0, len(todo))
	for _, i := range todo {
		results = append(results, store.Attributed{Doc: docs[i].ID, Briefing: docs[i].Briefing})
		docs[i].Attributed = true
	}
	// Storing is for next time: a database that cannot be written to
	// (a read-only folder) still reads.
	_ = l.db.StoreAttributions(attr.Version(), results)
	for _, i := range todo {
		b := docs[i].Briefing
		if !want.Body {
			b.Paragraphs = nil
		}
		if !want.Statements {
			b.StatementCount, b.Statements = len(b.Statements), nil
		}
	}
	return nil
}

// BriefingsIn reads the stored items in files (a refresh report's
// FeedResult.Files), newest first, whole and attributed, as Briefings
// does for all of them: a reader given the few stories a refresh stored
// reads only those.
func (l *Library) BriefingsIn(files []string, attr *data.Attributor) ([]*data.Briefing, []error) {
	docs, err := l.db.ItemDocs(files)
	if err != nil {
		return nil, []error{&data.LoadError{Path: l.db.Path(), Err: err}}
	}
	bs, err := l.Rows(attr, docs, store.Want{Body: true, Statements: true})
	if err != nil {
		return nil, []error{&data.LoadError{Path: l.db.Path(), Err: err}}
	}
	out := bs[:0]
	for _, b := range bs {
		if b != nil {
			out = append(out, b)
		}
	}
	return out, nil
}

// Order is the rows of the stored stories, newest first, as Each gives
// them: a reader learns from it how many stories there are and where
// each is, then reads the ones it shows with Rows.
func (l *Library) Order() ([]int64, error) { return l.db.LibraryOrder() }

// OrderHead is Order in two steps, as store.DB.LibraryOrderHead: head
// gets how many stories there are and the rows of the first n first, and
// says whether the rest is wanted.
func (l *Library) OrderHead(n int, head func(total int, first []int64) (more bool)) ([]int64, error) {
	return l.db.LibraryOrderHead(n, head)
}

// Rows reads the stored stories of the given rows (from Order), as Each
// does: out[i] is the story of docs[i], attributed with attr when it is
// not nil, or nil when the library no longer holds it (another process
// let it go).
func (l *Library) Rows(attr *data.Attributor, docs []int64, want store.Want) ([]*data.Briefing, error) {
	version := ""
	if attr != nil {
		version = attr.Version()
	}
	var read []store.Doc
	if err := l.db.LibraryDocsByID(version, docs, want, func(d store.Doc) error {
		read = append(read, d)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := l.attribute(attr, read, want); err != nil {
		return nil, err
	}
	out := make([]*data.Briefing, len(docs))
	k := 0
	for i, doc := range docs {
		if k < len(read) && read[k].ID == doc {
			out[i] = read[k].Briefing
			k++
		}
	}
	return out, nil
}
