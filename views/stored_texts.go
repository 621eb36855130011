package views

import (
	"bytes"
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/brief-reader/brief/data"
)

// With a database behind the reader, the statements of its rows are not
// held in memory (issue #11 point 4): their texts, as search keys, were
// 0.8 × the library's text once the quote view had read them all. Such a
// statement has an empty search key and no compact record (compact.go):
// it is read again, whole, from the database when it is shown (a few
// stories kept), and the quote view's text filter asks the database for
// its words, in the background: a TextSearch run in a tea.Cmd, whose
// answer (TextFound) the library keeps per query and updates with the
// statements read after it. What the library keeps of it is what the
// filters and the order need: its story, party, speaker and kind
// (stmtEntry), and its provenance. Stories opened from files keep their
// statements whole in memory: they are few.

// storedTexts is what the library knows of the texts it does not hold.
type storedTexts struct {
	load func(*data.Briefing) ([]data.Statement, error)
	scan TextScan

	mu     sync.Mutex // Statement may be asked from a command's goroutine
	recent map[int32][]data.Statement
	order  []int32 // recent's stories, oldest first

	found []TextFound // the answers kept, newest last
}

// recentStories bounds the stories whose statements are kept after
// being read for their texts: a screen shows a few dozen statements.
// While the statements are read (Attach) for the library's own grouping,
// readingStories (see readingForSieve and remember).
const (
	recentStories  = 64
	readingStories = 1024
)

// keptAnswers bounds the answers kept beside those of the filters in
// use: the shorter queries typed before them, which a longer query
// narrows. Their statements together are also kept to as many as the
// library holds (an answer to "e" is nearly every statement).
const keptAnswers = 8

// TextScan reads the statements of stories bs, given without them (see
// Attach), calling each with a story's place in bs and what a text
// filter looks in of each statement, valid during the call only; a story
// it cannot read is left out. It stops with ctx's error when ctx is done.
// (Its party the library knows.)
type TextScan func(ctx context.Context, bs []*data.Briefing, each func(k int, stmts []data.StatementWords)) error

// SetStatementTexts makes the library hold no text of the statements
// Attach gives it: load reads a story's statements again (from the
// database) when one is shown, and the quote view's text filter looks
// for its words with scan, through TextSearches. scan nil: load, story
// by story.
func (l *Library) SetStatementTexts(load func(*data.Briefing) ([]data.Statement, error), scan TextScan) {
	if scan == nil {
		scan = scanByLoad(load)
	}
	l.texts = &storedTexts{load: load, scan: scan, recent: map[int32][]data.Statement{}}
}

// scanByLoad is a TextScan that reads each story's statements with load.
func scanByLoad(load func(*data.Briefing) ([]data.Statement, error)) TextScan {
	return func(ctx context.Context, bs []*data.Briefing, each func(k int, stmts []data.StatementWords)) error {
		var words []data.StatementWords
		for k, b := range bs {
			if k%64 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			stmts, err := load(b)
			if err != nil {
				continue
			}
			words = words[:0]
			for _, st := range stmts {
				words = append(words, data.StatementWords{Text: []byte(st.Text), Speaker: []byte(st.Speaker), Role: []byte(st.Role)})
			}
			each(k, words)
		}
		return nil
	}
}

// TextsStored reports whether statements' texts are left in the database
// (SetStatementTexts), so that a text filter waits for its answers.
func (l *Library) TextsStored() bool { return l.texts != nil }

// storedStatement is statement k of story si, whose texts the library
// does not hold: read again, or kept from a recent read. A story that
// cannot be read gives a statement with only its kind and party.
func (l *Library) storedStatement(si int32, k int32) data.Statement {
	t := l.texts
	t.mu.Lock()
	stmts, ok := t.recent[si]
	t.mu.Unlock()
	if !ok {
		stmts, _ = t.load(l.stories[si].b)
		t.remember(si, stmts, l.readingForSieve())
	}
	if int(k) < len(stmts) {
		return stmts[k]
	}
	n := l.stories[si].stmtFrom + k
	e := l.stmts[n]
	st := data.Statement{Kind: l.kinds[n]}
	if e.party >= 0 {
		st.Party = l.parties[e.party]
	}
	return st
}

// readingForSieve reports whether statements are being read (Attach)
// for the library's own grouping, which asks again for the texts of those
// a new one may repeat. The database's grouping asks for none: a batch's
// statements kept then were a batch more held at every moment of the
// read, for nothing.
func (l *Library) readingForSieve() bool { return l.pending > 0 && l.sieve != nil }

