package voice

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
)

// PublisherNote reports a paragraph the publisher sets over or under the
// story, opened by a label of form labels and a colon: "Editor's note:
// Ana Velk is a serial liar who has repeatedly pledged …". It speaks of
// the story in the publisher's voice, the same words under every story,
// and is none of its statements; a label of one word alone ("Note: …")
// is a form's field, which says nothing either. A transcript turn ("MR.
// VELK: …") has no form label. A correction ("CLARIFICATION: Velk is
// calling for …") restates what the story's people said: "correction" is
// no form label, and its paragraph is read.
func PublisherNote(lex *lexicon.Lexicon, text string) bool {
	colon := strings.IndexByte(text, ':')
	if colon <= 0 || colon > 40 || strings.TrimSpace(text[colon+1:]) == "" {
		return false
	}
	words := strings.Fields(text[:colon])
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !lex.Is(w, lexicon.FormLabel) {
			return false
		}
	}
	return true
}
