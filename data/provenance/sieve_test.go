package provenance

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data/provenance/provenancetest"
)

// sieveSame adds stmts to a Sieve and to one Index of them all, in turn,
// and fails t wherever the two group otherwise: every checkEvery
// statements and at the end, as the reader asks while stories arrive.
// It returns the statements grouped with another.
func sieveSame(t *testing.T, stmts []Statement, checkEvery int) (grouped int) {
	t.Helper()
	whole := New()
	asked := 0
	sieve := NewSieve(func(n int) Statement { asked++; return stmts[n] })
	check := func(upTo int) {
		t.Helper()
		grouped = 0
		for i := range upTo {
			want := whole.Others(i)
			if got := sieve.Others(i); !slices.Equal(got, want) {
				t.Fatalf("after %d statements, statement %d (story %d, %s: %q): others %v, want %v", upTo, i, stmts[i].Story, stmts[i].Speaker, stmts[i].Text, got, want)
			}
			if got, want := sieve.Single(i), whole.Single(i); got != want {
				t.Fatalf("after %d statements, statement %d: single %v, want %v", upTo, i, got, want)
			}
			if got, want := sieve.Group(i), whole.Group(i); got != want {
				t.Fatalf("after %d statements, statement %d: group %d, want %d", upTo, i, got, want)
			}
			for _, o := range want {
				if got, want := sieve.Earlier(i, int(o)), whole.Earlier(i, int(o)); got != want {
					t.Fatalf("after %d statements: statement %d earlier than %d %v, want %v", upTo, i, o, got, want)
				}
			}
			if len(want) > 0 {
				grouped++
			}
		}
	}
	for i, s := range stmts {
		if n := sieve.Add(s); n != i {
			t.Fatalf("Sieve.Add gave %d, want %d", n, i)
		}
		whole.Add(s)
		if (i+1)%checkEvery == 0 {
			check(i + 1)
		}
	}
	check(len(stmts))
	if sieve.Len() != len(stmts) {
		t.Errorf("Len %d, want %d", sieve.Len(), len(stmts))
	}
	if asked > len(stmts) {
		t.Errorf("the Sieve asked for %d texts again, more than the %d statements", asked, len(stmts))
	}
	return grouped
}

// rewrites is n statements, three a story, that are rewrites of a few:
// words dropped and changed, speakers named in full or not, dates near,
// far, before 1970 and unknown, the stories in no order of date.
func rewrites(seed uint64, n int) []Statement {
	r := rand.New(rand.NewPCG(seed, 1))
	var stmts []Statement
	var date time.Time
	for i := range n {
		said := provenancetest.Rewrite(r)
		if i%3 == 0 { // a story's statements share its date
			switch k := r.IntN(20); {
			case k == 0:
				date = time.Time{}
			case k == 1:
				date = time.Date(1969, 12, 20+r.IntN(20), 12, 0, 0, 0, time.UTC)
			default:
				date = day(1).AddDate(0, 0, r.IntN(90))
			}
		}
		stmts = append(stmts, Statement{Story: i / 3, Date: date, Speaker: said.Speaker, Party: said.Party, Text: said.Text})
	}
	return stmts
}

// TestSieveKeepsTheGroupsOfRewrites: statement by statement, the Sieve
// finds the groups one Index of every statement finds, with the same
// earliest reports, though it gives the Index a statement only once a
// later one may repeat it.
func TestSieveKeepsTheGroupsOfRewrites(t *testing.T) {
	t.Parallel()
	for _, seed := range []uint64{12, 13, 14} {
		if grouped := sieveSame(t, rewrites(seed, 900), 97); grouped < 100 {
			t.Errorf("seed %d: only %d of 900 statements grouped: the case tests little", seed, grouped)
		}
	}
}

// TestSieveSettlesTiesByNumber: a statement that matches two groups as
// well joins the one whose first statement came first, though that one
// went to the Index after the other (it was alone until then).
func TestSieveSettlesTiesByNumber(t *testing.T) {
	t.Parallel()
	said := func(story int, text string) Statement {
		return Statement{Story: story, Date: day(1), Speaker: "Ada Morrow", Party: "Tesmar", Text: text}
	}
	stmts := []Statement{
		said(0, "We will keep the border open for trade and travel despite threats."),       // 10 of the last's 12 words
		said(1, "Keep the border open for trade and travel this winter, officials insist."), // 10 of them too, 8 of the first's
		said(2, "Keep the border open for trade and travel this winter, officials insist."), // the second again: both to the Index
		said(3, "We will keep the border open for trade and travel this winter."),           // the first goes to the Index now
	}
	sieveSame(t, stmts, 1)
	sieve := NewSieve(func(n int) Statement { return stmts[n] })
	for _, s := range stmts {
		sieve.Add(s)
	}
	if got := sieve.Others(3); !slices.Equal(got, []int32{0}) {
		t.Errorf("the last statement is also %v, want the first's group, [0]", got)
	}
}

// TestSieveKeepsLittleOfWhatNothingRepeats: statements no other story
// repeats are never asked for again and never go to the Index.
func TestSieveKeepsLittleOfWhatNothingRepeats(t *testing.T) {
	t.Parallel()
	asked := 0
	sieve := NewSieve(func(n int) Statement { asked++; return Statement{} })
	for i := range 500 {
		// its own words, but for the frame every statement has
		var own []string
		for k := range 8 {
			own = append(own, string([]byte{'a' + byte(i%26), 'a' + byte(i/26%26), 'a' + byte(k)}))
		}
		sieve.Add(Statement{Story: i, Date: day(1 + i%28), Speaker: "Ada Morrow", Party: "Tesmar",
			Text: "The talks in Velhaven will resume, " + strings.Join(own, " ") + "."})
	}
	if asked != 0 || sieve.index.Len() != 0 {
		t.Errorf("asked for %d texts again, %d in the Index; want none", asked, sieve.index.Len())
	}
	for i := range 500 {
		if !sieve.Single(i) {
			t.Fatalf("statement %d grouped with %v", i, sieve.Others(i))
		}
	}
}

// TestHoursApartNeverPartsReportsWithin: dates kept to the hour part no
// two dates that apart holds close enough, at any offset in the hour,
// before 1970 too.
func TestHoursApartNeverPartsReportsWithin(t *testing.T) {
	t.Parallel()
	for _, base := range []int64{0, 1_793_523_600, -86_400*30 - 1, 1_793_523_600 + 3599} {
		for _, gap := range []int64{0, 1, 3599, 3600, reportsWithin - 1, reportsWithin, reportsWithin + 1, reportsWithin + 3599, reportsWithin + 3600, reportsWithin + 7200, 10 * reportsWithin} {
			for _, pair := range [][2]int64{{base, base + gap}, {base + gap, base}} {
				a, b := pair[0], pair[1]
				if !apart(a, b) && hoursApart(hourOf(a), hourOf(b)) {
					t.Errorf("%d and %d: within a fortnight, but apart by the hour", a, b)
				}
			}
			if gap >= reportsWithin+7200 && !hoursApart(hourOf(base), hourOf(base+gap)) {
				t.Errorf("%d and %d: %d s apart, not apart by the hour", base, base+gap, gap)
			}
		}
	}
	if hoursApart(hourOf(unknownDate), hourOf(0)) || hoursApart(hourOf(0), hourOf(unknownDate)) {
		t.Errorf("an unknown date is apart from a known one")
	}
}
