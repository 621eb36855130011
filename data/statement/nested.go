package statement

import (
	"strings"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// reportedWithin reports a frame whose cue lies inside the content of
// another frame of its sentence that reports speech: "The Post reported
// that Velk said he would run", "Velk told the council, according to
// Tesmar Radio, that …". The outer speaker's statement holds the inner
// one whole, and news annotation gives it to the outer speaker only; a
// second statement of the same words would be a duplicate. A cue chained
// to the outer speaker ("X said A, adding B") is X's own second saying
// and stays; one chained to an inner subject ("the paper reported that
// Velk welcomed it, saying …") is inside with it. A nominal cue stays
// ("echoed the President's warning that …": what a speaker cites is its
// speaker's too); so do two frames that cross, each cue inside the
// other's content: neither holds the other ("Kestria argued that …, she
// said" is two statements). But a report whose attribution trails all
// its content ("…, Tesmar Radio reported") holds what runs on over it.
// Nor does a cue in the speaker's own description hold anything. An
// as-clause ("…, as Z noted") agrees with what it follows; it does not
// report it.
func reportedWithin(s *syntax.Sentence, frames []cue.Frame, fi int) bool {
	fr := &frames[fi]
	if fr.Shape == cue.Nominal {
		return false
	}
	for k := range frames {
		o := &frames[k]
		if k == fi || o.Sentence != fr.Sentence || o.Shape != cue.According && !reports(o.Kind) && !relays(s, o) {
			continue
		}
		if fr.Chained && o.Speaker == fr.Speaker {
			continue // "X said A, adding B": X's own second saying
		}
		if describes(s, fr, o.Cue.From) {
			continue // "“…,” said Velk, an envoy who advised the council": the other cue describes the speaker
		}
		if !contentHas(o, fr.Cue.From) || asClause(s, o) || misread(s, o) {
			continue
		}
		if relays(s, o) && trailing(s, o) {
			if !trailing(s, fr) {
				return true
			}
			continue
		}
		if !contentHas(fr, o.Cue.From) || overrunsAttribution(s, fr, o) {
			return true
		}
	}
	return false
}

// trailing reports a frame whose speaker and cue follow all its content
// ("…, Tesmar Radio reported", "“…,” said Velk"): its attribution closes
// what it holds, so another frame whose content runs on over it ("Velk
// welcomed the news that Arno would quit, Tesmar Radio reported") has
// overrun it, not crossed it; and two of them in a sentence ("A, Tesmar
// Radio reported, while B, the Courier reported") follow each other
// rather than nest.
func trailing(s *syntax.Sentence, fr *cue.Frame) bool {
	if fr.Shape != cue.ContentFirst && fr.Shape != cue.Inverted || fr.QuoteBefore || misread(s, fr) {
		return false
	}
	c := fr.Content[0]
	return !c.Empty() && fr.Content[1].Empty() && c.To <= fr.Cue.From && (fr.Speaker.Empty() || c.To <= fr.Speaker.From)
}

// misread reports a frame whose "speaker" opens with a gerund: a clause
// the cue finder took for a speaker, around a noun it took for the cue
// ("…, removing debt from consumer reports"). It holds nothing.
func misread(s *syntax.Sentence, fr *cue.Frame) bool {
	return !fr.Speaker.Empty() && s.Words[fr.Speaker.From].Tag == tag.VBG
}

// relays reports a frame of the that-frame whose verb relays what others
// said ("reported that …").
func relays(s *syntax.Sentence, fr *cue.Frame) bool {
	w := &s.Words[fr.Cue.From]
	return fr.Kind == lexicon.That && w.Entry != nil && w.Entry.RelaysSpeech
}

func contentHas(fr *cue.Frame, i int) bool {
	for _, c := range fr.Content {
		if c.Has(i) {
			return true
		}
	}
	return false
}

// asClause reports a frame that opens with "as": "as Z noted", "as
// reported by Z".
func asClause(s *syntax.Sentence, fr *cue.Frame) bool {
	start := fr.Cue.From
	if !fr.Speaker.Empty() && fr.Speaker.From < start {
		start = fr.Speaker.From
	}
	return start > 0 && strings.EqualFold(s.Words[start-1].Text, "as")
}

// reports reports a frame whose content is a clause someone said or
// told: not a stance ("welcomed"), a topic ("discussed") or an object;
// nor a verb of the that-frame, which holds many that only go on or
// decide ("continued", "determines") and over real releases wrongly took
// the statements inside them; those that relay speech are [relays].
func reports(k lexicon.Frame) bool {
	return k == lexicon.Say || k == lexicon.Tell
}

// describesSpeaker reports a frame whose cue is in another frame's
// description of its speaker and whose content holds that frame's cue:
// in "“…,” said Velk, an envoy who advised the council" and "“…,” said
// Velk, a former envoy supporting Arno", "advised" and "supporting" are
// what the envoy does, and the quotation and "said Velk" are not their
// content.
func describesSpeaker(s *syntax.Sentence, frames []cue.Frame, fi int) bool {
	fr := &frames[fi]
	for k := range frames {
		o := &frames[k]
		if k != fi && o.Sentence == fr.Sentence && describes(s, o, fr.Cue.From) && contentHas(fr, o.Cue.From) {
			return true
		}
	}
	return false
}

// describes reports word i inside the description of fr's speaker that
// follows its cue ("said Velk, a former envoy supporting the council")
// or in a relative clause of it ("Velk, an envoy who advised the
// council"). An aside before the cue that is a cue clause of its own
// ("The museum, Velk said, celebrated …") describes no one.
func describes(s *syntax.Sentence, fr *cue.Frame, i int) bool {
	if !fr.Aside.Has(i) {
		return false
	}
	if i > fr.Cue.From {
		return true
	}
	for k := fr.Aside.From; k < i; k++ {
		if t := s.Words[k].Tag; t == tag.WP || t == tag.WDT {
			return true
		}
	}
	return false
}

// overrunsAttribution reports a saying fr whose content crosses the
// trailing attribution o only by running on over o's speaker and cue to
// the sentence's end: in "Velk had told officials that she wanted no
// escort, the source said" what Velk told ends at the comma, and the
// source's saying holds it whole.
func overrunsAttribution(s *syntax.Sentence, fr, o *cue.Frame) bool {
	if !trailing(s, o) || o.Speaker.Empty() || !fr.Content[1].Empty() || fr.Speaker.Empty() || !reports(fr.Kind) {
		// (a stance or an act inside it stays its own: "Varanda and
		// Kestria agreed to extend the truce, officials said")
		return false
	}
	if w := &s.Words[o.Speaker.To-1]; w.Tag == tag.PRP || strings.EqualFold(w.Text, s.Words[fr.Speaker.To-1].Text) {
		// "Velk said that …, she said", "Velk said …, Velk said": one
		// saying told twice, the first cue's
		return false
	}
	c := fr.Content[0]
	if c.From >= o.Content[0].To || c.To < o.Cue.To {
		return false
	}
	for k := o.Cue.To; k < c.To; k++ {
		if s.Words[k].Tok.Kind == text.Word {
			return false // the content goes on past the attribution: no mere overrun
		}
	}
	return true
}
