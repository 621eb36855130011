package resolve

import (
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
)

// bodyName is the one name of a body the gazetteer knows by several
// ("the EPA", "the Environmental Protection Agency"), also when its
// party's name opens it ("the U.S. Environmental Protection Agency",
// "the U.S. EPA"): the name the body's line gives first. Not ok for any
// other speaker.
func bodyName(ix *gazetteer.Index, speaker string) (string, bool) {
	if ix == nil {
		return "", false
	}
	if name, _, ok := ix.Body(speaker); ok {
		return name, true
	}
	f := strings.Fields(speaker)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	// the party's name is a word or a few ("U.S.", "United States")
	for n := 1; n < len(f) && n <= 3; n++ {
		lead := strings.Join(f[:n], " ")
		party, ok := ix.PartyID(lead)
		if !ok || ix.IsSeat(lead) {
			continue
		}
		if name, of, ok := ix.Body(strings.Join(f[n:], " ")); ok && of == party {
			return name, true
		}
	}
	return "", false
}
