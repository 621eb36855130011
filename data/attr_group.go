package data

import "strings"

// Plural groups that no cue names but "they" later stands for: "X met with
// Y and Z …, where they reiterated …", "X met with his counterparts. They
// agreed that …". A readout's meeting sentence is where the group is
// formed; the statements come after it.

// meetingGroup finds "SUBJECT met/spoke/talked with OBJECTS" in the
// sentence and makes the subject and its partners together the referent
// of "they".
func (st *story) meetingGroup(sp span) {
	v, w := -1, -1
	for i := sp.a; i+1 < sp.b; i++ {
		if st.inQ[i] >= 0 || st.cover[i] >= 0 || !st.toks[i].has(tfLower) {
			continue
		}
		switch st.lw(i) {
		case "met", "meets", "spoke", "speaks", "talked", "talks":
			if j := st.meetingWith(i+1, sp.b); j >= 0 {
				v, w = i, j
			}
		}
		if v >= 0 {
			break
		}
	}
	if v < 0 {
		return
	}
	sv := v // "X and Y later met with": the adverb is no part of the subject
	for sv-1 > sp.a && st.toks[sv-1].has(tfLower) && (st.toks[sv-1].is(lxAdverb|lxTime) || st.isWord(sv-1, "later") ||
		strings.HasSuffix(st.lw(sv-1), "ly") && len(st.lw(sv-1)) > 4) {
		sv--
	}
	k := sv - 1
	for k >= sp.a && k > v-maxPhrase && !st.isClauseBreak(k) {
		k--
	}
	st.strictNames = true
	subj, ok := st.np(k+1, sv, false)
	st.strictNames = false
	if !ok || subj.fromPronoun || !(subj.person || subj.party != "" || subj.plural && !subj.guessed) {
		return
	}
	a := w + 1
	e := a
	for e < sp.b && e < a+48 {
		t := &st.toks[e]
		if t.kind == tkWord && t.has(tfLower) && st.cover[e] < 0 && !t.is(lxRole|lxBody|lxPossessive|lxDet|lxAddressee) &&
			!st.isWord(e, "and") && !st.isWord(e, "of") && !st.isWord(e, "for") && !nameParticles[st.lw(e)] && !st.isModifier(e) {
			break // "today", "in Brussels", "to discuss", ", where"
		}
		if st.isPunct(e, ".;:()—–") || t.kind == tkQuote || t.kind == tkWord && t.has(tfLower) && (t.is(lxTime) || t.lex != nil && t.lex.bits&^(lxAbbrev|lxEnder) == lxNonName) {
			break
		}
		if st.isPunct(e, ",") && e+1 < sp.b && st.toks[e+1].has(tfLower) && !st.isWord(e+1, "and") {
			break
		}
		e++
	}
	for e > a && (st.isPunct(e-1, ",") || st.isWord(e-1, "and")) {
		e--
	}
	if e <= a {
		return
	}
	name, party, ok := st.groupName(subj, a, e)
	if !ok {
		return
	}
	st.pushRecent(speakerRef{name: name, party: party, plural: true}, true)
}

// meetingWith finds the "with" of "met today in Amman with", "spoke by
// phone with": past a few words of time and place. It returns -1 when
// there is none.
func (st *story) meetingWith(i, lim int) int {
	for k := i; k < lim && k < i+6; k++ {
		t := &st.toks[k]
		switch {
		case st.isWord(k, "with"):
			return k
		case t.is(lxTime), st.isWord(k, "today"), st.isWord(k, "yesterday"), st.isWord(k, "again"), st.isWord(k, "separately"),
			st.isWord(k, "virtually"), st.isWord(k, "by"), st.isWord(k, "phone"), st.isWord(k, "in"), st.isWord(k, "on"),
			st.isNameTok(k) && k > i, st.cover[k] >= 0 && k > i:
		default:
			return -1
		}
	}
	return -1
}

// groupName names the subject with its partners: surnames for a list of
// people ("Blinken, Le Drian and Truss"), else the partners as written
// ("Blinken and his E3 counterparts").
func (st *story) groupName(subj speakerRef, a, e int) (string, string, bool) {
	lead := subj.name
	if subj.person && subj.pid > 0 {
		lead = personSurname(st.persons[subj.pid-1].name)
	}
	party := subj.party
	// "His Majesty King Abdullah II": a style, not a possessive
	if a+1 < e && st.toks[a].is(lxPossessive) && (st.isWord(a+1, "Majesty") || st.isWord(a+1, "Excellency") || st.isWord(a+1, "Highness")) {
		a += 2
	}
	// a possessive phrase: "his E3 counterparts"
	if st.toks[a].is(lxPossessive) {
		for i := a + 1; i < e; i++ {
			if !st.isModifier(i) && !st.toks[i].is(lxAddressee) {
				return "", "", false
			}
		}
		return lead + " and " + st.spanText(a, e), "", true
	}
	var names []string
	add := func(s, i int) bool {
		r, ok := st.np(s, i, false)
		if !ok || r.fromPronoun {
			return false
		}
		n := r.name
		if r.person && r.pid > 0 {
			n = personSurname(st.persons[r.pid-1].name)
		}
		names = append(names, n)
		if r.party != party {
			party = ""
		}
		return true
	}
	// members between commas; a member that is one person whole stays
	// whole ("… Department of Foreign Affairs and Trade Secretary Kathryn
	// Campbell"), else it splits at "and"
	s := a
	for i := a; i <= e; i++ {
		if i < e && !st.isPunct(i, ",") {
			continue
		}
		cs := s
		if st.isWord(cs, "and") {
			cs++
		}
		if i > cs {
			if r, ok := st.np(cs, i, false); ok && r.person && !r.fromPronoun {
				add(cs, i)
			} else {
				ss := cs
				for j := cs; j <= i; j++ {
					if j < i && !st.isWord(j, "and") {
						continue
					}
					if j < i && j > ss {
						// "Department of Foreign Affairs and Trade Secretary
						// Kathryn Campbell": a body before a person in one
						// member is the person's title
						l, lok := st.np(ss, j, false)
						r, rok := st.np(j+1, i, false)
						if lok && rok && !l.person && r.person && l.name != l.party {
							ss = j + 1
							continue
						}
					}
					if j > ss && !add(ss, j) {
						return "", "", false
					}
					ss = j + 1
				}
			}
		}
		s = i + 1
	}
	if len(names) == 0 {
		return "", "", false
	}
	all := append([]string{lead}, names...)
	if len(all) == 2 {
		return all[0] + " and " + all[1], party, true
	}
	return strings.Join(all[:len(all)-1], ", ") + ", and " + all[len(all)-1], party, true
}

// personSurname drops the given name and initials: "Antony J. Blinken" →
// "Blinken", "Jean-Yves Le Drian" → "Le Drian".
func personSurname(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return name
	}
	f = f[1:]
	for len(f) > 1 && len(f[0]) <= 2 && strings.HasSuffix(f[0], ".") {
		f = f[1:]
	}
	for len(f) > 1 && (f[len(f)-1] == "Jr." || f[len(f)-1] == "Sr.") {
		f = f[:len(f)-1]
	}
	return strings.TrimSuffix(strings.Join(f, " "), ",")
}
