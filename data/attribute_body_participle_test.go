package data

import "testing"

// A participle chained to a body's verb of saying is the body's too; a
// thing that acted still says nothing.
func TestAttributionBodyParticiple(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	cases := []shapeCase{
		{"a participle after a company's saying", []string{
			"The company said it would not file its report in time, warning that it could default on its debt.",
			"The storm hit the coast and reaffirmed fears of flooding.",
			"Any company that turns down customers or asks them to pay more must hand over the score."},
			[]wantStmt{{"the company", "", Reported, "it would not file its report in time"},
				{"the company", "", Reported, "it could default on its debt"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkStatements(t, attributeShape(a, c.paras), c.want)
		})
	}
}
