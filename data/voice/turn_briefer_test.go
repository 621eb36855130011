package voice

import "testing"

// A named speaker of no party who answers the reporters of a
// government's release speaks for it, and so does the one who gives
// them the floor when no guest of another party is there; an
// interviewer, a guest who answers once, a titled guest beside another
// party's leader, and the speakers of a release of no known government
// stay of no party.
func TestBriefers(t *testing.T) {
	r := testReader(t)
	briefing := labelled("MR BRANDT", "Ms. Halle is with us.", "MS. HALLE", "Thank you. The dam holds.",
		"QUESTION", "Does it?", "MS. HALLE", "It does.", "QUESTION", "And the river?", "MS. HALLE", "It is low.")
	cases := []struct {
		name string
		doc  Document
		want map[string]string // speaker → party of every turn of theirs
	}{
		{"a briefer who answers the reporters", Document{Title: "Department Press Briefing", Source: "https://kestria.gov/briefing", Paragraphs: briefing},
			map[string]string{"Toma Brandt": "Kestria", "Ms. Halle": "Kestria"}},
		{"a briefing of no known government", Document{Title: "Press Briefing", Paragraphs: briefing[1:]},
			map[string]string{"Ms. Halle": ""}},
		{"an interviewer asks, and calls on the audience once", Document{Title: "Interview with President Velk", Source: "https://kestria.gov/interview",
			Paragraphs: labelled("MR. SPERLING", "Madam President, welcome.", "THE PRESIDENT", "Thank you.", "Q", "What about the dam?",
				"MR. SPERLING", "Let the President answer.", "THE PRESIDENT", "It holds.", "MR. SPERLING", "And the river?")},
			map[string]string{"Mr. Sperling": "", "Ana Velk": "Kestria"}},
		{"a guest who answers once", Document{Title: "Remarks by President Velk at the Dam", Source: "https://kestria.gov/remarks",
			Paragraphs: labelled("THE PRESIDENT", "Welcome.", "Q", "Mayor, is it safe?", "MR. DASKO", "It is.", "MR. DASKO", "Thank you all.")},
			map[string]string{"Mr. Dasko": ""}},
		{"a titled speaker beside another party's minister", Document{Title: "Remarks by President Velk and Foreign Minister Oru", Source: "https://kestria.gov/remarks",
			Paragraphs: labelled("THE PRESIDENT", "Welcome.", "Q", "Minister?", "MINISTER DASKO", "Yes.", "Q", "Again?", "MINISTER DASKO", "Yes again.",
				"Q", "Ms. Halle?", "MS. HALLE", "No.", "Q", "Really?", "MS. HALLE", "Really.")},
			map[string]string{"Minister Dasko": "", "Ms. Halle": "Kestria"}},
		{"the staff member who runs the briefing", Document{Title: "Briefing on the Delta", Source: "https://kestria.gov/briefing",
			Paragraphs: labelled("MR. ICEL", "Thank you all. Our briefer is Ms. Halle.", "MS. HALLE", "The dam holds.",
				"MR. ICEL", "Let's go to the line of Tom.", "QUESTION", "Does it?", "MS. HALLE", "It does.",
				"MR. ICEL", "Next, Ava.", "QUESTION", "And the river?", "MS. HALLE", "It is low.")},
			map[string]string{"Mr. Icel": "Kestria", "Ms. Halle": "Kestria"}},
		{"a host beside another party's minister", Document{Title: "Remarks by President Velk and Foreign Minister Oru", Source: "https://kestria.gov/remarks",
			Paragraphs: labelled("MR. ICEL", "Welcome. First question.", "Q", "Minister?", "FOREIGN MINISTER ORU", "Yes.",
				"MR. ICEL", "Next.", "Q", "Again?", "THE PRESIDENT", "Yes.")},
			map[string]string{"Mr. Icel": "", "Pela Oru": "Tesmar"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := r.Read(&c.doc)
			seen := map[string]bool{}
			for _, tu := range v.Turns {
				want, ok := c.want[tu.Speaker.Name]
				if !ok {
					continue
				}
				seen[tu.Speaker.Name] = true
				if got := party(r, tu.Speaker.Party); got != want {
					t.Errorf("paragraph %d: %s of %q, want %q", tu.Para, tu.Speaker.Name, got, want)
				}
			}
			for name := range c.want {
				if !seen[name] {
					t.Errorf("no turn of %s among %+v", name, v.Turns)
				}
			}
		})
	}
}
