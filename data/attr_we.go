package data

import "strings"

// The "we" of a joint statement: multilateral statements speak in the
// first person plural, and the group that "we" is stands in the release
// line ("… was released by the Governments of A, B and C:") or the title
// ("Joint Statement by A and B"). Outside such a statement "we" stays the
// publisher's own voice, and in a transcript it is the turn's speaker.

// jointGroup finds the group a joint statement speaks for, from the title
// and the first few paragraphs.
func (st *story) jointGroup() (speakerRef, bool) {
	b := st.b
	if r, ok := st.groupAfter(b.Title, "joint statement by ", "joint statement of ", "joint statement from "); ok {
		return r, true
	}
	for i, p := range b.Paragraphs {
		if i > 4 {
			break
		}
		if p.Label != "" {
			return speakerRef{}, false
		}
		if r, ok := st.groupAfter(p.Text, "by the governments of ", "by the government of ", "by the foreign ministers of ", "by the leaders of "); ok {
			return r, true
		}
	}
	for _, p := range b.Paragraphs {
		if r, ok := st.weApposition(p.Text); ok {
			return r, true
		}
	}
	return speakerRef{}, false
}

// weApposition reads the group of "We, A, B and C, stress …": the
// comma-separated members after "We, " as long as they are parties.
func (st *story) weApposition(s string) (speakerRef, bool) {
	i := strings.Index(s, "We, ")
	if i < 0 || i > 0 && s[i-1] != ' ' {
		return speakerRef{}, false
	}
	rest := s[i+len("We, "):]
	var members []string
	parties := map[string]bool{}
	for {
		k := strings.IndexByte(rest, ',')
		if k < 0 {
			break
		}
		items := splitPartyList(rest[:k])
		ok := len(items) > 0
		for _, it := range items {
			id, found := st.resolveParty(strings.TrimPrefix(strings.TrimPrefix(it, "the "), "The "))
			if !found {
				ok = false
				break
			}
			parties[st.partyName(id)] = true
		}
		if !ok {
			break
		}
		members = append(members, strings.TrimSpace(rest[:k]))
		rest = rest[k+1:]
	}
	if len(members) == 0 {
		return speakerRef{}, false
	}
	r := speakerRef{name: strings.Join(members, ", "), plural: len(parties) > 1}
	if len(parties) == 1 {
		for p := range parties {
			r.party = p
		}
	}
	return r, true
}

// groupAfter reads the list of parties after one of the markers up to the
// end of its clause; the name keeps "the Governments of" when the marker
// has it. One member at least must be a known party, so that "by the
// leaders of the summit" makes no group.
func (st *story) groupAfter(s string, markers ...string) (speakerRef, bool) {
	for _, m := range markers {
		i := indexASCIIFold(s, m)
		if i < 0 {
			continue
		}
		from := i + len(m)
		if strings.HasPrefix(m, "by the ") {
			from = i + len("by ")
		}
		rest := s[i+len(m):]
		end := clauseEnd(rest)
		for _, w := range []string{" on ", " regarding ", " concerning ", " about ", " following ", " at ", " for ", " in ", " to "} {
			if k := indexASCIIFold(rest[:end], w); k >= 0 {
				end = k // "Joint Statement by A and B on the Strait"
			}
		}
		list := strings.TrimSpace(rest[:end])
		parties := map[string]bool{}
		items := splitPartyList(list)
		known := 0
		for _, item := range items {
			if id, ok := st.resolveParty(strings.TrimPrefix(strings.TrimPrefix(item, "the "), "The ")); ok {
				parties[st.partyName(id)] = true
				known++
			}
		}
		n := len(items)
		if known == 0 || n < 2 && !strings.HasPrefix(m, "by the government") {
			return speakerRef{}, false // one party is no joint statement
		}
		if known < n && strings.HasPrefix(m, "joint") {
			return speakerRef{}, false // a title's list is all parties, or its tail is a topic
		}
		if known < n {
			parties[""] = true // a member that is no party ("the European External Action Service")
		}
		name := strings.TrimSpace(s[from : i+len(m)+len(strings.TrimRight(rest[:end], " "))])
		r := speakerRef{name: name, plural: n > 1}
		if len(parties) == 1 {
			for p := range parties {
				r.party = p
			}
		}
		return r, true
	}
	return speakerRef{}, false
}

// splitPartyList splits "A, B, and the C" into its members.
func splitPartyList(list string) []string {
	var out []string
	for _, part := range strings.Split(list, ",") {
		for _, item := range strings.Split(part, " and ") {
			item = strings.TrimSpace(item)
			item = strings.TrimSpace(strings.TrimPrefix(item, "and "))
			if item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

// clauseEnd is where a release line's list stops: a colon, a semicolon or
// a full stop that is no abbreviation's ("U.S.").
func clauseEnd(s string) int {
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case ':', ';', '\n':
			return k
		case '.':
			if (k+1 == len(s) || s[k+1] == ' ') && !(k >= 2 && s[k-2] == '.') {
				return k
			}
		}
	}
	return len(s)
}

// indexASCIIFold is the index in s of the lower-case ASCII needle, with
// ASCII letters of s matched in either case. It indexes s itself: the
// index of the needle in strings.ToLower(s) may not be, as lower-casing
// changes the length of some letters ("Ⱥ" is two bytes, "ⱥ" three).
func indexASCIIFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		k := 0
		for k < len(needle) && lowerASCII(s[i+k]) == needle[k] {
			k++
		}
		if k == len(needle) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
