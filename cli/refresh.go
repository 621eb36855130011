package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/library"
)

func runRefresh(e *env, args []string) int {
	rest, err := parseArgs(newFlags("refresh"), args)
	switch {
	case err != nil:
		return e.usageError("refresh: %s", flagError(err))
	case len(rest) > 0:
		return e.usageError("refresh: takes no arguments, got %q", rest)
	}
	lib := e.needLibrary("refresh")
	if lib == nil {
		return ExitError
	}
	// Ctrl-C stops the refresh between two stored items, so that what was
	// stored is whole and the rest comes next time.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// Each feed is reported as it finishes: a slow one should not hide
	// what the others did. Progress is called one at a time.
	report, err := lib.Refresh(ctx, func(p library.Progress) {
		if p.Feed == nil {
			return
		}
		line := data.SanitizeLine(p.Feed.String())
		if p.Feed.Err != nil {
			e.failf("refresh: %s", line)
		} else {
			fmt.Fprintln(e.stdout, line)
		}
	})
	switch {
	case ctx.Err() != nil:
		// Checked first: a cancelled dial looks like no network.
		if len(report.Feeds) > 0 {
			fmt.Fprintln(e.stdout, refreshSummary(report))
		}
		e.failf("refresh: interrupted; the stories stored until then are kept")
		return ExitError
	case errors.Is(err, library.ErrOffline):
		e.failf("refresh: no network; nothing changed")
		return ExitError
	case err != nil:
		e.failf("refresh: %v", err)
		return ExitError
	case len(report.Feeds) == 0:
		fmt.Fprintln(e.stdout, "no subscriptions to refresh; add one with: brief subscribe URL")
		return ExitOK
	}
	fmt.Fprintln(e.stdout, refreshSummary(report))
	if len(report.Failed()) > 0 {
		return ExitError
	}
	return ExitOK
}

// refreshSummary is what a refresh did, in one line: "3 new stories from
// 2 feeds, 1 failed".
func refreshSummary(r library.Report) string {
	return fmt.Sprintf("%s from %s, %d failed",
		plural(r.New(), "new story", "new stories"), plural(len(r.Feeds), "feed", "feeds"), len(r.Failed()))
}

// refreshStatus is refreshSummary with the failed feeds named, for the
// reader's one status line where the per-feed lines are not seen.
func refreshStatus(r library.Report) string {
	s := refreshSummary(r)
	var names []string
	for _, f := range r.Failed() {
		names = append(names, f.Name())
	}
	if len(names) > 0 {
		s += " (" + strings.Join(names, ", ") + ")"
	}
	return data.SanitizeLine(s)
}
