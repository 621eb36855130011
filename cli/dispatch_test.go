package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alecthomas/chroma/v2/quick"
)

// TestMainDispatch checks that subcommands reach Run, that a wrong
// reader option stops before the terminal is touched, and that the rest
// reaches the reader with its paths. (It was the main package's test;
// Main is main.go's dispatch, moved here so that no test links that
// package, issue #13.)
func TestMainDispatch(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	w := newWorld(t)
	dir := w.dataDir
	story := writeStory(t, dir, "calm.txt", calmStory)
	const reading = 7 // what the stand-in reader returns
	tests := []struct {
		args   []string
		want   int
		reader bool // whether the reader is started
	}{
		{[]string{"version"}, ExitOK, false},
		{[]string{"lst"}, ExitUsage, false},
		{[]string{"--no-such-option"}, ExitUsage, false},
		{[]string{"--max-size", "lots", "x.txt"}, ExitUsage, false},
		{[]string{"subscriptions", "--json"}, ExitOK, false},
		{[]string{"subscribe", "not-a-url"}, ExitUsage, false},
		{[]string{"refresh"}, ExitOK, false}, // nothing to refresh
		{[]string{"--max-size", "1000000", story}, reading, true},
	}
	for _, tt := range tests {
		started := false
		read := func(r *Reader) int {
			started = true
			if !slices.Equal(r.Paths, tt.args[len(tt.args)-1:]) {
				t.Errorf("Main(%q): the reader has paths %q", tt.args, r.Paths)
			}
			r.Close()
			return reading
		}
		var out, errb bytes.Buffer
		if got := mainWith(w.getenv, tt.args, strings.NewReader(""), &out, &errb, read); got != tt.want {
			t.Errorf("Main(%q) = %d, want %d; stderr:\n%s", tt.args, got, tt.want, errb.String())
		}
		if started != tt.reader {
			t.Errorf("Main(%q): reader started %v, want %v", tt.args, started, tt.reader)
		}
	}
}

// TestNoHighlighterAtStartUp guards the start-up of every command: glamour
// links chroma, whose registries cost about 15 ms of package
// initialisation in each process, and go.mod replaces it with brief's
// stand-in (third_party/chroma), which builds nothing at start-up and
// highlights nothing. This package links glamour, and so chroma, as brief
// does. (A test binary of a package other than main records no module
// dependencies, so the stand-in is known by what it does: upstream's
// Highlight colours Go source, the stand-in writes it as it is.)
func TestNoHighlighterAtStartUp(t *testing.T) {
	t.Parallel()
	const src = "package main\n\nfunc main() {}\n"
	var b strings.Builder
	if err := quick.Highlight(&b, src, "go", "terminal256", "monokai"); err != nil {
		t.Fatal(err)
	}
	if b.String() != src {
		t.Errorf("chroma's Highlight coloured Go source (%q): the linked chroma is not ./third_party/chroma's stand-in", b.String())
	}
}

// TestLicence: brief is MIT-licensed, as the Charm libraries it is built
// on are, and the README, where readers meet the command line, says so
// where they look for it, at the end.
func TestLicence(t *testing.T) {
	t.Parallel()
	licence, err := os.ReadFile(filepath.Join("..", "LICENSE"))
	if err != nil {
		t.Fatalf("no LICENSE file: %v", err)
	}
	for _, want := range []string{"MIT License", "Copyright (c) 2026 The brief authors", "Permission is hereby granted, free of charge"} {
		if !strings.Contains(string(licence), want) {
			t.Errorf("LICENSE lacks %q", want)
		}
	}
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, found := strings.Cut(string(readme), "\n## Licence\n")
	if !found {
		t.Fatal(`README.md has no "## Licence" section`)
	}
	if strings.Contains(section, "\n## ") {
		t.Error(`"## Licence" is not the README's last section`)
	}
	if !strings.Contains(section, "MIT") || !strings.Contains(section, "(LICENSE)") {
		t.Errorf("the Licence section does not name the MIT licence and link LICENSE:\n%s", section)
	}
}
