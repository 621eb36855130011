// Package statement turns cue frames into statements: the content of
// each, as byte ranges of the paragraphs it covers, ending where the
// reported clause ends; a quotation is taken whole, over every sentence
// and paragraph it runs through; and an introduction that ends with a
// colon ("X said:") takes the paragraphs that follow it.
package statement

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// Piece is a byte range [Start, End) of paragraph Para's text.
type Piece struct {
	Para       int
	Start, End int32
	Quoted     bool // the inside of a quotation
	// Continues marks a piece that goes on from the piece before it in
	// the paragraph before: a quotation left open at a paragraph's end
	// and taken up by the next, the news convention for a quotation
	// over paragraphs.
	Continues bool
}

// Statement is one thing said, before its speaker is resolved.
type Statement struct {
	Frame  int // the index of its frame
	Pieces []Piece
	Direct bool // the content is a quotation, whole
}

// Para is the paragraph the statement's content starts in.
func (s *Statement) Para() int { return s.Pieces[0].Para }

// maxIntroduced bounds the paragraphs an introduction with a colon takes.
const maxIntroduced = 6

// Build makes the statements of a document's frames. sentences are the
// document's sentences in order; frames refer to them by index.
// ownCue reports a paragraph (from the next one on) that a colon cannot
// introduce: a heading, a label's turn or a paragraph with its own cue
// (nil: none is). lead gives a paragraph's first sentence,
// tagged, to read the items of a list or the speech an introduction
// opens; it must not be nil. release is set for an official release (a
// statement, a readout, a government's page), whose convention keeps
// what one subject says with verbs joined in a sentence as one statement
// ("We commend A and call on B"); news reads each verb as its own.
func Build(d *text.Document, sentences []syntax.Sentence, frames []cue.Frame, ownCue func(para int) bool, lead func(para int) syntax.Sentence, release bool) []Statement {
	var out []Statement
	used := map[int32]bool{} // quotations taken
	for fi := range frames {
		fr := &frames[fi]
		s := &sentences[fr.Sentence]
		if nestedStance(frames, fi) || repeatsChain(frames, fi) || reportedWithin(s, frames, fi) || describesSpeaker(s, frames, fi) {
			continue // "X underscored that Y welcomes Z": X's statement, not Y's
		}
		if fi+1 < len(frames) && frames[fi+1].Sentence == fr.Sentence {
			endBefore(s, fr, &frames[fi+1], release)
		}
		st := Statement{Frame: fi}
		direct := true
		for _, c := range fr.Content {
			if c.Empty() || !hasWord(s, c) {
				continue // "“…” - he said -": marks alone say nothing
			}
			if q, ok := wholeQuotation(s, c); ok {
				if used[q] {
					continue
				}
				used[q] = true
				st.Pieces = append(st.Pieces, quotationPieces(d, q)...)
				continue
			}
			direct = false
			st.Pieces = append(st.Pieces, withoutAsides(s, c, phrasePiece(d, s, c))...)
			if q := s.Words[lastWord(s, c)].Quote; q >= 0 && !used[q] {
				st.Pieces = append(st.Pieces, quotationAfter(d, s, q)...)
			}
			for i := c.From; i < c.To; i++ {
				if q := s.Words[i].Quote; q >= 0 {
					used[q] = true // a quotation inside reported speech is part of it
				}
			}
		}
		if fr.QuoteBefore {
			q := quotationBefore(d, s)
			if q < 0 && s.Words[fr.Cue.From].Tok.Has(text.Dash) {
				if q = signedParagraph(d, s); q < 0 {
					st.Pieces = append(st.Pieces, signedProse(d, sentences, s, ownCue)...)
				}
			}
			if q >= 0 && !used[q] {
				used[q] = true
				st.Pieces = append(st.Pieces, quotationPieces(d, q)...)
			}
		}
		st.Direct = direct
		if introducesNext(d, s, fr) {
			st.Pieces = append(st.Pieces, followingParagraphs(d, s.Para, ownCue, lead, speechIntro(s), used)...)
		}
		if len(st.Pieces) == 0 {
			continue
		}
		out = append(out, st)
	}
	continueQuotations(d, sentences, frames, out, used, ownCue)
	return byParagraph(out)
}

