// Package cue finds cue frames: a verb or noun of saying with its speaker
// slot and its content slot, in every position news writes them: before
// the content ("X said that …"), after it ("“…,” X said"), inverted
// ("“…,” said X"), parenthetical ("The talks, X said, are over"),
// "according to X", "X was quoted as saying", nominal ("X's warning that
// …") and inside subordinate and relative clauses.
package cue

import (
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// Shape is the position of a cue relative to its speaker and content.
type Shape uint8

const (
	SpeakerFirst  Shape = iota + 1 // "X said (that) …", "X said: “…”"
	ContentFirst                   // "“…,” X said", "…, X said"
	Inverted                       // "“…,” said X"
	Parenthetical                  // "The talks, X said, are over"
	According                      // "according to X"
	Nominal                        // "X's claim that …"
	Quoted                         // "X was quoted as saying …"
)

// Frame is one cue with its slots. Slots are word indexes in the
// sentence; Content may be empty when the content is a quotation the
// statement stage must find (a quotation that ends before the cue's
// sentence begins).
type Frame struct {
	Sentence int // index of the sentence in the caller's list
	Cue      syntax.Phrase
	Lemma    string
	Kind     lexicon.Frame
	Shape    Shape
	Speaker  syntax.Phrase // the speaker's noun phrase, empty when the speaker is not in the sentence
	Aside    syntax.Phrase // an appositive or relative clause about the speaker
	// Content holds the content words in this sentence: one piece, or two
	// around the cue ("“A,” X said, “B.”"; "The talks, X said, are over").
	// A piece inside a quotation stands for the whole quotation, which
	// may begin sentences or paragraphs earlier.
	Content [2]syntax.Phrase
	// QuoteBefore is set for a sentence that is only an attribution
	// ("Velk said.") after a sentence that ends a quotation: the content is
	// that quotation.
	QuoteBefore bool
	// Chained is set for a cue that shares the subject of an earlier verb
	// ("met Y and said …", "…, saying …"): Speaker is that verb's subject.
	Chained bool
	// Disputed is set when the text calls the content false ("spread
	// lies that …", "made the false claim that …").
	Disputed bool
}

// maxSentence bounds the words of a sentence the stage reads: a
// "sentence" longer than this is a list, a table or garbage, not prose,
// and reading it for frames would cost its length for every cue in it.
const maxSentence = 400

// Finder finds frames in tagged sentences.
type Finder struct {
	Lexicon *lexicon.Lexicon
}

// Find returns the frames of one tagged sentence, in order of their cues.
func (f *Finder) Find(s *syntax.Sentence, index int) []Frame {
	if !s.Tagged() || len(s.Words) > maxSentence {
		return nil
	}
	var out []Frame
	if fr, ok := f.labelFrame(s); ok {
		fr.Sentence = index
		out = append(out, fr)
	}
	if fr, ok := f.signatureFrame(s); ok {
		fr.Sentence = index
		return []Frame{fr}
	}
	for i := 0; i < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Quote >= 0 {
			continue // speech reported inside a quotation is the quoted speaker's
		}
		if fr, ok := f.according(s, i); ok {
			fr.Sentence = index
			out = append(out, fr)
			i = fr.Cue.To - 1
			continue
		}
		if w.Entry == nil {
			continue
		}
		if w.Entry.AsksBy {
			if fr, ok := f.askedBy(s, i); ok {
				fr.Sentence = index
				out = append(out, fr)
				i = fr.Content[0].To - 1
				continue
			}
		}
		if w.Entry.Class&lexicon.CueVerb != 0 && w.Tag.IsVerb() && !headingVerbInCapitals(s, i) {
			var prev *Frame
			if n := subjectFrame(out); n > 0 && out[n-1].Cue.To <= i && !out[n-1].Speaker.Empty() &&
				(w.Tag == tag.VBG && (isPunct(s, i-1, ',') || isCloseQuote(s, i-1) && isPunct(s, i-2, ',')) && !relativeCue(s, &out[n-1]) && !clauseBetween(s, &out[n-1], i) || afterConjunction(s, i) && !subordinateJoined(s, &out[n-1], i)) {
				// "X said A, adding that …", "“…,” said X, adding that …",
				// "told the hosts of “Talk,” adding …": the frame before speaks
				prev = &out[n-1]
			}
			if fr, ok := f.verbFrame(s, i, prev); ok && !ownNarration(s, &fr) && !insideContent(s, &fr, out) && !hostedInsideContent(s, &fr, out) {
				fr.Sentence = index
				out = append(out, fr)
				i = fr.Cue.To - 1
			}
			continue
		}
		if w.Entry.Class&lexicon.CueNoun != 0 && w.Tag.IsNoun() {
			if fr, ok := f.nounFrame(s, i); ok {
				fr.Sentence = index
				out = append(out, fr)
			}
		}
	}
	if len(out) == 0 {
		if fr, ok := f.colonVerbFrame(s); ok {
			fr.Sentence = index
			out = append(out, fr)
		}
	}
	for k := range out {
		keepSuffix(s, &out[k])
	}
	return out
}

