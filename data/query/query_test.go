package query

import (
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want []Term
	}{
		{"", nil},
		{"   ", nil},
		{"party:Tesmar", []Term{{Field: Party, Value: "Tesmar"}}},
		{"PARTY:Tesmar", []Term{{Field: Party, Value: "Tesmar"}}},
		{`speaker:"Ana Verin"`, []Term{{Field: Speaker, Value: "Ana Verin"}}},
		{`speaker:"say \"no\" \\ then"`, []Term{{Field: Speaker, Value: `say "no" \ then`}}},
		{"after:2025", []Term{{Field: After, Value: "2025", Day: 20250101}}},
		{"after:2025-03", []Term{{Field: After, Value: "2025-03", Day: 20250301}}},
		{"after:2025-03-14", []Term{{Field: After, Value: "2025-03-14", Day: 20250314}}},
		{"before:2025", []Term{{Field: Before, Value: "2025", Day: 20251231}}},
		{"before:2024-02", []Term{{Field: Before, Value: "2024-02", Day: 20240229}}}, // a leap year
		{"before:2025-02", []Term{{Field: Before, Value: "2025-02", Day: 20250228}}},
		{"before:2025-06-30", []Term{{Field: Before, Value: "2025-06-30", Day: 20250630}}},
		{"kind:direct", []Term{{Field: KindOf, Value: "direct", Kind: data.Direct}}},
		{"kind:Reported", []Term{{Field: KindOf, Value: "Reported", Kind: data.Reported}}},
		{"kind:question", []Term{{Field: KindOf, Value: "question", Kind: data.Question}}},
		{"is:unread", []Term{{Field: Is, Value: "unread", State: Unread}}},
		{"is:starred", []Term{{Field: Is, Value: "starred", State: Starred}}},
		{"ceasefire", []Term{{Value: "ceasefire"}}},
		{`"security guarantees"`, []Term{{Value: "security guarantees"}}},
		{"-party:Orlavia", []Term{{Field: Party, Not: true, Value: "Orlavia"}}},
		{"-ceasefire", []Term{{Not: true, Value: "ceasefire"}}},
		{`-"security guarantees"`, []Term{{Not: true, Value: "security guarantees"}}},
		{"10:30", []Term{{Value: "10:30"}}},                                 // no field: a word
		{"https://example.org/x", []Term{{Value: "https://example.org/x"}}}, // "https" is no field either
		{"cease-fire", []Term{{Value: "cease-fire"}}},
		{`party:Tesmar speaker:"Ana Verin" after:2025-01 before:2025-06-30 kind:direct is:unread is:starred ceasefire "security guarantees"`,
			[]Term{
				{Field: Party, Value: "Tesmar"}, {Field: Speaker, Value: "Ana Verin"},
				{Field: After, Value: "2025-01", Day: 20250101}, {Field: Before, Value: "2025-06-30", Day: 20250630},
				{Field: KindOf, Value: "direct", Kind: data.Direct}, {Field: Is, Value: "unread", State: Unread},
				{Field: Is, Value: "starred", State: Starred}, {Value: "ceasefire"}, {Value: "security guarantees"},
			}},
	}
	for _, tt := range tests {
		q, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if len(q.Terms) != len(tt.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.in, q.Terms, tt.want)
			continue
		}
		for i := range tt.want {
			if q.Terms[i] != tt.want[i] {
				t.Errorf("Parse(%q) term %d = %+v, want %+v", tt.in, i, q.Terms[i], tt.want[i])
			}
		}
	}
}

