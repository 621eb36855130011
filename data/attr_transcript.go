package data

import (
	"strings"
	"unicode"
)

// Transcripts: every labelled turn ("MR PRICE: …", "Q …") is one statement
// by the labelled speaker, a question when a reporter asks it.

var questionLabels = map[string]bool{"question": true, "q": true, "reporter": true, "journalist": true,
	"audience": true, "participant": true, "press": true}

// Labels of people who run the event rather than speak for a party. A
// moderator may be the host government's or the visitor's, and the page
// rarely says which: guessing the home party is wrong half the time.
var neutralLabels = map[string]bool{"operator": true, "interpreter": true, "translator": true,
	"moderator": true, "host": true, "emcee": true, "facilitator": true, "master of ceremonies": true}

func isQuestionLabel(label string) bool {
	w := strings.Trim(firstWord(label), ".:")
	var buf [16]byte // every question label is shorter; lower-cased here, not in a new string
	if w == "" || len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	return questionLabels[string(buf[:len(w)])]
}

// turn emits the statement of one transcript turn.
func (st *story) turn(label string) {
	text := st.p
	a := len(text) - len(strings.TrimLeft(text, " \t\n"))
	if st.labelOff > a {
		a = st.labelOff + len(text[st.labelOff:]) - len(strings.TrimLeft(text[st.labelOff:], " \t\n"))
	}
	b := len(strings.TrimRight(text, " \t\n"))
	if a >= b {
		return
	}
	body := collapseSpace(text[a:b])
	if isQuestionLabel(label) {
		st.emit(speakerRef{name: "Reporter"}, Question, "", a, b, body)
		st.turnSpeaker = "Reporter"
		return
	}
	ref := st.labelSpeaker(label)
	st.emit(ref, Direct, "", a, b, body)
	st.turnSpeaker = st.stmts[len(st.stmts)-1].Speaker
	st.turnParty = st.stmts[len(st.stmts)-1].Party
}

// titleCase turns "MS. JEAN-PIERRE" into "Ms. Jean-Pierre".
func labelTitle(s string) string {
	var sb strings.Builder
	up := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if up {
				sb.WriteRune(unicode.ToUpper(r))
			} else {
				sb.WriteRune(unicode.ToLower(r))
			}
			up = false
			continue
		}
		sb.WriteRune(r)
		up = r == ' ' || r == '-' || r == '.'
	}
	return sb.String()
}

// labelWords splits a label into honorific, title and name words.
func (st *story) labelWords(label string) (honor, role, name []string, gender byte) {
	for i, w := range strings.Fields(label) {
		lw := strings.ToLower(w)
		e := st.a.lex.get(lw)
		if e == nil && !strings.HasSuffix(lw, ".") {
			e = st.a.lex.get(lw + ".")
		}
		switch {
		case e != nil && e.bits&lxHonorific != 0 && len(name) == 0:
			honor = append(honor, w)
			if e.gender == 'm' || e.gender == 'f' {
				gender = e.gender
			}
		case i == 0 && lw == "the":
		case e != nil && e.bits&lxRole != 0 && len(name) == 0:
			role = append(role, w)
		default:
			name = append(name, w)
		}
	}
	return
}

// transcriptHome guesses the party a transcript's officials speak for
// when their label does not say: the party of the labelled speakers the
// gazetteer knows, when they agree.
func (st *story) transcriptHome() {
	counts := map[string]int{}
	for _, p := range st.b.Paragraphs {
		if p.Label == "" || isQuestionLabel(p.Label) {
			continue
		}
		if pi := st.declaredLabel(p.Label); pi != nil && pi.party != "" {
			counts[pi.party]++
			continue
		}
		_, _, name, _ := st.labelWords(p.Label)
		if len(name) == 0 {
			continue
		}
		if pi := st.knownLabel(strings.Join(name, " ")); pi != nil && pi.party != "" {
			counts[pi.party]++
		}
	}
	best, n := "", 0
	for p, c := range counts {
		if c > n || c == n && p < best {
			best, n = p, c
		}
	}
	if best != "" {
		st.thome = best
	} else {
		st.thome = st.home
	}
}

