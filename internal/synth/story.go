package synth

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// story writes one briefing. It remembers who has been introduced (full
// name and title on first mention, surname after) and who spoke last, so
// that pronoun follow-ups have an antecedent as they would in real copy.
type story struct {
	r     *rng
	ph    *phraseBook
	w     *World
	a, b  *Country
	org   *Org
	topic *topic
	// perspective: the speaker's party and the other side
	x, y                    *Country
	river, place, month     string
	open, close, apostrophe string

	cast       []Person // who may speak, the parties' officials and the org's
	introduced map[string]bool
	speakers   []Person // in order of first mention, for front matter
	last       *Person  // antecedent for "he"/"she"; nil after narration
}

func newStory(r *rng, w *World) *story {
	s := &story{r: r, ph: phrases(), w: w, introduced: map[string]bool{}}
	ia := r.intn(len(w.Countries))
	ib := (ia + 1 + r.intn(len(w.Countries)-1)) % len(w.Countries)
	s.a, s.b = &w.Countries[ia], &w.Countries[ib]
	s.org = &w.Orgs[r.intn(len(w.Orgs))]
	s.topic = &s.ph.topics[r.intn(len(s.ph.topics))]
	s.river, s.place, s.month = pick(r, w.Rivers), pick(r, w.Places), pick(r, s.ph.months)
	s.open, s.close, s.apostrophe = "“", "”", "’"
	if r.chance(1, 5) {
		s.open, s.close, s.apostrophe = `"`, `"`, "'"
	}
	for _, c := range []*Country{s.a, s.b} {
		// A handful of each side's officials, so surnames recur in a story.
		for _, i := range []int{0, 1, r.between(2, len(c.Officials)-1)} {
			s.cast = append(s.cast, c.Officials[i])
		}
	}
	if r.chance(1, 3) {
		s.cast = append(s.cast, s.org.Official)
	}
	s.x, s.y = s.a, s.b
	return s
}

// speak picks a speaker and turns the perspective to their side.
func (s *story) speak() *Person {
	p := &s.cast[s.r.intn(len(s.cast))]
	if s.last != nil && s.r.chance(1, 3) {
		p = s.last
	}
	s.face(p.Party)
	return p
}

func (s *story) face(party string) {
	switch {
	case party == s.a.Name:
		s.x, s.y = s.a, s.b
	case party == s.b.Name:
		s.x, s.y = s.b, s.a
	case s.r.chance(1, 2):
		s.x, s.y = s.a, s.b
	default:
		s.x, s.y = s.b, s.a
	}
}

func (s *story) expand(t string) string {
	var sb strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			sb.WriteString(t)
			return sb.String()
		}
		j := strings.IndexByte(t[i:], '}') + i
		sb.WriteString(t[:i])
		sb.WriteString(s.fill(t[i+1 : j]))
		t = t[j+1:]
	}
}

func (s *story) fill(key string) string {
	switch key {
	case "X":
		return s.x.Name
	case "Y":
		return s.y.Name
	case "Xc":
		return s.x.Capital
	case "Yc":
		return s.y.Capital
	case "Xd":
		return s.x.Demonym
	case "Yd":
		return s.y.Demonym
	case "A":
		return s.a.Name
	case "B":
		return s.b.Name
	case "Ac":
		return s.a.Capital
	case "Bc":
		return s.b.Capital
	case "Ad":
		return s.a.Demonym
	case "Bd":
		return s.b.Demonym
	case "T":
		return s.expand(pick(s.r, s.topic.things))
	case "action":
		return s.expand(pick(s.r, s.topic.actions))
	case "L":
		return s.topic.label
	case "river":
		return s.river
	case "place":
		return s.place
	case "sea":
		return s.w.Sea
	case "org":
		return s.org.Name
	case "month":
		return s.month
	case "day":
		return pick(s.r, s.ph.days)
	case "n":
		return pick(s.r, s.ph.numbers)
	case "'":
		return s.apostrophe
	case "adj":
		return pick(s.r, s.ph.adjectives)
	case "building":
		return s.expand(pick(s.r, s.ph.buildings))
	}
	panic("synth: unknown template key " + key)
}

// ref names p as the subject of a sentence: in full with title and party
// on first mention, by surname after.
func (s *story) ref(p *Person) string {
	if s.introduced[p.Name()] {
		if s.r.chance(1, 4) && isUpper(p.Title) {
			return p.Title + " " + p.Last
		}
		return p.Last
	}
	s.introduce(p)
	if p.Party == "" {
		return p.Title + " " + p.Name() + " of the " + s.org.Name
	}
	if s.r.chance(1, 2) {
		return p.Name() + ", the " + s.x.Demonym + " " + strings.ToLower(p.Title) + ","
	}
	return s.x.Demonym + " " + p.Title + " " + p.Name()
}

