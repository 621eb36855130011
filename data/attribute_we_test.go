package data

import "testing"

// "We" in a joint statement is the group that issued it; elsewhere it is
// no one brief can name.
func TestJointStatementWe(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	decl := Declared{Parties: []PartyDecl{{Name: "Varanda", Aliases: []string{"Varandan"}}, {Name: "Kestria", Aliases: []string{"Kestrian"}}}}
	const release = "The text of the following statement was released by the Governments of Varanda and Kestria:"
	cases := []struct {
		name, title string
		paras       []string
		want        []wantStmt
	}{
		{"a release line names the group", "Joint Statement on the Strait", []string{
			release, "Begin Text:",
			"We stress that the strait must stay open. In reaffirming our respect for the treaty, we reiterate our support for the ferry commission."},
			// (the opening gerund is the group's saying too: "In
			// reaffirming …, we …")
			[]wantStmt{{"the Governments of Varanda and Kestria", "", Reported, "the strait must stay open"},
				{"the Governments of Varanda and Kestria", "", Reported, "our respect for the treaty"},
				{"the Governments of Varanda and Kestria", "", Reported, "our support for the ferry commission"}}},
		{"a title names the group", "Joint Statement by Varanda and Kestria on the Strait", []string{
			"We stress that the strait must stay open."},
			[]wantStmt{{"Varanda and Kestria", "", Reported, "the strait must stay open"}}},
		{"one government is its party", "Statement on the Strait", []string{
			"The text of the following statement was released by the Government of Varanda:",
			"We stress that the strait must stay open."},
			[]wantStmt{{"the Government of Varanda", "Varanda", Reported, "the strait must stay open"}}},
		{"we with the group in apposition", "Statement on the Strait", []string{
			"We, Varanda and Kestria, stress that the strait must stay open. We recall that the treaty binds both shores."},
			[]wantStmt{{"Varanda and Kestria", "", Reported, "the strait must stay open"},
				{"Varanda and Kestria", "", Reported, "the treaty binds both shores"}}},
		{"we with no issuing group is no one", "Press Statement", []string{
			"We stress that the strait must stay open."},
			nil},
		{"we inside a quotation is the quoted speaker's", "Joint Statement on the Strait", []string{
			release,
			"Foreign Minister Ilse Marrow said: “We stress that the strait must stay open.”"},
			[]wantStmt{{"Ilse Marrow", "", Direct, "We stress that the strait must stay open."}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := &Briefing{Title: c.title, Declared: decl}
			for _, p := range c.paras {
				b.Paragraphs = append(b.Paragraphs, Paragraph{Text: p})
			}
			a.Attribute(b)
			checkStatements(t, b, c.want)
		})
	}
}
