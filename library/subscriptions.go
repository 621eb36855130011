package library

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/brief-reader/brief/feed"
)

// Subscription is a feed the user follows, with what the last refresh
// found.
type Subscription struct {
	URL         string
	Title       string    // the feed's own name; empty until first fetched
	LastRefresh time.Time // zero when never refreshed
	Items       int       // items stored from this feed
	LastError   string    // why the last refresh failed; empty when it went well
}

// Name is what to call the feed: its title, or its URL until it has one.
func (s Subscription) Name() string {
	if s.Title != "" {
		return s.Title
	}
	return s.URL
}

var (
	ErrAlreadySubscribed = errors.New("already subscribed")
	ErrNotSubscribed     = errors.New("not subscribed")
)

const subscriptionsHeader = "# brief subscriptions: one feed URL per line. Lines starting with # are ignored.\n"

// Subscribe adds a feed URL. It does not fetch it: that is Refresh's job,
// and subscribing works offline.
func (l *Library) Subscribe(url string) error {
	url = strings.TrimSpace(url)
	if !feed.IsURL(url) {
		return fmt.Errorf("not an http or https URL: %q", url)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	lines, err := l.subscriptionLines()
	if err != nil {
		return err
	}
	for _, u := range urls(lines) {
		if u == url {
			return fmt.Errorf("%s: %w", url, ErrAlreadySubscribed)
		}
	}
	if len(lines) == 0 {
		lines = append(lines, strings.TrimSuffix(subscriptionsHeader, "\n"))
	}
	return l.writeSubscriptions(append(lines, url))
}

// Unsubscribe removes a feed, named by its URL or by its 1-based number in
// Subscriptions, and returns its URL. Items already stored stay.
func (l *Library) Unsubscribe(urlOrIndex string) (string, error) {
	arg := strings.TrimSpace(urlOrIndex)
	l.mu.Lock()
	defer l.mu.Unlock()
	lines, err := l.subscriptionLines()
	if err != nil {
		return "", err
	}
	subs := urls(lines)
	url := arg
	if n, err := strconv.Atoi(arg); err == nil {
		if n < 1 || n > len(subs) {
			return "", fmt.Errorf("no subscription number %d (there are %d)", n, len(subs))
		}
		url = subs[n-1]
	}
	kept := lines[:0:0]
	found := false
	for _, line := range lines {
		if strings.TrimSpace(line) == url {
			found = true
			continue
		}
		kept = append(kept, line)
	}
	if !found {
		return "", fmt.Errorf("%s: %w", url, ErrNotSubscribed)
	}
	if err := l.writeSubscriptions(kept); err != nil {
		return "", err
	}
	err = l.updateState(func(st map[string]*feedState) { delete(st, url) })
	return url, err
}

// Subscriptions lists the feeds in the order they were added.
func (l *Library) Subscriptions() ([]Subscription, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	lines, err := l.subscriptionLines()
	if err != nil {
		return nil, err
	}
	st, err := l.loadState()
	if err != nil {
		return nil, err
	}
	var out []Subscription
	for _, u := range urls(lines) {
		s := Subscription{URL: u}
		if fs := st[u]; fs != nil {
			s.Title, s.LastRefresh, s.Items, s.LastError = fs.Title, fs.LastRefresh, fs.Items, fs.LastError
		}
		out = append(out, s)
	}
	return out, nil
}

// subscriptionLines reads the file as the user left it, comments and all,
// so that rewriting it keeps them.
func (l *Library) subscriptionLines() ([]string, error) {
	raw, err := os.ReadFile(l.subscriptionsFile())
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	text := strings.TrimRight(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n")
	if text == "" {
		return nil, nil
	}
	return strings.Split(text, "\n"), nil
}

func (l *Library) writeSubscriptions(lines []string) error {
	return writeFileAtomic(l.subscriptionsFile(), []byte(strings.Join(lines, "\n")+"\n"))
}

// urls picks the subscriptions out of the file's lines, once each.
func urls(lines []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range lines {
		u := strings.TrimSpace(line)
		if u == "" || strings.HasPrefix(u, "#") || seen[u] {
			continue
		}
		seen[u] = true
		out = append(out, u)
	}
	return out
}
