package syntax

import "github.com/brief-reader/brief/data/text"

// maxSignature bounds the tokens of a signature: a dash, a name, a title
// and a date.
const maxSignature = 24

// signature reports a sentence that may sign the quotation before it: a
// dash and a capitalised word right after a closing quotation mark in
// the same paragraph ("“…” — Minister Anna Verel"), or opening the
// paragraph after a quotation or a paragraph of prose ("“…”" then "–
// President Biden, May 28, 2021"), as releases head a fact sheet with an
// epigraph.
// The tagger reads it, for the cue stage to find the name.
func signature(d *text.Document, para int, span text.Span) bool {
	p := &d.Paragraphs[para]
	toks := p.Tokens[span.From:span.To]
	if len(toks) < 2 || len(toks) > maxSignature || !toks[0].Has(text.Dash) || toks[1].Kind != text.Word || !toks[1].Has(text.Cap) {
		return false
	}
	if span.From > 0 {
		t := p.Tokens[span.From-1]
		return t.Kind == text.Quote && t.Has(text.Close)
	}
	return para > 0 && len(d.Paragraphs[para-1].Tokens) > 0
}

// QuotationParagraph reports a paragraph that opens on a quotation mark
// and ends on a closing one: a quotation standing alone.
func QuotationParagraph(p *text.Paragraph) bool {
	n := len(p.Tokens)
	if n < 2 {
		return false
	}
	first, last := p.Tokens[0], p.Tokens[n-1]
	return first.Kind == text.Quote && first.Has(text.Open) && last.Kind == text.Quote && last.Has(text.Close)
}
