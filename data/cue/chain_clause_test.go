package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestParticipleAfterNewClause: a participle after a comma goes on with
// the clause just before it when the writer opened one after the frame
// before ("…, and Y has sued the city, saying …"), not with that frame's
// speaker; a clause inside the frame's content still leaves it the
// speaker's.
func TestParticipleAfterNewClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Protest groups say the rules are less for safety, and the Varn Civil Liberties Union has already sued the city, saying they violate free-speech rights.",
			[]frame{{cue: "saying", shape: cue.SpeakerFirst, speaker: "the Varn Civil Liberties Union", content: one("they violate free-speech rights"), chained: true}}, "saying"},
		{"Prosecutors charged the officer, and Mayor John Osso fired his police chief, acknowledging that the city had lost trust in the force.",
			[]frame{{cue: "acknowledging", shape: cue.SpeakerFirst, speaker: "Mayor John Osso", content: one("the city had lost trust in the force"), chained: true}}, "acknowledging"},
		{"“The count is hard to poll,” said Eric Hollin, who chairs the politics department at Varn University, citing another reason the vote is hard to predict.",
			[]frame{{cue: "citing", shape: cue.SpeakerFirst, speaker: "Eric Hollin", aside: "who chairs the politics department at Varn University", content: one("another reason the vote is hard to predict"), chained: true}}, "citing"},
		{"“We need him back,” Arno said on his show after the senator easily won his primary, remarking that the party had paid a price.",
			[]frame{{cue: "remarking", shape: cue.SpeakerFirst, speaker: "Arno", content: one("the party had paid a price"), chained: true}}, "remarking"},
		{"Minister Ana Velk said the dam was safe, adding that the locks would open.",
			[]frame{{cue: "adding", shape: cue.SpeakerFirst, speaker: "Minister Ana Velk", content: one("the locks would open"), chained: true}}, "adding"},
	})
}

// TestVerbJoinedToAdverbialClause: a cue after "and" goes on with the
// adverbial clause just before it when that clause has a subject that can
// speak ("when the police found her and told her"), not with the frame
// whose content holds the clause; a clause of a thing ("after the rains
// came and urged") or two verbs before "and" leave it the frame's.
func TestVerbJoinedToAdverbialClause(t *testing.T) {
	checkFrames(t, []frameCase{
		{"Lena Arno said the candidate was giving interviews when the police found her and told her to leave.",
			[]frame{{cue: "told", shape: cue.SpeakerFirst, speaker: "the police", content: one("to leave"), chained: true}}, "told"},
		{"Lena Arno described Jonas Vell as a disgrace after he attacked the judges and blamed the courts for the delay.",
			[]frame{{cue: "blamed", shape: cue.SpeakerFirst, speaker: "he", content: one("the delay"), chained: true}}, "blamed"},
		{"Lena Arno said the harvest failed after the rains came and urged calm.",
			[]frame{{cue: "urged", shape: cue.SpeakerFirst, speaker: "Lena Arno", content: one("calm"), chained: true}}, "urged"},
		{"Lena Arno said the plan had failed and urged calm.",
			[]frame{{cue: "urged", shape: cue.SpeakerFirst, speaker: "Lena Arno", content: one("calm"), chained: true}}, "urged"},
	})
}
