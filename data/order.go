package data

import (
	"cmp"
	"math"
	"time"
)

// Undated is the Newness of a story without a date: below every date, so
// that newest first puts it last.
const Undated = math.MinInt64

// Newness is what stories are sorted newest first by: the date in
// seconds, Undated when there is none. An integer, so that a sort or a
// merge of many stories compares integers.
func Newness(t time.Time) int64 {
	if t.IsZero() {
		return Undated
	}
	return t.Unix()
}

// NewestFirst compares two Newness values: the newer first, undated
// last; 0 when they are the same, and the caller keeps the order the
// stories arrived in (a stable sort, or the arrival index next).
func NewestFirst(a, b int64) int { return cmp.Compare(b, a) }

// DateOrder is where a story goes among others sorted newest first: the
// reader's date sort (views/order.go) and every list of the command line
// ("brief list", "show N", "quotes") follow the one rule.
type DateOrder struct {
	When    int64 // Newness of the story's date
	Example bool  // a built-in example (IsExample)
}

// DateOrderOf is b's place in the date order.
func DateOrderOf(b *Briefing) DateOrder {
	return DateOrder{When: Newness(b.Date), Example: IsExample(b)}
}

// CompareDateOrder orders stories newest first, undated last. Two
// built-in examples keep the order of their tour (0: their dates are
// invented). A 0 keeps the order of arrival: sort with a stable sort.
func CompareDateOrder(a, b DateOrder) int {
	if a.Example && b.Example {
		return 0
	}
	return NewestFirst(a.When, b.When)
}
