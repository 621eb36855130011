package cli

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/brief-reader/brief/library"
)

// world is a test's own data and config folders, given to the commands
// it runs as their environment rather than set in the process's as
// isolate does: tests that use a world, and no isolate, can run side by
// side (t.Parallel; issue #13). It names both of brief's folders, so the
// system's (XDG_*, HOME) are never read (dirsFrom).
type world struct {
	t       *testing.T
	dataDir string
	vars    map[string]string
}

// newWorld is isolate without the process's environment: fresh folders,
// the data folder holding a new database.
func newWorld(t *testing.T) *world {
	t.Helper()
	dataDir := t.TempDir()
	copyNewDatabase(t, dataDir)
	return &world{t: t, dataDir: dataDir, vars: map[string]string{
		envDataDir:   dataDir,
		envConfigDir: t.TempDir(),
	}}
}

// getenv gives the world's variables and nothing of the process's.
func (w *world) getenv(key string) string { return w.vars[key] }

// run is runHere in the world: one command sees what another left.
func (w *world) run(stdin string, args ...string) (code int, stdout, stderr string) {
	w.t.Helper()
	var out, errb bytes.Buffer
	code = runWith(w.getenv, args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// mustRun is mustRun in the world.
func (w *world) mustRun(want int, args ...string) (stdout, stderr string) {
	w.t.Helper()
	code, out, errs := w.run("", args...)
	if code != want {
		w.t.Fatalf("brief %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, want, out, errs)
	}
	return out, errs
}

// openLibrary opens the world's library, as a command does.
func (w *world) openLibrary() (*library.Library, error) { return openLibraryFrom(w.getenv) }

// runApart is run in a world of its own, for a test that runs side by
// side with others.
func runApart(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return newWorld(t).run(stdin, args...)
}

// TestWorldIsItsOwn: a command run in a world uses the world's folders,
// not those the process's environment names, so that tests using worlds
// can run side by side without setting it.
func TestWorldIsItsOwn(t *testing.T) {
	processData := isolate(t)
	w := newWorld(t)
	w.mustRun(ExitOK, "subscribe", "--force", "http://feeds.tesmar.example/rss")
	out, _ := w.mustRun(ExitOK, "subscriptions")
	if !strings.Contains(out, "feeds.tesmar.example") {
		t.Errorf("the world's subscriptions lack its feed:\n%s", out)
	}
	out, _ = mustRun(t, ExitOK, "subscriptions")
	if strings.Contains(out, "feeds.tesmar.example") {
		t.Errorf("the process's library (%s) got the world's feed:\n%s", processData, out)
	}
	if out, _ := w.mustRun(ExitOK, "help"); !strings.Contains(out, w.dataDir) {
		t.Errorf("help does not name the world's data folder %s:\n%s", w.dataDir, out)
	}
}

// listJSON is listJSON in the world.
func (w *world) listJSON(args ...string) []map[string]any {
	w.t.Helper()
	out, _ := w.mustRun(ExitOK, append([]string{"list", "--json"}, args...)...)
	return decodeObjects(w.t, out)
}

// newReader is newReader in the world.
func (w *world) newReader(args ...string) *Reader {
	w.t.Helper()
	r, code := parseReaderWith(w.getenv, args, nil, io.Discard)
	if r == nil {
		w.t.Fatalf("ParseReader(%q): exit %d", args, code)
	}
	return r
}

// parseReader is ParseReader in the world.
func (w *world) parseReader(args []string, stdin io.Reader, stderr io.Writer) (*Reader, int) {
	return parseReaderWith(w.getenv, args, stdin, stderr)
}

// setenv sets one of the world's variables, as t.Setenv would the
// process's.
func (w *world) setenv(key, value string) { w.vars[key] = value }
