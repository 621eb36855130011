package text

// pairQuotations matches opening and closing marks within each paragraph
// and joins a quotation left open at a paragraph's end to the next
// paragraph when that one opens with a mark of the same family (the news
// convention for a quotation over several paragraphs).
//
// A lone straight or single mark with no closing mark after it in its
// paragraph is not a quotation: it is an apostrophe or a stray character.
// A curly double mark left open runs to the end of its paragraph.
func pairQuotations(d *Document) {
	carry := -1 // quotation continued from the previous paragraph
	var carryFam uint8
	for pi := range d.Paragraphs {
		p := &d.Paragraphs[pi]
		in := d.quoteIndexes(len(p.Tokens))
		d.InQuote[pi] = in
		toks := p.Tokens
		closing := closersAfter(toks)
		open, openFam, cur := -1, uint8(0), -1
		start := 0
		if carry >= 0 {
			if len(toks) > 0 && toks[0].Kind == Quote && toks[0].Has(Open) && toks[0].family == carryFam {
				open, openFam, cur = 0, carryFam, carry
				start = 1
				in[0] = int32(cur)
			}
			carry = -1
		}
		for i := start; i < len(toks); i++ {
			t := toks[i]
			if open >= 0 {
				in[i] = int32(cur)
				undirected := t.Kind == Quote && !t.Has(Open) && !t.Has(Close)
				if t.Kind == Quote && (t.Has(Close) || undirected) && t.family == openFam {
					// a straight mark between spaces ("…this, " Velk said")
					// closes the quotation it ends: later stages read
					// the mark, not the pairing
					toks[i].Flags |= Close
					q := &d.Quotations[cur]
					q.Pieces = append(q.Pieces, QuotePiece{Para: int32(pi), Open: int32(open), Close: int32(i)})
					open = -1
				}
				continue
			}
			if t.Kind != Quote || !t.Has(Open) {
				continue
			}
			if !closing[i].has(t.family) && t.family != famDouble {
				continue
			}
			if !closing[i].has(t.family) && t.Has(Space) && !isCurlyOpen(p.Text, t) && !opensParagraph(i) {
				continue // a straight " with nothing closing it mid-paragraph is stray
			}
			open, openFam = i, t.family
			d.Quotations = append(d.Quotations, Quotation{})
			cur = len(d.Quotations) - 1
			in[i] = int32(cur)
		}
		if open >= 0 {
			q := &d.Quotations[cur]
			q.Pieces = append(q.Pieces, QuotePiece{Para: int32(pi), Open: int32(open), Close: -1})
			carry, carryFam = cur, openFam
		}
	}
}

func opensParagraph(i int) bool { return i == 0 }

func isCurlyOpen(s string, t Token) bool {
	r, _ := runeAt(s, int(t.Start))
	return r == '“' || r == '„' || r == '«'
}

type families uint8

func (f families) has(fam uint8) bool { return f&(1<<fam) != 0 }

// closersAfter says, for each token, which families have a closing mark
// after it in the paragraph; one backward pass, so that asking at every
// opening mark stays linear.
func closersAfter(toks []Token) []families {
	out := make([]families, len(toks))
	var f families
	for i := len(toks) - 1; i >= 0; i-- {
		out[i] = f
		if t := toks[i]; t.Kind == Quote && t.Has(Close) {
			f |= 1 << t.family
		}
	}
	return out
}
