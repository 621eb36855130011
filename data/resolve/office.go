package resolve

import (
	"strings"
	"time"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// SetTerms gives the story the terms of office and its date, so that a
// bare title of the home's own document ("The President said" in a White
// House release) is the holder of the office that day. A zero day (the
// date unknown) names no one.
func (r *Story) SetTerms(terms *gazetteer.Offices, day time.Time) {
	r.terms, r.day = terms, day
}

// SetSentenceDay is the day the sentence being read tells of, when it
// opens on an earlier year ("On June 16, 2006, … the President
// declared"): its bare titles are that day's holders, not the story's.
// A zero day is the story's own.
func (r *Story) SetSentenceDay(day time.Time) { r.sentenceDay = day }

// officeHolder is the known person a bare capitalised title stands for
// when the story names no one it can refer to: only the home's own
// office ("the President" of a story about Orlavia's president is not
// the home's), only on a known date, only someone the gazetteer knows.
func (r *Story) officeHolder(m mention.Mention) (int32, bool) {
	if r.terms == nil || r.day.IsZero() || r.home < 0 {
		return -1, false
	}
	if m.Party >= 0 || m.Unsure >= 0 || m.Qualified || !m.Capital || m.Head == "" {
		return -1, false
	}
	h := r.lexicon.Lookup(m.Head)
	if h == nil || h.Class&lexicon.TitleHead == 0 {
		return -1, false
	}
	// the title as a reader would say it: "Vice President", not the
	// story's other words ("the new President" is no bare title)
	words := r.expand(append(append([]string(nil), m.Modifiers...), m.Head))
	for _, w := range words[:len(words)-1] {
		if !r.lexicon.Is(w, lexicon.TitleWord) {
			return -1, false
		}
	}
	day := r.day
	if !r.sentenceDay.IsZero() {
		day = r.sentenceDay
	}
	name, ok := r.terms.Holder(strings.Join(words, " "), r.index.Party(r.home).Name, day)
	if !ok {
		return -1, false
	}
	return r.index.PersonID(name)
}

// knownEntity is the story's entity of a known person, if any.
func (r *Story) knownEntity(person int32) *entity {
	for _, e := range r.entities {
		if e.person == person {
			return e
		}
	}
	return nil
}

// TitleHolder is the office holder a speaker named only by the home's
// bare title is ("THE VICE PRESIDENT:" of a transcript, the "President"
// of a "Letter from the President"), under officeHolder's conditions;
// false leaves the speaker as it was.
func (r *Story) TitleHolder(sp Speaker) (Speaker, bool) {
	if r.terms == nil || r.day.IsZero() || r.home < 0 || sp.Group || sp.Party != r.home {
		return sp, false
	}
	name, ok := r.terms.Holder(sp.Name, r.index.Party(r.home).Name, r.day)
	if !ok {
		return sp, false
	}
	id, ok := r.index.PersonID(name)
	if !ok {
		return sp, false
	}
	p := r.index.Person(id)
	sp.Name, sp.Person = p.Name, true
	if sp.Role == "" {
		sp.Role = p.Role
	}
	return sp, true
}