// byParagraph splits a statement whose pieces run over several paragraphs
// into one statement a paragraph ("X said:" and what follows, a reported
// clause and a quotation in the next paragraph), except where a piece
// continues one quotation: annotators and readers take a quotation over
// paragraphs as one thing said, shown from the paragraph it starts in.
func byParagraph(stmts []Statement) []Statement {
	var out []Statement
	for _, st := range stmts {
		slices.SortStableFunc(st.Pieces, func(a, b Piece) int {
			if a.Para != b.Para {
				return a.Para - b.Para
			}
			return int(a.Start - b.Start)
		})
		start := 0
		for i := 1; i <= len(st.Pieces); i++ {
			if i == len(st.Pieces) || st.Pieces[i].Para != st.Pieces[i-1].Para && !st.Pieces[i].Continues {
				part := st
				part.Pieces = st.Pieces[start:i:i]
				part.Direct = true
				for _, pc := range part.Pieces {
					part.Direct = part.Direct && pc.Quoted
				}
				out = append(out, part)
				start = i
			}
		}
	}
	return out
}

// repeatsChain reports a frame chained by "and" to the frame before it,
// whose content already holds it: "raised the cases of … and reminded
// officials that …" is one statement.
func repeatsChain(frames []cue.Frame, fi int) bool {
	fr := &frames[fi]
	if !fr.Chained || fi == 0 || frames[fi-1].Sentence != fr.Sentence || frames[fi-1].Speaker != fr.Speaker {
		return false
	}
	prev := frames[fi-1].Content[0]
	return prev.Has(fr.Cue.From) && prev.Has(fr.Content[0].From) && fr.Content[0].To <= prev.To
}

// nestedStance reports a frame of stance or object ("welcomes",
// "reaffirmed its support") inside the content of an earlier frame of its
// sentence: what the outer speaker says Y does is the outer speaker's
// statement; a nested verb of saying ("said", "told") is kept. Inside a
// stance that welcomes a fact ("We welcome that Kestria has reaffirmed
// its support"), Y's act is a statement of its own too.
func nestedStance(frames []cue.Frame, fi int) bool {
	fr := &frames[fi]
	if fr.Kind != lexicon.Object && fr.Kind != lexicon.Attitude && fr.Kind != lexicon.Conversation || fr.Chained {
		return false
	}
	for k := fi - 1; k >= 0 && frames[k].Sentence == fr.Sentence; k-- {
		for _, c := range frames[k].Content {
			if c.Has(fr.Cue.From) {
				return frames[k].Kind != lexicon.Object && frames[k].Kind != lexicon.Attitude
			}
		}
	}
	return false
}

// endBefore ends a frame's content where the next frame of the same
// sentence begins: "X said A, and Y said B" gives X only A.
func endBefore(s *syntax.Sentence, fr, next *cue.Frame, release bool) {
	if next.Shape == cue.Nominal || next.Shape == cue.According {
		return // "echoed the President's warning that …" holds it
	}
	if fr.Shape == cue.According && fr.Content[0].From < next.Cue.From {
		// "According to her account, after examining the leg, she
		// insisted that …": the account holds what its sentence says,
		// the saying inside it too
		return
	}
	if next.Chained && next.Speaker == fr.Speaker && !splitsChain(s, fr, next, release) {
		// "described the talks as constructive, highlighting …",
		// "reaffirmed A and underscored B": the subject's sayings stay one
		// statement (and the second is one of its own too)
		return
	}
	start := next.Cue.From
	if next.Chained {
		start = chainStart(s, start)
	} else if !next.Speaker.Empty() && next.Speaker.From < start {
		start = next.Speaker.From
	}
	quoted := false
	if q := next.Content[0].From; next.Shape == cue.ContentFirst && !next.Chained && q > 0 && q < next.Cue.From &&
		s.Words[q].Quote >= 0 && s.Words[q-1].Tok.Kind == text.Quote && s.Words[q-1].Quote >= 0 {
		// "… would have on women: “…,” the union wrote": the quotation
		// the next cue reports after it is not the words before it
		start, quoted = q-1, true
	}
	for i := range fr.Content {
		c := &fr.Content[i]
		if c.Empty() || start <= c.From+1 || start >= c.To || s.Words[start].Quote >= 0 && !quoted {
			continue
		}
		if start >= 2 && strings.EqualFold(s.Words[start-1].Text, "as") && s.Words[start-2].Tag == tag.Comma &&
			next.Shape == cue.SpeakerFirst && c.Has(next.Content[0].From) && s.Words[next.Content[0].From-1].Tag == tag.Comma {
			// "urge the parties to ensure, as X has said, immediate access
			// …": the as-clause is set in the clause, which goes on past it
			continue
		}
		if w := &s.Words[start-1]; w.Quote < 0 && w.Entry != nil && w.Entry.ContinuesContent && !next.Chained && s.Words[start-2].Tag != tag.Comma {
			// "said Arno is reduced to insults because he cannot defend
			// his record": the reason's clause is said too, its verb
			// inside what the outer speaker says. After a comma it may be
			// the writer's ("recall the 2000 election, when the state
			// stated …") and the next speaker's own
			continue
		}
		if insideDashes(s, *c, start) {
			// "note that Velk — even as he says A — has proposed little":
			// the next saying is an aside the content's clause goes on
			// past
			continue
		}
		if !next.Chained && opensEmbedded(s, c.From, start) {
			// "said they should respond by suggesting …", "remarked upon
			// a story in which Velk's aides said …": a preposition or a
			// relative word with nothing after it ends no clause; the
			// next saying sits inside the content, which goes on past it
			continue
		}
		if thatClause(s, *c) && adjunctBefore(s, c.From, start) {
			// "said that, in her view, the government believes …": the
			// words before the next speaker are an adjunct of the clause
			// whose subject it is, and the clause is all said
			continue
		}
		c.To = start
		for c.To > c.From {
			// "congratulate the people of Tesmar as you celebrate": the
			// subordinator goes with another speaker's clause cut off (a
			// chained participle's, "while signalling …", stays: the two
			// sayings are one subject's); so does a relative word after
			// a comma ("… in Port Selin, where they would discuss …")
			w := &s.Words[c.To-1]
			if w.Tag == tag.CC || w.Tag == tag.Comma || w.Tag == tag.Colon || !next.Chained && w.Tag == tag.IN && w.Is(lexicon.Subordinator) {
				c.To--
				continue
			}
			if r := relativeOpening(s, c.From, c.To); r > c.From && !next.Chained {
				c.To = r
				continue
			}
			if setOffParticiple(s, c.From, c.To) {
				// "said yes, compared with 20 percent who said …": the
				// writer's comparison goes with what it compares
				c.To -= 2
				continue
			}
			break
		}
	}
}

