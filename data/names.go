package data

// What the gazetteer knows, for a user who asked for a name it does not:
// the command line names the nearest known ones rather than answering
// with silence.

// PartyNames lists the canonical names of the parties the gazetteer (the
// built-in one and the user's files) knows.
func (a *Attributor) PartyNames() []string {
	ps := a.index().Parties()
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// PersonNames lists the names of the people the gazetteer knows.
func (a *Attributor) PersonNames() []string {
	ps := a.index().People()
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// KnowsSpeaker reports whether a user's query names a person the
// gazetteer knows, by MatchSpeaker's rule: the query's words among those
// of one of the person's names.
func (a *Attributor) KnowsSpeaker(query string) bool {
	q := wordsOf(query)
	if len(q) == 0 {
		return false
	}
	for _, p := range a.index().People() {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if containsWords(wordsOf(n), q) {
				return true
			}
		}
	}
	return false
}
