package provenance

import "strings"

// speaker is who made a statement, as loosely as matching needs: two
// statements are never one if their speakers differ, but "Ada Morrow"
// and "Morrow" of the same party, or of a party one story did not name,
// are one speaker.
type speaker struct {
	key     string // the surname, or a body's name: what must be equal
	initial string // the first letter of the first name; "" with none
	full    string
	party   string
}

func (x *Index) newSpeaker(name, party string) speaker {
	words := normalise(name)
	for len(words) > 1 && x.speakerPrefix(words[0]) {
		words = words[1:]
	}
	sp := speaker{full: strings.Join(words, " "), party: strings.Join(normalise(party), " ")}
	if len(words) > 0 {
		sp.key = words[len(words)-1]
	}
	if len(words) > 1 {
		sp.initial = words[0][:1]
	}
	return sp
}

// speakerPrefix reports whether a word before a name does not tell who
// it is ("Mr", "President"): the lexicon's [speaker prefixes].
func (x *Index) speakerPrefix(w string) bool {
	if x.lexicon == nil {
		return false
	}
	e := x.lexicon.Lookup(w)
	return e != nil && e.SpeakerPrefix
}

// same reports whether two speakers may be one: the same name, or the
// same surname with the same first initial where both give one, and no
// two different parties.
func (a speaker) same(b speaker) bool {
	if a.key == "" || a.key != b.key {
		return false
	}
	if a.full == b.full {
		return true
	}
	if a.initial != "" && b.initial != "" && a.initial != b.initial {
		return false
	}
	return a.party == "" || b.party == "" || a.party == b.party
}
