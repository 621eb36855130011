package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/brief-reader/brief/feed"
	"github.com/brief-reader/brief/store"
)

// Subscription is a feed the user follows, with what the last refresh
// found.
type Subscription struct {
	URL         string
	Title       string    // the feed's own name; empty until first fetched
	LastRefresh time.Time // zero when never refreshed
	Items       int       // items stored from this feed
	LastError   string    // why the last refresh failed; empty when it went well

	validators feed.Validators
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

// Subscribe adds a feed URL. It does not fetch it: that is Refresh's job,
// and subscribing works offline.
func (l *Library) Subscribe(url string) error {
	url = strings.TrimSpace(url)
	if !feed.IsURL(url) {
		return fmt.Errorf("not an http or https URL: %q", url)
	}
	err := l.db.Subscribe(url)
	if errors.Is(err, store.ErrExists) {
		return fmt.Errorf("%s: %w", url, ErrAlreadySubscribed)
	}
	return err
}

// Unsubscribe removes a feed, named by its URL or by its 1-based number in
// Subscriptions, and returns its URL. Items already stored stay.
func (l *Library) Unsubscribe(urlOrIndex string) (string, error) {
	url := strings.TrimSpace(urlOrIndex)
	if n, err := strconv.Atoi(url); err == nil {
		subs, err := l.Subscriptions()
		if err != nil {
			return "", err
		}
		if n < 1 || n > len(subs) {
			return "", fmt.Errorf("no subscription number %d (there are %d)", n, len(subs))
		}
		url = subs[n-1].URL
	}
	err := l.db.Unsubscribe(url)
	if errors.Is(err, store.ErrMissing) {
		return "", fmt.Errorf("%s: %w", url, ErrNotSubscribed)
	}
	return url, err
}

// Subscriptions lists the feeds in the order they were added.
func (l *Library) Subscriptions() ([]Subscription, error) {
	rows, err := l.db.Subscriptions()
	if err != nil {
		return nil, err
	}
	out := make([]Subscription, 0, len(rows))
	for _, r := range rows {
		s := Subscription{URL: r.URL, Title: r.Title, LastRefresh: r.LastRefresh, Items: r.Items, LastError: r.LastError}
		if r.Validators != "" {
			_ = json.Unmarshal([]byte(r.Validators), &s.validators) // bad validators cost one full fetch
		}
		out = append(out, s)
	}
	return out, nil
}
