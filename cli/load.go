package cli

import (
	"io"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/feed"
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

// load reads the briefings a command works on: the paths, or the built-in
// ones when there are none. Every path that fails is reported on stderr;
// ok is false if any did.
func (e *env) load(paths []string, c *common) (bs []*data.Briefing, attr *data.Attributor, ok bool) {
	attr = newAttributor(e.stderr)
	opts := c.loadOptions(attr)
	var errs []error
	if len(paths) == 0 {
		bs, errs = data.Embedded(opts)
	} else {
		bs, errs = data.Load(paths, e.stdin, opts)
	}
	for _, err := range errs {
		e.failf("%s", data.SanitizeLine(err.Error()))
	}
	return bs, attr, len(errs) == 0
}
