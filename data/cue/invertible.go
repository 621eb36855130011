package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
)

// invertible reports a frame whose verb news puts before its speaker
// after the content: "“…,” said Velk", "…, wrote Velk", "“…,” urged
// Velk". A verb that takes an object or an addressee, or a stance, is
// not inverted: in "Vell summed up Arno as “weak,” denounced her record
// and …" and "Shortly after the vote, Velk, now a candidate, proposed a
// new law" the subject comes before the verb, and "“…,” Velk told the
// council" has its addressee after it.
func invertible(k lexicon.Frame) bool {
	return k == lexicon.Say || k == lexicon.That || k == lexicon.Urge
}

// quotedObject reports an object frame right after the closing mark of a
// quotation that opens the sentence: "“…,” tweeted Velk" puts its speaker
// after the cue as "“…,” said Velk" does, where "Velk tweeted a picture"
// has its object there. A quoted word inside a clause is not what such a
// verb says: in "Vell summed up Arno as “weak,” announced a vote" the
// subject is before the cue.
func quotedObject(s *syntax.Sentence, i int, before syntax.Phrase, k lexicon.Frame) bool {
	return k == lexicon.Object && before.From <= 1 && !before.Empty() && s.Words[before.From].Quote >= 0 &&
		(isCloseQuote(s, i-1) || isPunct(s, i-1, ',') && isCloseQuote(s, i-2))
}

// frontedCue is the frame of a verb of saying that opens the sentence,
// its speaker after it and the quotation after a comma: "Said Velk, “…”",
// "Said Ana Velk, who grew up in Ostra, “…”".
func (f *Finder) frontedCue(s *syntax.Sentence, fr Frame, cue syntax.Phrase) (Frame, bool) {
	sp := f.speakerAfter(s, cue.To)
	if sp.Empty() || !canSpeak(&s.Words[s.Head(sp)]) {
		return Frame{}, false
	}
	aside := asideAfter(s, sp.To)
	k := sp.To
	if !aside.Empty() {
		k = aside.To
	}
	if !isPunct(s, k, ',') || !isOpenQuote(s, k+1) {
		return Frame{}, false
	}
	fr.Shape, fr.Speaker, fr.Aside = Inverted, sp, aside
	fr.Content[0] = trimEnd(s, syntax.Phrase{From: k + 2, To: quotationEnd(s, k+1)})
	return fr, !fr.Content[0].Empty()
}
