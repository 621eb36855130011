package statement

import (
	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/text"
)

// continueQuotations gives a quotation no frame claims to the statement
// of the last frame before it in its paragraph: "“A,” X said. “B.”" is
// one statement of X's, as annotators and readers take it. A quotation
// that is a whole paragraph with no cue of its own goes on with the
// statement the paragraph before ends with (see goesOnFrom).
func continueQuotations(d *text.Document, sentences []syntax.Sentence, frames []cue.Frame, out []Statement, used map[int32]bool, ownCue func(int) bool) {
	for q := range d.Quotations {
		if used[int32(q)] {
			continue
		}
		first := d.Quotations[q].Pieces[0]
		if !opensSentence(&d.Paragraphs[first.Para], first.Open) {
			continue // a word quoted inside the narration: “дети” — Russian for “children”
		}
		last := -1 // the last frame before the quotation in its paragraph
		for fi := range frames {
			s := &sentences[frames[fi].Sentence]
			if s.Para == int(first.Para) && s.Span.To <= first.Open {
				last = fi
			}
		}
		if last < 0 {
			if i := goesOnFrom(d, sentences, frames, out, int32(q), ownCue); i >= 0 {
				used[int32(q)] = true
				pieces := quotationPieces(d, int32(q))
				if len(pieces) > 0 {
					pieces[0].Continues = true
				}
				out[i].Pieces = append(out[i].Pieces, pieces...)
			}
			continue
		}
		if fi := quotedFrameBefore(frames, out, last); fi >= 0 {
			last = fi
		}
		for i := range out {
			if out[i].Frame == last && (out[i].Direct || frames[last].Kind != lexicon.Object && frames[last].Kind != lexicon.Accuse) {
				used[int32(q)] = true
				out[i].Pieces = append(out[i].Pieces, quotationPieces(d, int32(q))...)
				break
			}
		}
	}
}

// opensSentence reports a quotation mark at token open that begins its
// sentence: a quotation that goes on from a statement before stands alone.
func opensSentence(p *text.Paragraph, open int32) bool {
	for _, sp := range p.Sentences {
		if sp.From <= open && open < sp.To {
			return open == sp.From
		}
	}
	return true
}

// quotedFrameBefore is an earlier frame of frame last's sentence whose
// statement is a quotation, when last's own is reported: in "“A,” said
// X, who said B. “C.”" or "“A,” X said, suggesting B. “C.”" the
// quotation after goes on with what X was quoted saying, not with the
// writer's aside about X. -1 when there is none.
func quotedFrameBefore(frames []cue.Frame, out []Statement, last int) int {
	if frames[last].Shape == cue.According {
		return -1 // "“A,” X said, according to Y. “C.”": Y's account holds all of it
	}
	for i := range out {
		if out[i].Frame == last && out[i].Direct {
			return -1
		}
	}
	for i := range out {
		fi := out[i].Frame
		if fi < last && frames[fi].Sentence == frames[last].Sentence && out[i].Direct {
			return fi
		}
	}
	return -1
}

// lastWord is the index of the last word of c that is no quotation mark
// or punctuation.
func lastWord(s *syntax.Sentence, c syntax.Phrase) int {
	k := c.To - 1
	for k > c.From && s.Words[k].Tok.Kind != text.Word {
		k--
	}
	return k
}

// quotationAfter is the rest of a quotation that reported content ends
// inside, past the end of its sentence: "asked a few questions,
// including, “Do you think A? Do you think B?”" reports both. Nothing
// when the quotation closes within the sentence.
func quotationAfter(d *text.Document, s *syntax.Sentence, q int32) []Piece {
	p := &d.Paragraphs[s.Para]
	if int(s.Span.To) >= len(p.Tokens) && d.Quotations[q].Pieces[len(d.Quotations[q].Pieces)-1].Para == int32(s.Para) {
		return nil
	}
	var out []Piece
	for _, pc := range quotationPieces(d, q) {
		if pc.Para == s.Para {
			if int(s.Span.To) >= len(p.Tokens) {
				continue
			}
			from := p.Tokens[s.Span.To].Start
			if pc.End <= from {
				continue
			}
			pc.Start = max(pc.Start, from)
		} else if pc.Para < s.Para {
			continue
		}
		out = append(out, pc)
	}
	return out
}

// quotationBefore is the quotation whose closing mark is the last token
// before sentence s in its paragraph, or -1.
func quotationBefore(d *text.Document, s *syntax.Sentence) int32 {
	k := s.Span.From - 1
	p := &d.Paragraphs[s.Para]
	if k < 0 || p.Tokens[k].Kind != text.Quote || !p.Tokens[k].Has(text.Close) {
		return -1
	}
	return d.InQuote[s.Para][k]
}

// signedParagraph is the quotation a signature that opens its paragraph
// signs: the paragraph before, when it is that quotation whole ("“…”"
// then "– President Biden"). -1 otherwise.
func signedParagraph(d *text.Document, s *syntax.Sentence) int32 {
	if s.Span.From != 0 || s.Para == 0 || !syntax.QuotationParagraph(&d.Paragraphs[s.Para-1]) {
		return -1
	}
	p := &d.Paragraphs[s.Para-1]
	return d.InQuote[s.Para-1][len(p.Tokens)-1]
}