func TestParseErrorsNameTheTerm(t *testing.T) {
	tests := []struct {
		in, term string
		says     []string
	}{
		{"partty:Tesmar", "partty:Tesmar", []string{"unknown field 'partty:'", "did you mean party:?"}},
		{"ceasefire spekar:Verin", "spekar:Verin", []string{"unknown field 'spekar:'", "did you mean speaker:?"}},
		{"colour:red", "colour:red", []string{"unknown field 'colour:'", "the fields are party: speaker: after: before: kind: is:"}},
		{`frm:"Ana Verin" x`, `frm:"Ana Verin"`, []string{"unknown field 'frm:'"}},
		{"after:2025-13", "after:2025-13", []string{"bad date in after:2025-13", "YYYY-MM-DD"}},
		{"before:2025-02-30", "before:2025-02-30", []string{"bad date in before:2025-02-30"}},
		{"after:25", "after:25", []string{"bad date in after:25"}},
		{"after:2025-1", "after:2025-1", []string{"bad date"}},
		{"after:2025-01-01-01", "after:2025-01-01-01", []string{"bad date"}},
		{"after:yesterday", "after:yesterday", []string{"bad date"}},
		{"kind:quote", "kind:quote", []string{"unknown kind in kind:quote", "direct, reported, question"}},
		{"is:read", "is:read", []string{"unknown state in is:read", "is:unread"}},
		{"party:", "party:", []string{"party: needs a value", "party:Tesmar"}},
		{`speaker:""`, `speaker:""`, []string{`speaker:"" needs a value`}},
		{`"security guar`, `"security guar`, []string{"unclosed quote in \"security guar"}},
		{`speaker:"Ana`, `speaker:"Ana`, []string{"unclosed quote"}},
		{`""`, `""`, []string{"empty phrase"}},
		{"ceasefire -", "-", []string{`"-" negates`}},
		{`cease"fire`, `cease"fire`, []string{"stray quote"}},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("Parse(%q) error = %v, want an *Error", tt.in, err)
			continue
		}
		if e.Term != tt.term {
			t.Errorf("Parse(%q) blames %q, want %q", tt.in, e.Term, tt.term)
		}
		for _, s := range tt.says {
			if !strings.Contains(e.Msg, s) {
				t.Errorf("Parse(%q) = %q, lacks %q", tt.in, e.Msg, s)
			}
		}
		if !strings.Contains(e.Msg, tt.term) {
			t.Errorf("Parse(%q) = %q does not name the term %q", tt.in, e.Msg, tt.term)
		}
	}
}

// TestStringReadsBack: a query printed (the reader's header, the "/"
// it starts from) parses back to the same terms.
func TestStringReadsBack(t *testing.T) {
	for _, in := range []string{
		`party:Tesmar speaker:"Ana Verin" -after:2025-01 before:2025-06-30 kind:direct is:unread -"security guarantees" ceasefire`,
		`speaker:"say \"no\""`, `"10:30"`, `"-x"`, `party:"Ostrava Nova"`,
	} {
		q, err := Parse(in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		again, err := Parse(q.String())
		if err != nil {
			t.Fatalf("Parse(%q) (printed from %q): %v", q.String(), in, err)
		}
		if len(again.Terms) != len(q.Terms) {
			t.Fatalf("%q printed as %q reads back as %+v", in, q.String(), again.Terms)
		}
		for i := range q.Terms {
			if again.Terms[i] != q.Terms[i] {
				t.Errorf("%q printed as %q: term %d reads back as %+v, want %+v", in, q.String(), i, again.Terms[i], q.Terms[i])
			}
		}
	}
	q, _ := Parse(`PARTY:Tesmar   "ceasefire"`)
	if got := q.String(); got != "party:Tesmar ceasefire" {
		t.Errorf("String() = %q", got)
	}
}

func TestUnknownName(t *testing.T) {
	known := []string{"Tesmar", "Orlavia", "Kestria", "Ms. Sallow"}
	e := UnknownName(Term{Field: Party, Value: "Tesmr"}, NewNames(known))
	for _, want := range []string{"unknown party in party:Tesmr", "nothing by that name is known", "nearest: Tesmar"} {
		if !strings.Contains(e.Error(), want) {
			t.Errorf("%q lacks %q", e, want)
		}
	}
	e = UnknownName(Term{Field: Speaker, Not: true, Value: "Salow Ana"}, NewNames(known))
	if !strings.Contains(e.Error(), `unknown speaker in -speaker:"Salow Ana"`) || !strings.Contains(e.Error(), "nearest: Ms. Sallow") {
		t.Errorf("%q", e)
	}
	if e := UnknownName(Term{Field: Party, Value: "X"}, NewNames(nil)); strings.Contains(e.Error(), "nearest") {
		t.Errorf("nothing known, yet %q", e)
	}
}

func TestHoldsDay(t *testing.T) {
	q, _ := Parse("after:2025-01 before:2025-01")
	after, before := q.Terms[0], q.Terms[1]
	for _, tt := range []struct {
		date        time.Time
		after, befo bool
	}{
		{time.Date(2024, 12, 31, 23, 0, 0, 0, time.UTC), false, true},
		{time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), true, true},
		{time.Date(2025, 1, 31, 23, 59, 0, 0, time.UTC), true, true},
		{time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), true, false},
		// The calendar day where the story was dated, not in UTC.
		{time.Date(2025, 2, 1, 1, 0, 0, 0, time.FixedZone("+3", 3*3600)), true, false},
		{time.Time{}, false, false}, // undated: no date term holds
	} {
		if got := after.HoldsDay(DayOf(tt.date)); got != tt.after {
			t.Errorf("after:2025-01 holds %v = %v", tt.date, got)
		}
		if got := before.HoldsDay(DayOf(tt.date)); got != tt.befo {
			t.Errorf("before:2025-01 holds %v = %v", tt.date, got)
		}
	}
}
