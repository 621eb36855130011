package views

import "strings"

// isPartyName reports a speaker's name that is its party's own ("the
// United States" of the United States): a body keyed as its party ("the
// United States government") is shown by the party's name, not the
// longest name it was found under.
func isPartyName(name, party string) bool {
	return party != "" && strings.EqualFold(withoutArticle(name), party)
}

// extendsPartyName reports a name that is the party's name and more
// words ("the United States government"), which the party's own name
// replaces; "the Ukrainians" and "the Russian Federation" stay.
func extendsPartyName(name, party string) bool {
	n := withoutArticle(name)
	return party != "" && len(n) > len(party)+1 && strings.EqualFold(n[:len(party)+1], party+" ")
}

func withoutArticle(name string) string {
	return strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
}
