package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/library"
	"github.com/brief-reader/brief/store"
)

// Reader is what the interactive reader needs from the command line.
type Reader struct {
	Paths      []string
	Attributor *data.Attributor
	Options    data.LoadOptions
	// Problems are errors met while setting up (the user's gazetteer
	// files, a library that cannot be opened); the reader shows them with
	// the load errors, where they are seen, rather than on a screen the
	// reader is about to cover.
	Problems []error

	// MarkRead records that the story with this ID was opened, and IsRead
	// asks; both are safe for concurrent use. Without a library they do
	// nothing and nothing is read. A failure to save the read state is
	// dropped: the story was still read, and the next MarkRead saves the
	// whole list again.
	MarkRead func(id string)
	IsRead   func(id string) bool

	// Refresh fetches every subscription, calling progress (when not
	// nil, one call at a time) as each feed finishes, and returns the
	// stories the reader has not been given yet, attributed, newest
	// first, with a one-line summary for the status line ("3 new stories
	// from 2 feeds, 1 failed (Almora Ministry)"). A feed that fails is
	// in the summary, not in err; err is for the refresh as a whole:
	// library.ErrOffline (the summary says "no network; nothing
	// changed"), library.ErrRefreshing, ctx's error when cancelled (the
	// stories stored until then are returned), or no library. It blocks:
	// run it in a tea.Cmd.
	Refresh func(ctx context.Context, progress func(done, total int)) (newStories []*data.Briefing, summary string, err error)

	getenv  func(string) string // the folders' variables (os.Getenv but in tests)
	lib     *library.Library    // nil when it could not be opened
	libErr  error               // why not
	noCache bool
	bodies  *bodies
	indexed atomic.Bool // the full-text index holds what was loaded

	mu   sync.Mutex
	seen map[string]bool // IDs of the stories Load and Refresh handed to the reader
	// stopIndex cancels the background indexing, and indexDone is closed
	// when it has ended (nil: none was started); Close waits for it, so
	// that no transaction is open on a library that is being closed, and
	// none starts after (closed).
	stopIndex context.CancelFunc
	indexDone chan struct{}
	closed    bool
	stored    *StoredStories // the library's stories as Stored gave them

	storedDone chan struct{} // closed when storedRes or storedErr is known; nil: no library listed
	storedRes  *StoredStories
	storedErr  error

	reportsMu sync.Mutex // one MakeReports at a time
}

// ParseReader reads the reader's command line: [--max-size N] [PATH...].
// It returns nil and an exit status when brief should stop (a wrong
// option, or "-" with a terminal for stdin: a line on stderr says so).
func ParseReader(args []string, stdin io.Reader, stderr io.Writer) (*Reader, int) {
	return parseReaderWith(os.Getenv, args, stdin, stderr)
}

// parseReaderWith is ParseReader with the environment variables getenv
// gives, as runWith is Run's.
func parseReaderWith(getenv func(string) string, args []string, stdin io.Reader, stderr io.Writer) (*Reader, int) {
	fs := newFlags("brief")
	var c common
	c.register(fs)
	paths, err := parseArgs(fs, args)
	if err != nil {
		out := newTextOut(stderr)
		fmt.Fprintf(out, "brief: %s%s\n", flagError(err), helpHint)
		out.flush()
		return nil, ExitUsage
	}
	// The reader would wait for a briefing that never comes, reading its
	// keys from the same terminal: refused before it takes the screen.
	if slices.Contains(paths, "-") && isTerminal(stdin) {
		PrintError(stderr, fmt.Errorf("-: %w", errStdinTerminal))
		return nil, ExitUsage
	}
	attr, errs := data.AttributorFor(configDirFrom(getenv))
	r := &Reader{Paths: paths, Attributor: attr, Options: c.loadOptions(attr), Problems: errs, getenv: getenv, seen: map[string]bool{}}
	// The library is opened with paths too: it keeps what was read of
	// any story. Only without paths, where its stories are missed, is
	// its absence worth a word.
	r.lib, r.libErr = openLibraryFrom(getenv)
	r.noCache, r.bodies = c.noCache, &bodies{lib: r.lib}
	switch {
	case r.libErr != nil && len(paths) == 0:
		r.Problems = append(r.Problems, libraryWarning(r.libErr))
	case r.libErr != nil && !c.noCache && errors.Is(r.libErr, store.ErrReadOnly):
		r.Problems = append(r.Problems, fmt.Errorf("%w; reading every file without the cache", r.libErr))
	case r.lib != nil:
		for _, n := range r.lib.Notes {
			r.Problems = append(r.Problems, errors.New(n))
		}
	}
	r.MarkRead, r.IsRead, r.Refresh = r.markRead, r.isRead, r.refresh
	if r.lib != nil && len(paths) == 0 {
		r.prefetchStored()
	}
	return r, ExitOK
}

