// Coordinated phrases, apart because whether they speak together depends on every conjunct.

package mention

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// coordination finds "Velk and Arno", "Tesmar and Orlavia", "Velk, Arno
// and Marr": a phrase of conjuncts joined by commas and "and" that each
// name someone, which speak together. A name that has "and" inside it
// ("Trinidad and Tobago") is one conjunct. It returns the party every
// conjunct names, or -1.
func (f *Finder) coordination(s *syntax.Sentence, para string, p syntax.Phrase) (int32, bool) {
	var cuts []int
	and := false
	for i := p.From + 1; i < p.To-1; i++ {
		w := &s.Words[i]
		switch {
		case w.Tag == tag.CC && f.joinsSpeakers(w):
			cuts, and = append(cuts, i), true
		case w.Tag == tag.Comma:
			cuts = append(cuts, i)
		}
	}
	if !and {
		return -1, false
	}
	words := make([]string, 0, p.Len())
	for i := p.From; i < p.To; i++ {
		words = append(words, s.Words[i].Text)
	}
	for i := range words {
		if h, ok := f.Index.Match(words[i:]); ok {
			for _, c := range cuts {
				if p.From+i < c && p.From+i+h.Len > c {
					return -1, false // the "and" is inside a name
				}
			}
		}
	}
	var parts []Mention
	from := p.From
	for _, c := range append(cuts, p.To) {
		if c > from {
			parts = append(parts, f.Classify(s, para, withoutParenthetical(s, syntax.Phrase{From: from, To: c}), syntax.Phrase{}))
		}
		from = c + 1
	}
	if len(parts) < 2 {
		return -1, false
	}
	// people with people ("Velk and Arno", "the Varandan envoy and the
	// Kestrian envoy", "the Minister and her counterparts"), bodies with
	// bodies or groups ("Varanda and K5+ partners")
	person := func(m Mention) bool { return m.Kind == Person && !m.Place || m.Kind == Role }
	group := func(m Mention) bool { return m.Kind == Group && m.Plural }
	people, bodies := 0, 0
	for _, m := range parts {
		switch {
		case person(m):
			people++
		case m.Kind == Body:
			bodies++
		case !group(m):
			return -1, false
		}
	}
	if people > 0 && bodies > 0 {
		return -1, false
	}
	for _, m := range parts[:len(parts)-1] {
		if m.Kind == Role && m.Capital && !m.Definite && !m.Plural {
			return -1, false // "Public Engagement Director and Senior Advisor Cedric Richmond": one person's titles
		}
	}
	party := parts[0].Party
	for _, m := range parts[1:] {
		if m.Party != party {
			party = -1
		}
	}
	return party, true
}

// personAndPlace reports a phrase that joins a person and a party's or a
// capital's name: "the Secretary and Port Selin" are no one who speaks
// together. A body that is an organisation's name is a title's part
// ("Ministry of Ports and Trade Secretary Jonas Vell").
func (f *Finder) personAndPlace(s *syntax.Sentence, para string, p syntax.Phrase) bool {
	for k := p.From + 1; k < p.To-1; k++ {
		if s.Words[k].Tag != tag.CC {
			continue
		}
		left := f.Classify(s, para, syntax.Phrase{From: p.From, To: k}, syntax.Phrase{})
		right := f.Classify(s, para, syntax.Phrase{From: k + 1, To: p.To}, syntax.Phrase{})
		human := func(m Mention) bool { return m.Kind == Person && m.Human || m.Kind == Role }
		party := func(m Mention) bool {
			n := m.Phrase
			if s.Determiner(n.From) {
				n.From++
			}
			return m.Kind == Body && m.Party >= 0 && f.gazetteerName(s, n)
		}
		return human(left) && party(right) || party(left) && human(right)
	}
	return false
}

// withoutParenthetical is a conjunct without the parenthetical that ends
// it: "Sen. Ana Arno (R-Varn)" is Sen. Ana Arno.
func withoutParenthetical(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	if a := s.ParentheticalBefore(p.To - 1); a > p.From {
		return syntax.Phrase{From: p.From, To: a}
	}
	return p
}

// joinsSpeakers: a conjunction of [joint conjunctions] ("and", "&"); the
// sentence gives "&", a punctuation token, no entry of its own.
func (f *Finder) joinsSpeakers(w *syntax.Word) bool {
	e := f.Lexicon.Lookup(w.Text)
	return e != nil && e.JoinsSpeakers
}
