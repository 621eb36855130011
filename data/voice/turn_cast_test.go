package voice

import "testing"

// TestCastTitleComplement: a title's complement after "for" may hold
// "and" ("Senior Director for Water and Roads"); the name is the given
// name and the words after it, not the complement's last word with them.
func TestCastTitleComplement(t *testing.T) {
	r := testReader(t)
	d := Document{
		Title: "Press Briefing by Spokesperson Ana Velk and Senior Director for International Water and Roads Peter Halloran, June 8, 2021",
		Paragraphs: []Paragraph{
			{Label: "MS. VELK", Text: "Good afternoon."},
			{Label: "MR. HALLORAN", Text: "Thanks, Ana. The dam will hold."},
		},
	}
	v := r.Read(&d)
	var got []string
	for _, tu := range v.Turns {
		got = append(got, tu.Speaker.Name)
	}
	if len(got) != 2 || got[0] != "Ana Velk" || got[1] != "Peter Halloran" {
		t.Errorf("turns by %q, want [Ana Velk Peter Halloran]", got)
	}
}
