package cli

import (
	"os"
	"sync"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/library"
	"github.com/brief-reader/brief/store"
)

// fileCache is the database's cache of the files given on the command
// line, or nil with --no-cache or without a database.
func fileCache(lib *library.Library, attr *data.Attributor, noCache bool, want store.Want, track bool) *store.FileCache {
	if noCache || lib == nil {
		return nil
	}
	return lib.DB().NewFileCache(attr.Version(), want, track)
}

// cacheOption is the cache as data.LoadOptions takes it: a nil
// *store.FileCache must be a nil interface, not one holding nil.
func cacheOption(c *store.FileCache) data.FileCache {
	if c == nil {
		return nil
	}
	return c
}

// closeCache writes what the load left to cache and forgets the files
// deleted from the folders read. Its failures are warnings: what was
// loaded is still right, the cache only helps next time.
func closeCache(c *store.FileCache, paths []string) []error {
	if c == nil {
		return nil
	}
	var folders []string
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			folders = append(folders, p)
		}
	}
	var warnings []error
	if err := c.Close(); err != nil {
		warnings = append(warnings, err)
	}
	if err := c.Forget(folders); err != nil {
		warnings = append(warnings, err)
	}
	return warnings
}

// bodies fills in the paragraphs of compact briefings, the ones read from
// the database without them, when a story is shown.
type bodies struct {
	lib   *library.Library
	cache *store.FileCache

	mu   sync.Mutex
	docs map[*data.Briefing]int64 // library stories
}

func (b *bodies) add(br *data.Briefing, doc int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.docs == nil {
		b.docs = map[*data.Briefing]int64{}
	}
	b.docs[br] = doc
}

// fill reads br's paragraphs when br is a compact briefing.
func (b *bodies) fill(br *data.Briefing) error {
	if b == nil || br.Paragraphs != nil {
		return nil
	}
	b.mu.Lock()
	doc, ok := b.docs[br]
	b.mu.Unlock()
	if ok && b.lib != nil {
		return b.lib.DB().Body(doc, br)
	}
	if b.cache != nil {
		return b.cache.Body(br)
	}
	return nil
}

// doc is the database row of a story read through the library or the
// file cache.
func (b *bodies) doc(br *data.Briefing) (int64, bool) {
	if b == nil {
		return 0, false
	}
	b.mu.Lock()
	doc, ok := b.docs[br]
	b.mu.Unlock()
	if ok {
		return doc, true
	}
	if b.cache != nil {
		return b.cache.Doc(br)
	}
	return 0, false
}