// Load streams the briefings for model.Config.Load: the setup problems
// first, then the paths, or with none the built-in briefings when the
// library holds no story; the library's stories are the reader's
// through Stored.
func (r *Reader) Load(stdin io.Reader, emit func(*data.Briefing, error)) {
	send := func(b *data.Briefing, err error) {
		if b != nil {
			r.mu.Lock()
			r.seen[b.ID] = true
			r.mu.Unlock()
		}
		emit(b, err)
	}
	for _, err := range r.Problems {
		send(nil, err)
	}
	if len(r.Paths) > 0 {
		cache := fileCache(r.lib, r.Attributor, r.noCache, store.Want{}, true)
		r.bodies.cache = cache
		opts := r.Options
		opts.Cache = cacheOption(cache)
		data.LoadEach(r.Paths, stdin, opts, send)
		for _, err := range closeCache(cache, r.Paths) {
			send(nil, err)
		}
		r.indexInBackground()
		return
	}
	if r.showsExamples() {
		defaultStories(nil, r.Options, store.Want{}, nil, send)
	}
	r.indexInBackground()
}

// indexInBackground brings the full-text index up to date once the
// stories are loaded, so that the first search of bodies from the story
// list does not wait for it (a folder of thousands read for the first
// time takes seconds to index).
func (r *Reader) indexInBackground() {
	if r.lib == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.indexDone != nil || r.closed {
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	r.stopIndex, r.indexDone = stop, make(chan struct{})
	go func() {
		defer close(r.indexDone)
		if r.lib.DB().IndexPending(ctx) == nil {
			r.indexed.Store(true)
		}
	}()
}

// Body fills in the paragraphs of a story the reader was given compact
// (from the database); a story that has them is left as it is.
func (r *Reader) Body(b *data.Briefing) error { return r.bodies.fill(b) }

// HasLibrary reports whether the library could be opened: without one,
// MarkRead, IsRead and Refresh work but have nothing to work on, and a
// reader may rather leave out its unread marks and refresh key.
func (r *Reader) HasLibrary() bool { return r.lib != nil }

func (r *Reader) markRead(id string) {
	if r.lib != nil {
		_ = r.lib.MarkRead(id) // see Reader.MarkRead
	}
}

func (r *Reader) isRead(id string) bool { return isRead(r.lib, id) }

// errNoLibrary is Refresh's error when there is no library to refresh.
var errNoLibrary = errors.New("no library")

func (r *Reader) refresh(ctx context.Context, progress func(done, total int)) ([]*data.Briefing, string, error) {
	if r.lib == nil {
		return nil, "cannot refresh: " + data.SanitizeLine(r.libErr.Error()), fmt.Errorf("%w: %w", errNoLibrary, r.libErr)
	}
	report, err := r.lib.Refresh(ctx, func(p library.Progress) {
		if progress != nil && p.Feed != nil {
			progress(p.Done, p.Total)
		}
	})
	switch {
	case ctx.Err() == nil && errors.Is(err, library.ErrOffline):
		return nil, "no network; nothing changed", err
	case errors.Is(err, library.ErrRefreshing):
		return nil, "a refresh is already running", err
	case err != nil && ctx.Err() == nil:
		return nil, "refresh: " + data.SanitizeLine(err.Error()), err
	case len(report.Feeds) == 0:
		return nil, "no subscriptions to refresh; add one with: brief subscribe URL", nil
	}
	fresh := r.unseen(report)
	summary := refreshStatus(report)
	if ctx.Err() != nil {
		summary += "; interrupted"
		err = ctx.Err()
	}
	return fresh, summary, err
}

// unseen reads the stories a refresh stored that the reader has not been
// given: new ones, and ones it did not show (it was started on paths).
// A story updated in place keeps its ID and its row, and is not given
// again.
func (r *Reader) unseen(report library.Report) []*data.Briefing {
	// Only the stories the reader has not shown are read, not the
	// whole library.
	var files []string
	r.mu.Lock()
	stored := r.stored
	for _, f := range report.Feeds {
		for i, id := range f.IDs {
			if !r.seen[id] && i < len(f.Files) {
				r.seen[id] = true
				files = append(files, f.Files[i])
			}
		}
	}
	r.mu.Unlock()
	if len(files) == 0 {
		return nil
	}
	// A file that cannot be read now was reported when it was stored.
	docs, err := r.lib.DB().ItemDocs(files)
	if err != nil {
		return nil
	}
	if stored != nil {
		docs = slices.DeleteFunc(docs, stored.has)
	}
	bs, _ := r.lib.Rows(r.Attributor, docs, store.Want{Body: true, Statements: true})
	for k, b := range bs {
		if b != nil && r.bodies != nil {
			r.bodies.add(b, docs[k]) // for their groups of statements reported elsewhere (LoadReports)
		}
	}
	return slices.DeleteFunc(bs, func(b *data.Briefing) bool { return b == nil })
}

// SearchBodies asks the database's full-text index which stories hold the
// words typed (the last one as a prefix), for the story list's filter:
// the reader holds no bodies to look in. Stories the index does not know
// (read before the database had them) are left to the list's own filter.
func (r *Reader) SearchBodies(query string) func(*data.Briefing) bool {
	if r.lib == nil || strings.TrimSpace(query) == "" || !r.indexed.Load() {
		return nil // until the index is ready, the list's own filter
	}
	scope := store.ScopeLibrary
	if len(r.Paths) > 0 {
		scope = store.ScopeFiles
	}
	hits, err := r.lib.DB().SearchPrefix(query, scope, 100000)
	if err != nil {
		return nil
	}
	docs := make(map[int64]bool, len(hits))
	for _, h := range hits {
		docs[h.Doc] = true
	}
	return func(b *data.Briefing) bool {
		doc, ok := r.bodies.doc(b)
		return ok && docs[doc]
	}
}

// SetStarred stars a story or takes the star away; a failure to save it
// is dropped, as for MarkRead.
func (r *Reader) SetStarred(id string, starred bool) {
	if r.lib != nil {
		_ = r.lib.SetStarred(id, starred)
	}
}

// IsStarred asks the library whether a story is starred.
func (r *Reader) IsStarred(id string) bool { return isStarred(r.lib, id) }

// Close closes the library, when the reader is done with it, after the
// background work on it has stopped; a second Close does nothing.
func (r *Reader) Close() error {
	if r.lib == nil {
		return nil
	}
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil
	}
	r.closed = true
	stop, done := r.stopIndex, r.indexDone
	r.mu.Unlock()
	if done != nil {
		stop()
		<-done
	}
	r.waitStored()
	return r.lib.Close()
}

