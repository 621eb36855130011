//go:build unix

package cli

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

// openTerminal gives a terminal to stand for standard input: the master
// side of a new pseudo-terminal, which is one (isatty says so) and which
// nobody writes to, so a read of it waits for ever, as a user's terminal
// does when nothing is piped.
func openTerminal(t *testing.T) *os.File {
	t.Helper()
	f, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestStdinTerminalReader: "brief -" with nothing piped used to show
// "loading… 0 stories" for ever. The reader now refuses it before it
// takes the screen, and still takes a pipe.
func TestStdinTerminalReader(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	tty := openTerminal(t)
	var errb bytes.Buffer
	r, code := w.parseReader([]string{"-"}, tty, &errb)
	if r != nil || code != ExitUsage {
		t.Fatalf("ParseReader(-) on a terminal = %v, %d; want nil, %d", r, code, ExitUsage)
	}
	if got := errb.String(); strings.Count(got, "\n") != 1 || !strings.Contains(got, "brief: -: standard input is a terminal") || !strings.Contains(got, "brief - < ") {
		t.Errorf("stderr %q: want one line that says standard input is a terminal and how to pipe a briefing", got)
	}
	// A terminal is fine when "-" is not asked for, and a pipe is fine.
	for _, tt := range []struct {
		args  []string
		stdin io.Reader
	}{{[]string{"calm.txt"}, tty}, {[]string{"-"}, strings.NewReader(calmStory)}, {nil, tty}} {
		errb.Reset()
		r, code := w.parseReader(tt.args, tt.stdin, &errb)
		if r == nil || code != ExitOK {
			t.Errorf("ParseReader(%q) = nil, %d: %s", tt.args, code, errb.String())
		} else {
			r.Close()
		}
	}
}

// TestStdinTerminalCommands: "brief list -" with nothing piped says so at
// once, and the other paths are still listed.
func TestStdinTerminalCommands(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	good := writeStory(t, t.TempDir(), "calm.txt", calmStory)
	w := newWorld(t)
	tty := openTerminal(t)
	for _, args := range [][]string{{"list", "-"}, {"quotes", "--json", "-", good}, {"list", good, "-"}} {
		type outcome struct {
			code     int
			out, err string
		}
		done := make(chan outcome, 1)
		go func() {
			var out, errb bytes.Buffer
			code := runWith(w.getenv, args, tty, &out, &errb)
			done <- outcome{code, out.String(), errb.String()}
		}()
		var got outcome
		select {
		case got = <-done:
		case <-time.After(20 * time.Second): // a guard against a hang, not a measure of speed
			t.Fatalf("%q: still waiting for a terminal to send a briefing", args)
		}
		if got.code != ExitError || !strings.Contains(got.err, "brief: -: standard input is a terminal") {
			t.Errorf("%q: exit %d, stderr %q; want %d and the reason", args, got.code, got.err, ExitError)
		}
		if args[len(args)-1] == "-" && args[1] != "-" && !strings.Contains(got.out, "Calm Day in Velhaven") {
			t.Errorf("%q: the good file was not listed:\n%s", args, got.out)
		}
	}
}