// subjectFrame is how many of the frames found so far end with the one a
// later verb may share a subject with: a noun of saying inside the
// content of the verb before it is its object, and "X reiterated our
// concerns that A and emphasized B" goes on with X, not "our".
func subjectFrame(out []Frame) int {
	n := len(out)
	if n >= 2 && out[n-1].Shape == Nominal && out[n-2].Content[0].From <= out[n-1].Cue.From && out[n-1].Cue.To <= out[n-2].Content[0].To {
		return n - 1
	}
	return n
}

// headingVerbInCapitals reports a verb written in capitals beside another word in
// capitals, in a sentence that goes on in lower case: a heading run into
// its paragraph ("QUESTIONABLE MEDICAL CLAIMS — For years, …"), where
// the tagger's verb is a noun and the heading says nothing. A sentence
// all in capitals is a headline and is read as one.
func headingVerbInCapitals(s *syntax.Sentence, i int) bool {
	if !s.Words[i].Tok.Has(text.Upper) ||
		!(i > 0 && s.Words[i-1].Tok.Has(text.Upper) || i+1 < len(s.Words) && s.Words[i+1].Tok.Has(text.Upper)) {
		return false
	}
	for k := range s.Words {
		if w := &s.Words[k]; w.Tok.Kind == text.Word && w.Quote < 0 && strings.ContainsFunc(w.Text, unicode.IsLower) {
			return true
		}
	}
	return false
}

// afterConjunction reports a cue right after "and" (past adverbs and
// auxiliaries): "declared that a disaster exists and ordered …" chains to
// the frame before, not to the verb inside its content.
func afterConjunction(s *syntax.Sentence, i int) bool {
	k := i - 1
	for k >= 0 && (s.Words[k].Tag == tag.RB || s.Words[k].Tag == tag.MD || s.Words[k].Is(lexicon.Auxiliary) && s.Words[k].Tag.IsVerb()) {
		k--
	}
	return k >= 0 && s.Words[k].Tag == tag.CC
}

// verbCue returns the cue entry the verb at i begins, with the words it
// spans ("called for" spans two).
func verbCue(s *syntax.Sentence, i int) (lexicon.Cue, syntax.Phrase, bool) {
	for _, c := range s.Words[i].Entry.Cues {
		if c.Noun {
			continue
		}
		if len(c.Rest) == 0 {
			return c, syntax.Phrase{From: i, To: i + 1}, true
		}
		k := i + 1
		// "called Friday for", "called today for": when, inside the
		// phrase (a verb of conversation finds its topic past any adjuncts
		// below); else "called" alone took the quotation at the clause's
		// end for a name given
		if c.Frame != lexicon.Conversation && k < len(s.Words) && onlyTime(s, k, k+1) {
			if e := s.NounPhraseAt(k); e > k && e < len(s.Words) && s.Words[e-1].IsTime() && onlyTime(s, k, e) && text.Lower(s.Words[e].Text) == c.Rest[0] {
				k = e
			}
		}
		if k := restAt(s, k, c.Rest); k > 0 {
			return c, syntax.Phrase{From: i, To: k}, true
		}
		if a := adverbsAfter(s, i+1); a > i+1 {
			if k := restAt(s, a, c.Rest); k > 0 {
				return c, syntax.Phrase{From: i, To: k}, true
			}
		}
	}
	// "spoke today with the Foreign Minister about …": the preposition of
	// a topic may come after the verb's adjuncts
	for _, c := range s.Words[i].Entry.Cues {
		if !c.Noun && c.Frame == lexicon.Conversation && len(c.Rest) > 0 && topicAfter(s, i+1, c.Rest) > 0 {
			return c, syntax.Phrase{From: i, To: i + 1}, true
		}
	}
	return lexicon.Cue{}, syntax.Phrase{}, false
}

