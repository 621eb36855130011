package gazetteer

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"
)

// Terms of office are data, like the people: offices.yaml says who held
// an office for a party between which dates, so that a bare title in the
// party's own document ("The President said") names the holder of the
// day, not whoever the gazetteer lists first.
//
//go:embed offices.yaml
var officesFile []byte

// TermEntry is one term of office, as written in offices.yaml.
type TermEntry struct {
	Office string   `yaml:"office"`
	Titles []string `yaml:"titles"`
	Party  string   `yaml:"party"`
	Person string   `yaml:"person"`
	From   string   `yaml:"from"`
	To     string   `yaml:"to"`
}

var termKeys = map[string]bool{"office": true, "titles": true, "party": true, "person": true, "from": true, "to": true}

// term is a checked TermEntry: its titles normalised, its dates parsed.
type term struct {
	titles   []string // normalised: "secretary of state", "secretary"
	party    string   // normalised
	person   string
	from, to time.Time // to is zero while in office
}

// Offices are the terms of office of one or more files.
type Offices struct {
	terms []term
}

// BuiltinOffices parses the embedded offices.yaml once.
var BuiltinOffices = sync.OnceValues(func() (*Offices, error) {
	o, errs := ParseOffices(officesFile, "embedded:offices.yaml")
	return o, errors.Join(errs...)
})

const termDate = "2006-01-02"

// ParseOffices reads a file of terms of office; every bad entry is an
// error with its line, and the good ones are kept.
func ParseOffices(raw []byte, path string) (*Offices, []error) {
	items, errs := yamlItems(raw, path)
	o := &Offices{}
	for _, n := range items {
		if n.Kind != yaml.MappingNode {
			errs = append(errs, &Error{path, n.Line, "expected a mapping (\"- {office: …}\")"})
			continue
		}
		bad := false
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; !termKeys[k.Value] {
				errs = append(errs, &Error{path, k.Line, fmt.Sprintf("unknown field %q", k.Value)})
				bad = true
			}
		}
		var e TermEntry
		if err := n.Decode(&e); err != nil {
			errs = append(errs, decodeError(err, path, n.Line))
			continue
		}
		if bad {
			continue
		}
		t, err := e.check()
		if err != nil {
			errs = append(errs, &Error{path, n.Line, err.Error()})
			continue
		}
		o.terms = append(o.terms, t)
	}
	return o, errs
}

func (e TermEntry) check() (term, error) {
	if strings.TrimSpace(e.Office) == "" || strings.TrimSpace(e.Party) == "" || strings.TrimSpace(e.Person) == "" {
		return term{}, fmt.Errorf("a term needs an office, a party and a person")
	}
	t := term{party: Normalize(e.Party), person: strings.TrimSpace(e.Person)}
	var err error
	if t.from, err = time.Parse(termDate, strings.TrimSpace(e.From)); err != nil {
		return term{}, fmt.Errorf("from: %q is not a date (YYYY-MM-DD)", e.From)
	}
	if e.To != "" {
		if t.to, err = time.Parse(termDate, strings.TrimSpace(e.To)); err != nil {
			return term{}, fmt.Errorf("to: %q is not a date (YYYY-MM-DD)", e.To)
		}
		if !t.to.After(t.from) {
			return term{}, fmt.Errorf("the term ends (%s) before it starts (%s)", e.To, e.From)
		}
	}
	for _, title := range append([]string{e.Office}, e.Titles...) {
		if n := Normalize(title); n != "" && !slices.Contains(t.titles, n) {
			t.titles = append(t.titles, n)
		}
	}
	return t, nil
}

// Holder is the person who held the office a title names for a party on
// a day, as people.yaml names them; false when the table does not know,
// or the day is unknown (zero).
func (o *Offices) Holder(title, party string, day time.Time) (string, bool) {
	if o == nil || day.IsZero() {
		return "", false
	}
	title, party = Normalize(title), Normalize(party)
	for _, t := range o.terms {
		if t.party != party || !slices.Contains(t.titles, title) {
			continue
		}
		if day.Before(t.from) || !t.to.IsZero() && !day.Before(t.to) {
			continue
		}
		return t.person, true
	}
	return "", false
}