// refAfter names p after a quotation: "said Maelis Quenstrom, the …".
func (s *story) refAfter(p *Person, cue string) string {
	if s.introduced[p.Name()] {
		return p.Last + " " + cue
	}
	s.introduce(p)
	if p.Party == "" {
		return cue + " " + p.Name() + ", " + p.Title + " of the " + s.org.Name
	}
	return cue + " " + p.Name() + ", the " + s.x.Demonym + " " + strings.ToLower(p.Title)
}

func (s *story) introduce(p *Person) {
	s.introduced[p.Name()] = true
	s.speakers = append(s.speakers, *p)
}

func (s *story) quote(q string) string { return s.open + q + s.close }

// sentence writes one sentence; the mix is what attribution has to cope
// with: reported speech, quotations before and after the cue, asides,
// "according to", pronoun follow-ups, bodies and capitals as speakers,
// and narration with no speaker at all.
func (s *story) sentence() string {
	ph, r := s.ph, s.r
	roll := r.intn(100)
	if s.last != nil && roll < 20 {
		p := s.last
		s.face(p.Party)
		pron := p.pronoun()
		switch r.intn(4) {
		case 0:
			return capFirst(pron) + " added that " + s.expand(pick(r, ph.reported)) + "."
		case 1:
			return capFirst(pron) + " warned that " + s.expand(pick(r, ph.reported)) + "."
		case 2:
			return s.quote(s.expand(pick(r, ph.quotes))+",") + " " + pron + " said."
		default:
			a := pick(r, ph.asides)
			return s.expand(a[0]) + ", " + pron + " " + pick(r, ph.asideCues) + ", " + s.expand(a[1]) + "."
		}
	}
	switch {
	case roll < 35:
		p := s.speak()
		s.last = p
		cue := " said that "
		if r.chance(1, 3) {
			cue = " said "
		} else if r.chance(1, 4) {
			cue = " told reporters that "
		}
		return capFirst(s.ref(p)) + cue + s.expand(pick(r, ph.reported)) + "."
	case roll < 50:
		p := s.speak()
		s.last = p
		q := s.expand(pick(r, ph.quotes))
		if r.chance(1, 3) {
			q += ". " + s.expand(pick(r, ph.quotes))
		}
		return s.quote(q+",") + " " + s.refAfter(p, "said") + "."
	case roll < 57:
		p := s.speak()
		s.last = p
		return capFirst(s.ref(p)) + " described the talks as " + s.quote(pick(r, ph.adjectives)+".")
	case roll < 63:
		p := s.speak()
		s.last = p
		who := s.ref(p)
		if !strings.HasSuffix(who, ",") {
			who += ","
		}
		return "According to " + who + " " + s.expand(pick(r, ph.reported)) + "."
	case roll < 68:
		p := s.speak()
		s.last = p
		return capFirst(s.ref(p)) + " welcomed the outcome, noting that " + s.expand(pick(r, ph.reported)) + "."
	case roll < 82:
		s.last = nil
		s.face("")
		switch r.intn(4) {
		case 0:
			return s.x.Capital + " said it was ready to " + s.expand(pick(r, s.topic.actions)) + "."
		case 1:
			return "Officials in " + s.x.Capital + " said " + s.expand(pick(r, ph.reported)) + "."
		case 2:
			return "According to the " + s.x.Demonym + " Foreign Ministry, " + s.expand(pick(r, ph.reported)) + "."
		default:
			return "The Ministry of Foreign Affairs of " + s.x.Name + " said in a statement that " + s.expand(pick(r, ph.reported)) + "."
		}
	default:
		s.last = nil
		s.face("")
		return s.expand(pick(r, ph.narration))
	}
}

func (s *story) paragraph() string {
	n := s.r.between(1, 3)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = s.sentence()
	}
	return strings.Join(parts, " ")
}

func (s *story) headline() string {
	s.x, s.y = s.a, s.b
	t := pick(s.r, s.ph.headlines)
	if s.r.chance(1, 2) {
		t = pick(s.r, s.topic.headlines)
	}
	return s.expand(t)
}

func (s *story) lead() string {
	s.x, s.y = s.a, s.b
	return s.expand(pick(s.r, s.ph.leads))
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