// restAt is the end of the words rest ("for", "out") at k, or -1.
func restAt(s *syntax.Sentence, k int, rest []string) int {
	for _, r := range rest {
		if k >= len(s.Words) || text.Lower(s.Words[k].Text) != r {
			return -1
		}
		k++
	}
	return k
}

// maxPhraseAdverbs is how many adverbs may stand between a verb and the
// rest of its phrase.
const maxPhraseAdverbs = 2

// adverbsAfter is k past the adverbs that may split a phrase of saying
// from its verb ("called again for", "spoke emotionally of", "talks
// freely of"): an adverb joins no noun, so the preposition after it is
// still the verb's. A negation is not passed ("called not for …" is
// no call), nor anything inside a quotation.
func adverbsAfter(s *syntax.Sentence, k int) int {
	j := k
	for j < len(s.Words) && j < k+maxPhraseAdverbs && s.Words[j].Tag == tag.RB && s.Words[j].Quote < 0 && !s.Words[j].Is(lexicon.Negation) {
		j++
	}
	return j
}

// maxTopicGap is how many words of adjuncts may come between a verb of
// conversation and the preposition of its topic.
const maxTopicGap = 30

// topicAfter is where the topic begins after the words rest ("about")
// that follow the verb's adjuncts from k ("today with the Foreign
// Minister of Tesmar, Ana Velk, about"), or -1 when a clause, an
// infinitive or a quotation comes first: "spoke with X to review Y" has
// no topic. Right after the verb, the words are the topic's whatever
// they are ("spoke of the war").
func topicAfter(s *syntax.Sentence, k int, rest []string) int {
	for j := k; j < len(s.Words) && j < k+maxTopicGap; j++ {
		w := &s.Words[j]
		if w.Quote >= 0 || w.Tag == tag.Colon || w.Tag == tag.TO || w.Tag.IsFiniteVerb() || w.Tag == tag.WDT || w.Tag == tag.WP || isComplementizer(w) {
			return -1
		}
		e := j
		for _, r := range rest {
			if e >= len(s.Words) || text.Lower(s.Words[e].Text) != r {
				e = -1
				break
			}
			e++
		}
		if e > 0 && (j == k || !w.Is(lexicon.NounPreposition)) {
			// a preposition that joins a noun phrase to a noun ("on
			// condition of anonymity") names no topic of the verb's
			return e
		}
	}
	return -1
}

// isPunct reports whether word i is the punctuation character c.
func isPunct(s *syntax.Sentence, i int, c byte) bool {
	if i < 0 || i >= len(s.Words) {
		return false
	}
	w := &s.Words[i]
	return w.Tok.Kind == text.Punct && len(w.Text) > 0 && w.Text[0] == c
}

func isDash(s *syntax.Sentence, i int) bool {
	return i >= 0 && i < len(s.Words) && s.Words[i].Tok.Has(text.Dash)
}

func isCloseQuote(s *syntax.Sentence, i int) bool {
	return i >= 0 && i < len(s.Words) && s.Words[i].Tok.Kind == text.Quote && s.Words[i].Tok.Has(text.Close)
}

func isOpenQuote(s *syntax.Sentence, i int) bool {
	return i >= 0 && i < len(s.Words) && s.Words[i].Tok.Kind == text.Quote && s.Words[i].Tok.Has(text.Open)
}

// isFinal reports sentence-final punctuation at i.
func isFinal(s *syntax.Sentence, i int) bool {
	return i < len(s.Words) && s.Words[i].Tag == tag.Period
}

// atEnd reports whether nothing but final punctuation and closing marks
// follows word i-1.
func atEnd(s *syntax.Sentence, i int) bool {
	for ; i < len(s.Words); i++ {
		w := &s.Words[i]
		if !(w.Tag == tag.Period || w.Tok.Kind == text.Quote && w.Tok.Has(text.Close) || w.Tag == tag.RRB) {
			return false
		}
	}
	return true
}

// ownNarration reports a verb of conversation whose subject is "I" or
// "we": the author narrating their own meeting ("We discussed the
// floods with Tesmar"), which the author's voice leaves to no one, where
// a readout's "The leaders discussed …" reports what its principals said.
func ownNarration(s *syntax.Sentence, fr *Frame) bool {
	if fr.Kind != lexicon.Conversation || fr.Speaker.Len() != 1 {
		return false
	}
	w := &s.Words[fr.Speaker.From]
	return w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 1
}
