package cue_test

import (
	"testing"

	"github.com/brief-reader/brief/data/cue"
)

// TestPassiveBy: a passive verb of saying with its agent reports the
// passive's subject, or the relative pronoun that stands for it; a
// negated or modal passive, an agent that cannot speak, a verb of acts
// as much as of sayings ("confirmed by the Senate"), a participle right
// after its noun ("polls reported by") and a verb whose object is a
// person ("urged by") report nothing.
func TestPassiveBy(t *testing.T) {
	checkFrames(t, []frameCase{
		{"The remark was condemned by the Tesmar League, the group she founded in 1975.",
			[]frame{{cue: "condemned", shape: cue.ContentFirst, speaker: "the Tesmar League", aside: "the group she founded in 1975", content: one("The remark")}}, ""},
		{"Ana Velk was confirmed by the Tesmar Senate in May.", nil, ""},
		{"Velk won among young voters, according to exit polls reported by Tesmar TV and other networks.", nil, "reported"},
		{"The ban of Ms. Velk was first reported by the Tesmar Journal.",
			[]frame{{cue: "reported", shape: cue.ContentFirst, speaker: "the Tesmar Journal", content: one("The ban of Ms. Velk")}}, ""},
		{"The violence grew after the attacks in Port Selin, which were claimed by the Orlavian Front.",
			[]frame{{cue: "claimed", shape: cue.ContentFirst, speaker: "the Orlavian Front", content: one("which")}}, ""},
		{"The letter, which was first reported last week by the Tesmar Journal, was signed by 40 members.",
			[]frame{{cue: "reported", shape: cue.ContentFirst, speaker: "the Tesmar Journal", content: one("which")}}, "reported"},
		{"The nationwide campaign, first reported by the Tesmar Journal, is a key element of the response.",
			[]frame{{cue: "reported", shape: cue.ContentFirst, speaker: "the Tesmar Journal", content: [2]string{"The nationwide campaign", "is a key element of the response"}}}, ""},
		{"The deal was not confirmed by the Tesmar ministry.", nil, ""},
		{"The border might be claimed by Orlavia or Kestria.", nil, ""},
		{"Officials in Port Selin were urged by the Council to leave.", nil, ""},
		// inside another's content, the relative clause names a thing of that statement
		{"Velk said that the offensive on Port Selin that is condemned by the Council leaves Orlavia isolated.",
			[]frame{{cue: "said", shape: cue.SpeakerFirst, speaker: "Velk", content: one("the offensive on Port Selin that is condemned by the Council leaves Orlavia isolated")}}, ""},
	})
}
