// Package cli is brief's non-interactive side: the list, show, quotes,
// subscription, refresh, help and version subcommands, and the set-up the
// reader shares with them (flags, loading, the attributor, the library).
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/library"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitError = 1 // something could not be read or found; the rest was printed
	ExitUsage = 2 // the command line is wrong
)

// usageText is the help; usage fills in its folders.
const usageText = `brief: who said what, for which party, in news and briefings.

Usage:
  brief [--max-size N] [PATH...]          read briefings in the terminal
  brief list [--json] [--party P] [--speaker S] [--query Q] [PATH...]
                                          one line per story
  brief show ID|N [PATH...]               one story, as Markdown (rendered on a terminal)
  brief quotes [--format F] [--party P] [--speaker S] [--query Q] [PATH...]
                                          every statement: who, for which party, what
  brief search [--json] WORDS [PATH...]   the stories that hold every word, best first
                                          (the library's, or those of the PATHs)
  brief search [--json] --query Q [WORDS] [PATH...]
                                          those the query keeps; when it has words,
                                          they are searched for and every argument
                                          is a PATH
  brief speakers [--json] [PATH...]       every speaker across the stories: role,
                                          party, statements, first and last date
  brief speaker [--json] NAME [PATH...]   one speaker's profile: roles, party, the
                                          names found under, statements newest first
  brief parties [--json] [PATH...]        every party: statements, who spoke for it
  brief subscribe [--force] URL           follow a feed (fetched once to check it is
                                          one; --force: without fetching it)
  brief unsubscribe URL|N                 stop following a feed (N: its number)
  brief subscriptions [--json]            the feeds followed and how they refreshed
  brief refresh                           fetch the feeds followed; keep new stories
  brief help | version

PATH is a file (.txt, .md, feeds and saved pages), a folder (read
recursively), "-" for standard input, or a feed or page URL. With no PATH,
brief shows the stories stored by "brief refresh", newest first, then its
built-in example briefings; "brief list" marks with * the ones not opened
yet.

The library (stories, read and starred marks, subscriptions) is a
database, brief.db, in the data folder; it also caches the files given
as PATHs. The config folder holds the user's gazetteer files. Here they
are:
  data folder    {{DATA}}
                 ($BRIEF_DATA_DIR, else $XDG_DATA_HOME/brief)
  config folder  {{CONFIG}}
                 ($BRIEF_CONFIG_DIR, else the system's config folder)

Options, for every command:
  --max-size N   the largest file read, in bytes or with a K or M suffix
                 (default 8M)
  --json         (list, quotes, search, subscriptions, speakers, speaker,
                 parties) JSON instead of text
  --format F     (quotes) text, json, csv or md: each statement cited, with
                 "also_in", the other stories that report it (--json and
                 --csv are --format json and csv)
  --no-cache     read every file again rather than what brief's database
                 remembers of it (list, show, quotes, the reader)
  --party P      (list, quotes) only this party; aliases work ("US", "Kyiv")
  --speaker S    (list, quotes) only this speaker; part of a name works
  --query Q      (list, quotes, search) only what the query keeps, as "/" in
                 the reader: party:P speaker:"S" after:2025-01 before:2025-06-30
                 kind:direct is:unread is:starred words "a phrase"; -term
                 negates one; all must hold (see the README)

Exit status: 0 when all went well, 1 when a path could not be read, a
story was not found or a feed could not be refreshed (the rest is still
done), 2 for a wrong command line. A library that cannot be read is a
warning: the rest is shown.
`

// usageFrom is the help, naming the folders brief uses on this machine
// (as getenv's variables decide) rather than the rules that find them.
func usageFrom(getenv func(string) string) string {
	dataDir, configDir, err := dirsFrom(getenv)
	if err != nil {
		dataDir, configDir = "(unknown: "+err.Error()+")", "(unknown)"
	}
	return strings.NewReplacer("{{DATA}}", data.SanitizeLine(dataDir), "{{CONFIG}}", data.SanitizeLine(configDir)).Replace(usageText)
}

// helpHint ends a one-line complaint about the command line: the whole
// usage would push the complaint out of sight.
const helpHint = ` (see "brief help")`

// commands are the subcommands Run knows.
var commands = map[string]func(*env, []string) int{
	"list":          runList,
	"show":          runShow,
	"quotes":        runQuotes,
	"subscribe":     runSubscribe,
	"unsubscribe":   runUnsubscribe,
	"subscriptions": runSubscriptions,
	"refresh":       runRefresh,
	"search":        runSearch,
	"speakers":      runSpeakers,
	"speaker":       runSpeaker,
	"parties":       runParties,
}

