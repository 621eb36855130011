package cue

// A name's suffix after a comma, apart because the slot finders all read a comma as the end of a name.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
)

// keepSuffix gives back to the speaker the suffix its name ends with
// when a slot finder took it for an aside: "said Jonas R. Vell, Jr., the
// president" is Vell, Jr., whose aside is "the president"; "Jr." is no
// role.
func keepSuffix(s *syntax.Sentence, fr *Frame) {
	a := fr.Aside
	if a.Empty() || fr.Speaker.Empty() || a.From != fr.Speaker.To+1 || !isPunct(s, fr.Speaker.To, ',') || !s.Words[a.From].Is(lexicon.NameSuffix) {
		return
	}
	fr.Speaker.To = a.From + 1
	a.From++
	if a.From < a.To && isPunct(s, a.From, ',') {
		a.From++
	}
	if a.Empty() {
		a = asideAfter(s, fr.Speaker.To)
	}
	fr.Aside = a
}
