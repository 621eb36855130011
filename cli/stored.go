package cli

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/store"
)

// StoredStories is the library's stories as the reader lists them (see
// model.Stored): their order, read when the reader starts, and their
// rows, read compact when asked for. Its methods are safe for concurrent
// use.
type StoredStories struct {
	r     *Reader
	n     int
	first []int64 // the first stories' rows, known before the rest

	ready    chan struct{} // closed when docs (or err) is known
	docs     []int64       // every story's row, newest first
	err      error
	want     chan struct{} // closed when the rest of the order is wanted
	wantOnce sync.Once
	closing  atomic.Bool // the reader is done: the rest is not read

	setOnce sync.Once
	set     map[int64]bool // docs, for unseen

	mu     sync.Mutex
	pre    []*data.Briefing // the first rows, read before they were asked for; taken once
	preErr error
}

// storedHead is the stories whose rows Stored waits for: the first
// screen's, even a tall one. The rest of the order comes in the
// background (100,000 stories: tens of milliseconds).
const storedHead = 200

// prefetchRows is the rows read with the library's order, before the
// reader asks: its first screen (model.firstWindow).
const prefetchRows = 100

// prefetchStored starts reading the library's order and its first rows
// as soon as the library is open, while the terminal is set up: the
// reader's first frame waits for them.
func (r *Reader) prefetchStored() {
	r.storedDone = make(chan struct{})
	go func() {
		defer close(r.storedDone)
		s, err := r.openStored()
		if s != nil {
			pre, err := s.Read(0, min(prefetchRows, s.n))
			s.mu.Lock()
			s.pre, s.preErr = pre, err
			s.mu.Unlock()
		}
		r.storedRes, r.storedErr = s, err
	}()
}

// Stored is the library's stories for the reader when it shows the
// library (no paths were given); nil when it does not, or there is no
// library. It returns once it knows how many stories there are and where
// the first ones are; the rest of the order follows in the background.
func (r *Reader) Stored() (*StoredStories, error) {
	if r.storedDone == nil {
		return nil, nil
	}
	<-r.storedDone
	return r.storedRes, r.storedErr
}

// waitStored waits for the background reads of the library's order, so
// that the library can be closed.
func (r *Reader) waitStored() {
	if r.storedDone == nil {
		return
	}
	<-r.storedDone
	if s := r.storedRes; s != nil {
		s.closing.Store(true)
		s.wantRest()
		<-s.ready
	}
}

func (r *Reader) openStored() (*StoredStories, error) {
	s := &StoredStories{r: r, ready: make(chan struct{}), want: make(chan struct{})}
	type head struct {
		n     int
		first []int64
	}
	heads := make(chan head, 1)
	go func() {
		total := 0
		// The rest of the order is read when a row past the head is
		// first asked for, not while the first screen is drawn; the
		// read transaction keeps the head and the rest of one moment.
		s.docs, s.err = r.lib.OrderHead(storedHead, func(n int, first []int64) bool {
			total = n
			heads <- head{n, first}
			if n > len(first) {
				<-s.want
			}
			return !s.closing.Load()
		})
		if s.err == nil && len(s.docs) != total && !s.closing.Load() {
			s.err = fmt.Errorf("the library's order has %d stories, not %d", len(s.docs), total)
		}
		if s.err != nil {
			s.err = &data.LoadError{Path: r.lib.DB().Path(), Err: s.err}
		}
		close(s.ready)
	}()
	select {
	case h := <-heads:
		s.n, s.first = h.n, h.first
	case <-s.ready:
		select {
		case h := <-heads:
			s.n, s.first = h.n, h.first
		default:
			return nil, s.err
		}
	}
	r.mu.Lock()
	r.stored = s
	r.mu.Unlock()
	return s, nil
}

// Len is the number of stories in the library when Stored was called.
func (s *StoredStories) Len() int { return s.n }

// rows is the rows of stories from to to-1, waiting for the whole order
// when they are not among the first.
func (s *StoredStories) rows(from, to int) ([]int64, error) {
	if to <= len(s.first) {
		return s.first[from:to], nil
	}
	s.wantRest()
	<-s.ready
	if s.err != nil {
		return nil, s.err
	}
	if to > len(s.docs) { // the reader was closed before the order was read
		return nil, fmt.Errorf("stories %d to %d: the library is closed", from, to)
	}
	return s.docs[from:to], nil
}

// Read reads the stories from to to-1, newest first, compact and
// attributed: out[k] is story from+k, nil when the library no longer
// holds it. Reader.Body and LoadStatements read the rest of each.
func (s *StoredStories) Read(from, to int) ([]*data.Briefing, error) {
	if from < 0 || to > s.n || from > to {
		return nil, fmt.Errorf("stories %d to %d of %d", from, to, s.n)
	}
	if pre, ok := s.takePrefetched(from, to); ok {
		return pre, nil
	}
	docs, err := s.rows(from, to)
	if err != nil {
		return nil, err
	}
	bs, err := s.r.lib.Rows(s.r.Attributor, docs, store.Want{})
	if err != nil {
		return nil, &data.LoadError{Path: s.r.lib.DB().Path(), Err: err}
	}
	for k, b := range bs {
		if b != nil {
			s.r.bodies.add(b, docs[k])
		}
	}
	return bs, nil
}

// wantRest lets the rest of the order be read.
func (s *StoredStories) wantRest() { s.wantOnce.Do(func() { close(s.want) }) }

// has reports whether the story of row doc is one of the library's as
// Stored listed them.
func (s *StoredStories) has(doc int64) bool {
	s.wantRest()
	<-s.ready
	s.setOnce.Do(func() {
		s.set = make(map[int64]bool, len(s.docs))
		for _, d := range s.docs {
			s.set[d] = true
		}
	})
	return s.set[doc]
}

// takePrefetched gives the rows read ahead when they are the ones asked
// for; they are given once, and let go when another read comes first.
func (s *StoredStories) takePrefetched(from, to int) ([]*data.Briefing, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pre, err := s.pre, s.preErr
	s.pre, s.preErr = nil, nil
	if err != nil || from != 0 || to > len(pre) {
		return nil, false
	}
	return pre[:to], true
}
