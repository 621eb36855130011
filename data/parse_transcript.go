package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	inTurn := false
	for _, p := range paras {
		if p.Style.Block == BlockText {
			if label, rest, ok := splitLabel(p.Text); ok {
				out = append(out, Paragraph{Label: label, Text: rest})
				inTurn = true
				continue
			}
		}
		if inTurn && p.Style.Block != BlockHeading && p.Style.Block != BlockCode && !endsTurns(p.Text) {
			last := &out[len(out)-1]
			if last.Text == "" {
				last.Text = p.Text
			} else {
				last.Text += "\n\n" + p.Text
			}
			continue
		}
		inTurn = false
		out = append(out, p)
	}
	return out, turns
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

// notLabels are upper-case words that open form fields, not turns.
var notLabels = map[string]bool{
	"NOTE": true, "NOTES": true, "SUBJECT": true, "UPDATE": true, "UPDATED": true, "DATE": true,
	"TIME": true, "WHEN": true, "WHERE": true, "WHAT": true, "LOCATION": true, "PHONE": true,
	"EMAIL": true, "E-MAIL": true, "CONTACT": true, "BACKGROUND": true, "RE": true, "CC": true,
	"ATTENTION": true, "WARNING": true, "SOURCE": true, "TITLE": true, "AGENDA": true,
	"SUMMARY": true, "VESSEL": true, "NOMINATION": true, "NOMINATIONS": true, "WITHDRAWAL": true,
	"WITHDRAWALS": true, "TO": true, "FROM": true, "EDITOR'S": true, "EDITOR’S": true, "PS": true,
	"P.S.": true, "FAX": true, "WEBSITE": true, "EMBARGOED": true, "TOPIC": true, "TOPICS": true,
	"ATTACHMENT": true, "ENCLOSURE": true, "DISCLAIMER": true, "IMPORTANT": true, "READ": true,
}

// Honorifics and roles that make a title-case label a speaker
// ("Mr. Smith:", "Moderator:") where "Note:" is not.
var titleLabels = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"ambassador": true, "secretary": true, "president": true, "minister": true, "senator": true,
	"general": true, "admiral": true, "chancellor": true, "prime": true, "foreign": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "moderator": true, "question": true,
	"operator": true, "participant": true, "interpreter": true, "reporter": true, "journalist": true,
	"audience": true, "chair": true, "chairman": true, "chairwoman": true, "chairperson": true,
	"representative": true, "delegate": true, "sir": true, "madam": true, "professor": true, "prof.": true,
}

// splitLabel splits "MR PRICE: Good afternoon." into its label and the
// turn. A label is short, at the start, and either upper-case
// ("SECRETARY BLINKEN", "MS. PSAKI") or title-case after an honorific
// ("Mr. Smith"); the White House "Q" form needs no colon.
func splitLabel(t string) (label, rest string, ok bool) {
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
	if n == 0 || n > 6 {
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
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’' || unicode.IsDigit(r):
		default:
			return "", "", false
		}
	}
	if letters < 2 {
		return "", "", false
	}
	switch {
	case upper == letters:
		if notLabels[first] {
			return "", "", false
		}
	case titleLabels[strings.ToLower(first)]:
		for w := range strings.FieldsSeq(cand) {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return "", "", false
			}
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