// LoadStatements reads the statements of a story the reader was given
// without them (a row from the database), for the quote view.
func (r *Reader) LoadStatements(b *data.Briefing) ([]data.Statement, error) {
	doc, ok := r.bodies.doc(b)
	if !ok || r.lib == nil {
		return nil, fmt.Errorf("%s: no statements stored", b.ID)
	}
	var tmp data.Briefing
	if err := r.lib.DB().Statements(doc, r.Attributor.Version(), &tmp); err != nil {
		return nil, err
	}
	return tmp.Statements, nil
}

// StatementWords reads the texts, speakers and roles of the statements of
// stories the reader was given without them, for the quote view's text
// filter: the reader keeps none (views.TextScan).
func (r *Reader) StatementWords(ctx context.Context, bs []*data.Briefing, each func(k int, stmts []data.StatementWords)) error {
	if r.lib == nil {
		return errNoLibrary
	}
	docs := make([]int64, 0, len(bs))
	at := make([]int, 0, len(bs)) // a doc's story in bs
	for k, b := range bs {
		if doc, ok := r.bodies.doc(b); ok {
			docs = append(docs, doc)
			at = append(at, k)
		}
	}
	return r.lib.DB().StatementWords(ctx, r.Attributor.Version(), docs, func(k int, stmts []data.StatementWords) { each(at[k], stmts) })
}
