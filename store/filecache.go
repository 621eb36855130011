package store

import (
	"database/sql"
	"errors"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/brief-reader/brief/data"
)

// FileCache is data.FileCache on the database: Load asks it before
// reading a file. Writes are gathered and committed in batches by one
// goroutine, so that a first load of thousands of files costs a few
// transactions; Close waits for the last.
type FileCache struct {
	db      *DB
	version string
	want    Want
	track   bool

	mu   sync.Mutex
	docs map[*data.Briefing]int64 // compact briefings handed out, for Body
	seen map[string]bool          // files asked about in this load
	err  error                    // the first write that failed

	preloadOnce sync.Once
	preloaded   map[string]fileStat
	preloadErr  error

	docsOnce sync.Once
	docsStmt *sql.Stmt // docsOfQuery, nil once closed (c.mu)

	writes  chan CacheEntry
	done    chan struct{}
	reads   fileCacheReads
	lookups atomic.Int64 // files read by docsOf
}

// ownReadsAfter is how many files a file cache reads through the
// database's connections before it opens its own (readsVia).
const ownReadsAfter = 16

// NewFileCache makes a cache for files attributed by an attributor of
// version. Briefings found in the database come with as much as want
// says: a list needs no body and no statements (Body and Statements read
// them later). With track set, the cache remembers the row of every
// briefing it hands out or stores, for Body and Doc; a command that
// streams and drops them leaves it unset, or it would keep them all
// alive.
func (db *DB) NewFileCache(version string, want Want, track bool) *FileCache {
	c := &FileCache{db: db, version: version, want: want, track: track, docs: map[*data.Briefing]int64{}, seen: map[string]bool{},
		writes: make(chan CacheEntry, 256), done: make(chan struct{})}
	go c.writer()
	return c
}

const cacheBatch = 500

func (c *FileCache) writer() {
	defer close(c.done)
	var batch []CacheEntry
	flush := func() {
		if len(batch) == 0 {
			return
		}
		err := c.db.CacheFiles(batch, c.version)
		c.mu.Lock()
		if err != nil && c.err == nil {
			c.err = err
		}
		for _, e := range batch {
			for i, id := range e.IDs {
				if i < len(e.briefings) {
					c.docs[e.briefings[i]] = id
				}
			}
		}
		c.mu.Unlock()
		batch = batch[:0]
	}
	for e := range c.writes {
		batch = append(batch, e)
		if len(batch) >= cacheBatch || len(c.writes) == 0 {
			flush()
		}
	}
	flush()
}

// Close commits what is left to write and returns the first write error:
// the load itself went well either way, the cache is only for next time.
func (c *FileCache) Close() error {
	close(c.writes)
	<-c.done
	c.docsOnce.Do(func() {})
	c.mu.Lock()
	if c.docsStmt != nil { // before the connections it was prepared on
		c.docsStmt.Close()
		c.docsStmt = nil
	}
	c.mu.Unlock()
	readsErr := c.closeReads()
	c.mu.Lock()
	defer c.mu.Unlock()
	return errors.Join(c.err, readsErr)
}

// Lookup implements data.FileCache.
func (c *FileCache) Lookup(path string, size int64, mtime time.Time) ([]*data.Briefing, bool, bool) {
	path = absPath(path)
	c.see(path)
	abs := absPath(path)
	c.see(abs)
	c.preloadOnce.Do(func() {
		files, err := c.db.cachedFileStats()
		c.mu.Lock()
		c.preloaded, c.preloadErr = files, err
		c.mu.Unlock()
	})
	c.mu.Lock()
	f, ok := c.preloaded[abs]
	err := c.preloadErr
	c.mu.Unlock()
	if err != nil || !ok || f.size != size || f.mtime != mtime.UnixNano() {
		return nil, false, false
	}
	docs, err := c.docsOf(abs)
	if err != nil || len(docs) == 0 {
		return nil, false, false
	}
	return c.handOut(docs, path)
}

// docsOf is DB.docsOf through c's connections (readsVia), with the
// query prepared once for the load: a folder of thousands of files read
// again asks it once per file, and preparing it took four times as long
// as running it. The first few files are read through the database's
// own connections: a load of a few files (a command naming them) does
// not open connections of its own, each reading the schema first, for
// what the pages of a few stories cost the database's page cache.
func (c *FileCache) docsOf(path string) ([]Doc, error) {
	if c.lookups.Add(1) <= ownReadsAfter {
		return c.db.docsOf(path, c.version, c.want)
	}
	c.docsOnce.Do(func() {
		s, err := c.readsVia().Prepare(docsOfQuery)
		if err == nil {
			c.mu.Lock()
			c.docsStmt = s
			c.mu.Unlock()
		}
	})
	c.mu.Lock()
	s := c.docsStmt
	c.mu.Unlock()
	if s == nil { // not prepared, or the cache is closed
		return c.db.docsOfVia(c.readsVia(), path, c.version, c.want)
	}
	rows, err := s.Query(c.version, c.want.Body, c.want.Statements, path)
	return c.db.scanDocs(rows, err, c.want)
}