// knownLabel finds a known person by the name part of a label ("PRICE",
// "JEAN-PIERRE", "ANTONY BLINKEN").
func (st *story) knownLabel(name string) *personInfo {
	tc := labelTitle(name)
	for _, g := range []*gazIndex{st.ov, st.a.g} {
		if g == nil {
			continue
		}
		if id, ok := g.byName[normName(tc)]; ok {
			return st.personInfo(id)
		}
	}
	return st.knownSurname(tc)
}

// declaredLabel: a label that is a known or declared person's name or
// alias as a whole ("THE PRESIDENT" declared for the council's president).
func (st *story) declaredLabel(label string) *personInfo {
	for _, g := range []*gazIndex{st.ov, st.a.g} {
		if g == nil {
			continue
		}
		if id, ok := g.byName[normName(label)]; ok {
			return st.personInfo(id)
		}
	}
	return nil
}

// labelSpeaker is who a turn's label names.
func (st *story) labelSpeaker(label string) speakerRef {
	if st.labels == nil {
		st.labels = map[string]speakerRef{}
	}
	if r, ok := st.labels[label]; ok {
		return r
	}
	r := st.resolveLabel(label)
	st.labels[label] = r
	return r
}

func (st *story) resolveLabel(label string) speakerRef {
	if pi := st.declaredLabel(label); pi != nil {
		if i := st.personByName(pi.name); i >= 0 {
			return st.personRef(i)
		}
		return st.personRef(st.addPerson(storyPerson{name: pi.name, surname: pi.surname, role: pi.role, party: pi.party, gender: pi.gender}))
	}
	if n := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(label, "THE "), "The "))); neutralLabels[n] {
		party := st.partyOfText(labelTitle(label))
		if party == "" && n == "moderator" && st.officialsCall() {
			party = st.officialHome()
		}
		return speakerRef{name: labelTitle(n), party: party}
	}
	honor, role, name, gender := st.labelWords(label)
	roleText := labelTitle(strings.Join(role, " "))
	party := st.partyOfText(labelTitle(label))
	if len(name) > 0 {
		n := labelTitle(strings.Join(name, " "))
		for i := len(st.persons) - 1; i >= 0; i-- {
			p := &st.persons[i]
			if strings.EqualFold(p.name, n) || strings.EqualFold(p.surname, n) {
				if p.party == "" {
					// a guess: speech the person's name reports inside
					// another's turn does not carry it
					p.party = st.unknownHome()
					p.guessed = p.party != ""
				}
				return st.personRef(i)
			}
		}
		if pi := st.knownLabel(n); pi != nil {
			i := st.addPerson(storyPerson{name: pi.name, surname: pi.surname, role: pi.role, party: pi.party, gender: pi.gender})
			return st.personRef(i)
		}
		// a named speaker the gazetteer does not know keeps party null when
		// the title names another party: in a two-leader press conference
		// the home party is the other leader's
		if party == "" && (isAnonOfficial(label) || st.officialsCall()) {
			party = st.officialHome()
		}
		guessed := false
		if party == "" {
			party = st.unknownHome()
			guessed = party != ""
		}
		display := labelTitle(strings.Join(append(honor, name...), " "))
		if len(honor) == 0 && roleText != "" {
			display = roleText + " " + n
		}
		i := st.addPerson(storyPerson{name: display, surname: n, role: roleText, party: party, gender: gender, guessed: guessed})
		return st.personRef(i)
	}
	lw := strings.ToLower(strings.Join(role, " "))
	if lw != "" {
		// "THE PRESIDENT" in a White House transcript is the home party's
		// president, however many other presidents the text names
		words := strings.Fields(lw)
		home := st.thome
		fits := func(p *storyPerson, exact bool) bool {
			rw := st.wordsOfRole(p.role)
			if exact && len(rw) != len(words) {
				return false
			}
			return containsWords(rw, words) && (home == "" || p.party == home)
		}
		for _, exact := range []bool{true, false} {
			// only someone met before the turn: a president the turn
			// itself names is whom the speaker talks about
			for i := min(st.metBefore, len(st.persons)) - 1; i >= 0; i-- {
				if fits(&st.persons[i], exact) {
					return st.personRef(i)
				}
			}
		}
	}
	display := labelTitle(strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(label, "THE "), "The ")))
	if display == "" {
		display = labelTitle(label)
	}
	if party == "" && !neutralLabels[strings.ToLower(display)] {
		party = st.thome
		if party == "" && (isAnonOfficial(label) || st.officialsCall()) {
			party = st.officialHome()
		}
		if party == "" {
			party = st.unknownHome()
		}
	}
	return speakerRef{name: display, role: roleText, party: party, person: roleText != "" && !strings.Contains(lw, "official")}
}

