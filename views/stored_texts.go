package views

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/brief-reader/brief/data"
)

// With a database behind the reader, the statements of its rows are not
// held in memory at all (issue #11 point 4): their texts, as search keys,
// were 0.8 × the library's text once the quote view had read them all.
// Such a statement has an empty search key; its text is read again from
// the database when it is shown (a few stories kept), and the quote
// view's text filter asks the database for it, in the background: a
// TextSearch run in a tea.Cmd, whose answer (TextFound) the library
// keeps per query and updates with the statements read after it.
// Stories opened from files keep their texts in memory: they are few.

// storedTexts is what the library knows of the texts it does not hold.
type storedTexts struct {
	load func(*data.Briefing) ([]data.Statement, error)

	mu     sync.Mutex // Statement may be asked from a command's goroutine
	recent map[int32][]data.Statement
	order  []int32 // recent's stories, oldest first

	found []TextFound // the answers kept, newest last
}

// recentStories bounds the stories whose statements are kept after
// being read for their texts: a screen shows a few dozen statements.
const recentStories = 64

// keptAnswers bounds the queries whose answers are kept: those of the
// filters in use, and the shorter ones before them, which a longer
// query narrows.
const keptAnswers = 8

// SetStatementTexts makes the library hold no text of the statements
// Attach gives it: load reads a story's statements again (from the
// database) when one is shown, and the quote view's text filter asks for
// them through TextSearches.
func (l *Library) SetStatementTexts(load func(*data.Briefing) ([]data.Statement, error)) {
	l.texts = &storedTexts{load: load, recent: map[int32][]data.Statement{}}
}

// TextsStored reports whether statements' texts are left in the database
// (SetStatementTexts), so that a text filter waits for its answers.
func (l *Library) TextsStored() bool { return l.texts != nil }

// storedText is the text of statement k of story si, which the library
// does not hold: read again, or kept from a recent read. A story that
// cannot be read gives an empty text.
func (l *Library) storedText(si int32, k int32) string {
	t := l.texts
	t.mu.Lock()
	stmts, ok := t.recent[si]
	t.mu.Unlock()
	if !ok {
		stmts, _ = t.load(l.stories[si].b)
		t.mu.Lock()
		if _, again := t.recent[si]; !again {
			if len(t.order) >= recentStories {
				delete(t.recent, t.order[0])
				t.order = t.order[1:]
			}
			t.recent[si] = stmts
			t.order = append(t.order, si)
		}
		t.mu.Unlock()
	}
	if int(k) < len(stmts) {
		return stmts[k].Text
	}
	return ""
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
	load     func(*data.Briefing) ([]data.Statement, error)
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
// query, as a search key would (folded, anywhere in the text). It stops
// early, with ctx's error, when ctx is done.
func (s TextSearch) Run(ctx context.Context) (TextFound, error) {
	out := TextFound{Query: s.Query, From: s.From, To: s.To}
	var buf []byte
	holds := func(text string) bool {
		buf = appendFold(buf[:0], text)
		return strings.Contains(string(buf), s.Query)
	}
	for n, st := range s.stories {
		if n%64 == 0 && ctx.Err() != nil {
			return out, ctx.Err()
		}
		stmts, err := s.load(st.b)
		if err != nil {
			continue // shown as it was read: with no text to hold the words
		}
		if st.ks == nil {
			for k := range stmts {
				if holds(stmts[k].Text) {
					out.IDs = append(out.IDs, st.first+int32(k))
				}
			}
			continue
		}
		for _, k := range st.ks {
			if int(k) < len(stmts) && holds(stmts[k].Text) {
				out.IDs = append(out.IDs, st.first+k)
			}
		}
	}
	return out, nil
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
		s := TextSearch{Query: q, From: from, To: to, load: l.texts.load}
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
		e := l.stmts[i]
		st := &l.stories[e.story]
		if n := len(out); n > 0 && out[n-1].first == st.stmtFrom {
			out[n-1].ks = append(out[n-1].ks, e.index)
			continue
		}
		out = append(out, searchStory{b: st.b, first: st.stmtFrom, ks: []int32{e.index}})
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
// missing. It reports whether the answer was kept: the quote view is
// then filtered again.
func (l *Library) AddTextFound(f TextFound) bool {
	if l.texts == nil {
		return false
	}
	t := l.texts
	a := t.answer(f.Query)
	switch {
	case a == nil && f.From == 0:
		if len(t.found) >= keptAnswers {
			t.found = slices.Delete(t.found, 0, 1)
		}
		t.found = append(t.found, f)
	case a != nil && a.To == f.From:
		a.IDs = append(a.IDs, f.IDs...)
		a.To = f.To
	default:
		return false
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
	for i := range l.texts.found {
		a := &l.texts.found[i]
		if a.To != first {
			continue
		}
		for k := range stmts {
			buf = appendFold(buf[:0], stmts[k].Text)
			if strings.Contains(string(buf), a.Query) {
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
