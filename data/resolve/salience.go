package resolve

import (
	"github.com/brief-reader/brief/data/mention"
)

// window is how many sentences back a mention still makes its entity
// salient; its weight halves with each. A pronoun reaches back at most
// paraWindow paragraphs before its own.
const (
	window     = 5
	paraWindow = 2
)

// salience is how prominent e is at the story's current sentence.
func (r *Story) salience(e *entity) float64 {
	s := 0.0
	for _, x := range e.refs {
		d := r.sentence - x.sentence
		if d < 0 {
			d = 0
		}
		if d > window {
			continue
		}
		s += x.weight / float64(int(1)<<d)
	}
	return s
}

// pronoun resolves a third-person pronoun to the most salient entity
// that agrees with it: "he" and "she" a person of that gender (or of none
// known), never a place or a body; "they" a group, a body or a person
// named with others; "it" a body or a document. A pronoun whose
// antecedent is clear teaches it its gender.
func (r *Story) pronoun(m mention.Mention) *entity {
	if m.Pron.Person != 3 {
		return nil
	}
	var best, second *entity
	var bestScore, secondScore float64
	said := false // a candidate whose gender the text said agrees
	for _, e := range r.entities {
		fit := r.agrees(e, m)
		if fit == 0 || r.para-e.lastPara > paraWindow {
			continue
		}
		s := r.salience(e) * fit
		if s <= 0 {
			continue
		}
		// a pronoun after the quotation it reports ("“…,” he said")
		// opens its clause too, but the subject before may be a thing's
		// name ("Sandy Hook was a summons. “…,” he added"): only a
		// person's or a speaker's earns the parallel there
		if n := len(e.refs); m.Pron.Case == 's' && (m.Phrase.From == 0 || m.Opens && (e.human || e.spoke)) && n > 0 && e.refs[n-1].subject && r.sentence-e.refs[n-1].sentence <= 1 {
			s += weightParallel * fit
		}
		if e.gender != 0 && e.gender == m.Gender && !e.taught {
			said = true
		}
		switch {
		case s > bestScore:
			second, secondScore = best, bestScore
			best, bestScore = e, s
		case s > secondScore:
			second, secondScore = e, s
		}
	}
	if best == nil {
		return r.lastAgreeing(m)
	}
	if best.epithetOf != nil && r.agrees(best.epithetOf, m) > 0 {
		best = best.epithetOf
	}
	if m.Gender == 'm' || m.Gender == 'f' {
		// a pronoun teaches a gender only when nothing else could be
		// meant: no candidate of that gender said, none close behind
		if (best.gender == 0 || best.taught) && !said && (best.human || len(best.words) > 1) && (second == nil || secondScore*2 < bestScore) {
			best.gender, best.taught = m.Gender, true
		}
	}
	return best
}

// agrees is how well entity e fits pronoun m: 0 when it cannot be its
// antecedent, 1 when it agrees in everything known, less when what it
// is remains unknown.
func (r *Story) agrees(e *entity, m mention.Mention) float64 {
	switch {
	case m.Gender == 'm' || m.Gender == 'f':
		if e.plural || e.place && !e.human || (e.kind != mention.Person && e.kind != mention.Role) {
			return 0
		}
		if e.gender != 0 && e.gender != m.Gender {
			if e.taught {
				return 0.2 // a gender learnt from a pronoun may be wrong
			}
			return 0
		}
		switch {
		case e.gender == m.Gender && !e.taught:
			return 1
		case e.gender == m.Gender:
			return 0.9
		case e.human && m.Gender == 'm':
			return 0.7 // the people news quotes are more often men
		case e.human:
			// a given name the lexicon does not know says nothing of
			// gender: "Juanita Broaddrick … she" against a Hillary
			// Clinton named in passing
			return 0.7
		case e.spoke:
			return 0.6 // a name that speaks: likely a person's
		case e.subject:
			return 0.25
		case len(e.words) > 1:
			return 0.15
		}
		return 0
	case m.Plural:
		if e.place && !e.spoke {
			return 0
		}
		switch {
		case e.plural && (e.kind == mention.Group || e.kind == mention.Role || e.kind == mention.Other):
			return 1
		case e.kind == mention.Body:
			return 0.5
		}
		return 0
	case m.Gender == 'n':
		// a place that spoke is a party too: "the war in Kestria", then
		// "Kestria said …", then "it"
		if e.place && !e.human && !e.spoke || e.plural && e.kind != mention.Body || e.kind == mention.Role || e.human {
			return 0
		}
		switch e.kind {
		case mention.Body, mention.Document:
			return 1
		case mention.Person:
			if !e.spoke && !e.subject {
				// a name that never acted is no company that "it" speaks
				// for: "his Tarnmoor campaign", "in Velk and Tarnmoor"
				return 0
			}
			return 0.3 // a name nothing says is a person's: a company's, perhaps
		}
		return 0
	}
	return 0
}

// lastAgreeing is the antecedent when no entity is salient any more: the
// last speaker that agrees fully, within a few paragraphs' reach.
func (r *Story) lastAgreeing(m mention.Mention) *entity {
	var best *entity
	for _, e := range r.entities {
		if !e.spoke || r.sentence-e.last > 3*window || r.para-e.lastPara > paraWindow || r.agrees(e, m) < 0.9 {
			continue
		}
		if best == nil || e.lastPos > best.lastPos {
			best = e
		}
	}
	return best
}
