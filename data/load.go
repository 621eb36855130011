package data

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultMaxSize bounds a file read when LoadOptions.MaxSize is 0: briefings
// are text, and a much larger file is a mistake, not a story.
const DefaultMaxSize = 8 << 20

// LoadOptions configures Load, LoadEach and Embedded.
type LoadOptions struct {
	MaxSize    int64       // bytes; 0 means DefaultMaxSize
	Attributor *Attributor // nil: NewAttributor("") built once
	Formats    []Format    // extra input formats (feeds, HTML pages) plugged in by other packages
	Cache      FileCache   // nil: every file is read, parsed and attributed
}

// FileCache lets Load skip reading, parsing and attributing a file it has
// seen before (package store keeps one in brief's database). The file is
// the truth: the cache answers only for the size, modification time or
// contents it recorded.
type FileCache interface {
	// Lookup is asked before a file is read. ok means bs are what the
	// file held; attributed means they carry the attribution of the
	// Attributor's Version, else Load attributes them and calls Store.
	Lookup(path string, size int64, mtime time.Time) (bs []*Briefing, attributed, ok bool)
	// LookupContents is asked when Lookup said no, with the bytes read:
	// a file touched but not changed need not be parsed again.
	LookupContents(path string, size int64, mtime time.Time, raw []byte) (bs []*Briefing, attributed, ok bool)
	// Store records what was read and attributed; raw is nil when the
	// briefings came from Lookup.
	Store(path string, size int64, mtime time.Time, raw []byte, bs []*Briefing)
}

// Format lets another package (feeds, web pages) turn a file or URL into
// briefings without data importing it.
type Format struct {
	Name  string
	Match func(path string, head []byte) bool                // head: first 512 bytes, nil for URLs
	Read  func(path string, raw []byte) ([]*Briefing, error) // raw nil for URLs: Read fetches itself
}

// LoadError is a path that could not be loaded, and why.
type LoadError struct {
	Path string
	Err  error
}

// Error names the file as PrintablePath does, so that the message, once
// sanitised for the terminal, still names the file that failed; the
// reason is cut at MaxMessage.
func (e *LoadError) Error() string {
	return PrintablePath(e.Path) + ": " + CapLine(e.Err.Error(), MaxMessage)
}
func (e *LoadError) Unwrap() error { return e.Err }

// Errors a caller may want to tell apart.
var (
	ErrNotRegular     = errors.New("not a regular file")
	ErrTooLarge       = errors.New("too large")
	ErrUnsupportedURL = errors.New("unsupported URL")
)

var defaultAttributor = sync.OnceValue(func() *Attributor {
	a, _ := NewAttributor("") // no user files: nothing to report
	return a
})

// DefaultAttributor is the attributor of the built-in gazetteer alone,
// without the user's files: built once, on first use, and shared (it is
// safe for concurrent use). Load uses it when LoadOptions.Attributor is
// nil; building one costs more than attributing a short story.
func DefaultAttributor() *Attributor { return defaultAttributor() }

func (o LoadOptions) maxSize() int64 {
	if o.MaxSize > 0 {
		// Statement offsets are 32-bit: nothing of 2 GiB or more is read.
		return min(o.MaxSize, math.MaxInt32)
	}
	return DefaultMaxSize
}

func (o LoadOptions) attributor() *Attributor {
	if o.Attributor != nil {
		return o.Attributor
	}
	return defaultAttributor()
}

// loadGCPercent is the collector's pacing while a load runs (GOGC).
const loadGCPercent = 15

// Load reads briefings from paths: files, folders (recursively), "-" for
// stdin, and URLs when a Format accepts them. A path that fails is
// reported as a *LoadError; the others still load.
func Load(paths []string, stdin io.Reader, opts LoadOptions) ([]*Briefing, []error) {
	var bs []*Briefing
	var errs []error
	LoadEach(paths, stdin, opts, func(b *Briefing, err error) {
		if err != nil {
			errs = append(errs, err)
		} else {
			bs = append(bs, b)
		}
	})
	return bs, errs
}

