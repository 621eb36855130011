package main

import (
	"runtime/debug"
	"testing"
)

// TestRunDispatch checks that subcommands reach the CLI and that a wrong
// reader option stops before the terminal is touched.
func TestRunDispatch(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	t.Setenv("BRIEF_DATA_DIR", t.TempDir())
	t.Setenv("BRIEF_CONFIG_DIR", t.TempDir())
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"version"}, 0},
		{[]string{"lst"}, 2},
		{[]string{"--no-such-option"}, 2},
		{[]string{"--max-size", "lots", "x.txt"}, 2},
		{[]string{"subscriptions", "--json"}, 0},
		{[]string{"subscribe", "not-a-url"}, 2},
		{[]string{"refresh"}, 0}, // nothing to refresh
	}
	for _, tt := range tests {
		if got := run(tt.args); got != tt.want {
			t.Errorf("run(%q) = %d, want %d", tt.args, got, tt.want)
		}
	}
}

// TestNoHighlighterAtStartUp guards the start-up of every command: glamour
// links chroma, whose registries cost about 15 ms of package
// initialisation in each process, and go.mod replaces it with brief's
// stand-in (third_party/chroma), which builds nothing at start-up.
func TestNoHighlighterAtStartUp(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build information in this test binary")
	}
	for _, dep := range info.Deps {
		if dep.Path != "github.com/alecthomas/chroma/v2" {
			continue
		}
		if dep.Replace == nil || dep.Replace.Path != "./third_party/chroma" {
			t.Errorf("chroma is linked as %+v, not replaced by ./third_party/chroma", dep)
		}
		return
	}
	t.Log("chroma is not linked at all")
}