// relativeOpening is where the relative word that ends words [from, to)
// begins after a comma, with its preposition (", which", ", in which"),
// or -1: a clause another speaker's cut off opened there.
func relativeOpening(s *syntax.Sentence, from, to int) int {
	k := to - 1
	if k <= from || s.Words[k].Quote >= 0 || s.Words[k].Tag != tag.WRB && s.Words[k].Tag != tag.WDT {
		return -1
	}
	if s.Words[k-1].Tag == tag.IN && k-1 > from {
		k--
	}
	if s.Words[k-1].Tag != tag.Comma {
		return -1
	}
	return k
}

// thatClause reports content opened by a complementizer, perhaps with a
// comma after it ("said that, …").
func thatClause(s *syntax.Sentence, c syntax.Phrase) bool {
	k := c.From - 1
	if k >= 0 && s.Words[k].Tag == tag.Comma {
		k--
	}
	return k >= 0 && s.Words[k].Is(lexicon.Complementizer)
}

// adjunctBefore reports words [from, to) that are an adjunct set off by
// a comma before a clause: no finite verb, no conjunction or dash (then
// the next speaker's clause is a new one: "he — and he committed …"),
// and a comma last.
func adjunctBefore(s *syntax.Sentence, from, to int) bool {
	if s.Words[to-1].Tag != tag.Comma {
		return false
	}
	for k := from; k < to-1; k++ {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag.IsFiniteVerb() || w.Tag == tag.CC || w.Tok.Has(text.Dash) {
			return false
		}
	}
	return true
}

// phrasePiece is the byte range of a content phrase, without a quotation
// mark left open at its start or closed at its end.
func phrasePiece(d *text.Document, s *syntax.Sentence, c syntax.Phrase) Piece {
	from, to := c.From, c.To
	if w := &s.Words[from]; w.Tok.Kind == text.Quote && w.Tok.Has(text.Open) && !closesWithin(s, from, to) {
		from++
	}
	if to-1 > from {
		if w := &s.Words[to-1]; w.Tok.Kind == text.Quote && w.Tok.Has(text.Close) && !opensWithin(s, from, to-1) {
			to--
		}
	}
	if from >= to {
		from, to = c.From, c.To
	}
	return Piece{Para: s.Para, Start: s.Words[from].Tok.Start, End: s.Words[to-1].Tok.End}
}

