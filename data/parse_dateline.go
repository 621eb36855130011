package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findDatelineIn looks for a dateline at the start of the first prose
// paragraph ("Moscow – …"), or, in a transcript, for a place standing alone
// in capitals among the header lines ("WASHINGTON, D.C.").
func findDatelineIn(paras []Paragraph, transcript bool) string {
	for i, p := range paras {
		if p.Label != "" || i >= 4 {
			return ""
		}
		if p.Style.Block != BlockText {
			continue
		}
		if i == 0 || paras[0].Style.Block != BlockText {
			if d := dateline(p.Text); d != "" {
				return d
			}
		}
		if t := strings.TrimRight(p.Text, " "); transcript && isAllCaps(t) && isPlace(t) {
			return titleCase(t)
		}
	}
	return ""
}

var datelineDashes = []string{" – ", " — ", " - ", "—", " -- "}

// dateline finds "Place – " at the start of p: a short capitalised place
// phrase ("Moscow", "WASHINGTON, D.C.", "Port Selin") before a dash, also
// in the wire form "PLACE, Month DD (Agency) – ". It returns the place, in
// title case when it was written in capitals, or "".
func dateline(p string) string {
	cut, width := -1, 0
	for _, d := range datelineDashes {
		if i := strings.Index(p, d); i > 0 && i <= 80 && (cut < 0 || i < cut) {
			cut, width = i, len(d)
		}
	}
	if cut < 0 {
		return ""
	}
	if after := strings.TrimLeft(p[cut+width:], " "); after != "" {
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLower(r) {
			return "" // a dash inside a sentence
		}
	}
	head := strings.TrimSpace(p[:cut])
	// Wire form: drop "(Agency)" and ", Month DD[, YYYY]".
	if strings.HasSuffix(head, ")") {
		if i := strings.LastIndex(head, " ("); i > 0 {
			head = strings.TrimSpace(head[:i])
		}
	}
	parts := strings.Split(head, ",")
	for i := 1; i < len(parts); i++ {
		if startsWithMonth(parts[i]) {
			parts = parts[:i]
			break
		}
	}
	head = strings.TrimSpace(strings.Join(parts, ","))
	if !isPlace(head) {
		return ""
	}
	if isAllCaps(head) {
		return titleCase(head)
	}
	return head
}

func startsWithMonth(s string) bool {
	e := words().Lookup(strings.Trim(firstWord(s), "."))
	return e != nil && e.Month
}

func firstWord(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return ""
}

// isPlace accepts at most five words, each capitalised or a connector,
// with letters, periods, apostrophes, hyphens and commas only.
func isPlace(s string) bool {
	lex := words()
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	if e := lex.Lookup(ws[0]); e != nil && e.OpensNoPlace && !isAllCaps(s) && s != "The Hague" {
		return false
	}
	for i, w := range ws {
		w = strings.TrimRight(w, ",")
		e := lex.Lookup(w)
		if w == "" || e != nil && e.LeadIn {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
				return false
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || e == nil || !e.PlaceConnector) {
			return false
		}
	}
	return true
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 1
}

// titleCase turns "PORT SELIN" into "Port Selin"; abbreviations with
// periods ("D.C.") keep their capitals.
func titleCase(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if strings.Contains(w, ".") || w == "" {
			continue
		}
		var sb strings.Builder
		start := true
		for _, r := range w {
			if start {
				sb.WriteRune(r)
			} else {
				sb.WriteRune(unicode.ToLower(r))
			}
			start = r == '-' || r == '\''
		}
		words[i] = sb.String()
	}
	return strings.Join(words, " ")
}
