package provenance

import (
	"slices"
	"testing"
	"time"
)

func day(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }

const vow = "We will not withdraw a single soldier from the border until the talks resume."

func TestGrouping(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		stmts []Statement
		want  [][]int32 // each statement's group, earliest first
	}{{
		name: "a saved copy of a feed item",
		stmts: []Statement{
			{Story: 0, Date: day(3), Speaker: "Ada Morrow", Party: "Tesmar", Text: vow},
			{Story: 1, Date: day(3), Speaker: "Ada Morrow", Party: "Tesmar", Text: vow},
		},
		want: [][]int32{{0, 1}, {0, 1}},
	}, {
		name: "a wire rewrite with another frame, punctuation and quote marks",
		stmts: []Statement{
			{Story: 0, Date: day(4), Speaker: "Morrow", Party: "", Text: "“we will not withdraw a single soldier from the border until talks resume”"},
			{Story: 1, Date: day(2), Speaker: "Foreign Minister Ada Morrow", Party: "Tesmar", Text: vow},
		},
		want: [][]int32{{1, 0}, {1, 0}},
	}, {
		name: "two speakers with the same quote stay apart",
		stmts: []Statement{
			{Story: 0, Date: day(1), Speaker: "Ada Morrow", Party: "Tesmar", Text: vow},
			{Story: 1, Date: day(2), Speaker: "Ivo Brandt", Party: "Tesmar", Text: vow},
			{Story: 2, Date: day(3), Speaker: "Ilse Morrow", Party: "Tesmar", Text: vow},
			{Story: 3, Date: day(4), Speaker: "Morrow", Party: "Orlavia", Text: vow},
		},
		want: [][]int32{{0}, {1}, {2}, {3}},
	}, {
		name: "short quotes stay apart",
		stmts: []Statement{
			{Story: 0, Date: day(1), Speaker: "Ada Morrow", Party: "Tesmar", Text: "No."},
			{Story: 1, Date: day(2), Speaker: "Ada Morrow", Party: "Tesmar", Text: "No."},
			{Story: 2, Date: day(2), Speaker: "Ada Morrow", Party: "Tesmar", Text: "We will see about that."},
			{Story: 3, Date: day(3), Speaker: "Ada Morrow", Party: "Tesmar", Text: "We will see about that."},
		},
		want: [][]int32{{0}, {1}, {2}, {3}},
	}, {
		name: "earliest first, the undated last, whatever the order of arrival",
		stmts: []Statement{
			{Story: 0, Speaker: "Ada Morrow", Text: vow},
			{Story: 1, Date: day(9), Speaker: "Ada Morrow", Text: vow},
			{Story: 2, Date: day(1), Speaker: "Ada Morrow", Text: vow},
			{Story: 3, Date: day(5), Speaker: "Ada Morrow", Text: vow},
		},
		want: [][]int32{{2, 3, 1, 0}, {2, 3, 1, 0}, {2, 3, 1, 0}, {2, 3, 1, 0}},
	}, {
		name: "other numbers are another statement",
		stmts: []Statement{
			{Story: 0, Date: day(1), Speaker: "Ada Morrow", Text: "The talks will resume in round 3 within 12 days of the vote."},
			{Story: 1, Date: day(2), Speaker: "Ada Morrow", Text: "The talks will resume in round 4 within 12 days of the vote."},
			{Story: 2, Date: day(3), Speaker: "Ada Morrow", Text: "the talks will resume in round 3, within 12 days of the vote"},
		},
		want: [][]int32{{0, 2}, {1}, {0, 2}},
	}, {
		name: "one story quoting itself twice is not two stories",
		stmts: []Statement{
			{Story: 0, Date: day(1), Speaker: "Ada Morrow", Text: vow},
			{Story: 0, Date: day(1), Speaker: "Ada Morrow", Text: vow},
		},
		want: [][]int32{{0}, {1}},
	}, {
		name: "a different statement on the same subject stays apart",
		stmts: []Statement{
			{Story: 0, Date: day(1), Speaker: "Ada Morrow", Text: vow},
			{Story: 1, Date: day(2), Speaker: "Ada Morrow", Text: "Tesmar will withdraw every soldier from the border once the talks have ended in Velhaven."},
		},
		want: [][]int32{{0}, {1}},
	}, {
		name: "a partial quote of the same words",
		stmts: []Statement{
			{Story: 0, Date: day(1), Speaker: "Kestrian Foreign Ministry", Text: "Kestria will not accept any settlement that leaves the northern valleys under foreign control"},
			{Story: 1, Date: day(2), Speaker: "the Kestrian Foreign Ministry", Text: "will not accept any settlement that leaves the northern valleys under foreign control"},
		},
		want: [][]int32{{0, 1}, {0, 1}},
	}, {
		name: "a short text with a word changed is another statement",
		stmts: []Statement{
			{Story: 0, Date: day(1), Speaker: "Ada Morrow", Text: "Thanks, Ivo. Great to be with you."},
			{Story: 1, Date: day(2), Speaker: "Ada Morrow", Text: "Thanks, Lena. Great to be with you."},
			{Story: 2, Date: day(2), Speaker: "Ada Morrow", Text: "Thanks, Ivo. Great to be with you."},
		},
		want: [][]int32{{0, 2}, {1}, {0, 2}},
	}, {
		name: "the same words weeks apart were said again",
		stmts: []Statement{
			{Story: 0, Date: day(1), Speaker: "Ada Morrow", Text: vow},
			{Story: 1, Date: day(1).AddDate(0, 1, 0), Speaker: "Ada Morrow", Text: vow},
			{Story: 2, Speaker: "Ada Morrow", Text: vow}, // undated: may be either
		},
		want: [][]int32{{0, 2}, {1}, {0, 2}},
	}, {
		name: "a rewording may not change the names or the numbers in words",
		stmts: []Statement{
			{Story: 0, Date: day(1), Speaker: "Ada Morrow", Text: "I am sending the report on the accession of Orlavia to the Meridian Union to the council today."},
			{Story: 1, Date: day(1), Speaker: "Ada Morrow", Text: "I am sending the report on the accession of Kestria to the Meridian Union to the council today."},
			{Story: 2, Date: day(2), Speaker: "Ada Morrow", Text: "I intend to nominate the following three envoys to serve in key roles at the Meridian Union."},
			{Story: 3, Date: day(2), Speaker: "Ada Morrow", Text: "I intend to nominate the following seven envoys to serve in key roles at the Meridian Union."},
			{Story: 4, Date: day(3), Speaker: "Ada Morrow", Text: "today I am sending the report on the accession of Orlavia to the Meridian Union to the council"},
		},
		want: [][]int32{{0, 4}, {1}, {2}, {3}, {0, 4}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := New()
			for i, s := range tt.stmts {
				if got := x.Add(s); got != i {
					t.Fatalf("Add gave %d, want %d", got, i)
				}
			}
			for i, want := range tt.want {
				if got := x.Members(i); !slices.Equal(got, want) {
					t.Errorf("statement %d: group %v, want %v", i, got, want)
				}
				if x.Earliest(i) != (want[0] == int32(i)) {
					t.Errorf("statement %d: Earliest = %v", i, x.Earliest(i))
				}
				others := x.Others(i)
				if len(others) != len(want)-1 || slices.Contains(others, int32(i)) {
					t.Errorf("statement %d: others %v of group %v", i, others, want)
				}
			}
			x.Seal()
			for i, want := range tt.want {
				if got := x.Members(i); !slices.Equal(got, want) {
					t.Errorf("sealed, statement %d: group %v, want %v", i, got, want)
				}
			}
		})
	}
}

func TestNormalise(t *testing.T) {
	t.Parallel()
	got := normalise(`“Don’t” — SAY it:  1,200 troops, 3.5 km... now!`)
	want := []string{"dont", "say", "it", "1200", "troops", "35", "km", "now"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func BenchmarkAdd(b *testing.B) {
	texts := []string{vow, "The ceasefire along the river must hold through the winter and beyond it.", "Fishing quotas in the gulf are a matter for the joint commission alone."}
	for b.Loop() {
		x := New()
		for i := range 3000 {
			x.Add(Statement{Story: i / 3, Date: day(1 + i%28), Speaker: "Ada Morrow", Party: "Tesmar", Text: texts[i%3]})
		}
	}
}