// LookupContents implements data.FileCache. A path the database held
// no file of when the load began (Lookup read them all) is not asked
// about: a new file's lookup was an UPDATE, which waited for the write
// lock the cache's own writer holds, on a connection of its own that
// read the schema again (issue #13).
func (c *FileCache) LookupContents(path string, size int64, mtime time.Time, raw []byte) ([]*data.Briefing, bool, bool) {
	abs := absPath(path)
	c.mu.Lock()
	_, known := c.preloaded[abs]
	unknown := c.preloaded != nil && c.preloadErr == nil && !known
	c.mu.Unlock()
	if unknown {
		return nil, false, false
	}
	docs, ok, err := c.db.LookupContents(CachedFile{Path: abs, Size: size, MTime: mtime, Hash: Hash(raw)}, c.version, Want{Body: true, Statements: true})
	if err != nil || !ok {
		return nil, false, false
	}
	return c.handOut(docs, path)
}

// handOut gives Load the briefings of docs, read from path as it was
// named on the command line.
func (c *FileCache) handOut(docs []Doc, path string) ([]*data.Briefing, bool, bool) {
	bs := make([]*data.Briefing, len(docs))
	attributed := true
	abs := absPath(path)
	c.mu.Lock()
	for i, d := range docs {
		bs[i] = d.Briefing
		if d.Briefing.Path == abs {
			d.Briefing.Path = path
		}
		attributed = attributed && d.Attributed
		if c.track {
			c.docs[d.Briefing] = d.ID
		}
	}
	c.mu.Unlock()
	if !attributed && !c.want.Body {
		// Attribution needs the text: read the bodies the list left out.
		for i, d := range docs {
			if err := c.db.Body(d.ID, bs[i]); err != nil {
				return nil, false, false
			}
		}
	}
	return bs, attributed, true
}

// Store implements data.FileCache.
func (c *FileCache) Store(path string, size int64, mtime time.Time, raw []byte, bs []*data.Briefing) {
	path = absPath(path)
	var hash string
	if raw != nil {
		hash = Hash(raw)
	} else {
		// Re-attributed from the cache: the contents are those stored.
		var err error
		if hash, err = c.db.fileHash(path); err != nil {
			return
		}
	}
	// Encoded now, on the loader's worker: Load goes on to change IDs
	// (making them unique across the load), and the writer is one
	// goroutine for all workers.
	docs := make([]encodedDoc, len(bs))
	for i, b := range bs {
		docs[i] = encodeDoc(b, true)
	}
	e := CacheEntry{File: CachedFile{Path: path, Size: size, MTime: mtime, Hash: hash}, docs: docs}
	if c.track {
		e.briefings = bs
	}
	c.writes <- e
}

func (c *FileCache) see(path string) {
	c.mu.Lock()
	c.seen[path] = true
	c.mu.Unlock()
}

// Forget forgets what was cached under each folder and not seen in this
// load: files deleted since.
func (c *FileCache) Forget(folders []string) error {
	c.mu.Lock()
	seen := c.seen
	c.mu.Unlock()
	for _, f := range folders {
		if err := c.db.ForgetUnder(absPath(f), seen); err != nil {
			return err
		}
	}
	return nil
}

// Body reads the paragraphs of a compact briefing this cache handed out;
// a briefing that has them, or that the cache did not hand out, is left
// as it is.
func (c *FileCache) Body(b *data.Briefing) error {
	c.mu.Lock()
	id, ok := c.docs[b]
	c.mu.Unlock()
	if !ok || b.Paragraphs != nil {
		return nil
	}
	return c.db.Body(id, b)
}

func (db *DB) fileHash(path string) (string, error) {
	var h string
	err := db.sql.QueryRow(`SELECT hash FROM files WHERE path = ?`, path).Scan(&h)
	return h, db.classify(err)
}

// absPath keys the cache by absolute path: "brief list ." and "brief
// list /home/me/stories" read the same files.
func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

var _ data.FileCache = (*FileCache)(nil)

// Doc is the database row of a story this cache handed out or stored.
func (c *FileCache) Doc(b *data.Briefing) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.docs[b]
	return id, ok
}
