package library

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/brief-reader/brief/feed"
	"github.com/brief-reader/brief/store"
)

// FeedResult is what refreshing one subscription did.
type FeedResult struct {
	URL       string
	Title     string   // the feed's name, when known
	New       int      // items stored for the first time
	Updated   int      // stored items replaced by a later version
	Unchanged bool     // the server said nothing changed (304)
	Err       error    // why the feed could not be refreshed; the others still were
	Capped    int      // items left out because the feed had more than the cap
	Pruned    int      // old stories let go to keep the feed within the cap
	CapHit    int      // the cap, when it was hit (Capped or Pruned); else 0
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
	}
	s := fmt.Sprintf("%s: %d new", r.Name(), r.New)
	if r.Updated > 0 {
		s += fmt.Sprintf(", %d updated", r.Updated)
	}
	if r.CapHit > 0 {
		s += fmt.Sprintf("; cap of %d stories hit", r.CapHit)
		if r.Capped > 0 {
			s += fmt.Sprintf(": %d items left for later", r.Capped)
		}
		if r.Pruned > 0 {
			s += fmt.Sprintf(", %d old read stories let go", r.Pruned)
		}
	}
	return s
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
	logID, err := l.db.BeginRefresh(len(subs))
	if err != nil {
		return Report{}, err
	}
	// A refresh killed earlier may have stored files it did not record;
	// one written a moment ago may be another refresh's, still storing.
	if _, err := l.reconcileSettled(time.Now().Add(-settling)); err != nil {
		return Report{}, err
	}
	if err := l.db.CloseUnfinishedRefreshes(logID); err != nil {
		return Report{}, err
	}

	r := &refresh{lib: l, ctx: ctx, progress: progress, claimed: map[string]int{}, now: time.Now().UTC()}
	r.prog.Total = len(subs)
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
				results[i], validators[i], outcomes[i] = r.feed(i, subs[i], subs[i].validators)
				r.finished(&results[i])
			}
		}()
	}
	for i := range subs {
		next <- i
	}
	close(next)
	wg.Wait()

	if err := r.claimLate(); err != nil {
		return Report{Feeds: results}, err
	}
	r.recount(results)
	report := Report{Feeds: results}
	entry := store.RefreshLog{ID: logID, Feeds: len(subs), New: report.New(), Failed: len(report.Failed())}
	for _, f := range results {
		entry.Updated += f.Updated
		entry.Pruned += f.Pruned
		if f.Capped > 0 {
			entry.Capped++
		}
	}
	if offline(results) {
		entry.Outcome = "offline"
		l.db.EndRefresh(entry)
		return report, ErrOffline
	}
	if err := r.save(results, outcomes, validators); err != nil {
		return report, err
	}
	entry.Outcome = "done"
	if ctx.Err() != nil {
		entry.Outcome = "interrupted"
	}
	if err := l.db.EndRefresh(entry); err != nil {
		return report, err
	}
	return report, ctx.Err()
}

// save records what the refresh learnt about each feed.
func (r *refresh) save(results []FeedResult, outcomes []outcome, validators []feed.Validators) error {
	states := make([]store.FeedState, 0, len(results))
	for i, res := range results {
		s := store.FeedState{URL: res.URL, Title: res.Title}
		switch outcomes[i] {
		case complete:
			// Only a feed whose every item was stored may keep the
			// validators: the next request would be answered 304 and
			// an item cut off now would never be fetched.
			v, _ := json.Marshal(validators[i])
			s.Checked, s.Validators, s.LastRefresh = true, string(v), r.now
		case capped:
			s.Checked, s.LastRefresh = true, r.now
		case failed:
			s.Checked, s.LastRefresh, s.LastError = true, r.now, res.Err.Error()
		}
		states = append(states, s)
	}
	return r.lib.db.SaveFeeds(states)
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
	claimed map[string]int // item keys stored by a feed in this run: by which subscription
	late    [][2]string    // key, feed: stories to hand to an earlier subscription

	// A story two feeds carry is counted new for the earlier
	// subscription, whichever stored it: newFrom says who stored it new,
	// moves what changed hands, applied to the report at the end.
	newFrom map[string]string
	moves   [][2]string // from feed, to feed
}

func (r *refresh) newBy(key, feedURL string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.newFrom == nil {
		r.newFrom = map[string]string{}
	}
	r.newFrom[key] = feedURL
}

func (r *refresh) moved(key, to string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if from, ok := r.newFrom[key]; ok {
		r.moves = append(r.moves, [2]string{from, to})
		r.newFrom[key] = to
	}
}

// recount moves the counts of stories that changed hands.
func (r *refresh) recount(results []FeedResult) {
	at := map[string]int{}
	for i, f := range results {
		at[f.URL] = i
	}
	for _, m := range r.moves {
		results[at[m[0]]].New--
		results[at[m[1]]].New++
	}
}

// outcome is how refreshing one feed ended.
type outcome int

const (
	complete    outcome = iota // fetched, and every item in it stored
	failed                     // the feed's fault, or the server's: worth reporting
	interrupted                // the refresh was cancelled: nothing to report
	capped                     // fetched, but more items than the cap: the rest next time
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
	// Feeds store side by side, each as soon as it is fetched: a slow
	// one holds back no other. A story two feeds carry goes to the
	// earlier subscription whichever stores it first (store.ClaimItem).
	storedNow := 0
	for _, it := range f.Items {
		// Between two writes is where a cancelled refresh stops: what is
		// stored is whole, and the rest is fetched next time.
		if err := r.ctx.Err(); err != nil {
			return fail(err)
		}
		if storedNow >= r.lib.cap {
			res.Capped++
			continue
		}
		if !r.claim(it.Key(), i, sub.URL) {
			continue // another feed of this run has it; see claim
		}
		switch id, path, done, err := r.lib.store(sub.URL, res.Title, it, r.now); {
		case err != nil:
			return fail(fmt.Errorf("storing %q: %w", it.Title, err))
		case done == added:
			storedNow++
			res.New++
			r.newBy(it.Key(), sub.URL)
			res.IDs, res.Files = append(res.IDs, id), append(res.Files, path)
			r.stored()
		case done == updated:
			storedNow++
			res.Updated++
			res.IDs, res.Files = append(res.IDs, id), append(res.Files, path)
		}
	}
	pruned, err := r.lib.prune(sub.URL)
	if err != nil {
		return fail(err)
	}
	res.Pruned = pruned
	if res.Capped > 0 || pruned > 0 {
		res.CapHit = r.lib.cap
	}
	if res.Capped > 0 {
		// Items were left for later: the validators must not say the
		// feed was seen whole, or the next request would be a 304.
		return res, resp.Validators, capped
	}
	return res, resp.Validators, complete
}

// claim lets the i-th subscription store the item with this key unless a
// feed of this run did already. When that feed comes later in the
// subscriptions, the story is this one's: handed over once every feed
// has stored (claimLate), when the other has surely recorded it.
func (r *refresh) claim(key string, i int, url string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if j, ok := r.claimed[key]; ok {
		if i < j {
			r.claimed[key] = i
			r.late = append(r.late, [2]string{key, url})
		}
		return false
	}
	r.claimed[key] = i
	return true
}

// claimLate hands the stories two feeds carried to the earlier one.
func (r *refresh) claimLate() error {
	for _, c := range r.late {
		_, moved, err := r.lib.db.ClaimItem(c[0], c[1])
		if err != nil {
			return err
		}
		if moved {
			r.moved(c[0], c[1])
		}
	}
	return nil
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

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