// soloTurn finds a speech that is one labelled turn ("SECRETARY BLINKEN:
// President Cassis, thank you …", then the rest of the remarks), which the
// parser leaves unlabelled since one label is no conversation. The label
// must name a speaker by title or honorific, so that "UPDATE:" or
// "Washington:" stay prose. It returns the paragraph's index, or -1.
func (st *story) soloTurn() (int, string, int) {
	at, label, off := -1, "", 0
	for i, p := range st.b.Paragraphs {
		if p.Label != "" {
			return -1, "", 0
		}
		if p.Style.Block != BlockText {
			continue
		}
		l, rest, ok := splitLabel(p.Text)
		if !ok || isQuestionLabel(l) {
			continue
		}
		f := strings.Fields(strings.ToLower(l))
		if len(f) >= 2 && f[0] == "the" && strings.ToUpper(l) == l {
			// "THE PRESIDENT:": the White House label of the speech's one
			// speaker, a title standing for the name
			f = append(f[1:], "")
			if f[0] == "vice" {
				f = f[1:] // "THE VICE PRESIDENT:"
			}
		}
		if len(f) < 2 || !titleLabels[f[0]] || f[0] == "moderator" || f[0] == "operator" {
			continue
		}
		if at >= 0 {
			return -1, "", 0 // two turns: the parser's business
		}
		at, label, off = i, l, len(p.Text)-len(rest)
	}
	return at, label, off
}

// isAnonOfficial: "SENIOR ADMINISTRATION OFFICIAL", "SENIOR STATE
// DEPARTMENT OFFICIAL": an official the publisher keeps anonymous, who
// speaks for the publishing government.
func isAnonOfficial(label string) bool {
	f := strings.Fields(strings.ToLower(label))
	if n := len(f); n > 2 && isLabelNumber(f[n-1]) {
		f = f[:n-1] // "SENIOR ADMINISTRATION OFFICIAL 2"
	}
	return len(f) > 1 && strings.Trim(f[len(f)-1], ".:") == "official"
}

// isLabelNumber: the "1" or "NUMBER ONE" that tells anonymous officials apart.
func isLabelNumber(w string) bool {
	w = strings.Trim(w, ".:#")
	switch w {
	case "one", "two", "three", "four", "five":
		return true
	}
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// officialHome is the party anonymous officials speak for: the
// transcript's or page's home party, and for "administration officials"
// with no page to tell, the United States, since that is the White
// House's own term for its background briefers.
func (st *story) officialHome() string {
	if st.thome != "" {
		return st.thome
	}
	for _, p := range st.b.Paragraphs {
		if strings.Contains(strings.ToLower(p.Label), "administration official") {
			if id, ok := st.resolveParty("United States"); ok {
				return st.partyName(id)
			}
		}
	}
	return ""
}

// officialsCall: a government press call, where the speakers other than
// reporters are anonymous officials and the staff who run the call (a
// moderator, a press aide named but not known), so all of them are the
// government's. A known person in the call makes it a meeting of parties.
func (st *story) officialsCall() bool {
	n := 0
	for _, p := range st.b.Paragraphs {
		l := strings.ToLower(strings.Trim(p.Label, " :"))
		switch {
		case l == "" || isQuestionLabel(p.Label) || neutralLabels[strings.TrimPrefix(l, "the ")]:
		case isAnonOfficial(p.Label):
			n++
		default:
			if st.declaredLabel(p.Label) != nil {
				return false
			}
			if _, _, name, _ := st.labelWords(p.Label); len(name) == 0 || st.knownLabel(strings.Join(name, " ")) != nil {
				return false
			}
		}
	}
	return n > 0
}

// unknownHome is the party of a labelled speaker the gazetteer does not
// know: the transcript's home party at a home event ("Press Briefing by
// …"), none when the title names another party, since in a two-leader
// press conference the home party is the other leader's.
func (st *story) unknownHome() string {
	if st.thome == "" || st.partyInText(st.b.Title, st.thome) != "" {
		return ""
	}
	return st.thome
}
