package cli

import (
	"fmt"
	"io"

	"github.com/brief-reader/brief/data"
)

// Reader is what the interactive reader needs from the command line.
type Reader struct {
	Paths      []string
	Attributor *data.Attributor
	Options    data.LoadOptions
	// Problems are errors met while setting up (the user's gazetteer
	// files); the reader shows them with the load errors, where they are
	// seen, rather than on a screen the reader is about to cover.
	Problems []error
}

// ParseReader reads the reader's command line: [--max-size N] [PATH...].
// It returns nil and an exit status when brief should stop (a wrong
// option: the usage is on stderr).
func ParseReader(args []string, stderr io.Writer) (*Reader, int) {
	fs := newFlags("brief")
	var c common
	c.register(fs)
	paths, err := parseArgs(fs, args)
	if err != nil {
		fmt.Fprintf(stderr, "brief: %s\n\n%s", flagError(err), usage)
		return nil, ExitUsage
	}
	attr, errs := data.NewAttributor(configDir())
	return &Reader{Paths: paths, Attributor: attr, Options: c.loadOptions(attr), Problems: errs}, ExitOK
}

// Load streams the briefings for model.Config.Load: the setup problems
// first, then the paths, or the built-in briefings when there are none.
func (r *Reader) Load(stdin io.Reader, emit func(*data.Briefing, error)) {
	for _, err := range r.Problems {
		emit(nil, err)
	}
	if len(r.Paths) > 0 {
		data.LoadEach(r.Paths, stdin, r.Options, emit)
		return
	}
	bs, errs := data.Embedded(r.Options)
	for _, b := range bs {
		emit(b, nil)
	}
	for _, err := range errs {
		emit(nil, err)
	}
}
