package gazetteer

import "strings"

// body is a seat of government or institution that goes by several
// names ("Environmental Protection Agency = EPA"): the name it is known
// by, first in its line, and its party.
type body struct {
	name  string
	party int32
	names []string // every name of its line, as written
}

// Body is the one name of a seat or institution that the gazetteer
// writes with its other names ("Environmental Protection Agency = EPA"):
// for any of them, also after its party's name ("the Tesmar EPA"), the
// first, with its party. Not ok for a name that is no such body's (a
// seat with one name is its own).
func (ix *Index) Body(n string) (string, int32, bool) {
	return ix.BodyOfKey(Normalize(n))
}

// BodyNames is every name of the body that n names ("CDC" gives
// "Centers for Disease Control and Prevention", "Centers for Disease
// Control" and "CDC"), or none when n is no such body's.
func (ix *Index) BodyNames(n string) []string {
	name, _, ok := ix.Body(n)
	if !ok {
		return nil
	}
	b, _ := ix.body(Normalize(name))
	return b.names
}

// BodyOfKey is Body of a name already normalised (Normalize).
func (ix *Index) BodyOfKey(k string) (string, int32, bool) {
	if b, ok := ix.body(k); ok {
		return b.name, b.party, true
	}
	// most names end in no body's last word: no party's name before one
	// is looked for
	last := k[strings.LastIndexByte(k, ' ')+1:]
	ends := false
	for o := ix; o != nil && !ends; o = o.under {
		ends = o.bodyEnds[last]
	}
	if !ends {
		return "", -1, false
	}
	for i, words := 0, 0; i < len(k) && words < 3; i++ {
		if k[i] != ' ' {
			continue
		}
		words++
		lead, rest := strings.TrimSuffix(k[:i], "."), k[i+1:] // "u.s. epa": "U.S." is keyed "u.s"
		b, ok := ix.body(rest)
		if !ok {
			continue
		}
		if id, ok := ix.partyOfKey(lead); ok && id == b.party && !ix.isSeatKey(lead) {
			return b.name, b.party, true
		}
	}
	return "", -1, false
}

// body finds a body by a normalised name.
func (ix *Index) body(k string) (body, bool) {
	for o := ix; o != nil; o = o.under {
		if b, ok := o.bodies[k]; ok {
			return b, true
		}
	}
	return body{}, false
}

// addBody makes the names of one seat's line ("the Water Agency", "TWA",
// …) one body of party id, known by the first.
func (ix *Index) addBody(names []string, id int32) {
	b := body{name: strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(names[0]), "the ")), party: id}
	for _, n := range names {
		b.names = append(b.names, strings.TrimSpace(n))
	}
	for _, n := range names {
		k := Normalize(n)
		ix.bodies[k] = b
		ix.bodyEnds[k[strings.LastIndexByte(k, ' ')+1:]] = true
	}
}
