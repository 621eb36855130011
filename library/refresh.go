package library

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/brief-reader/brief/feed"
)

// FeedResult is what refreshing one subscription did.
type FeedResult struct {
	URL       string
	Title     string   // the feed's name, when known
	New       int      // items stored for the first time
	Updated   int      // stored items replaced by a later version
	Unchanged bool     // the server said nothing changed (304)
	Err       error    // why the feed could not be refreshed; the others still were
	IDs       []string // of the stories stored or updated, for a reader to show
	Files     []string // where each of them is stored, parallel to IDs (see BriefingsIn)
}

// String is one line for a report: "NAME: 3 new", "NAME: unchanged",
// "NAME: failed: REASON".
func (r FeedResult) String() string {
	switch {
	case r.Err != nil:
		return fmt.Sprintf("%s: failed: %v", r.Name(), r.Err)
	case r.Unchanged:
		return r.Name() + ": unchanged"
	case r.Updated > 0:
		return fmt.Sprintf("%s: %d new, %d updated", r.Name(), r.New, r.Updated)
	}
	return fmt.Sprintf("%s: %d new", r.Name(), r.New)
}

// Name is what to call the feed in a report: its title, else its URL.
func (r FeedResult) Name() string {
	if r.Title != "" {
		return r.Title
	}
	return r.URL
}

// Report is what a refresh did, one result per subscription in the order
// of Subscriptions.
type Report struct {
	Feeds []FeedResult
}

// New counts the items stored for the first time across all feeds.
func (r Report) New() int {
	n := 0
	for _, f := range r.Feeds {
		n += f.New
	}
	return n
}

// Failed lists the feeds that could not be refreshed.
func (r Report) Failed() []FeedResult {
	var out []FeedResult
	for _, f := range r.Feeds {
		if f.Err != nil {
			out = append(out, f)
		}
	}
	return out
}

// Progress is sent while a refresh runs: after each item stored and after
// each feed done.
type Progress struct {
	Total int         // subscriptions being refreshed
	Done  int         // of them finished
	New   int         // items stored so far
	Feed  *FeedResult // the feed just finished; nil after an item
}

// ErrRefreshing is returned when Refresh is called while one is running.
var ErrRefreshing = errors.New("a refresh is already running")

// ErrOffline is returned when no subscription could be reached at all:
// the network is down. Nothing is changed.
var ErrOffline = errors.New("no network: no feed could be reached; the library is unchanged")