// withoutAsides cuts a writer's aside out of reported content: a phrase
// between dashes ("Hispanic voters - who have helped push the state … -
// voted in lower numbers") or an appositive between commas ("Cruz, a
// graduate of the academy, will …"). A relative clause between commas
// ("the talks, which began in May, will go on") stays: annotators read
// it as part of what was said more often than not (PolNeAR train runs
// content through ", which" 56 times to 34, through ", who" 32 to 21).
// What was said is the rest.
func withoutAsides(s *syntax.Sentence, c syntax.Phrase, pc Piece) []Piece {
	out := []Piece{pc}
	words := s.Words
	for i := c.From; i < c.To && i < len(words); i++ {
		w := &words[i]
		if w.Tok.Start < pc.Start || w.Tok.End > pc.End || w.Quote >= 0 {
			continue
		}
		dash := w.Tok.Has(text.Dash)
		appositive := appositiveOpens(s, c.From, i)
		if !dash && !appositive {
			continue
		}
		for j := i + 1; j < len(words) && words[j].Tok.End <= pc.End; j++ {
			if words[j].Quote >= 0 || words[j].Tag == tag.Period {
				break
			}
			if appositive && words[j].Tag == tag.Comma && !clauseResumes(s, j+1) {
				break // "Tesmar, the host, and Orlavia": a list
			}
			closes := dash && words[j].Tok.Has(text.Dash) || appositive && words[j].Tag == tag.Comma
			if !closes {
				continue
			}
			if j+1 >= len(words) || words[j+1].Tok.Start >= pc.End {
				break // the aside would end the content: not inside it
			}
			if i == 0 {
				return []Piece{pc} // an aside that opens the sentence
			}
			last := &out[len(out)-1]
			rest := Piece{Para: pc.Para, Start: words[j+1].Tok.Start, End: last.End, Quoted: pc.Quoted}
			last.End = words[i-1].Tok.End
			if last.End <= last.Start {
				return []Piece{pc}
			}
			out = append(out, rest)
			i = j
			break
		}
	}
	return out
}

func closesWithin(s *syntax.Sentence, from, to int) bool {
	for i := from + 1; i < to; i++ {
		if w := &s.Words[i]; w.Tok.Kind == text.Quote && w.Tok.Has(text.Close) {
			return true
		}
	}
	return false
}

func opensWithin(s *syntax.Sentence, from, to int) bool {
	for i := from; i < to; i++ {
		if w := &s.Words[i]; w.Tok.Kind == text.Quote && w.Tok.Has(text.Open) {
			return true
		}
	}
	return false
}

// introducesNext reports a frame whose sentence ends its paragraph with
// a colon after the cue: "X said:" opens the paragraphs that follow.
func introducesNext(d *text.Document, s *syntax.Sentence, fr *cue.Frame) bool {
	p := &d.Paragraphs[s.Para]
	if int(s.Span.To) != len(p.Tokens) || len(s.Words) == 0 {
		return false
	}
	last := &s.Words[len(s.Words)-1]
	return last.Tag == tag.Colon && last.Text == ":" && fr.Cue.To <= len(s.Words)-1
}

// followingParagraphs are the paragraphs an introduction takes: a
// quotation over the paragraphs after para, whole; or unquoted paragraphs
// until one has a cue of its own, is no prose (ownCue says which), or
// breaks the shape of the first (introducedList.ends).
func followingParagraphs(d *text.Document, para int, ownCue func(int) bool, lead func(int) syntax.Sentence, speech bool, used map[int32]bool) []Piece {
	var out []Piece
	quoted := para+1 < len(d.Paragraphs) && startsQuoted(&d.Paragraphs[para+1])
	list := introducedList{speech: speech}
	for k := para + 1; k < len(d.Paragraphs) && k <= para+maxIntroduced; k++ {
		p := &d.Paragraphs[k]
		if ownCue != nil && ownCue(k) || len(p.Tokens) == 0 || quoted != startsQuoted(p) && k > para+1 ||
			!quoted && list.ends(d, k, k == para+1, lead) {
			break
		}
		for _, q := range d.InQuote[k] {
			if q >= 0 {
				used[q] = true
			}
		}
		start, end := 0, len(p.Tokens)
		if t := p.Tokens[0]; t.Kind == text.Quote && t.Has(text.Open) {
			start++
		}
		if list.items && len(p.Sentences) > 1 {
			// an item is its first sentence; what follows explains it
			// in the writer's words ("Provide $1 billion …. FEMA will …")
			end = int(p.Sentences[0].To)
		}
		for end > start && (p.Tokens[end-1].Kind == text.Quote || isTrailing(p, int32(end-1))) {
			end--
		}
		if end > start {
			out = append(out, Piece{Para: k, Start: p.Tokens[start].Start, End: p.Tokens[end-1].End, Quoted: quoted, Continues: quoted && len(out) > 0})
		}
		if quoted && endsQuotation(d, k) {
			break
		}
	}
	return out
}

// endsQuotation reports a paragraph whose last quotation closes in it.
func endsQuotation(d *text.Document, k int) bool {
	in := d.InQuote[k]
	if len(in) == 0 {
		return true
	}
	q := in[len(in)-1]
	if q < 0 {
		return true
	}
	pieces := d.Quotations[q].Pieces
	return pieces[len(pieces)-1].Para == int32(k) && pieces[len(pieces)-1].Close >= 0
}

func startsQuoted(p *text.Paragraph) bool {
	return len(p.Tokens) > 0 && p.Tokens[0].Kind == text.Quote && p.Tokens[0].Has(text.Open)
}