// IsCommand reports whether brief's command line is for Run rather than
// for the reader: its first word (options like --max-size may come before
// it) is a subcommand, help or version, or a bare word that names no
// file, which is most likely a mistyped subcommand and deserves the usage
// rather than "no such file".
func IsCommand(args []string) bool {
	i := commandIndex(args)
	if i < 0 {
		return false
	}
	arg := args[i]
	if isHelpOrVersion(arg) {
		return true
	}
	if _, ok := commands[arg]; ok {
		return true
	}
	if strings.HasPrefix(arg, "-") || strings.ContainsAny(arg, `/\.:`) {
		return false
	}
	_, err := os.Lstat(arg)
	return errors.Is(err, os.ErrNotExist)
}

func isHelpOrVersion(arg string) bool {
	switch arg {
	case "help", "-h", "-help", "--help", "version", "--version":
		return true
	}
	return false
}

// commandIndex finds the first word that is not an option or an option's
// value, or -1. Help and version count wherever they are.
func commandIndex(args []string) int {
	for i, a := range args {
		if a == "--" {
			break
		}
		if isHelpOrVersion(a) {
			return i
		}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--max-size" || a == "-max-size":
			i++ // its value
		case a == "-" || !strings.HasPrefix(a, "-"):
			return i
		case a == "--":
			if i+1 < len(args) {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// Run runs one subcommand; args[0] is its name (the program name is not
// included). It returns the exit status.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runWith(os.Getenv, args, stdin, stdout, stderr)
}

// runWith is Run with the environment variables getenv gives: tests pass
// their own folders here rather than set them in the process, so that
// they can run side by side (issue #13).
func runWith(getenv func(string) string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := newEnv(stdin, stdout, stderr)
	e.getenv = getenv
	return e.run(args)
}

// run runs the subcommand args[0] in e.
func (e *env) run(args []string) int {
	defer e.flush()
	defer e.closeLibraries()
	i := commandIndex(args)
	if i < 0 {
		fmt.Fprint(e.stderr, usageFrom(e.getenv))
		return ExitUsage
	}
	// Options before the command ("brief --max-size 1M list") belong to
	// it like the ones after.
	args = append(append([]string{args[i]}, args[:i]...), args[i+1:]...)
	switch args[0] {
	case "help", "-h", "-help", "--help":
		fmt.Fprint(e.stdout, usageFrom(e.getenv))
		return ExitOK
	case "version", "--version":
		fmt.Fprintln(e.stdout, "brief", Version())
		return ExitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "brief: unknown command %q%s\n", data.SanitizeLine(args[0]), helpHint)
		return ExitUsage
	}
	return cmd(e, args[1:])
}

// env is what a subcommand writes to and reads from. It holds standard
// output and standard error only behind the gate (see textOut and
// jsonOut): a command cannot print around it.
type env struct {
	stdin          io.Reader
	stdout, stderr *textOut
	json           jsonOut             // standard output, for JSON
	libs           []*library.Library  // opened by the command, closed after it
	shared         *library.Library    // when set, what openLibrary gives, opened and closed by the caller: a test runs hundreds of commands, and opening was a third of their cost (issue #13)
	getenv         func(string) string // the folders' variables (os.Getenv but in tests)
}

func newEnv(stdin io.Reader, stdout, stderr io.Writer) *env {
	return &env{stdin: stdin, stdout: newTextOut(stdout), stderr: newTextOut(stderr), json: jsonOut{stdout}, getenv: os.Getenv}
}

// flush writes what the command left unended on either stream.
func (e *env) flush() {
	e.stdout.flush()
	e.stderr.flush()
}

// openLibrary opens the user's library for the command; Run closes it.
// With e.shared set it gives that one, which stays open.
func (e *env) openLibrary() (*library.Library, error) {
	if e.shared != nil {
		return e.shared, nil
	}
	lib, err := openLibraryFrom(e.getenv)
	if lib != nil {
		e.libs = append(e.libs, lib)
	}
	return lib, err
}

func (e *env) closeLibraries() {
	for _, l := range e.libs {
		l.Close()
	}
}

// failf reports a problem on stderr in the "brief: …" form, on one line
// whatever the error quotes.
func (e *env) failf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "brief: %s\n", data.SanitizeLine(fmt.Sprintf(format, args...)))
}

// usageError reports a wrong command line, on one line.
func (e *env) usageError(format string, args ...any) int {
	e.failf(format+helpHint, args...)
	return ExitUsage
}

// Version is the module version brief was built as, with the commit when
// the build recorded one.
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}
