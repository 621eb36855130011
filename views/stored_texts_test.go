package views

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
)

// storedLibrary is the fixture read without statements, as a library's
// rows, and given them afterwards, their texts left in the "database"
// (the fixture); reads counts the stories read from it. attach says
// which stories get their statements now.
func storedLibrary(t *testing.T, reads *int, attach ...int) *Library {
	t.Helper()
	whole := compactFixture()
	l := NewLibrary(nil)
	l.SetStatementTexts(func(b *data.Briefing) ([]data.Statement, error) {
		*reads++
		for _, w := range whole {
			if w.ID == b.ID {
				return slices.Clone(w.Statements), nil
			}
		}
		return nil, nil
	}, nil)
	for _, b := range compactFixture() {
		c := *b
		c.StatementCount, c.Statements = len(b.Statements), nil
		l.Add(&c)
	}
	for _, i := range attach {
		l.Attach(i, slices.Clone(whole[i].Statements))
	}
	return l
}

// answer runs the searches the filters need and keeps their answers, as
// the reader does in the background.
func answer(t *testing.T, l *Library, filters ...Filter) int {
	t.Helper()
	searches := l.TextSearches(filters, func(string) bool { return false })
	for _, s := range searches {
		found, err := s.Run(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !l.AddTextFound(found, func(q string) bool { return q == s.Query }) {
			t.Fatalf("answer for %q not kept: %+v", s.Query, found)
		}
	}
	return len(searches)
}

func TestStoredTextsAreTheStatements(t *testing.T) {
	t.Parallel()
	held, _ := twoLibraries(t)
	var reads int
	stored := storedLibrary(t, &reads, 0, 1)
	if n := len(stored.stmtKeys.buf); n != 0 {
		t.Errorf("the search keys hold %d bytes", n)
	}
	same := func() {
		t.Helper()
		for i := range stored.StatementCount() {
			hs, h := held.Statement(i)
			ss, s := stored.Statement(i)
			if hs != ss || h != s {
				t.Errorf("statement %d:\n held   %d %+v\n stored %d %+v", i, hs, h, ss, s)
			}
		}
	}
	same()
	if reads != 0 {
		t.Errorf("%d stories read for their texts, want none: the last given are kept", reads)
	}
	stored.texts.recent, stored.texts.order = map[int32][]data.Statement{}, nil
	same()
	if reads != 2 {
		t.Errorf("%d stories read for their texts, want 2 (then kept)", reads)
	}
}

func TestStoredTextsFilterAsHeld(t *testing.T) {
	t.Parallel()
	held, _ := twoLibraries(t)
	var reads int
	stored := storedLibrary(t, &reads, 0, 1)
	all := make([]int32, held.StatementCount())
	for i := range all {
		all[i] = int32(i)
	}
	for _, q := range []string{"Ostrava", "ostrava nova next", "ÖLUND", "İstanbul", "\xff bytes", "calm.", "halvek", "meridian union", "foreign minister", "apply;", "zanzibar"} {
		f := TextFilter(q)
		if answer(t, stored, f) != 1 {
			t.Errorf("%q: not searched", q)
		}
		h := statementTester{held}.filter(f, all)
		s := statementTester{stored}.filter(f, all)
		if !slices.Equal(h, s) {
			t.Errorf("%q: held keeps %v, stored %v", q, h, s)
		}
		if answer(t, stored, f) != 0 {
			t.Errorf("%q: searched again", q)
		}
	}
}

// TestStoredTextsAnswersFollowTheStatements: an answer covers the
// statements given after it without asking again; a longer query reads
// only the stories the shorter one was found in.
func TestStoredTextsAnswersFollowTheStatements(t *testing.T) {
	t.Parallel()
	var reads int
	stored := storedLibrary(t, &reads, 0)
	f := TextFilter("the")
	answer(t, stored, f)
	before := statementTester{stored}.filter(f, []int32{0, 1, 2})
	if !slices.Equal(before, []int32{0, 1, 2}) {
		t.Errorf("the: %v", before)
	}
	whole := compactFixture()
	stored.Attach(1, slices.Clone(whole[1].Statements))
	if answer(t, stored, f) != 0 {
		t.Error("the statements given since were searched again")
	}
	got := statementTester{stored}.filter(f, []int32{0, 1, 2, 3, 4, 5})
	if !slices.Equal(got, []int32{0, 1, 2, 3, 4, 5}) {
		t.Errorf("the, with the water story: %v", got)
	}
	answer(t, stored, TextFilter("ostrava"))
	reads = 0
	answer(t, stored, TextFilter("ostrava nova w"))
	if reads != 1 {
		t.Errorf("\"ostrava nova w\" read %d stories, want the one \"ostrava\" was found in", reads)
	}
	got = statementTester{stored}.filter(TextFilter("ostrava nova w"), []int32{0, 1, 2, 3, 4, 5})
	if !slices.Equal(got, []int32{2}) {
		t.Errorf("ostrava nova w: %v", got)
	}
}

// TestStoredTextsAnswersKeptAreBounded: the answers kept beside those
// of the filters in use hold no more statements than the library, and
// an answer in use is not let go.
func TestStoredTextsAnswersKeptAreBounded(t *testing.T) {
	t.Parallel()
	var reads int
	stored := storedLibrary(t, &reads, 0, 1)
	inUse := func(q string) func(string) bool { return func(x string) bool { return x == q || x == "e" } }
	for _, q := range []string{"e", "a", "t", "o", "n", "the"} {
		s := stored.TextSearches([]Filter{TextFilter(q)}, func(string) bool { return false })
		if len(s) != 1 {
			t.Fatalf("%q: %d searches", q, len(s))
		}
		found, err := s[0].Run(context.Background())
		if err != nil || !stored.AddTextFound(found, inUse(q)) {
			t.Fatalf("%q: %v", q, err)
		}
		held := 0
		for _, a := range stored.texts.found {
			if a.Query != "e" && a.Query != q {
				held += len(a.IDs)
			}
		}
		if held > stored.StatementCount() {
			t.Errorf("after %q, %d statements kept in answers not in use", q, held)
		}
		if stored.texts.answer("e") == nil || stored.texts.answer(q) == nil {
			t.Errorf("after %q, an answer in use was let go", q)
		}
	}
}

// TestStoredTextsAnswerWhileStatementsArrive: statements given while a
// search runs are searched next, from where its answer ends, and the
// filter then keeps what it keeps with the texts held.
func TestStoredTextsAnswerWhileStatementsArrive(t *testing.T) {
	t.Parallel()
	held, _ := twoLibraries(t)
	var reads int
	stored := storedLibrary(t, &reads, 0)
	f := TextFilter("halvek")
	running := stored.TextSearches([]Filter{f}, func(string) bool { return false })
	if len(running) != 1 || running[0].From != 0 || running[0].To != 3 {
		t.Fatalf("searches: %+v", running)
	}
	stored.Attach(1, slices.Clone(compactFixture()[1].Statements))
	found, err := running[0].Run(context.Background())
	if err != nil || !stored.AddTextFound(found, func(string) bool { return true }) {
		t.Fatalf("first answer not kept: %v", err)
	}
	rest := stored.TextSearches([]Filter{f}, func(string) bool { return false })
	if len(rest) != 1 || rest[0].From != 3 || rest[0].To != 6 {
		t.Fatalf("the statements given meanwhile: %+v", rest)
	}
	found, err = rest[0].Run(context.Background())
	if err != nil || !stored.AddTextFound(found, func(string) bool { return true }) {
		t.Fatalf("second answer not kept: %v", err)
	}
	all := []int32{0, 1, 2, 3, 4, 5}
	h, s := statementTester{held}.filter(f, all), statementTester{stored}.filter(f, all)
	if !slices.Equal(h, s) || len(h) < 3 {
		t.Errorf("held keeps %v, stored %v", h, s)
	}
	if len(stored.TextSearches([]Filter{f}, func(string) bool { return false })) != 0 {
		t.Error("searched again")
	}
}

// TestStoredTextsLongSearch: a search of many stories, cut in parts read
// at once, finds every statement that holds the query, in order.
func TestStoredTextsLongSearch(t *testing.T) {
	t.Parallel()
	const n = 2*parallelStories + 7
	byID := map[string][]data.Statement{}
	l := NewLibrary(nil)
	l.SetStatementTexts(func(b *data.Briefing) ([]data.Statement, error) { return byID[b.ID], nil }, nil)
	var want []int32
	for i := range n {
		id := fmt.Sprintf("story-%d", i)
		texts := []string{fmt.Sprintf("Tesmar said round %d went well", i), "Orlavia answered"}
		for k, text := range texts {
			byID[id] = append(byID[id], data.Statement{Speaker: "Ansel Varo", Party: "Tesmar", Text: text})
			if strings.Contains(text, "round 1") {
				want = append(want, int32(2*i+k))
			}
		}
		l.Add(&data.Briefing{ID: id, Title: id, StatementCount: len(texts), Speakers: []data.Speaker{{Name: "Ansel Varo", Party: "Tesmar"}}})
	}
	for _, i := range l.Pending() {
		l.Attach(i, slices.Clone(byID[l.Story(i).ID]))
	}
	s := l.TextSearches([]Filter{TextFilter("ROUND 1")}, func(string) bool { return false })
	if len(s) != 1 || len(s[0].stories) != n {
		t.Fatalf("searches: %d", len(s))
	}
	found, err := s[0].Run(context.Background())
	if err != nil || !slices.Equal(found.IDs, want) {
		t.Errorf("found %d statements (%v), want %d", len(found.IDs), err, len(want))
	}
}

// While a library's statements are read, the statements given to Attach
// are kept for their texts only as long as the library's own grouping may
// ask for them again: with the database's grouping, no more than a
// screen's stories, as afterwards; with the Sieve, a batch's.
func TestStatementsKeptWhileReadOnlyForTheSieve(t *testing.T) {
	t.Parallel()
	for _, stored := range []bool{true, false} {
		l := NewLibrary(nil)
		if stored {
			l.SetStoredReports()
		}
		byID := map[string][]data.Statement{}
		l.SetStatementTexts(func(b *data.Briefing) ([]data.Statement, error) { return byID[b.ID], nil }, nil)
		const stories = 3 * recentStories
		for i := range stories {
			id := fmt.Sprintf("harbour-%03d", i)
			byID[id] = []data.Statement{
				{Speaker: "Idrena Halvek", Party: "Varanda", Text: fmt.Sprintf("The harbour at Port Selin reopens on day %d.", i)},
				{Speaker: "Tomas Orvell", Party: "Kestria", Text: fmt.Sprintf("Kestria welcomes the reopening, number %d.", i)},
			}
			l.Add(&data.Briefing{ID: id, Title: "Harbour " + id, StatementCount: 2,
				Speakers: []data.Speaker{{Name: "Idrena Halvek", Party: "Varanda"}, {Name: "Tomas Orvell", Party: "Kestria"}}})
		}
		most := 0
		for i := range stories {
			l.Attach(i, slices.Clone(byID[l.Story(i).ID]))
			most = max(most, len(l.texts.recent))
		}
		switch {
		case stored && most > recentStories:
			t.Errorf("stored groups: %d stories' statements kept while reading; want at most %d", most, recentStories)
		case !stored && most != stories-1:
			t.Errorf("the Sieve: %d stories' statements kept while reading; want %d, all but the last", most, stories-1)
		}
		if got := len(l.texts.recent); got > recentStories {
			t.Errorf("stored %v: %d stories' statements kept once read; want at most %d", stored, got, recentStories)
		}
	}
}
