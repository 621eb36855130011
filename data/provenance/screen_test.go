package provenance

import (
	"fmt"
	"slices"
	"testing"
)

// siftedGroups groups stmts in two passes, a Screen then a Sifted, as
// "brief quotes --json" does, and returns the Screen too.
func siftedGroups(stmts []Statement) (*Sifted, *Screen) {
	sc := NewScreen()
	for i, s := range stmts {
		if n := sc.Add(s); n != i {
			panic(fmt.Sprintf("Screen.Add gave %d, want %d", n, i))
		}
	}
	sc.Finish()
	x := sc.Sift()
	for i, s := range stmts {
		x.Add(i, s)
	}
	x.Seal()
	return x, sc
}

// sameGroups fails t where the two passes find other groups than one
// Index of every statement.
func sameGroups(t *testing.T, stmts []Statement) (sifted *Screen, grouped int) {
	t.Helper()
	whole := New()
	for _, s := range stmts {
		whole.Add(s)
	}
	x, sc := siftedGroups(stmts)
	for i, s := range stmts {
		want := whole.Others(i)
		if got := x.Others(i); !slices.Equal(got, want) {
			t.Errorf("statement %d (story %d, %s: %q): others %v, want %v", i, s.Story, s.Speaker, s.Text, got, want)
		}
		var stories []int
		for _, o := range want {
			stories = append(stories, stmts[o].Story)
		}
		if got := x.OtherStories(i); !slices.Equal(got, stories) {
			t.Errorf("statement %d: other stories %v, want %v", i, got, stories)
		}
		if len(want) > 0 {
			grouped++
		}
	}
	return sc, grouped
}

func TestScreenKeepsTheGroups(t *testing.T) {
	t.Parallel()
	may := func(sc *Screen) (n int) {
		for i := range sc.Len() {
			if sc.MayRepeat(i) {
				n++
			}
		}
		return n
	}
	tests := []struct {
		name    string
		stories [][]Statement // Story is set from the place
		grouped int           // statements with another report
		may     int           // statements the Screen lets through
	}{{
		name: "a saved copy, a rewrite, an undated copy and a statement said again a month later",
		stories: [][]Statement{
			{{Date: day(3), Speaker: "Ada Morrow", Party: "Tesmar", Text: vow}, {Date: day(3), Speaker: "Ivo Brandt", Party: "Orlavia", Text: "Orlavia has asked for the talks to move to Velhaven next week."}},
			{{Date: day(4), Speaker: "Morrow", Text: "“we will not withdraw a single soldier from the border until talks resume”"}},
			{{Speaker: "Minister Ada Morrow", Party: "Tesmar", Text: vow}},
			{{Date: day(3).AddDate(0, 1, 0), Speaker: "Ada Morrow", Party: "Tesmar", Text: vow}},
			{{Date: day(5), Speaker: "Brandt", Party: "Orlavia", Text: "Orlavia has asked for the talks to move to Velhaven next week."}},
		},
		grouped: 5, may: 6, // the month later is alone, but the undated copy might have been its
	}, {
		name: "alike but never one: short, other numbers, other names, other speakers, one story",
		stories: [][]Statement{
			{{Date: day(1), Speaker: "Ada Morrow", Text: "Thanks, Ivo. Great to be with you."}, {Date: day(1), Speaker: "Ada Morrow", Text: "The talks will resume in round 3 within 12 days of the vote."}},
			{{Date: day(1), Speaker: "Ada Morrow", Text: "Thanks, Lena. Great to be with you."}, {Date: day(1), Speaker: "Ada Morrow", Text: "The talks will resume in round 4 within 12 days of the vote."}},
			{{Date: day(2), Speaker: "Ada Morrow", Text: "I am sending the report on the accession of Orlavia to the Meridian Union to the council today."}},
			{{Date: day(2), Speaker: "Ada Morrow", Text: "I am sending the report on the accession of Kestria to the Meridian Union to the council today."}},
			{{Date: day(2), Speaker: "Ivo Brandt", Party: "Tesmar", Text: vow}, {Date: day(2), Speaker: "Ilse Morrow", Party: "Tesmar", Text: vow}, {Date: day(2), Speaker: "Ilse Morrow", Party: "Tesmar", Text: vow}},
		},
		grouped: 0, may: 0,
	}, {
		name: "three rewrites of one statement and a fourth that joins the second's wording",
		stories: [][]Statement{
			{{Date: day(10), Speaker: "Kestrian Foreign Ministry", Text: "Kestria will not accept any settlement that leaves the northern valleys under foreign control"}},
			{{Date: day(8), Speaker: "the Kestrian Foreign Ministry", Text: "will not accept any settlement that leaves the northern valleys under foreign control"}},
			{{Date: day(9), Speaker: "Kestrian Foreign Ministry", Text: "Kestria will never accept a settlement that leaves the northern valleys under foreign control."}},
			{{Date: day(11), Speaker: "Kestrian Foreign Ministry", Text: "Kestria will not accept any settlement that leaves its northern valleys under foreign control"}},
		},
		grouped: 4, may: 4,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stmts []Statement
			for story, ss := range tt.stories {
				for _, s := range ss {
					s.Story = story
					stmts = append(stmts, s)
				}
			}
			sc, grouped := sameGroups(t, stmts)
			if grouped != tt.grouped {
				t.Errorf("%d statements with another report, want %d", grouped, tt.grouped)
			}
			if n := may(sc); n != tt.may {
				t.Errorf("the Screen let %d through, want %d", n, tt.may)
			}
		})
	}
}

// TestScreenKeepsTheGroupsOfRewrites groups many rewrites of a few
// statements (words dropped and changed, speakers named in full or not,
// dates near, far, before 1970 and unknown; see rewrites): the two
// passes find the groups one Index of them all finds.
func TestScreenKeepsTheGroupsOfRewrites(t *testing.T) {
	t.Parallel()
	stmts := rewrites(12, 900)
	_, grouped := sameGroups(t, stmts)
	if grouped < 100 {
		t.Errorf("only %d of %d statements grouped: the case tests little", grouped, len(stmts))
	}
}