// LoadEach is the streaming form of Load, for a reader that shows stories
// as they arrive. Files are parsed and attributed on all cores, but emit is
// called from the calling goroutine, in path order (folders in name
// order), with either a briefing or an error. IDs are made unique across
// the whole load.
func LoadEach(paths []string, stdin io.Reader, opts LoadOptions, emit func(*Briefing, error)) {
	// Attribution allocates about 30 bytes of short-lived garbage per byte
	// read, while what a load keeps is under 3 bytes per byte. With Go's
	// default pacing the heap doubles over what is live before each
	// collection, which put the peak resident set at 6 times the corpus;
	// collecting at 15% growth keeps it at 3.6 times, as before the staged
	// engine, for about a fifth more time (BENCHMARKS.md, "Loading"). Two
	// loads at once may leave the lower setting behind, which costs only
	// some CPU.
	defer debug.SetGCPercent(debug.SetGCPercent(loadGCPercent))
	jobs := expand(paths, opts)
	ids := map[string]int{}
	run(jobs, stdin, opts, func(r result) {
		for _, b := range r.briefings {
			b.ID = uniqueID(ids, b.ID)
			emit(b, nil)
		}
		for _, err := range r.errs {
			emit(nil, err)
		}
	})
}

// uniqueID suffixes -2, -3, … to an ID already taken.
func uniqueID(seen map[string]int, id string) string {
	if seen[id] == 0 {
		seen[id] = 1
		return id
	}
	for {
		seen[id]++
		cand := id + "-" + strconv.Itoa(seen[id])
		if seen[cand] == 0 {
			seen[cand] = 1
			return cand
		}
	}
}

// job is one thing to read: a file, stdin, a URL for a Format, or an error
// found while expanding the paths.
type job struct {
	path   string
	stdin  bool
	format *Format // a URL handled by this format
	err    error
}

type result struct {
	briefings []*Briefing
	errs      []error
}

// run processes jobs on a worker pool and hands results to done in job
// order, as soon as each one and all before it are ready.
func run(jobs []job, stdin io.Reader, opts LoadOptions, done func(result)) {
	results := make([]result, len(jobs))
	ready := make([]chan struct{}, len(jobs))
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	// Standard input is read here, once, not by a worker: it is not a
	// file that can be reopened, and there is only one.
	var stdinRaw []byte
	var stdinErr error
	for _, j := range jobs {
		if j.stdin {
			stdinRaw, stdinErr = readLimited(stdin, opts.maxSize(), 0)
			break
		}
	}
	next := make(chan int)
	var wg sync.WaitGroup
	// Two workers more than CPUs: a worker waiting on open or read gives
	// up its CPU only after a while, and then another must be ready to
	// take it. Each holds one file in flight, so memory hardly changes.
	workers := min(runtime.GOMAXPROCS(0)+2, len(jobs))
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s slab
			for i := range next {
				results[i] = process(jobs[i], stdinRaw, stdinErr, opts, &s)
				close(ready[i])
			}
		}()
	}
	// The workers run at most this many jobs ahead of done: read from
	// the database cache, stories come faster than a command writes
	// them out, and the ones waiting their turn would pile up (the whole
	// corpus's statements for "brief quotes").
	ahead := make(chan struct{}, 2*workers)
	go func() {
		for i := range jobs {
			ahead <- struct{}{}
			next <- i
		}
		close(next)
	}()
	for i := range jobs {
		<-ready[i]
		done(results[i])
		results[i] = result{} // let the emitted briefings go when the caller drops them
		<-ahead
	}
	wg.Wait()
}

func process(j job, stdinRaw []byte, stdinErr error, opts LoadOptions, s *slab) result {
	fail := func(err error) result {
		return result{errs: []error{&LoadError{Path: j.path, Err: err}}}
	}
	if j.err != nil {
		return fail(j.err)
	}
	var bs []*Briefing
	var err error
	switch {
	case j.format != nil:
		bs, err = readFormat(j.format, j.path, nil)
	case j.stdin:
		if stdinErr != nil {
			return fail(stdinErr)
		}
		bs, err = parseRaw("-", stdinRaw, opts)
	case opts.Cache != nil:
		return processCached(j.path, opts, s)
	default:
		var raw []byte
		if raw, err = readFile(j.path, opts.maxSize(), s); err == nil {
			bs, err = parseRaw(j.path, raw, opts)
		}
	}
	if err != nil {
		return fail(err)
	}
	a := opts.attributor()
	for _, b := range bs {
		a.Attribute(b)
	}
	return result{briefings: bs}
}