// Refresh fetches every subscription, a few at a time, and stores the
// items not stored before. A feed that fails is reported in its
// FeedResult and the others still refresh; the error is for the refresh
// as a whole: ErrOffline, the context's error when cancelled (what was
// stored until then stays, whole), or a failure to read the library.
// progress, when not nil, is called from one goroutine at a time.
func (l *Library) Refresh(ctx context.Context, progress func(Progress)) (Report, error) {
	if !l.refreshing.CompareAndSwap(false, true) {
		return Report{}, ErrRefreshing
	}
	defer l.refreshing.Store(false)
	subs, err := l.Subscriptions()
	if err != nil || len(subs) == 0 {
		return Report{}, err
	}
	l.mu.Lock()
	st, err := l.loadState()
	l.mu.Unlock()
	if err != nil {
		return Report{}, err
	}

	r := &refresh{lib: l, ctx: ctx, progress: progress, claimed: map[string]bool{}, now: time.Now().UTC()}
	r.prog.Total = len(subs)
	r.storedUpTo = make([]chan struct{}, len(subs))
	for i := range r.storedUpTo {
		r.storedUpTo[i] = make(chan struct{})
	}
	results := make([]FeedResult, len(subs))
	outcomes := make([]outcome, len(subs))
	validators := make([]feed.Validators, len(subs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(l.workers, len(subs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				var had feed.Validators
				if fs := st[subs[i].URL]; fs != nil {
					had = fs.Validators
				}
				results[i], validators[i], outcomes[i] = r.feed(i, subs[i], had)
				close(r.storedUpTo[i])
				r.finished(&results[i])
			}
		}()
	}
	for i := range subs {
		next <- i
	}
	close(next)
	wg.Wait()

	report := Report{Feeds: results}
	if offline(results) {
		return report, ErrOffline
	}
	if err := r.save(results, outcomes, validators); err != nil {
		return report, err
	}
	return report, ctx.Err()
}

// save records in feeds.json what the refresh learnt about each feed.
func (r *refresh) save(results []FeedResult, outcomes []outcome, validators []feed.Validators) error {
	r.lib.mu.Lock()
	defer r.lib.mu.Unlock()
	return r.lib.updateState(func(st map[string]*feedState) {
		for i, res := range results {
			fs := st[res.URL]
			if fs == nil {
				fs = &feedState{}
				st[res.URL] = fs
			}
			fs.Items += res.New
			if res.Title != "" {
				fs.Title = res.Title
			}
			switch outcomes[i] {
			case complete:
				// Only a feed whose every item was stored may keep the
				// validators: the next request would be answered 304 and
				// an item cut off now would never be fetched.
				fs.Validators, fs.LastRefresh, fs.LastError = validators[i], r.now, ""
			case failed:
				fs.LastRefresh, fs.LastError = r.now, res.Err.Error()
			}
		}
	})
}

// offline reports a refresh in which every feed failed for want of a
// network.
func offline(results []FeedResult) bool {
	for _, r := range results {
		if r.Err == nil || !feed.IsOffline(r.Err) {
			return false
		}
	}
	return len(results) > 0
}

// refresh is one run of Refresh, shared by its workers.
type refresh struct {
	lib      *Library
	ctx      context.Context
	progress func(Progress)
	now      time.Time

	mu      sync.Mutex
	prog    Progress
	claimed map[string]bool // item keys taken by a feed in this run

	// storedUpTo[i] is closed once subscription i has stored its items (or
	// failed): feeds are fetched side by side but stored in subscription
	// order, so a story two feeds carry is always the earlier one's.
	storedUpTo []chan struct{}
}

// outcome is how refreshing one feed ended.
type outcome int

const (
	complete    outcome = iota // fetched, and every item in it stored
	failed                     // the feed's fault, or the server's: worth reporting
	interrupted                // the refresh was cancelled: nothing to report
)

// feed refreshes one subscription.
func (r *refresh) feed(i int, sub Subscription, had feed.Validators) (FeedResult, feed.Validators, outcome) {
	res := FeedResult{URL: sub.URL, Title: sub.Title}
	fail := func(err error) (FeedResult, feed.Validators, outcome) {
		res.Err = err
		if r.ctx.Err() != nil {
			return res, feed.Validators{}, interrupted
		}
		return res, feed.Validators{}, failed
	}
	if err := r.ctx.Err(); err != nil {
		return fail(err)
	}
	resp, err := r.lib.client.Get(r.ctx, sub.URL, had)
	if err != nil {
		return fail(err)
	}
	if resp.NotModified {
		res.Unchanged = true
		return res, resp.Validators, complete
	}
	f, err := feed.Parse(resp.Body)
	if err != nil {
		if errors.Is(err, feed.ErrNotFeed) && feed.IsHTML(resp.Body) {
			err = fmt.Errorf("%w: it is a web page", err)
			if links := feed.FeedLinks(resp.Body, resp.URL); len(links) > 0 {
				err = fmt.Errorf("%w; its feed is %s", err, strings.Join(links, " or "))
			}
		}
		return fail(err)
	}
	if f.Title != "" {
		res.Title = f.Title
	}
	if i > 0 {
		<-r.storedUpTo[i-1]
	}
	for _, it := range f.Items {
		// Between two writes is where a cancelled refresh stops: what is
		// stored is whole, and the rest is fetched next time.
		if err := r.ctx.Err(); err != nil {
			return fail(err)
		}
		if !r.claim(it.Key()) {
			continue // a duplicate GUID, in this feed or another
		}
		switch id, path, done, err := r.lib.store(sub.URL, res.Title, it, r.now); {
		case err != nil:
			return fail(fmt.Errorf("storing %q: %w", it.Title, err))
		case done == added:
			res.New++
			res.IDs, res.Files = append(res.IDs, id), append(res.Files, path)
			r.stored()
		case done == updated:
			res.Updated++
			res.IDs, res.Files = append(res.IDs, id), append(res.Files, path)
		}
	}
	return res, resp.Validators, complete
}

func (r *refresh) claim(key string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.claimed[key] {
		return false
	}
	r.claimed[key] = true
	return true
}

func (r *refresh) stored() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.prog.New++
	if r.progress != nil {
		r.progress(r.prog)
	}
}

func (r *refresh) finished(res *FeedResult) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.prog.Done++
	if r.progress != nil {
		p := r.prog
		done := *res
		p.Feed = &done
		r.progress(p)
	}
}