// remember keeps the statements of story si, read for their texts or
// given to Attach: the library's own provenance grouping asks for the
// texts of statements read a moment before, which while the statements
// are read (reading) are mostly those of the last stories attached, so
// readingStories are kept then; otherwise, a screen's.
func (t *storedTexts) remember(si int32, stmts []data.Statement, reading bool) {
	limit := recentStories
	if reading {
		limit = readingStories
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, again := t.recent[si]; !again {
		t.recent[si] = stmts
		t.order = append(t.order, si)
	}
	if len(t.order) > limit {
		drop := len(t.order) - limit
		for _, old := range t.order[:drop] {
			delete(t.recent, old)
		}
		t.order = slices.Delete(t.order, 0, drop)
	}
}

// TextFound is a TextSearch's answer: of the statements numbered From to
// To whose texts the library does not hold, those that hold Query
// (folded), ascending.
type TextFound struct {
	Query    string
	From, To int32
	IDs      []int32
}

// TextSearch is the statements a text filter's query is to be looked for
// in, in the database: run it in the background.
type TextSearch struct {
	Query    string
	From, To int32
	stories  []searchStory
	scan     TextScan
}

// searchStory is a story whose statements a search reads: those numbered
// first onwards in the library, all of them or only ks (their places in
// the story).
type searchStory struct {
	b     *data.Briefing
	first int32
	ks    []int32 // nil: every statement
}

// Run reads the statements searched and keeps those that hold the
// query, as the filter of texts held does: folded, anywhere in the text,
// the speaker or the role. A long search is cut in parts read at once,
// one per CPU, as a filter of keys held is. It stops early, with ctx's
// error, when ctx is done.
func (s TextSearch) Run(ctx context.Context) (TextFound, error) {
	out := TextFound{Query: s.Query, From: s.From, To: s.To}
	found := make([][]int32, len(s.stories)) // by story: a scan gives them in any order
	parts := min(runtime.GOMAXPROCS(0), len(s.stories)/parallelStories+1)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := p*len(s.stories)/parts, (p+1)*len(s.stories)/parts
			errs[p] = s.runPart(ctx, s.stories[from:to], found[from:to])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return out, err
		}
	}
	for _, ids := range found {
		out.IDs = append(out.IDs, ids...)
	}
	return out, nil
}

// parallelStories is the stories from which a search is cut in parts:
// below it, two scans of the database cost more than they save.
const parallelStories = 2000

// runPart searches stories, a part of s's, filling in found, by story.
func (s TextSearch) runPart(ctx context.Context, stories []searchStory, found [][]int32) error {
	q := []byte(s.Query)
	var buf []byte
	in := func(b []byte) bool {
		buf = appendFold(buf[:0], b)
		return bytes.Contains(buf, q)
	}
	holds := func(w data.StatementWords) bool { return in(w.Text) || in(w.Speaker) || in(w.Role) }
	bs := make([]*data.Briefing, len(stories))
	for k, st := range stories {
		bs[k] = st.b
	}
	return s.scan(ctx, bs, func(k int, stmts []data.StatementWords) {
		st := stories[k]
		if st.ks == nil {
			for n, w := range stmts {
				if holds(w) {
					found[k] = append(found[k], st.first+int32(n))
				}
			}
			return
		}
		for _, n := range st.ks {
			if int(n) < len(stmts) && holds(stmts[n]) {
				found[k] = append(found[k], st.first+n)
			}
		}
	})
}

// answer is the answer kept for query q; nil when there is none.
func (t *storedTexts) answer(q string) *TextFound {
	for i := range t.found {
		if t.found[i].Query == q {
			return &t.found[i]
		}
	}
	return nil
}

// TextSearches is the searches the text filters among filters need: a
// query with no answer yet, or one that does not cover the statements
// read since. running says which queries are being searched already
// (they are left out). Without SetStatementTexts, none.
func (l *Library) TextSearches(filters []Filter, running func(query string) bool) []TextSearch {
	if l.texts == nil {
		return nil
	}
	var out []TextSearch
	to := int32(len(l.stmts))
	for _, f := range filters {
		q := f.Query
		if f.Kind != FilterText || q == "" || running(q) || slices.ContainsFunc(out, func(s TextSearch) bool { return s.Query == q }) {
			continue
		}
		from := int32(0)
		var within *TextFound
		if a := l.texts.answer(q); a != nil {
			if a.To >= to {
				continue
			}
			from = a.To // the statements read since
		} else {
			within = l.texts.narrowest(q)
		}
		s := TextSearch{Query: q, From: from, To: to, scan: l.texts.scan}
		if within != nil {
			// Only the statements the shorter query found can hold
			// the longer one, and those read since it was answered.
			s.stories = l.storiesIn(within.To, to, l.storiesOf(within.IDs))
		} else {
			s.stories = l.storiesIn(from, to, nil)
		}
		out = append(out, s)
	}
	return out
}

