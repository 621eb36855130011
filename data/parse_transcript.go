package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/text"
)

// words is the built-in lexicon, which says which labels are form fields
// and which titles make a label a speaker's.
func words() *lexicon.Lexicon {
	l, _ := lexicon.Default() // a broken lexicon is a broken build: a test parses it
	return l
}

// markTurns finds speaker-labelled turns ("MR PRICE: …", "Q …") and moves
// the label into Paragraph.Label. With fewer than two turns the text is
// not a transcript and nothing changes: one "UPDATE: …" line is not a
// conversation. In a transcript, unlabelled paragraphs that follow a turn
// continue it (an answer running over several paragraphs) and are joined
// to it with a blank line, so that one turn is one paragraph, as the
// annotation conventions count them.
func markTurns(paras []Paragraph) ([]Paragraph, int) {
	turns := 0
	for _, p := range paras {
		if p.Style.Block == BlockText {
			if _, _, ok := splitLabel(p.Text); ok {
				turns++
			}
		}
	}
	if turns < 2 {
		return paras, turns
	}
	out := paras[:0] // in place: each paragraph is written at or before where it was read
	// parts is the text of the open turn, out's last, a paragraph a part:
	// joined when the turn ends, not once a paragraph, which copied a long
	// turn's text again for each of its paragraphs
	var parts []string
	endTurn := func() {
		if len(parts) > 0 {
			out[len(out)-1].Text = strings.Join(parts, "\n\n")
			parts = parts[:0]
		}
	}
	inTurn, asked := false, false
	for _, p := range paras {
		if p.Style.Block == BlockText {
			if label, rest, ok := splitLabel(p.Text); ok {
				endTurn()
				out = append(out, Paragraph{Label: label, Text: rest})
				inTurn = true
				asked = asked || label == "Q"
				continue
			}
			if label, rest, ok := answerLabel(p.Text); ok && asked {
				// "A: …" after "Q: …": the interviewee answers, not the
				// reporter going on
				endTurn()
				out = append(out, Paragraph{Label: label, Text: rest})
				inTurn = true
				continue
			}
		}
		if inTurn && p.Style.Block != BlockHeading && p.Style.Block != BlockCode && !endsTurns(p.Text) && !text.RunInHeading(p.Text) {
			if len(parts) == 0 && out[len(out)-1].Text != "" {
				parts = append(parts, out[len(out)-1].Text)
			}
			parts = append(parts, p.Text)
			continue
		}
		endTurn()
		inTurn = false
		out = append(out, p)
	}
	endTurn()
	return out, turns
}

// answerLabel splits "A: I came home …", the answer of an interview
// printed as questions and answers, into its label and the turn. One
// letter before a colon is no label by itself ("A: the first option"):
// the caller takes it only after a question's "Q:".
func answerLabel(t string) (label, rest string, ok bool) {
	colon := strings.IndexByte(t, ':')
	if colon <= 0 || colon > 8 || colon+1 >= len(t) || t[colon+1] != ' ' {
		return "", "", false
	}
	cand := t[:colon]
	if e := words().Lookup(strings.ToLower(cand)); e == nil || !e.AnswerLabel || !unicode.IsUpper(rune(cand[0])) {
		return "", "", false
	}
	return cand, strings.TrimSpace(t[colon+1:]), true
}

// opensQuotation reports text that starts with an opening quotation mark.
func opensQuotation(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, " "))
	return r == '“' || r == '"' || r == '«' || r == '„'
}

// wordsCapitalised reports words that all start with a capital letter;
// with linking, short lower-case words ("of", "the", "and") may stand
// between them ("Speaker of the House").
func wordsCapitalised(t string, linking bool) bool {
	last := true
	for w := range strings.FieldsSeq(t) {
		r, _ := utf8.DecodeRuneInString(w)
		last = unicode.IsUpper(r)
		if !last && !(linking && len(w) <= 3 && unicode.IsLower(r)) {
			return false
		}
	}
	return last // "The aim is: “…”" is a sentence, not a name
}

// endsTurns reports the closing lines of transcripts, which belong to
// nobody: "END 4:15 P.M. EST", "# # #", "(The briefing was concluded …)".
func endsTurns(t string) bool {
	t = strings.TrimSpace(t)
	if t == "END" || strings.HasPrefix(t, "END ") || strings.Trim(t, "# ") == "" {
		return true
	}
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && !strings.Contains(t[1:len(t)-1], "(") ||
		strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]")
}

// splitLabel splits "MR PRICE: Good afternoon." into its label and the
// turn. A label is short, at the start, and either upper-case
// ("SECRETARY BLINKEN", "MS. PSAKI") or title-case after an honorific
// ("Mr. Smith"); the White House "Q" form needs no colon.
func splitLabel(t string) (label, rest string, ok bool) {
	if r, n := utf8.DecodeRuneInString(t); r == '"' || r == '“' {
		// a transcript quoted in a story opens each paragraph with a
		// quotation mark ("“WALLACE: Let's start …"): an upper-case label
		// after it is still a turn's; a title-case one is a quoted
		// sentence's words ("“Velk: a record of failure" is a headline)
		label, rest, ok = splitLabel(t[n:])
		if !ok || strings.ToUpper(label) != label {
			return "", "", false
		}
		return label, rest, true
	}
	if len(t) >= 2 && t[0] == 'Q' {
		switch {
		case t[1] == ':':
			return "Q", strings.TrimSpace(t[2:]), true
		case t[1] == ' ':
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[2:], " "))
			if !unicode.IsLower(r) {
				return "Q", strings.TrimSpace(t[2:]), true
			}
			return "", "", false
		}
	}
	colon := strings.IndexByte(t, ':')
	if colon <= 0 || colon > 64 {
		return "", "", false
	}
	if colon+1 < len(t) && t[colon+1] != ' ' {
		return "", "", false // "10:30", "http://"
	}
	cand := strings.TrimSpace(t[:colon])
	var first string
	n := 0
	for w := range strings.FieldsSeq(cand) { // every paragraph comes here: no slice for its words
		if n == 0 {
			first = w
		}
		n++
	}
	// a name before a quotation may carry its offices: "Speaker of the
	// House, Kestrian Deputy Ana Velk: “…”"
	quoted := opensQuotation(t[colon+1:])
	if n == 0 || n > 6 && !(quoted && n <= 12) {
		return "", "", false
	}
	letters, upper := 0, 0
	for _, r := range cand {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’' || unicode.IsDigit(r), r == ',' && quoted:
		default:
			return "", "", false
		}
	}
	if letters < 2 {
		return "", "", false
	}
	switch {
	case upper == letters:
		if words().Is(first, lexicon.FormLabel) {
			return "", "", false
		}
	case words().Is(first, lexicon.FormLabel):
		return "", "", false
	case words().Is(first, lexicon.LabelTitle) || quoted:
		// "Mr. Smith: …", and any name before a quotation: "Sen. Ana
		// Velk: “…”", as statements gathered from several people run
		if !wordsCapitalised(cand, quoted) {
			return "", "", false
		}
	default:
		return "", "", false
	}
	label = cand
	if strings.Contains(cand, "  ") || strings.ContainsAny(cand, "\t\v\f\r\n\u0085\u00a0") {
		label = strings.Join(strings.Fields(cand), " ")
	}
	return label, strings.TrimSpace(t[colon+1:]), true
}
