package synth

import "strings"

// Person is an invented official. Party is the canonical name of the
// country they speak for, empty for officials of international bodies.
type Person struct {
	First, Last string
	Title       string // as written before the name: "Foreign Minister"
	Party       string
	Female      bool
}

// Name is the full name, "Maelis Quenstrom".
func (p Person) Name() string { return p.First + " " + p.Last }

// Label is the person's speaker label in a transcript, "MS QUENSTROM".
func (p Person) Label() string {
	if p.Female {
		return "MS " + strings.ToUpper(p.Last)
	}
	return "MR " + strings.ToUpper(p.Last)
}

func (p Person) pronoun() string {
	if p.Female {
		return "she"
	}
	return "he"
}

// Country is an invented party with the names it goes by.
type Country struct {
	Name      string // canonical: "Valdora"
	Formal    string // "Republic of Valdora"
	Capital   string // "Port Selin"
	Demonym   string // "Valdoran"
	Officials []Person
}

// Aliases are the other names the text uses for the country.
func (c Country) Aliases() []string { return []string{c.Formal, c.Capital, c.Demonym} }

// Org is an invented international body; its official is unaffiliated.
type Org struct {
	Name     string // "Council of Orvane States"
	Official Person
}

// World is the cast every briefing of one seed draws on, so that names
// recur across a corpus the way real parties and officials do.
type World struct {
	Countries []Country
	Orgs      []Org
	Sea       string
	Rivers    []string
	Places    []string
}

func newWorld(seed int64) World {
	r := newRNG(seed, 0)
	l := lexicon()
	used := map[string]bool{}
	fresh := func(gen func() string) string {
		for {
			if s := gen(); !used[s] {
				used[s] = true
				return s
			}
		}
	}
	person := func(title, party string) Person {
		var first, last string
		fresh(func() string { first, last = l.person(r); return last })
		return Person{First: first, Last: last, Title: title, Party: party, Female: r.chance(1, 2)}
	}
	var w World
	for range 8 {
		var c Country
		c.Name = fresh(func() string {
			var n string
			n, c.Demonym = l.country(r)
			return n
		})
		used[c.Demonym] = true
		c.Formal = l.formal(r, c.Name, c.Demonym)
		c.Capital = fresh(func() string { return l.capital(r) })
		head := "President"
		if r.chance(1, 2) {
			head = "Prime Minister"
		}
		c.Officials = append(c.Officials, person(head, c.Name))
		for _, t := range []string{"Foreign Minister", "Deputy Foreign Minister", "Foreign Ministry spokesperson", "chief negotiator", "Trade Minister"} {
			c.Officials = append(c.Officials, person(t, c.Name))
		}
		w.Countries = append(w.Countries, c)
	}
	w.Sea = fresh(func() string { return pick(r, l.placePrefixes) + pick(r, l.seaSuffixes) })
	for _, body := range []string{"Council of " + w.Sea + " States", w.Sea + " Monitoring Mission", w.Sea + " Commission"} {
		title := "Secretary-General"
		if strings.HasSuffix(body, "Mission") {
			title = "head of mission"
		}
		w.Orgs = append(w.Orgs, Org{Name: body, Official: person(title, "")})
	}
	for range 6 {
		w.Rivers = append(w.Rivers, fresh(func() string { return pick(r, l.placePrefixes) + pick(r, l.riverSuffixes) }))
		w.Places = append(w.Places, fresh(func() string { return l.place(r) }))
	}
	return w
}
