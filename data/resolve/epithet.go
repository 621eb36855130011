package resolve

import (
	"github.com/brief-reader/brief/data/mention"
)

// epithetReach is how many sentences back the named person an epithet
// stands for may last have been mentioned: news writes "Ana Velk took
// the stage. The retired surgeon said …", in the next sentence or so.
const epithetReach = 2

// epithet is the named person a definite description stands for when
// no one was seen with its title: "Ana Velk … the retired surgeon said"
// is Ana Velk, the one person the story has just named. It reaches only
// a person named within epithetReach sentences and the paragraph before,
// of no other gender, with no title of the same head the description's
// rank words deny ("the former president" is not President Velk); and
// it links only when one person fits, never across two.
func (r *Story) epithet(m mention.Mention) *entity {
	if m.Kind != mention.Role || !m.Definite || m.New || m.Plural || m.Capital || m.Head == "" || m.Name != "" {
		return nil
	}
	words := r.expand(append(append([]string(nil), m.Modifiers...), m.Head))
	head, mods := words[len(words)-1], words[:len(words)-1]
	var found *entity
	for _, e := range r.entities {
		if e.kind != mention.Person || e.plural || len(e.words) == 0 || e.place && !e.human {
			continue
		}
		if r.sentence-e.last > epithetReach || r.para-e.lastPara > 1 || r.salience(e) == 0 {
			// a name only in the headline is known, not just named
			continue
		}
		if m.Gender != 0 && e.gender != 0 && e.gender != m.Gender {
			continue
		}
		if r.deniedTitle(e, head, mods) {
			continue
		}
		if found != nil {
			return nil // two people fit: the description says which, not brief
		}
		found = e
	}
	return found
}

// deniedTitle reports a person seen with a title of the description's
// head whose rank words the description does not share: "the former
// senator" is not Senator Velk.
func (r *Story) deniedTitle(e *entity, head string, mods []string) bool {
	for _, role := range e.roles {
		if contains(role, head) {
			if _, ok := r.fits(role, head, mods); !ok {
				return true
			}
		}
	}
	return false
}
