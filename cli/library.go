package cli

import (
	"fmt"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/library"
	"github.com/brief-reader/brief/store"
)

// openLibraryFrom opens the user's library in the folders dirsFrom
// decides with getenv's variables.
func openLibraryFrom(getenv func(string) string) (*library.Library, error) {
	dataDir, cfgDir, err := dirsFrom(getenv)
	if err != nil {
		return nil, fmt.Errorf("library: %w", err)
	}
	lib, err := library.Open(dataDir, cfgDir, library.Options{})
	if err != nil {
		return nil, fmt.Errorf("library in %s: %w", dataDir, err)
	}
	return lib, nil
}

// libraryWarning says that the library is missing from what brief shows.
// It is a warning, never fatal: the built-in briefings still work, and
// the library is not something the user named on this command line.
func libraryWarning(err error) error {
	return fmt.Errorf("%w; showing the built-in briefings only", err)
}

// defaultStories are what brief reads with no paths: the library's stories,
// newest first, then the built-in examples. The library comes first
// because it is what changes from day to day: the examples are fixed,
// mostly undated or dated in an invented future, and sorting them in by
// date would leave them above today's news for good.
//
// Stories go to stored (with their database row, for their body when
// want leaves the body out) and to emit (the examples, and the examples that
// failed: brief's own fault, an error); the returned warnings are the
// library's problems, reported without failing the command.
func defaultStories(lib *library.Library, opts data.LoadOptions, want store.Want, stored func(*data.Briefing, int64), emit func(*data.Briefing, error)) (warnings []error) {
	if lib != nil {
		warnings = lib.Each(opts.Attributor, want, stored)
	}
	embedded, errs := data.Embedded(opts)
	for _, b := range embedded {
		emit(b, nil)
	}
	for _, err := range errs {
		emit(nil, err)
	}
	return warnings
}

// isRead asks lib, which may be nil: with no library, nothing was read.
func isRead(lib *library.Library, id string) bool {
	return lib != nil && lib.IsRead(id)
}

// isStarred asks lib, which may be nil.
func isStarred(lib *library.Library, id string) bool {
	return lib != nil && lib.IsStarred(id)
}
