package resolve

import (
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// orlaviaOffices is an invented table: two presidents of Orlavia and a
// Tesmari one, with no term between 2031-05-01 and 2032-01-01.
const orlaviaOffices = `
- {office: President, party: Orlavia, person: Mira Donat, from: 2025-03-01, to: 2029-03-01}
- {office: President, party: Orlavia, person: Ilan Roswe, from: 2029-03-01, to: 2031-05-01}
- {office: Foreign Secretary, titles: [Secretary], party: Orlavia, person: Pell Ardo, from: 2025-03-01}
- {office: President, party: Tesmar, person: Cato Brenn, from: 2020-01-01}
`

func officeIndex(t *testing.T) (*gazetteer.Index, *lexicon.Lexicon, *gazetteer.Offices) {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, errs := gazetteer.New(lex, &gazetteer.Entries{
		Parties: []gazetteer.PartyEntry{
			{Name: "Tesmar", Demonyms: []string{"Tesmari"}, Kind: "state"},
			{Name: "Orlavia", Demonyms: []string{"Orlavian"}, Kind: "state"},
		},
		People: []gazetteer.PersonEntry{
			{Name: "Mira Donat", Role: "President", Party: "Orlavia", Gender: "f"},
			{Name: "Ilan Roswe", Role: "President", Party: "Orlavia", Gender: "m"},
			{Name: "Pell Ardo", Role: "Foreign Secretary", Party: "Orlavia", Gender: "m"},
			{Name: "Cato Brenn", Role: "President", Party: "Tesmar", Gender: "m"},
		},
	})
	for _, e := range errs {
		t.Fatal(e)
	}
	terms, perrs := gazetteer.ParseOffices([]byte(orlaviaOffices), "test")
	for _, e := range perrs {
		t.Fatal(e)
	}
	return ix, lex, terms
}

// bare is a capitalised bare title, as a release writes it ("The
// President said").
func bare(sentence int, text, head string, mods ...string) mention.Mention {
	m := role(sentence, text, head, mods...)
	m.Capital = true
	return m
}

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestBareTitleIsOfficeHolder(t *testing.T) {
	ix, lex, terms := officeIndex(t)
	orlavianPresident := bare(1, "the Orlavian President", "president", "orlavian")
	orlavianPresident.Party = party(t, ix, "Orlavia")
	orlavianPresident.Qualified = true
	tests := []struct {
		name  string
		home  string
		date  string
		steps []step
	}{
		{"at the date", "Orlavia", "2026-06-01", []step{speaks(bare(0, "The President", "president"), "Mira Donat")}},
		{"the next term", "Orlavia", "2030-01-01", []step{speaks(bare(0, "The President", "president"), "Ilan Roswe")}},
		{"on the first day", "Orlavia", "2029-03-01", []step{speaks(bare(0, "The President", "president"), "Ilan Roswe")}},
		{"a bare title of the full office", "Orlavia", "2026-06-01", []step{speaks(bare(0, "The Secretary", "secretary"), "Pell Ardo")}},
		{"before any term", "Orlavia", "2024-12-31", []step{speaks(bare(0, "The President", "president"), "The President")}},
		{"after the last term", "Orlavia", "2031-06-01", []step{speaks(bare(0, "The President", "president"), "The President")}},
		{"no date", "Orlavia", "", []step{speaks(bare(0, "The President", "president"), "The President")}},
		{"no home", "", "2026-06-01", []step{speaks(bare(0, "The President", "president"), "The President")}},
		{"another country's president", "Tesmar", "2026-06-01", []step{speaks(orlavianPresident, "the Orlavian President")}},
		{"the home's president, not another's", "Tesmar", "2026-06-01", []step{speaks(bare(0, "The President", "president"), "Cato Brenn")}},
		{"a story naming its own president keeps it", "Orlavia", "2026-06-01", []step{
			mentions(person(0, "Dana Quill", "President", 'f'), Subject),
			speaks(bare(1, "The President", "president"), "Dana Quill"),
		}},
		{"a named holder is one speaker", "Orlavia", "2026-06-01", []step{
			mentions(person(0, "Mira Donat", "", 'f'), Subject),
			speaks(bare(1, "The President", "president"), "Mira Donat"),
		}},
		{"a title with other words is no bare title", "Orlavia", "2026-06-01", []step{speaks(bare(0, "The former President", "president", "former"), "The former President")}},
		{"a sentence of an earlier day names that day's holder", "Orlavia", "2030-01-01|2026-06-01", []step{speaks(bare(0, "The President", "president"), "Mira Donat")}},
		{"a sentence of a day before any term names no one", "Orlavia", "2030-01-01|2006-06-16", []step{speaks(bare(0, "The President", "president"), "The President")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewStory(ix, lex)
			if tt.home != "" {
				r.SetHome(party(t, ix, tt.home))
			}
			var d time.Time
			date, sentence, _ := strings.Cut(tt.date, "|") // the story's day, the sentence's
			if date != "" {
				d = day(date)
			}
			r.SetTerms(terms, d)
			if sentence != "" {
				r.SetSentenceDay(day(sentence))
			}
			for i, s := range tt.steps {
				if !s.speaker {
					r.Mention(s.m, s.pos)
					continue
				}
				sp, ok := r.Speaker(s.m)
				if !ok {
					t.Fatalf("step %d: no speaker", i)
				}
				if got := r.Final(sp).Name; got != s.want {
					t.Errorf("step %d (%q): speaker %q, want %q", i, s.m.Text, got, s.want)
				}
			}
		})
	}
}

// A transcript's "THE PRESIDENT:" or a "Letter from the President" names
// its speaker by the bare title: the holder of the day, for the home only.
func TestTitleHolderNamesVoice(t *testing.T) {
	ix, lex, terms := officeIndex(t)
	orlavia, tesmar := party(t, ix, "Orlavia"), party(t, ix, "Tesmar")
	tests := []struct {
		name string
		sp   Speaker
		date string
		want string
	}{
		{"the home's president", Speaker{Name: "President", Party: orlavia}, "2026-06-01", "Mira Donat"},
		{"before the term", Speaker{Name: "President", Party: orlavia}, "2024-06-01", "President"},
		{"no date", Speaker{Name: "President", Party: orlavia}, "", "President"},
		{"another party's title", Speaker{Name: "President", Party: tesmar}, "2026-06-01", "President"},
		{"a group", Speaker{Name: "President", Party: orlavia, Group: true}, "2026-06-01", "President"},
	}
	for _, tt := range tests {
		r := NewStory(ix, lex)
		r.SetHome(orlavia)
		var d time.Time
		if tt.date != "" {
			d = day(tt.date)
		}
		r.SetTerms(terms, d)
		if got, _ := r.TitleHolder(tt.sp); got.Name != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got.Name, tt.want)
		}
	}
}
