package data

// SpeakerNames is the words of a speaker's names as MatchSpeaker compares
// them with a query: its own name's, and a known person's or body's other
// names' ("cdc" finds the Centers for Disease Control and Prevention).
// Worked out once per speaker, it lets the reader match a query against
// thousands of speakers at each keystroke without splitting every name
// into words again.
type SpeakerNames struct{ names [][]string }

// SpeakerNames is the names of speaker, for Match.
func (a *Attributor) SpeakerNames(speaker string) SpeakerNames {
	n := SpeakerNames{names: [][]string{wordsOf(speaker)}}
	ix := a.index()
	if id, ok := ix.PersonID(speaker); ok {
		p := ix.Person(id)
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			n.names = append(n.names, wordsOf(name))
		}
	}
	for _, name := range ix.BodyNames(speaker) {
		n.names = append(n.names, wordsOf(name))
	}
	return n
}

// SpeakerQuery is a user's query for a speaker, in words, for Match.
type SpeakerQuery []string

// NewSpeakerQuery reads a user's query for a speaker ("Ushakov").
func NewSpeakerQuery(query string) SpeakerQuery { return wordsOf(query) }

// Match is MatchSpeaker(query, speaker), with the words of both worked
// out already.
func (n SpeakerNames) Match(q SpeakerQuery) bool {
	if len(q) == 0 {
		return false
	}
	for _, words := range n.names {
		if containsWords(words, q) {
			return true
		}
	}
	return false
}
