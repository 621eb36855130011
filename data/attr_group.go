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
	v := -1
	for i := sp.a; i+1 < sp.b; i++ {
		if st.inQ[i] >= 0 || st.cover[i] >= 0 {
			continue
		}
		switch st.lw(i) {
		case "met", "meets", "spoke", "speaks", "talked", "talks":
			if st.isWord(i+1, "with") && st.toks[i].has(tfLower) {
				v = i
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
	a := v + 2
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

// groupName names the subject with its partners: surnames for a list of
// people ("Blinken, Le Drian and Truss"), else the partners as written
// ("Blinken and his E3 counterparts").
func (st *story) groupName(subj speakerRef, a, e int) (string, string, bool) {
	lead := subj.name
	if subj.person && subj.pid > 0 {
		lead = personSurname(st.persons[subj.pid-1].name)
	}
	party := subj.party
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
	s := a
	for i := a; i <= e; i++ {
		if i < e && !st.isPunct(i, ",") && !st.isWord(i, "and") {
			continue
		}
		if i > s {
			r, ok := st.np(s, i, false)
			if !ok || r.fromPronoun {
				return "", "", false
			}
			n := r.name
			if r.person && r.pid > 0 {
				n = personSurname(st.persons[r.pid-1].name)
			}
			names = append(names, n)
			if r.party != party {
				party = ""
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
