package cli

import "io"

// Main is brief's command line, args without the program's name: a
// subcommand runs here, and anything else is the interactive reader's,
// which read runs once the reader's options are parsed (main.go's read,
// the one place that knows the model). A wrong option stops here,
// before the terminal is touched. It returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer, read func(*Reader) int) int {
	if IsCommand(args) {
		return Run(args, stdin, stdout, stderr)
	}
	r, code := ParseReader(args, stdin, stderr)
	if r == nil {
		return code
	}
	return read(r)
}