// signedProse is the paragraph of prose a signature that opens the next
// paragraph signs: an epigraph in its signer's words, unquoted, which
// speak in the first person ("We’re … making equality the centerpiece of
// our diplomacy." then "– President Joe Biden"); a paragraph of
// narration over a byline ("The committee met." then "- Elise Viebeck.")
// is the writer's. Nothing when the paragraph has a cue of its own, is a
// heading or a turn (ownCue), or holds a quotation.
func signedProse(d *text.Document, sentences []syntax.Sentence, s *syntax.Sentence, ownCue func(int) bool) []Piece {
	k := s.Para - 1
	if s.Span.From != 0 || k < 0 || ownCue == nil || ownCue(k) || !firstPerson(sentences, k) {
		return nil
	}
	p := &d.Paragraphs[k]
	for _, q := range d.InQuote[k] {
		if q >= 0 {
			return nil
		}
	}
	end := len(p.Tokens)
	for end > 0 && isTrailing(p, int32(end-1)) {
		end--
	}
	if end == 0 {
		return nil
	}
	return []Piece{{Para: k, Start: p.Tokens[0].Start, End: p.Tokens[end-1].End}}
}

// firstPerson reports a paragraph with a pronoun of the first person
// ("I", "we", "our"). sentences are the document's, in order.
func firstPerson(sentences []syntax.Sentence, para int) bool {
	for i := range sentences {
		if sentences[i].Para != para {
			continue
		}
		for _, w := range sentences[i].Words {
			if w.Quote < 0 && w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 1 {
				return true
			}
		}
	}
	return false
}

// wholeQuotation reports the quotation a content phrase is, when all of
// its words are inside one quotation (or it starts at the opening mark).
func wholeQuotation(s *syntax.Sentence, c syntax.Phrase) (int32, bool) {
	from := c.From
	if w := &s.Words[from]; w.Tok.Kind == text.Quote && w.Tok.Has(text.Open) {
		from++
	}
	if from >= c.To {
		return -1, false
	}
	q := s.Words[from].Quote
	if q < 0 {
		return -1, false
	}
	for i := from; i < c.To; i++ {
		if s.Words[i].Quote != q {
			return -1, false
		}
	}
	return q, true
}

// quotationPieces is the text inside a quotation's marks, paragraph by
// paragraph, without a comma that only leads back to the cue.
func quotationPieces(d *text.Document, q int32) []Piece {
	var out []Piece
	for _, qp := range d.Quotations[q].Pieces {
		p := &d.Paragraphs[qp.Para]
		in := qp.Inner(p)
		for in.To > in.From && isTrailing(p, in.To-1) {
			in.To--
		}
		if in.To <= in.From {
			continue
		}
		out = append(out, Piece{Para: int(qp.Para), Start: p.Tokens[in.From].Start, End: p.Tokens[in.To-1].End, Quoted: true, Continues: len(out) > 0})
	}
	return out
}

func isTrailing(p *text.Paragraph, i int32) bool {
	t := p.Tokens[i]
	if t.Kind != text.Punct {
		return false
	}
	c := p.Text[t.Start]
	return c == ',' || c == ':' || c == ';'
}

// goesOnFrom is the statement a quotation that is a whole paragraph goes
// on from, or -1: "“A,” X said." then a paragraph "“B.”" with no cue of
// its own is X's too, the news convention for a speaker quoted over
// paragraphs (annotators take both as one statement). It is the
// statement whose text ends the paragraph before, when that is speech
// the quotation can go on with: a quotation, or reported speech of a
// verb that says something (not "announced the closure").
func goesOnFrom(d *text.Document, sentences []syntax.Sentence, frames []cue.Frame, out []Statement, q int32, ownCue func(int) bool) int {
	pieces := d.Quotations[q].Pieces
	first, end := pieces[0], pieces[len(pieces)-1]
	para := int(first.Para)
	if first.Open != 0 || para == 0 || ownCue == nil || ownCue(para) {
		return -1
	}
	if p := &d.Paragraphs[end.Para]; end.Close >= 0 {
		for _, t := range p.Tokens[end.Close+1:] {
			if t.Kind != text.Punct {
				return -1 // narration after it: "“B.” The crowd cheered."
			}
		}
	}
	best, at := -1, int32(-1)
	for i := range out {
		own := sentences[frames[out[i].Frame].Sentence].Para == para-1
		for _, pc := range out[i].Pieces {
			if pc.Para == para-1 && pc.End > at {
				best, at = -1, pc.End
				if own || pc.Quoted {
					// not a paragraph "X said:" took unquoted: that
					// stops at a quoted one
					best = i
				}
			}
		}
	}
	if best >= 0 && !out[best].Direct && (frames[out[best].Frame].Kind == lexicon.Object || frames[out[best].Frame].Kind == lexicon.Accuse) {
		return -1 // "Jonas Vell announced the closure." then "“It is temporary.”"
	}
	return best
}
