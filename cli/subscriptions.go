package cli

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/feed"
	"github.com/brief-reader/brief/library"
)

// subscriptionJSON is one feed in "brief subscriptions --json". Unknown
// values are null.
type subscriptionJSON struct {
	N           int     `json:"n"` // what "brief unsubscribe N" takes
	URL         string  `json:"url"`
	Title       *string `json:"title"`
	LastRefresh *string `json:"last_refresh"` // RFC 3339
	Items       int     `json:"items"`
	LastError   *string `json:"last_error"`
}

// oneArg parses a command that takes exactly one argument and no options.
func (e *env) oneArg(name, what string, args []string) (string, int) {
	rest, err := parseArgs(newFlags(name), args)
	switch {
	case err != nil:
		return "", e.usageError("%s: %s", name, flagError(err))
	case len(rest) != 1:
		return "", e.usageError("%s: want one %s, got %d arguments", name, what, len(rest))
	}
	return rest[0], ExitOK
}

// needLibrary opens the library for a command that cannot work without it.
func (e *env) needLibrary(name string) *library.Library {
	lib, err := e.openLibrary()
	if err != nil {
		e.failf("%s: %v", name, err)
		return nil
	}
	for _, n := range lib.Notes {
		e.failf("%s", data.SanitizeLine(n))
	}
	return lib
}

func runSubscribe(e *env, args []string) int {
	fs := newFlags("subscribe")
	var force bool
	fs.BoolVar(&force, "force", false, "subscribe without fetching the feed first")
	rest, err := parseArgs(fs, args)
	switch {
	case err != nil:
		return e.usageError("subscribe: %s", flagError(err))
	case len(rest) != 1:
		return e.usageError("subscribe: want one feed URL, got %d arguments", len(rest))
	}
	url := strings.TrimSpace(rest[0])
	if !feed.IsURL(url) {
		return e.usageError("subscribe: %q is not an http or https URL", data.SanitizeLine(url))
	}
	lib := e.needLibrary("subscribe")
	if lib == nil {
		return ExitError
	}
	subs, err := lib.Subscriptions()
	if err != nil {
		e.failf("subscribe: %v", err)
		return ExitError
	}
	already := slices.ContainsFunc(subs, func(s library.Subscription) bool { return s.URL == url })
	if !already && !force {
		// Fetched once, so that a wrong URL is told now rather than by
		// every refresh after; offline, or for a feed not up yet, --force.
		if err := e.feedClient().Check(context.Background(), url); err != nil {
			e.failf("subscribe: %s: %s; not subscribed (to subscribe anyway: brief subscribe --force URL)",
				data.SanitizeLine(url), data.SanitizeLine(err.Error()))
			return ExitError
		}
	}
	err = lib.Subscribe(url)
	already = errors.Is(err, library.ErrAlreadySubscribed)
	if err != nil && !already {
		e.failf("subscribe: %v", err)
		return ExitError
	}
	if subs, err = lib.Subscriptions(); err != nil {
		e.failf("subscribe: %v", err)
		return ExitError
	}
	verb := "subscribed to"
	if already {
		// Asking twice gets what was asked for: not a failure.
		verb = "already subscribed to"
	}
	fmt.Fprintf(e.stdout, "%s %s (%s)\n", verb, url, plural(len(subs), "subscription", "subscriptions"))
	return ExitOK
}

func runUnsubscribe(e *env, args []string) int {
	arg, code := e.oneArg("unsubscribe", "feed URL or number", args)
	if code != ExitOK {
		return code
	}
	lib := e.needLibrary("unsubscribe")
	if lib == nil {
		return ExitError
	}
	url, err := lib.Unsubscribe(unredacted(lib, arg))
	if err != nil {
		e.failf("unsubscribe: %s (see \"brief subscriptions\")", data.SanitizeLine(err.Error()))
		return ExitError
	}
	subs, err := lib.Subscriptions()
	if err != nil {
		e.failf("unsubscribe: %v", err)
		return ExitError
	}
	fmt.Fprintf(e.stdout, "unsubscribed from %s (%s left; its stories stay in the library)\n",
		url, plural(len(subs), "subscription", "subscriptions"))
	return ExitOK
}

// unredacted is the subscription a URL names as brief prints it, with its
// password redacted: what "brief subscriptions" shows can be given back.
func unredacted(lib *library.Library, arg string) string {
	if !strings.Contains(arg, ":xxxxx@") {
		return arg
	}
	subs, _ := lib.Subscriptions()
	for _, s := range subs {
		if s.URL != arg && data.RedactPasswords(s.URL) == arg {
			return s.URL
		}
	}
	return arg
}

func runSubscriptions(e *env, args []string) int {
	fs := newFlags("subscriptions")
	var asJSON bool
	fs.BoolVar(&asJSON, "json", false, "JSON output")
	rest, err := parseArgs(fs, args)
	switch {
	case err != nil:
		return e.usageError("subscriptions: %s", flagError(err))
	case len(rest) > 0:
		return e.usageError("subscriptions: takes no arguments, got %q", rest)
	}
	lib := e.needLibrary("subscriptions")
	if lib == nil {
		return ExitError
	}
	subs, err := lib.Subscriptions()
	if err != nil {
		e.failf("subscriptions: %v", err)
		return ExitError
	}
	if asJSON {
		out := make([]subscriptionJSON, 0, len(subs))
		for i, s := range subs {
			out = append(out, subscriptionToJSON(i+1, s))
		}
		if err := writeJSON(e.json, out); err != nil {
			e.failf("%v", err)
			return ExitError
		}
		return ExitOK
	}
	if len(subs) == 0 {
		fmt.Fprintln(e.stdout, "no subscriptions; add one with: brief subscribe URL")
		return ExitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tNAME\tURL\tLAST REFRESH\tITEMS\tLAST ERROR")
	for i, s := range subs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\n", i+1, cell(orDash(s.Title), 32), cell(s.URL, 60),
			refreshTime(s.LastRefresh), s.Items, cell(orDash(s.LastError), 60))
	}
	tw.Flush()
	return ExitOK
}

func subscriptionToJSON(n int, s library.Subscription) subscriptionJSON {
	j := subscriptionJSON{N: n, URL: s.URL, Title: nullable(s.Title), Items: s.Items, LastError: nullable(s.LastError)}
	if !s.LastRefresh.IsZero() {
		t := s.LastRefresh.UTC().Format(time.RFC3339)
		j.LastRefresh = &t
	}
	return j
}

// refreshTime is when a feed was last refreshed, in the user's time zone.
func refreshTime(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format("2006-01-02 15:04")
}

// plural is "1 feed", "2 feeds".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// feedClient fetches for a command, with the limits the library's
// refreshes have.
func (e *env) feedClient() *feed.Client { return feed.NewClient(feed.Options{}) }