// processCached is process for a file, through opts.Cache.
func processCached(path string, opts LoadOptions, s *slab) result {
	fail := func(err error) result {
		return result{errs: []error{&LoadError{Path: path, Err: err}}}
	}
	c := opts.Cache
	fi, err := os.Stat(path)
	if err != nil {
		return fail(cleanErr(err))
	}
	size, mtime := fi.Size(), fi.ModTime()
	bs, attributed, ok := c.Lookup(path, size, mtime)
	var raw []byte
	if !ok {
		if raw, err = readFile(path, opts.maxSize(), s); err != nil {
			return fail(err)
		}
		bs, attributed, ok = c.LookupContents(path, size, mtime, raw)
	}
	if !ok {
		if bs, err = parseRaw(path, raw, opts); err != nil {
			return fail(err)
		}
		attributed = false
	}
	if !attributed {
		a := opts.attributor()
		for _, b := range bs {
			a.Attribute(b)
		}
		c.Store(path, size, mtime, raw, bs)
	}
	return result{briefings: bs}
}

// parseRaw reads raw with the first Format that claims it, else Parse.
func parseRaw(path string, raw []byte, opts LoadOptions) ([]*Briefing, error) {
	head := raw[:min(len(raw), 512)]
	for i := range opts.Formats {
		f := &opts.Formats[i]
		if f.Match != nil && f.Read != nil && f.Match(path, head) {
			return readFormat(f, path, raw)
		}
	}
	b, err := parseOwned(path, raw) // raw is this load's own, read for this file
	if err != nil {
		return nil, err
	}
	return []*Briefing{b}, nil
}

// readFormat calls a plugged-in reader and holds its output to the rules
// Parse keeps: every text sanitised, an ID and a path set.
func readFormat(f *Format, path string, raw []byte) ([]*Briefing, error) {
	bs, err := f.Read(path, raw)
	if err != nil {
		return nil, err
	}
	out := bs[:0]
	for _, b := range bs {
		if b == nil {
			continue
		}
		if b.Path == "" {
			b.Path = path
		}
		if b.ID == "" {
			b.ID = Slug(path)
		}
		sanitizeBriefing(b)
		out = append(out, b)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no stories", f.Name)
	}
	return out, nil
}

// sanitizeBriefing cleans every field that can reach the screen.
func sanitizeBriefing(b *Briefing) {
	b.ID = SanitizeLine(b.ID)
	b.Title = CapLine(SanitizeLine(b.Title), MaxTitle)
	b.Dateline = SanitizeLine(b.Dateline)
	b.Source = SanitizeLine(b.Source)
	b.Author = SanitizeLine(b.Author)
	b.Publisher = SanitizeLine(b.Publisher)
	for i := range b.Paragraphs {
		p := &b.Paragraphs[i]
		p.Label = SanitizeLine(p.Label)
		if p.Style.Block == BlockCode || strings.Contains(p.Text, "\n\n") {
			p.Text = Sanitize(p.Text)
		} else {
			p.Text = SanitizeLine(p.Text)
		}
	}
	for i := range b.Declared.Parties {
		p := &b.Declared.Parties[i]
		p.Name = SanitizeLine(p.Name)
		for k := range p.Aliases {
			p.Aliases[k] = SanitizeLine(p.Aliases[k])
		}
	}
	for i := range b.Declared.Speakers {
		s := &b.Declared.Speakers[i]
		s.Name, s.Role, s.Party = SanitizeLine(s.Name), SanitizeLine(s.Role), SanitizeLine(s.Party)
		for k := range s.Aliases {
			s.Aliases[k] = SanitizeLine(s.Aliases[k])
		}
	}
	for i := range b.Warnings {
		b.Warnings[i] = SanitizeLine(b.Warnings[i])
	}
}
