package cli

import (
	"errors"
	"flag"
	"fmt"
	"runtime/debug"
	"slices"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/query"
	"github.com/brief-reader/brief/feed"
	"github.com/brief-reader/brief/library"
	"github.com/brief-reader/brief/store"
)

// formats are the input formats beyond text and Markdown: feeds and web
// pages, files or URLs.
func formats() []data.Format {
	return feed.Formats(nil)
}

// newAttributor builds the attributor with the user's gazetteer files
// (without any, the shared default one). Problems with those files are
// reported but do not stop brief: the built-in gazetteer still works.
func (e *env) newAttributor() *data.Attributor {
	attr, errs := data.AttributorFor(configDirFrom(e.getenv))
	for _, err := range errs {
		e.failf("%v", err)
	}
	return attr
}

// loaded is what a command works on.
type loaded struct {
	stories []*data.Briefing
	attr    *data.Attributor
	lib     *library.Library // nil when it could not be opened
	ok      bool             // every path, and every built-in briefing, loaded
	bodies  *bodies          // fills in the paragraphs of compact stories
	asJSON  bool             // --json was given (list, quotes)
}

// load reads the briefings a command works on: the paths, or with none
// the library's stories and the built-in ones. Every path that fails is
// reported on stderr and makes ok false; the library's problems are
// reported as warnings that leave ok alone. The library is opened either
// way, for what has been read, and its database caches the files read
// (unless --no-cache). Stories from the database come with as much as
// want says; with want.Body false, stories from the database
// come without paragraphs: see loaded.bodies.
func (e *env) load(paths []string, c *common, want store.Want) loaded {
	var stories []*data.Briefing
	in := e.streamTracked(paths, c, want, true, func(_ *loaded, b *data.Briefing) { stories = append(stories, b) })
	in.stories = stories
	return in
}

// stream is load for a command that handles each story as it comes and
// keeps none: its memory does not grow with the number of stories. each
// is called in order, from one goroutine; in.stories stays empty.
func (e *env) stream(paths []string, c *common, want store.Want, each func(in *loaded, b *data.Briefing)) loaded {
	return e.streamTracked(paths, c, want, false, each)
}

// streamTracked is stream; with track set, compact stories can have their
// bodies read afterwards (loaded.bodies), which keeps each one alive.
func (e *env) streamTracked(paths []string, c *common, want store.Want, track bool, each func(in *loaded, b *data.Briefing)) loaded {
	// What a streaming command allocates is nearly all garbage (rows
	// decoded, written out and dropped), so the heap may stay closer to
	// what is live: with Go's default the peak was 2.2 to 2.8 times the
	// corpus for "quotes --json", 1.7 times with this.
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	attr := e.newAttributor()
	opts := c.loadOptions(attr)
	lib, libErr := e.openLibrary()
	in := loaded{attr: attr, lib: lib, bodies: &bodies{lib: lib}}
	var errs, warnings []error
	if lib != nil {
		for _, n := range lib.Notes {
			warnings = append(warnings, errors.New(n))
		}
	}
	emit := func(b *data.Briefing, err error) {
		if err != nil {
			errs = append(errs, err)
		} else {
			each(&in, b)
		}
	}
	if len(paths) == 0 {
		if libErr != nil {
			warnings = append(warnings, libraryWarning(libErr))
		}
		warnings = append(warnings, defaultStories(lib, opts, want, func(b *data.Briefing, doc int64) {
			if track {
				in.bodies.add(b, doc)
			}
			emit(b, nil)
		}, emit)...)
	} else {
		if libErr != nil && !c.noCache && errors.Is(libErr, store.ErrReadOnly) {
			warnings = append(warnings, fmt.Errorf("%w; reading every file without the cache", libErr))
		}
		stdin := e.stdin
		if slices.Contains(paths, "-") && isTerminal(stdin) {
			// Read, it would wait for the user to type a briefing; "-" fails
			// like a path that cannot be read, and the others are read.
			stdin = failingReader{errStdinTerminal}
		}
		cache := fileCache(lib, attr, c.noCache, want, track)
		in.bodies.cache = cache
		opts.Cache = cacheOption(cache)
		data.LoadEach(paths, stdin, opts, emit)
		warnings = append(warnings, closeCache(cache, paths)...)
	}
	for _, err := range append(warnings, errs...) {
		e.failf("%v", err)
	}
	in.ok = len(errs) == 0
	return in
}

// listing reads the command line shared by "list" and "quotes" ([--json]
// [--party P] [--speaker S] [--max-size N] [PATH...]) and streams the
// stories to each. ok is false, with the exit status, on a wrong command
// line.
//
// more registers a command's own flags and returns what checks them once
// parsed: an error there is a wrong command line.
func (e *env) listing(name string, args []string, each func(in *loaded, f filters, asJSON bool, b *data.Briefing), more ...func(*flag.FlagSet) func() error) (in loaded, f filters, asJSON bool, code int, ok bool) {
	fs := newFlags(name)
	var c common
	c.register(fs)
	f.register(fs)
	fs.BoolVar(&asJSON, "json", false, "JSON output")
	var checks []func() error
	for _, register := range more {
		checks = append(checks, register(fs))
	}
	paths, err := parseArgs(fs, args)
	if err != nil {
		return loaded{}, f, false, e.usageError("%s: %s", name, flagError(err)), false
	}
	for _, check := range checks {
		if err := check(); err != nil {
			return loaded{}, f, false, e.usageError("%s: %v", name, err), false
		}
	}
	if f.q, ok = e.parseQuery(name, f.query); !ok {
		return loaded{}, f, false, ExitError, false
	}
	// A list without filters needs no statements, only their number.
	want := queryWants(f.q, store.Want{Statements: name != "list" || f.party != "" || f.speaker != ""})
	seen := newNamesSeen(f)
	in = e.stream(paths, &c, want, func(in *loaded, b *data.Briefing) {
		if f.q != nil && f.match == nil {
			f.match = query.NewMatcher(*f.q, in.attr, libraryMarks{in.lib})
		}
		seen.note(in.attr, b)
		each(in, f, asJSON, b)
	})
	if seen.reportUnknown(e, name, in.attr) {
		in.ok = false
	}
	in.asJSON = asJSON
	return in, f, asJSON, 0, true
}
