// The body a spokesperson speaks for when the text names it only just before.

package resolve

import "github.com/brief-reader/brief/data/mention"

// spokenFor is the party of the body a spokesperson with no party of
// their own speaks for: the one body that was the subject of the
// sentence just before, in the same paragraph ("The Kremlin rejected
// the proposal. Spokesman Dmitry Orlan said …", "Kestria declined to
// comment. A spokeswoman said …"). -1 when no body, or bodies of two
// parties, were; the document's home is only a last resort after this.
func (r *Story) spokenFor(m mention.Mention, head string) int32 {
	if m.Party >= 0 || m.Unsure >= 0 || m.Qualified || m.Sentence < 1 {
		return -1
	}
	if h := r.lexicon.Lookup(head); h == nil || !h.SpeaksFor {
		return -1
	}
	party := int32(-1)
	for _, e := range r.entities {
		if e.kind != mention.Body && (e.kind != mention.Group || e.many) || e.party < 0 || e.lastPara != m.Para {
			continue
		}
		for _, x := range e.refs {
			if x.sentence != m.Sentence-1 || !x.subject {
				continue
			}
			if party >= 0 && party != e.party {
				return -1 // "Kestria and Tesmar's ministry …": whose, the text does not say
			}
			party = e.party
		}
	}
	return party
}
