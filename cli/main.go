package cli

import (
	"io"
	"os"
)

// Main is brief's command line, args without the program's name: a
// subcommand runs here, and anything else is the interactive reader's,
// which read runs once the reader's options are parsed (main.go's read,
// the one place that knows the model). A wrong option stops here,
// before the terminal is touched. It returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer, read func(*Reader) int) int {
	return mainWith(os.Getenv, args, stdin, stdout, stderr, read)
}

// mainWith is Main with the environment variables getenv gives, as
// runWith is Run's.
func mainWith(getenv func(string) string, args []string, stdin io.Reader, stdout, stderr io.Writer, read func(*Reader) int) int {
	if IsCommand(args) {
		return runWith(getenv, args, stdin, stdout, stderr)
	}
	r, code := parseReaderWith(getenv, args, stdin, stderr)
	if r == nil {
		return code
	}
	return read(r)
}