// narrowest is the answer of the longest query that q holds, answered
// from the first statement; nil when none is.
func (t *storedTexts) narrowest(q string) *TextFound {
	var best *TextFound
	for i := range t.found {
		a := &t.found[i]
		if a.From == 0 && strings.Contains(q, a.Query) && (best == nil || len(a.Query) > len(best.Query)) {
			best = a
		}
	}
	return best
}

// storiesOf is the stories holding the statements ids (ascending),
// each to be searched for those only.
func (l *Library) storiesOf(ids []int32) []searchStory {
	var out []searchStory
	for _, i := range ids {
		st := &l.stories[l.stmts[i].story]
		k := i - st.stmtFrom
		if n := len(out); n > 0 && out[n-1].first == st.stmtFrom {
			out[n-1].ks = append(out[n-1].ks, k)
			continue
		}
		out = append(out, searchStory{b: st.b, first: st.stmtFrom, ks: []int32{k}})
	}
	return out
}

// storiesIn adds to out the stories of the statements numbered from to
// to whose texts the library does not hold, each to be searched whole.
func (l *Library) storiesIn(from, to int32, out []searchStory) []searchStory {
	for i := from; i < to; {
		st := &l.stories[l.stmts[i].story]
		if st.textStored {
			out = append(out, searchStory{b: st.b, first: st.stmtFrom})
		}
		i = max(st.stmtTo, i+1)
	}
	return out
}

// AddTextFound keeps a search's answer: a first answer for its query, or
// the statements read since the one kept. An answer that does not follow
// the one kept (the statements read meanwhile were searched as they came,
// see extendAnswers) is dropped; TextSearches asks again for what is
// missing. Answers to queries not inUse are let go, oldest first, beyond
// keptAnswers. It reports whether the answer was kept: the quote view is
// then filtered again.
func (l *Library) AddTextFound(f TextFound, inUse func(query string) bool) bool {
	if l.texts == nil {
		return false
	}
	t := l.texts
	a := t.answer(f.Query)
	switch {
	case a == nil && f.From == 0:
		t.found = append(t.found, f)
	case a != nil && a.To == f.From:
		a.IDs = append(a.IDs, f.IDs...)
		a.To = f.To
	default:
		return false
	}
	held := 0
	for _, a := range t.found {
		held += len(a.IDs)
	}
	for i := 0; i < len(t.found) && (len(t.found) > keptAnswers || held > len(l.stmts)); {
		if inUse(t.found[i].Query) {
			i++
			continue
		}
		held -= len(t.found[i].IDs)
		t.found = slices.Delete(t.found, i, i+1)
	}
	return true
}

// extendAnswers looks for the answers' queries in statements numbered
// first onwards, just read with their texts (Attach), so that an answer
// covers them without asking the database again.
func (l *Library) extendAnswers(first int32, stmts []data.Statement) {
	if l.texts == nil {
		return
	}
	var buf []byte
	in := func(s, q string) bool {
		buf = appendFold(buf[:0], s)
		return strings.Contains(string(buf), q)
	}
	for i := range l.texts.found {
		a := &l.texts.found[i]
		if a.To != first {
			continue
		}
		for k, st := range stmts {
			if in(st.Text, a.Query) || in(st.Speaker, a.Query) || in(st.Role, a.Query) {
				a.IDs = append(a.IDs, first+int32(k))
			}
		}
		a.To = first + int32(len(stmts))
	}
}

// storedHolding is the statements among from (ascending) whose texts the
// library does not hold and that hold q, as far as the answer kept for q
// knows: none before it comes.
func (l *Library) storedHolding(q string, from []int32) []int32 {
	if l.texts == nil || q == "" {
		return nil
	}
	a := l.texts.answer(q)
	if a == nil || len(a.IDs) == 0 {
		return nil
	}
	out := make([]int32, 0, min(len(from), len(a.IDs)))
	j := 0
	for _, i := range from {
		for j < len(a.IDs) && a.IDs[j] < i {
			j++
		}
		if j == len(a.IDs) {
			break
		}
		if a.IDs[j] == i {
			out = append(out, i)
		}
	}
	return out
}
