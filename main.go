// Command brief reads diplomatic briefings and news in the terminal and
// shows who said what, for which party.
package main

import (
	"os"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/cli"
	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/model"
)

// main has no tests of its own: a test binary of this package links
// everything brief does, and the race detector's second at exit with it,
// for what cli's tests check already (cli.Main, TestMainDispatch).
func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, read))
}

// read runs the interactive reader until the user quits.
func read(r *cli.Reader) int {
	cfg := model.Config{
		Attributor: r.Attributor,
		Load:       func(emit func(*data.Briefing, error)) { r.Load(os.Stdin, emit) },
		LoadBody:   r.Body,
		// Stories from the database come without statements; the
		// quote view reads them when first shown.
		LoadStatements: r.LoadStatements,
		// "y" asks the terminal to copy a citation; bubbletea draws on
		// standard output, so the terminal is there.
		Clipboard:  os.Stdout,
		ExportDirs: r.ExportDirs(),
		OpenURL:    cli.OpenInBrowser,
	}
	// Without a library the reader shows no unread marks and no refresh
	// key; why there is none is among r.Problems.
	if r.HasLibrary() {
		cfg.MarkRead, cfg.IsRead, cfg.Refresh = r.MarkRead, r.IsRead, r.Refresh
		cfg.SearchBodies = r.SearchBodies
		cfg.StatementTexts = r.StatementWords
		if r.ReportsStored() {
			cfg.MakeReports, cfg.ReportsMade, cfg.LoadReports = r.MakeReports, r.ReportsMade, r.LoadReports
		}
		cfg.SetStarred, cfg.IsStarred = r.SetStarred, r.IsStarred
		cfg.MarkUnread, cfg.MarkAllRead = r.MarkUnread, r.MarkAllRead
		cfg.SetStatementStarred, cfg.IsStatementStarred = r.SetStatementStarred, r.IsStatementStarred
		// The library's stories are listed at once and read as they
		// come on screen; Load gives the built-in ones after them.
		cfg.OpenStored = func() (model.Stored, error) {
			s, err := r.Stored()
			if s == nil { // not a nil *StoredStories in an interface
				return nil, err
			}
			return s, err
		}
	}
	defer r.Close()
	m := model.New(cfg)
	// Standard input may hold a briefing ("-"); bubbletea then reads keys
	// from the terminal itself.
	if _, err := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion()).Run(); err != nil {
		cli.PrintError(os.Stderr, err)
		return cli.ExitError
	}
	return cli.ExitOK
}
