package cli

import (
	"io"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/feed"
	"github.com/brief-reader/brief/library"
)

// formats are the input formats beyond text and Markdown: feeds and web
// pages, files or URLs.
func formats() []data.Format {
	return feed.Formats(nil)
}

// newAttributor builds the attributor with the user's gazetteer files.
// Problems with those files are reported but do not stop brief: the
// built-in gazetteer still works.
func newAttributor(stderr io.Writer) *data.Attributor {
	attr, errs := data.NewAttributor(configDir())
	for _, err := range errs {
		(&env{stderr: stderr}).failf("%v", err)
	}
	return attr
}

// loaded is what a command works on.
type loaded struct {
	stories []*data.Briefing
	attr    *data.Attributor
	lib     *library.Library // nil when it could not be opened
	ok      bool             // every path, and every built-in briefing, loaded
}

// load reads the briefings a command works on: the paths, or with none
// the library's stories and the built-in ones. Every path that fails is
// reported on stderr and makes ok false; the library's problems are
// reported as warnings that leave ok alone. The library is opened either
// way, for what has been read.
func (e *env) load(paths []string, c *common) loaded {
	attr := newAttributor(e.stderr)
	opts := c.loadOptions(attr)
	lib, libErr := openLibrary()
	var bs []*data.Briefing
	var errs, warnings []error
	if len(paths) == 0 {
		if libErr != nil {
			warnings = append(warnings, libraryWarning(libErr))
		}
		var more []error
		bs, errs, more = defaultStories(lib, opts)
		warnings = append(warnings, more...)
	} else {
		bs, errs = data.Load(paths, e.stdin, opts)
	}
	for _, err := range append(warnings, errs...) {
		e.failf("%s", data.SanitizeLine(err.Error()))
	}
	return loaded{stories: bs, attr: attr, lib: lib, ok: len(errs) == 0}
}

// listing reads the command line shared by "list" and "quotes" ([--json]
// [--party P] [--speaker S] [--max-size N] [PATH...]) and loads the
// stories. ok is false, with the exit status, on a wrong command line.
func (e *env) listing(name string, args []string) (in loaded, f filters, asJSON bool, code int, ok bool) {
	fs := newFlags(name)
	var c common
	c.register(fs)
	f.register(fs)
	fs.BoolVar(&asJSON, "json", false, "JSON output")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return loaded{}, f, false, e.usageError("%s: %s", name, flagError(err)), false
	}
	return e.load(paths, &c), f, asJSON, 0, true
}
