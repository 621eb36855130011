package data

import "strings"

// A press statement signed by one official ("Antony J. Blinken, Secretary
// of State" as the first line under the headline) speaks in that
// official's first person: "I noted then that X" is the signatory's
// statement, as "She noted" is the person a readout names. Without such a
// byline "I" stays no one: it may be the publisher, a reporter or a
// quoted witness.

// bylineAt reads paragraph text as "NAME, TITLE" and returns the person,
// or false. It registers the person with that title.
func (st *story) bylineAt() (speakerRef, bool) {
	toks := st.toks
	if len(toks) < 4 || len(toks) > 16 || len(st.p) > 120 {
		return speakerRef{}, false
	}
	comma := -1
	for i := range toks {
		if st.isPunct(i, ",") {
			comma = i
			break
		}
		if toks[i].kind != tkWord && !(toks[i].kind == tkPunct && st.p[toks[i].s] == '-' && !toks[i].has(tfSpace)) {
			return speakerRef{}, false
		}
	}
	if comma < 2 || comma+1 >= len(toks) {
		return speakerRef{}, false
	}
	// the title: role words, parties, "of"/"for"/"the"/"and", nothing else
	hasRole := false
	for i := comma + 1; i < len(toks); i++ {
		t := &toks[i]
		switch {
		case st.isRoleTok(i):
			hasRole = hasRole || t.is(lxRole)
		case st.isWord(i, "of"), st.isWord(i, "for"), st.isWord(i, "the"), st.isWord(i, "and"), t.has(tfCap) && t.kind == tkWord,
			st.isPunct(i, ",") && i+1 < len(toks) && toks[i+1].has(tfCap): // "Assistant Secretary, Bureau of …"
		case isTerminal(st.p, t) && i == len(toks)-1:
		default:
			return speakerRef{}, false
		}
	}
	if !hasRole {
		return speakerRef{}, false
	}
	if st.nameStart(0, comma) != 0 {
		return speakerRef{}, false
	}
	st.strictNames = true
	ref, ok := st.personNP(0, comma)
	st.strictNames = false
	if !ok || ref.pid == 0 {
		return speakerRef{}, false
	}
	p := &st.persons[ref.pid-1]
	if p.role == "" {
		p.role = st.spanText(comma+1, len(toks))
	}
	if m, ok := st.mentionAt(len(toks) - 1); ok && m.party >= 0 && p.party == "" && comma+2 < len(toks) && st.isWord(m.a-1, "of") {
		// "Foreign Minister of Varanda"; a bureau's region ("Bureau of East
		// Asian and Pacific Affairs") is no party
		p.party = st.partyName(m.party)
	}
	return st.personRef(ref.pid - 1), true
}

// labelledText: a paragraph that opens with an upper-case speaker label
// ("SECRETARY BLINKEN: …") is a transcript's, even when the parser did not
// split it; its "I" is that speaker's, not the byline's.
func labelledText(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 2 || i > 40 {
		return false
	}
	head := s[:i]
	if strings.ToUpper(head) == head && strings.ContainsAny(head, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return true
	}
	// "Deputy Secretary of State Sherman: Thank you.": a title-case label
	f := strings.Fields(head)
	if len(f) < 2 || len(f) > 6 || i+1 >= len(s) || s[i+1] != ' ' {
		return false
	}
	for _, w := range f {
		if w != "of" && w != "the" && !(w[0] >= 'A' && w[0] <= 'Z') {
			return false
		}
	}
	return true
}

// bylineAllowed: no paragraph is a transcript turn, so a byline may be
// the signatory of the whole text.
func (st *story) bylineAllowed() bool {
	for _, p := range st.b.Paragraphs {
		if p.Label != "" || labelledText(p.Text) {
			return false
		}
	}
	return true
}
