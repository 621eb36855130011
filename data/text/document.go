package text

// Span is a half-open range of token indexes [From, To) in one paragraph.
type Span struct{ From, To int32 }

func (s Span) Len() int32 { return s.To - s.From }

// Paragraph is one paragraph cut into tokens and sentences.
type Paragraph struct {
	Text      string
	Tokens    []Token
	Sentences []Span
}

// Word returns the text of token i.
func (p *Paragraph) Word(i int) string {
	t := p.Tokens[i]
	return p.Text[t.Start:t.End]
}

// SentenceOf returns the index of the sentence that holds token i.
func (p *Paragraph) SentenceOf(i int) int {
	lo, hi := 0, len(p.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if p.Sentences[m].To <= int32(i) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Quotation is a quoted passage, from its opening mark to its closing
// mark. News continues a quotation over several paragraphs by opening
// each one again and closing only the last; such a quotation has one
// piece per paragraph, all with the same Quotation.
type Quotation struct {
	Pieces []QuotePiece
}

// QuotePiece is the part of a quotation in one paragraph. Open and Close
// are the token indexes of its marks, or -1 where the piece runs on past
// the paragraph's end (Close) or has no mark of its own (Open).
type QuotePiece struct {
	Para        int32
	Open, Close int32
}

// Inner is the span of tokens between the piece's marks.
func (q QuotePiece) Inner(p *Paragraph) Span {
	from, to := q.Open+1, q.Close
	if q.Open < 0 {
		from = 0
	}
	if q.Close < 0 {
		to = int32(len(p.Tokens))
	}
	return Span{from, to}
}

// Document is the text stage's output: the paragraphs, and the
// quotations found across them.
type Document struct {
	Paragraphs []Paragraph
	Quotations []Quotation
	// InQuote[p][i] is the index in Quotations of the quotation token i
	// of paragraph p is inside (its marks included), or -1.
	InQuote [][]int32
}

// Analyze cuts paragraphs into tokens, sentences and quotations.
func Analyze(paragraphs []string, words Words) *Document {
	d := &Document{Paragraphs: make([]Paragraph, len(paragraphs)), InQuote: make([][]int32, len(paragraphs))}
	for i, s := range paragraphs {
		p := &d.Paragraphs[i]
		p.Text = s
		p.Tokens = Tokenize(s, words, nil)
	}
	pairQuotations(d)
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		p.Sentences = splitSentences(p, words, nil)
	}
	return d
}
