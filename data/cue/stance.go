package cue

import "github.com/brief-reader/brief/data/lexicon"

// stanceAside reports an attitude cue ("believe", "hope", "fear") set
// after or inside what it would hold: "Such efforts, they believe, will
// …", "…, as some liberals hope", "to become, he hopes, the nominee". A
// stance is a statement only when its holder opens the clause and a
// that-clause or a quotation follows ("Velk believes that …"); told
// parenthetically it is the writer's own account of what people think,
// and news annotation does not count it.
func stanceAside(fr *Frame) bool {
	return fr.Kind == lexicon.Attitude && fr.Shape != SpeakerFirst
}
