package text

// splitSentences cuts a paragraph into sentences at terminal punctuation
// followed by what can start a sentence. Closing marks and brackets right
// after the punctuation stay with the sentence they close; inside a
// quotation the same rule holds, so “A. B,” he said. is two sentences,
// and the quotation, not the sentence, is what carries the attribution.
func splitSentences(p *Paragraph, words Words, out []Span) []Span {
	toks := p.Tokens
	n := len(toks)
	start := 0
	for i := 0; i < n; i++ {
		end := -1
		t := toks[i]
		switch {
		case isTerminal(p, t):
			k := i + 1
			for k < n && (isTerminal(p, toks[k]) || isCloser(p, toks[k]) || toks[k].Kind == Quote && toks[k].Has(Close)) {
				k++
			}
			if k >= n || startsSentence(p, toks[k]) {
				end = k
			}
		case t.Has(MaybeEnder) && i+1 < n && (opensAfterAbbreviation(p, toks[i+1], words) || endsPlace(p, toks, i, words)):
			end = i + 1
		}
		if end > 0 {
			if end > start {
				out = append(out, Span{int32(start), int32(end)})
			}
			start = end
			i = end - 1
		}
	}
	if start < n {
		out = append(out, Span{int32(start), int32(n)})
	}
	return out
}

func isTerminal(p *Paragraph, t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch p.Text[t.Start] {
	case '.', '!', '?':
		return true
	}
	return p.Text[t.Start:t.End] == "…"
}

func isCloser(p *Paragraph, t Token) bool {
	if t.Kind != Punct {
		return false
	}
	c := p.Text[t.Start]
	return c == ')' || c == ']'
}

// startsSentence reports whether a token can begin a sentence: a capital
// or a digit, an opening quotation mark or bracket, or a dash.
func startsSentence(p *Paragraph, t Token) bool {
	switch t.Kind {
	case Quote:
		return t.Has(Open)
	case Word:
		return t.Has(Cap) || t.Has(Digit)
	}
	c := p.Text[t.Start]
	return c == '(' || c == '[' || t.Has(Dash)
}

// opensAfterAbbreviation is stricter, for a period that may be an
// abbreviation's ("talks with the U.S. He said"): the next word must be
// one that commonly opens a sentence, or an opening quotation mark.
func opensAfterAbbreviation(p *Paragraph, t Token, words Words) bool {
	if t.Kind == Quote {
		return t.Has(Open)
	}
	return t.Kind == Word && t.Has(Cap) && words != nil && words.SentenceOpener(p.Text[t.Start:t.End])
}

// endsPlace reports an abbreviation at i that ends a place's name after a
// preposition of place ("met in Washington, D.C. Secretary Arno said",
// "born in Hollin, Fla. Velk studied"), before a capitalised word: the
// name is complete, so the capital opens a new sentence. Without the
// preposition the abbreviation may qualify what follows ("Washington,
// D.C. Mayor Velk", "the Greater Hollin, Fla. Area"); a country's
// abbreviation ("in Kestria, U.S. officials said") and a name's suffix
// ("King, Jr.") end no place.
func endsPlace(p *Paragraph, toks []Token, i int, words Words) bool {
	if words == nil || i < 3 || !toks[i+1].Has(Cap) || toks[i+1].Kind != Word || toks[i-1].Kind != Punct || p.Text[toks[i-1].Start] != ',' {
		return false
	}
	if !words.PlaceAbbreviation(Lower(p.Text[toks[i].Start:toks[i].End])) {
		return false
	}
	k := i - 2
	for n := 0; k >= 0 && n < 3 && toks[k].Kind == Word && toks[k].Has(Cap); n++ {
		k--
	}
	return k >= 0 && k < i-2 && toks[k].Kind == Word && !toks[k].Has(Cap) && words.PlacePreposition(p.Text[toks[k].Start:toks[k].End])
}
