package data

import "testing"

// Shapes the third blind held-out set found, reduced to invented parties
// and people: a topic verb chained to a cue, a coordinated title subject.
func TestAttributionCoordinatedShapes(t *testing.T) {
	a := attrTestAttributor(t)
	cases := []struct {
		name  string
		paras []string
		want  []wantStmt
	}{
		{"a topic verb and a cue share the subject", []string{
			"President Anton Derev and Foreign Minister Ilse Marrow discussed the flood and reaffirmed their commitment to the river commission.",
			"The two leaders reviewed the budget, the locks and the ferries, and underscored the need for more funding.",
			"Kestria discussed the strait and agreed that the ferries must run."},
			[]wantStmt{{"President Anton Derev and Foreign Minister Ilse Marrow", "", Reported, "their commitment to the river commission"},
				{"the two leaders", "", Reported, "the need for more funding"},
				{"Kestria", "Kestria", Reported, "the ferries must run"}}},
		{"a topic verb chained to a cue in the present", []string{
			"Varanda discusses the dam and reaffirms its support for the commission."},
			[]wantStmt{{"Varanda", "Varanda", Reported, "its support for the commission"}}},
		{"a cue after and in a relative clause is not the sentence subject's", []string{
			"Foreign Minister Ilse Marrow met villagers who discussed the flood and reaffirmed their support for the dam.",
			"The storm hit the coast and reaffirmed fears of flooding.",
			"Kestria discussed the flood and will reaffirm its support for the dam."},
			nil},
		{"a title coordinated with a plural body is a group", []string{
			"The Secretary and Foreign Ministers pledged to expand cooperation on the strait.",
			"Underscoring the importance of the river commission, the Secretary and Foreign Ministers committed to expand its budget.",
			"Recognizing the cost of the flood, the Minister and her counterparts committed to rebuild the locks."},
			[]wantStmt{{"the Secretary and Foreign Ministers", "", Reported, "to expand cooperation on the strait"},
				{"the Secretary and Foreign Ministers", "", Reported, "expand its budget"},
				{"the Minister and her counterparts", "", Reported, "rebuild the locks"}}},
		{"a title and a place are no group", []string{
			"The Secretary and Port Selin pledged to expand cooperation on the strait.",
			"Recognizing the cost of the flood, donors and engineers committed to rebuilding the locks."},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := &Briefing{Title: "Test", Declared: generalDecl}
			for _, p := range c.paras {
				b.Paragraphs = append(b.Paragraphs, Paragraph{Text: p})
			}
			a.Attribute(b)
			checkStatements(t, b, c.want)
		})
	}
}
