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

	// the storage the paragraphs' tokens, sentences and quotation indexes
	// are cut from, kept for the next document Reanalyze reads: the text
	// stage then allocates almost nothing in a long load
	tokens  []Token
	spans   []Span
	inQuote []int32
}

// Analyze cuts paragraphs into tokens, sentences and quotations.
func Analyze(paragraphs []string, words Words) *Document {
	d := &Document{}
	d.Reanalyze(paragraphs, words)
	return d
}

// Reanalyze is Analyze into d, reusing its storage: whatever d held
// before, and every slice taken from it, is no longer valid.
func (d *Document) Reanalyze(paragraphs []string, words Words) {
	n := len(paragraphs)
	d.Paragraphs = resize(d.Paragraphs, n)
	d.InQuote = resize(d.InQuote, n)
	d.Quotations = d.Quotations[:0]
	d.tokens, d.spans, d.inQuote = d.tokens[:0], d.spans[:0], d.inQuote[:0]
	// Room for the tokens at once, where appending grew them a dozen
	// times over in a Document with no storage yet: one the engine's
	// pool let go of, which under the race detector is one in four.
	size := 0
	for _, s := range paragraphs {
		size += len(s)
	}
	if need := size/tokenBytes + 16; cap(d.tokens) < need {
		d.tokens = make([]Token, 0, max(need, 2*cap(d.tokens)))
	}
	for i, s := range paragraphs {
		p := &d.Paragraphs[i]
		p.Text = s
		from := len(d.tokens)
		d.tokens = Tokenize(s, words, d.tokens)
		p.Tokens = d.tokens[from:len(d.tokens):len(d.tokens)]
	}
	if cap(d.inQuote) < len(d.tokens) { // one quotation index a token
		d.inQuote = make([]int32, 0, max(len(d.tokens), 2*cap(d.inQuote)))
	}
	pairQuotations(d)
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		from := len(d.spans)
		d.spans = splitSentences(p, words, d.spans)
		p.Sentences = d.spans[from:len(d.spans):len(d.spans)]
	}
}

// tokenBytes is fewer bytes than the corpus's releases hold a token
// (about five), so that a text rarely has more tokens than Reanalyze
// makes room for.
const tokenBytes = 4

// resize returns s with length n and every element zero, reusing its
// storage when it has room.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// quoteIndexes returns n quotation indexes, all -1, from d's storage.
func (d *Document) quoteIndexes(n int) []int32 {
	from := len(d.inQuote)
	for range n {
		d.inQuote = append(d.inQuote, -1)
	}
	return d.inQuote[from:len(d.inQuote):len(d.inQuote)]
}
