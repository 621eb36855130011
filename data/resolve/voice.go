// The party of a person's office or spokesman that the person's name opens.

package resolve

import "github.com/brief-reader/brief/data/mention"

// possessorParty is the party of a speaker that a person's name opens
// and that speaks for that person ("Yoon's office", "Tavor's
// spokesman"): the person's, when the phrase itself names none. The
// person is the possessor read just before, at the phrase's first word.
func (r *Story) possessorParty(m mention.Mention) int32 {
	if m.Party >= 0 || m.Unsure >= 0 || r.possessor == nil || m.Kind == mention.Person || m.Kind == mention.Pronoun {
		return m.Party
	}
	if p := &r.possessorMention; p.Sentence != m.Sentence || p.Phrase.From != m.Phrase.From || p.Phrase.To >= m.Phrase.To {
		return m.Party
	}
	if h := r.lexicon.Lookup(m.Head); h == nil || !h.VoiceOfPerson {
		return m.Party
	}
	return r.possessor.party
}
