package cli

import (
	"errors"
	"io"

	"github.com/charmbracelet/x/term"
)

// errStdinTerminal is why "-" is refused when nothing is piped: a
// terminal sends no briefing, only what the user types.
var errStdinTerminal = errors.New(`standard input is a terminal, not a briefing: pipe one in ("brief - < story.txt", "cat story.txt | brief -") or give a PATH`)

// isTerminal reports whether stdin is a terminal (an *os.File, or
// anything else with a file descriptor); a pipe, a file or a reader in
// memory is not.
func isTerminal(stdin io.Reader) bool {
	f, ok := stdin.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}

// failingReader fails every read with err.
type failingReader struct{ err error }

func (r failingReader) Read([]byte) (int, error) { return 0, r.err }
