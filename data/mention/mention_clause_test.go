package mention

import (
	"testing"

	"github.com/brief-reader/brief/data/syntax"
)

// A clause after a speaker's noun is part of who speaks only when it says
// nothing of its own: one that holds a cue of the sentence's frames is a
// statement, and no clause is a speaker.
func TestClauseWithItsOwnCueIsNoSpeaker(t *testing.T) {
	f := testFinder(t)
	cases := []struct {
		sentence, phrase, aside, cue string
		text                         string
	}{
		// the clause holds the sentence's other cue ("said"): the speaker is the noun
		{"Several women who said they were harassed by Velk told reporters the talks were over.", "Several women", "", "said",
			"Several women"},
		{"The survey found that many voters who said they were undecided told pollsters the talks were over.", "many voters", "", "said",
			"many voters"},
		{"A woman who has accused Vell of fraud said the talks were over.", "A woman", "who has accused Vell of fraud", "accused",
			"a woman"},
		// a clause with no cue of its own says which people
		{"Several women who live in Hollin told reporters the talks were over.", "Several women", "", "",
			"Several women who live in Hollin"},
		{"A woman who has lived in Varn said the talks were over.", "A woman", "who has lived in Varn", "",
			"a woman who has lived in Varn"},
		// "that" after a name opens what was said to it
		{"You have heard from the Ministry of Ports that we are always evaluating our own ferries.", "the Ministry of Ports", "", "",
			"the Ministry of Ports"},
		// a verb of saying that is no frame's cue describes the speaker
		{"Two voters who spoke with Velk afterward said the talks were over.", "Two voters", "", "",
			"Two voters who spoke with Velk afterward"},
	}
	for _, c := range cases {
		s := sentence(t, f, c.sentence)
		f.Cues = nil
		if c.cue != "" {
			f.Cues = []syntax.Phrase{phrase(t, s, c.cue)}
		}
		var aside syntax.Phrase
		if c.aside != "" {
			aside = phrase(t, s, c.aside)
		}
		if m := f.Classify(s, c.sentence, phrase(t, s, c.phrase), aside); m.Text != c.text {
			t.Errorf("%q in %q with cue %q: text %q, want %q", c.phrase, c.sentence, c.cue, m.Text, c.text)
		}
	}
	f.Cues = nil
}

// A gerund and "by" before a name are no part of it: "polling by the
// Varn Institute" speaks as the institute, not as "by the Varn Institute".
func TestAgentAfterGerund(t *testing.T) {
	f := testFinder(t)
	const s = "The ferries sailed, according to polling by the Varn Institute."
	sent := sentence(t, f, s)
	if m := f.Classify(sent, s, phrase(t, sent, "polling by the Varn Institute"), syntax.Phrase{}); m.Text != "Varn Institute" && m.Text != "the Varn Institute" {
		t.Errorf("polling by the Varn Institute: text %q, want the Varn Institute", m.Text)
	}
}

// A name's parenthetical is no part of the conjunct it ends: "Sen. Jon
// Arno (R-Varn) and Sen. Ana Vell" are two people speaking together.
func TestCoordinationPastParenthetical(t *testing.T) {
	f := testFinder(t)
	const s = "Sen. Jon Arno (R-Varn) and Sen. Ana Vell said the talks were over."
	sent := sentence(t, f, s)
	if m := f.Classify(sent, s, phrase(t, sent, "Sen. Jon Arno ( R-Varn ) and Sen. Ana Vell"), syntax.Phrase{}); m.Kind != Group || !m.Members {
		t.Errorf("kind %v members %v text %q, want a group of its members", m.Kind, m.Members, m.Text)
	}
	// a quantifier after the last parenthetical is no part of the group
	const s2 = "Jon Arno (D-Varn) and Ana Vell (D-Ostra) all said the talks were over."
	sent = sentence(t, f, s2)
	if m := f.Classify(sent, s2, phrase(t, sent, "Jon Arno ( D-Varn ) and Ana Vell ( D-Ostra ) all"), syntax.Phrase{}); m.Kind != Group || !m.Members || m.Text != "Jon Arno (D-Varn) and Ana Vell (D-Ostra)" {
		t.Errorf("kind %v members %v text %q, want the group of Arno and Vell", m.Kind, m.Members, m.Text)
	}
}
