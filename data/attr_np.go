package data

import (
	"strings"
)

// This file decides whether a run of tokens names a speaker, and which:
// "Senior Kremlin adviser Yuri Ushakov", "Officials in Moscow", "the
// Russian side", "He", "Its leadership", "The United States and Iraq".
// Anything else ("The coming weeks", "the Kremlin’s recent signalling")
// is not a speaker, and a cue after it makes no statement.

func (st *story) lw(i int) string {
	t := &st.toks[i]
	if t.has(tfLower) {
		return t.text(st.p)
	}
	return string(st.tz.lowerOf(t.text(st.p)))
}

func (st *story) isWord(i int, w string) bool {
	t := &st.toks[i]
	return t.kind == tkWord && strings.EqualFold(t.text(st.p), w)
}

func (st *story) isPunct(i int, chars string) bool {
	t := &st.toks[i]
	return t.kind == tkPunct && strings.Contains(chars, st.p[t.s:t.e])
}

// mentionAt returns the mention covering token i, if any.
func (st *story) mentionAt(i int) (mention, bool) {
	if i < 0 || i >= len(st.cover) || st.cover[i] < 0 {
		return mention{}, false
	}
	return st.ments[st.cover[i]], true
}

var nameParticles = map[string]bool{"al": true, "bin": true, "ibn": true, "de": true, "da": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "du": true,
	"di": true, "del": true, "dos": true, "el": true, "abu": true, "ben": true, "bint": true}

// isNameTok: a capitalised word that is no title, no function word and no
// party, or an initial, or a suffix ("Jr.").
func (st *story) isNameTok(i int) bool {
	t := &st.toks[i]
	if t.kind != tkWord || t.has(tfPoss) || !t.has(tfCap) || t.has(tfDigit) {
		return false
	}
	if m, ok := st.mentionAt(i); ok && m.party >= 0 {
		return false
	}
	if t.lex != nil && t.lex.bits&(lxRole|lxNonName|lxBody|lxHonorific|lxPronoun|lxPossessive|lxCue|lxDet|lxConj|lxPrep|lxAux|lxModal|lxTime) != 0 {
		// "Jr." and "Sr." are enders, and fine; a surname that is also a
		// common word ("Price") is not in the lexicon
		return false
	}
	if t.has(tfUpper) && t.e-t.s > 3 && !t.has(tfAbbrev) {
		return false // "NATO", "SWIFT": acronyms, not names
	}
	if w := t.text(st.p); strings.ContainsAny(w, "'’") {
		lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		for _, suf := range []string{"n't", "'ve", "'re", "'m", "'ll", "'d", "'s"} {
			if strings.HasSuffix(lw, suf) {
				return false // "I’ve", "Don’t", "It’s": contractions
			}
		}
	}
	if t.has(tfAbbrev) && t.e-t.s > 2 && !t.has(tfEnder) {
		return false // "No.", "St.": abbreviations, though an initial ("R.") is fine
	}
	return true
}

// plusGroup: a party name with "+" glued to it ("G7+", "P5+1") names a
// wider group than that party — its members plus others — so the group
// speaks for no single party. It returns the token after the suffix.
func (st *story) plusGroup(i int) (int, bool) {
	m, ok := st.mentionAt(i)
	if !ok || m.party < 0 || m.b >= len(st.toks) {
		return 0, false
	}
	t := &st.toks[m.b]
	if t.kind != tkPunct || st.p[t.s] != '+' || t.has(tfSpace) {
		return 0, false
	}
	e := m.b + 1
	if e < len(st.toks) && st.toks[e].kind == tkWord && st.toks[e].has(tfDigit) && !st.toks[e].has(tfSpace) {
		e++ // "P5+1"
	}
	return e, true
}

// nameStart finds the start of the person's name ending at token b-1:
// a known person's mention, or a run of name words. It returns b when
// there is none.
func (st *story) nameStart(lo, b int) int {
	if b-1 < lo {
		return b
	}
	if m, ok := st.mentionAt(b - 1); ok {
		if m.person >= 0 && m.b == b && m.a >= lo {
			return m.a
		}
		return b
	}
	k := b
	for k-1 >= lo {
		switch {
		case st.isNameTok(k - 1):
			k--
			continue
		case k < b && st.toks[k-1].kind == tkPunct && st.p[st.toks[k-1].s] == '-' && !st.toks[k-1].has(tfSpace) &&
			!st.toks[k].has(tfSpace) && k-2 >= lo && (st.isNameTok(k-2) || nameParticles[st.lw(k-2)]):
			k-- // "Jean-Pierre", "al-Sisi"
			continue
		case k < b && st.toks[k-1].kind == tkWord && st.toks[k-1].has(tfLower) && nameParticles[st.lw(k-1)] && k-2 >= lo && st.isNameTok(k-2):
			k-- // "von der Leyen"
			continue
		}
		break
	}
	// a name starts with a capital, and is more than a suffix
	for k < b && (!st.isNameTok(k) || st.isSuffix(k)) {
		k++
	}
	return k
}

// roleInfo is a title found before a name: "Senior Kremlin adviser".
type roleInfo struct {
	start  int // first token of the title (after any article)
	text   string
	party  string
	gender byte
}

// isRoleTok: a word that may be part of a title.
func (st *story) isRoleTok(i int) bool {
	t := &st.toks[i]
	if m, ok := st.mentionAt(i); ok {
		return m.party >= 0
	}
	switch t.kind {
	case tkWord:
		if t.has(tfPoss) {
			return i > 0 && st.cover[i-1] >= 0 // "Iraq’s Minister of Foreign Affairs"
		}
		return t.is(lxRole)
	case tkPunct:
		return st.p[t.s] == '-' && !t.has(tfSpace) // "Secretary-General"
	}
	return false
}

// roleBefore reads the title that stands right before token a.
func (st *story) roleBefore(a int) roleInfo {
	var r roleInfo
	k := a
	// an honorific sits next to the name: "Foreign Minister Mr. X" is rare
	for k-1 >= 0 && st.toks[k-1].is(lxHonorific) {
		if g := st.toks[k-1].lex.gender; g == 'm' || g == 'f' {
			r.gender = g
		}
		k--
	}
	end := k
	for k-1 >= 0 {
		if st.isRoleTok(k - 1) {
			k--
			continue
		}
		w := ""
		if st.toks[k-1].kind == tkWord {
			w = st.lw(k - 1)
		}
		if (w == "of" || w == "for" || w == "to" || w == "the") && k < end && k-2 >= 0 && st.isRoleTok(k-2) {
			k--
			continue
		}
		if w == "and" && k < end && k-2 >= 0 && st.isRoleTok(k-2) {
			// "State Councilor and Foreign Minister Wang Yi" is one person;
			// "the Deputy Secretary and State Councilor Wang" is two
			j := k - 2
			for j-1 >= 0 && st.isRoleTok(j-1) {
				j--
			}
			if j-1 >= 0 && st.isWord(j-1, "the") {
				break
			}
			k--
			continue
		}
		break
	}
	// trim connectors at the front
	for k < end && !st.toks[k].is(lxRole) && st.cover[k] < 0 {
		k++
	}
	hasRole := false
	for i := k; i < end; i++ {
		if st.toks[i].is(lxRole) && st.cover[i] < 0 {
			hasRole = true
		}
		if m, ok := st.mentionAt(i); ok && m.party >= 0 && r.party == "" {
			r.party = st.partyName(m.party)
		}
	}
	if !hasRole {
		return roleInfo{start: a, gender: r.gender}
	}
	r.start = k
	r.text = st.spanText(k, end)
	return r
}

// spanText is the text of tokens [a, b), with runs of white space made one.
func (st *story) spanText(a, b int) string {
	if a >= b {
		return ""
	}
	return collapseSpace(st.p[st.toks[a].s:st.toks[b-1].e])
}

// collapseSpace makes each run of white space one space; most text has
// none to collapse and is returned as it is.
func collapseSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\t' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteByte(c)
	}
	return sb.String()
}

// surfaceName is how a body is named: as written, with a sentence-initial
// article lower-cased ("The two delegations" → "the two delegations").
func (st *story) surfaceName(a, b int) string {
	s := st.spanText(a, b)
	t := &st.toks[a]
	if t.is(lxDet) && t.has(tfCap) && !t.has(tfUpper) && st.cover[a] < 0 {
		s = strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "’"
	}
	return name + "’s"
}

// np decides whether tokens [a, b) name a speaker.
func (st *story) np(a, b int, allowWith bool) (speakerRef, bool) {
	for a < b {
		t := &st.toks[a]
		if t.kind == tkWord && st.cover[a] < 0 && (t.is(lxConj) || t.is(lxAdverb) && !t.is(lxBody|lxRole|lxDet) ||
			allowWith && st.isWord(a, "with")) {
			a++
			continue
		}
		break
	}
	// "Officials in Velsk and Ostrava Nova both say"
	for b-1 > a && st.toks[b-1].kind == tkWord && st.cover[b-1] < 0 && (st.isWord(b-1, "both") || st.isWord(b-1, "all") || st.isWord(b-1, "each")) {
		b--
	}
	if a >= b || b-a > 14 {
		return speakerRef{}, false
	}
	t := &st.toks[a]
	switch st.lw(a) {
	case "my", "our", "your", "we", "i", "you":
		return speakerRef{}, false // the publisher's own voice, or the audience
	}
	if e, r, ok := st.namedPerson(a, len(st.toks)); ok && e == b {
		return r, true // "a former leader named Tobias Marlow"
	}
	if b-a == 1 && t.is(lxPronoun) {
		r, ok := st.resolvePronoun(t.lex.gender)
		r.fromPronoun = true
		return r, ok
	}
	if t.is(lxPossessive) && b-a >= 2 && st.cover[a] < 0 {
		return st.possessiveNP(a, b)
	}
	if k := st.findAnd(a, b); k > a {
		l, ok1 := st.np(a, k, false)
		r, ok2 := st.np(k+1, b, false)
		mixed := false
		if ok1 && !ok2 && !l.fromPronoun && st.counterparts(k+1, b) {
			// "Secretary Blinken and his E3 counterparts": the other
			// sides, whose party is not the owner's
			r, ok2, mixed = speakerRef{plural: true}, true, true
		}
		if !ok1 && st.bareTitle(a, k) && (ok2 && r.plural && !r.fromPronoun || st.counterparts(k+1, b)) {
			// "the Secretary and Foreign Ministers", "the Minister and her
			// counterparts": a title no one named yet, with a plural body,
			// is one group
			l, ok1, mixed = speakerRef{}, true, true
			if st.counterparts(k+1, b) {
				r, ok2 = speakerRef{plural: true}, true
			}
		}
		if ok1 && ok2 && !l.fromPronoun && !r.fromPronoun {
			party := ""
			if l.party == r.party && !mixed {
				party = l.party
			}
			return speakerRef{name: st.surfaceName(a, b), party: party, plural: true}, true
		}
	}
	// a party by one of its names: "Russia", "Kyiv", "the Kremlin"
	a2 := a
	if st.isWord(a2, "the") && st.cover[a2] < 0 {
		a2++
	}
	if e, ok := st.plusGroup(a2); ok && e == b {
		return speakerRef{name: st.surfaceName(a, b), plural: true}, true
	}
	if m, ok := st.mentionAt(a2); ok && m.party >= 0 && m.a >= a && m.b == b {
		name := st.partyName(m.party)
		if m.kind == akSeat {
			return speakerRef{name: st.surfaceName(a, b), party: name, seat: true}, true
		}
		if m.kind == akDemonym {
			// "the Russians", "Ukrainians": the people of a party, speaking
			// as a body; "Libyan" alone is an adjective
			if a2 == a && !strings.HasSuffix(st.toks[b-1].text(st.p), "s") {
				return speakerRef{}, false
			}
			return speakerRef{name: st.surfaceName(a, b), party: name, plural: true}, true
		}
		return speakerRef{name: name, party: name}, true
	}
	// "the Russian Duma", "the Ukrainian Rada": a demonym before one of its
	// own party's seats is the seat, named as written
	if m, ok := st.mentionAt(a2); ok && m.party >= 0 && m.kind == akDemonym && m.a == a2 && m.b < b {
		if s, ok := st.mentionAt(m.b); ok && s.kind == akSeat && s.party == m.party && s.a == m.b && s.b == b {
			return speakerRef{name: st.surfaceName(a, b), party: st.partyName(m.party), seat: true}, true
		}
	}
	if r, ok := st.personNP(a, b); ok {
		return r, true
	}
	// "President Anton Derev of Kestria"
	if b-a >= 3 && (st.isWord(b-2, "of") || st.isWord(b-2, "from") || st.isWord(b-3, "of") && st.isWord(b-2, "the")) {
		if m, ok := st.mentionAt(b - 1); ok && m.party >= 0 && m.b == b {
			k := m.a - 1
			if st.isWord(k, "the") {
				k--
			}
			if r, ok := st.personNP(a, k); ok && r.pid > 0 {
				if p := &st.persons[r.pid-1]; p.party == "" {
					p.party = st.partyName(m.party)
				}
				return st.personRef(r.pid - 1), true
			}
		}
	}
	// "a source familiar with the matter", "people briefed on the talks":
	// anonymous sources, named by what they know
	if k := st.knowerTail(a, b); k > a {
		if r, ok := st.np(a, k, false); ok && !r.person && !r.fromPronoun {
			r.name = st.surfaceName(a, b)
			return r, true
		}
		if h := st.lw(k - 1); h == "person" || h == "people" || h == "persons" {
			for i := a; i < k-1; i++ {
				if !st.isModifier(i) {
					return speakerRef{}, false
				}
			}
			return speakerRef{name: st.surfaceName(a, b), plural: h != "person"}, true
		}
	}
	return st.bodyNP(a, b)
}

// knowers are the words that describe an anonymous source by what it
// knows, with the preposition that follows each.
var knowers = map[string]string{"familiar": "with", "close": "to", "briefed": "on", "knowledgeable": "about",
	"privy": "to", "aware": "of", "with": "knowledge"}

// knowerTail finds where "familiar with …", "close to …", "with direct
// knowledge of …" starts after a noun in [a, b), or returns -1.
func (st *story) knowerTail(a, b int) int {
	for k := a + 1; k+2 < b; k++ {
		if st.knowerAt(k, b) {
			return k
		}
	}
	return -1
}

// knowerAt: the tail of knowerTail starts at token k, before b.
func (st *story) knowerAt(k, b int) bool {
	if k < 1 || k+2 >= b || !st.toks[k].has(tfLower) {
		return false // every knower word is lower-case: no lower-casing to look it up
	}
	next, ok := knowers[st.lw(k)]
	if !ok || st.cover[k] >= 0 || st.cover[k-1] >= 0 || st.toks[k-1].kind != tkWord || !st.toks[k-1].has(tfLower) {
		return false
	}
	return st.isWord(k+1, next) || next == "knowledge" && st.isWord(k+2, next)
}

// counterparts: "his counterparts", "her E3 counterparts".
func (st *story) counterparts(a, b int) bool {
	if b-a < 2 || !st.toks[a].is(lxPossessive) {
		return false
	}
	if w := st.lw(b - 1); w != "counterparts" && w != "counterpart" {
		return false
	}
	for i := a + 1; i < b-1; i++ {
		if !st.isModifier(i) {
			return false
		}
	}
	return true
}

// bareTitle: tokens [a, b) are only a title, maybe after "the": "the
// Secretary", "The Minister".
func (st *story) bareTitle(a, b int) bool {
	if a < b && st.isWord(a, "the") {
		a++
	}
	if a >= b || b-a > 4 {
		return false
	}
	for i := a; i < b; i++ {
		if st.cover[i] >= 0 || !st.toks[i].is(lxRole) || !st.toks[i].has(tfCap) {
			return false
		}
	}
	return true
}

// findAnd finds a coordinating "and" (or "&") that is not part of a
// name ("Bosnia and Herzegovina") or a title.
func (st *story) findAnd(a, b int) int {
	for i := a + 1; i < b-1; i++ {
		if st.cover[i] >= 0 {
			continue
		}
		if st.isWord(i, "and") || st.isPunct(i, "&") {
			return i
		}
	}
	return -1
}

func (st *story) possessiveNP(a, b int) (speakerRef, bool) {
	head := &st.toks[b-1]
	if !head.is(lxBody | lxRole) {
		return speakerRef{}, false
	}
	for i := a + 1; i < b-1; i++ {
		if !st.isModifier(i) {
			return speakerRef{}, false
		}
	}
	ref, ok := st.resolvePronoun(st.toks[a].lex.gender)
	if !ok {
		return speakerRef{}, false
	}
	owner := ref.name
	if ref.person && ref.pid > 0 {
		owner = st.persons[ref.pid-1].name
	}
	r := speakerRef{name: possessive(owner) + " " + st.spanText(a+1, b), party: ref.party, fromPronoun: true}
	if head.is(lxBody) {
		r.plural = head.lex.body == bodyJoint || strings.HasSuffix(st.lw(b-1), "s")
	}
	return r, true
}

// isModifier: a word that may stand between an article and the head of a
// speaker's noun phrase: "two senior U.S.", "broader international".
func (st *story) isModifier(i int) bool {
	t := &st.toks[i]
	if st.cover[i] >= 0 {
		return true
	}
	switch t.kind {
	case tkPunct:
		return (st.p[t.s] == '-' || st.p[t.s] == '+') && !t.has(tfSpace)
	case tkWord:
	default:
		return false
	}
	if t.has(tfPoss) || t.has(tfDigit) {
		return true
	}
	if t.lex != nil {
		b := t.lex.bits
		if b&(lxCue|lxAux|lxModal|lxPrep|lxConj|lxPronoun|lxNeg) != 0 {
			return false
		}
		return b&(lxRole|lxBody|lxDet|lxAdverb|lxOrg|lxDoc|lxTitle) != 0 || b == lxNonName || b&^(lxAbbrev|lxEnder|lxNonName) == 0
	}
	if t.has(tfLower) {
		// a plain adjective; verbs in -ed/-ing are not
		w := t.text(st.p)
		return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
	}
	return t.has(tfCap) // "Western", "Foreign"
}

// personNP: a person, with any title before the name.
func (st *story) personNP(a, b int) (speakerRef, bool) {
	ns := st.nameStart(a, b)
	if ns >= b {
		return speakerRef{}, false
	}
	if ns > a && (st.isWord(ns-1, "for") || st.isWord(ns-1, "of")) {
		// "the High Commissioner for Human Rights": the end of a title,
		// not a name
		return speakerRef{}, false
	}
	if ns > a && !st.toks[ns-1].is(lxTitle|lxHonorific) {
		// "the Office of Foreign Assets Control": an institution's name
		// unless a title stands right before the name
		for i := a + 1; i+1 < ns; i++ {
			if (st.isWord(i+1, "of") || st.isWord(i+1, "for")) && st.toks[i].is(lxBody) {
				return speakerRef{}, false
			}
		}
	}
	for i := a; i < ns; i++ {
		t := &st.toks[i]
		switch {
		case st.isRoleTok(i), t.is(lxHonorific), t.is(lxDet) && i == a:
		case t.kind == tkWord && (st.isWord(i, "of") || st.isWord(i, "for") || st.isWord(i, "and") || st.isWord(i, "to") || st.isWord(i, "the")):
		default:
			return speakerRef{}, false
		}
	}
	if lt := &st.toks[b-1]; lt.is(lxOrg | lxDoc) {
		// "Equity Action Plan outlines", "Semiconductor Industry Association"
		if lt.is(lxDoc) || st.cover[b-1] >= 0 {
			return speakerRef{}, false
		}
		return speakerRef{name: st.surfaceName(a, b), party: st.partyIn(a, b)}, true
	}
	known := false
	if m, ok := st.mentionAt(ns); ok && m.person >= 0 {
		known = true
	}
	if !known && ns > a && st.isWord(ns-1, "the") && ns-1 == a {
		// "the Duma stated": an institution, not a person
		return speakerRef{name: st.surfaceName(a, b), party: st.guessParty(), guessed: true}, true
	}
	role := st.roleBefore(ns)
	if role.start < a {
		role = roleInfo{gender: role.gender}
	}
	titled := ns > a && (st.toks[ns-1].is(lxHonorific) || st.toks[ns-1].is(lxTitle))
	idx := st.personFor(ns, b, titled)
	if idx < 0 {
		return speakerRef{}, false
	}
	p := &st.persons[idx]
	if role.text != "" {
		p.role = role.text
		if p.party == "" {
			p.party = role.party
		}
	}
	if p.gender == 0 {
		p.gender = role.gender
	}
	if role.text != "" && p.party == role.party && role.party != "" && st.freeToks(role.start, ns) {
		p.party = "" // "Velsk Institute analyst Eva Lind" speaks for no one
	}
	return st.personRef(idx), true
}

// personFor finds or registers the person named by tokens [a, b).
// titled says a title or honorific came before, which lets an unknown
// single name ("President Xandor") count as a person.
func (st *story) personFor(a, b int, titled bool) int {
	if m, ok := st.mentionAt(a); ok && m.person >= 0 && m.a == a && m.b == b {
		if pi := st.personInfo(m.person); pi != nil {
			if i := st.personByName(pi.name); i >= 0 {
				return i
			}
			return st.addPerson(storyPerson{name: pi.name, surname: pi.surname, role: pi.role, party: pi.party, gender: pi.gender})
		}
	}
	name := st.spanText(a, b)
	last := st.toks[b-1].text(st.p)
	if b-a > 1 && st.toks[b-1].has(tfEnder) { // "Jr."
		last = st.toks[b-2].text(st.p)
	}
	for i := len(st.persons) - 1; i >= 0; i-- {
		p := &st.persons[i]
		if p.name == name || p.surname != "" && (p.surname == name || b-a > 1 && p.surname == last && strings.HasPrefix(p.name, st.toks[a].text(st.p))) {
			return i
		}
	}
	if b-a == 1 {
		if strings.HasSuffix(name, "ing") && st.knownSurname(name) == nil && !titled {
			return -1 // "Ensuring …": a gerund opening the sentence
		}
		if pi := st.knownSurname(name); pi != nil {
			if i := st.personByName(pi.name); i >= 0 {
				return i
			}
			return st.addPerson(storyPerson{name: pi.name, surname: pi.surname, role: pi.role, party: pi.party, gender: pi.gender})
		}
		if !titled && st.strictNames {
			return -1 // a capitalised word opening a sentence may be anything
		}
	}
	return st.addPerson(storyPerson{name: name, surname: last})
}

func (st *story) knownSurname(s string) *personInfo {
	if st.ov != nil {
		if ids := st.ov.surnames[s]; len(ids) == 1 {
			return st.personInfo(ids[0])
		}
	}
	if ids := st.a.g.surnames[s]; len(ids) == 1 {
		return &st.a.g.people[ids[0]]
	}
	return nil
}

func (st *story) addPerson(p storyPerson) int {
	st.persons = append(st.persons, p)
	if p.party != "" {
		st.addParty(p.party)
	}
	return len(st.persons) - 1
}

var bodyPreps = map[string]bool{"of": true, "in": true, "from": true, "for": true, "at": true, "on": true}

// bodyNP: a body ("U.S. officials", "the Government of Iraq") or a title
// standing for a person met before ("the Deputy Secretary", "the adviser").
func (st *story) bodyNP(a, b int) (speakerRef, bool) {
	k := b
	for i := a + 1; i < b; i++ {
		if st.cover[i] < 0 && st.toks[i].kind == tkWord && bodyPreps[st.lw(i)] {
			k = i
			break
		}
	}
	head := k - 1
	ht := &st.toks[head]
	if m, ok := st.mentionAt(head); ok && m.kind == akSeat && m.a > a && m.b == k {
		// "Tessaly’s Foreign Office": a seat's generic name, of another party
		for i := a; i < m.a; i++ {
			if o, ok := st.mentionAt(i); ok && o.party >= 0 && o.party != m.party {
				return speakerRef{name: st.surfaceName(a, b), party: st.partyName(o.party)}, true
			}
		}
	}
	if ht.kind != tkWord || !ht.is(lxBody|lxRole) || st.cover[head] >= 0 {
		return speakerRef{}, false
	}
	for i := a; i < head; i++ {
		if !st.isModifier(i) {
			return speakerRef{}, false
		}
	}
	if k < b && ht.has(tfCap) && st.properTail(k, b) {
		// "the UN Office of the High Commissioner for Human Rights": a
		// body's proper name runs on in title case
		k = b
	}
	unknownPlace := false
	if k < b {
		// a short phrase naming a party or body: "in Moscow", "of Iraq",
		// "at the No. 4 pier in Mirren", "in Europe and beyond"
		if b-k > 8 {
			return speakerRef{}, false
		}
		if lt := &st.toks[b-1]; st.cover[b-1] < 0 && !lt.is(lxBody|lxRole) && !st.isWord(b-1, "beyond") && !st.isWord(b-1, "elsewhere") && !st.isWord(b-1, "abroad") && !st.isNameTok(b-1) {
			return speakerRef{}, false
		}
		content := false
		for i := k; i < b; i++ {
			if st.isNameTok(i) && st.cover[i] < 0 {
				// "officials in besieged Mariupol": a place brief does not
				// know ends the phrase; it names no party brief can tell
				if i == k || !st.placeTail(i, b) || !(st.isWord(k, "in") || st.isWord(k, "from") || st.isWord(k, "at")) {
					return speakerRef{}, false
				}
				unknownPlace, content = true, true
				break
			}
			t := &st.toks[i]
			if st.cover[i] >= 0 || t.is(lxBody|lxRole) {
				content = true
				continue
			}
			if t.is(lxPrep) || st.isModifier(i) || t.kind == tkWord && t.has(tfLower) && i+1 < b && st.isNameTok(i+1) && st.cover[i+1] < 0 || st.isWord(i, "and") || st.isWord(i, "beyond") || st.isWord(i, "elsewhere") || st.isWord(i, "abroad") {
				continue
			}
			return speakerRef{}, false
		}
		if !content {
			return speakerRef{}, false
		}
	}
	var parties []string
	for i := a; i < b; i++ {
		m, ok := st.mentionAt(i)
		if !ok || m.a != i && i != a {
			continue
		}
		if _, plus := st.plusGroup(i); plus {
			parties = nil // "G7+ countries": more than the G7
			break
		}
		p := ""
		if m.party >= 0 {
			p = st.partyName(m.party)
		} else if pi := st.personInfo(m.person); pi != nil {
			p = pi.party
		}
		if p != "" && !contains(parties, p) {
			parties = append(parties, p)
		}
	}
	if ht.is(lxBody) && unknownPlace {
		if len(parties) > 0 || ht.lex.body == bodyFree {
			return speakerRef{}, false // "Kestrian officials in Ruvo": too unsure to place
		}
		hw := st.lw(head)
		return speakerRef{name: st.surfaceName(a, b), party: st.placeParty(st.placeName(b)),
			plural: ht.lex.body == bodyJoint || strings.HasSuffix(hw, "s")}, true
	}
	if unknownPlace {
		return speakerRef{}, false
	}
	if ht.is(lxBody) {
		r := speakerRef{name: st.surfaceName(a, b)}
		hw := st.lw(head)
		r.plural = ht.lex.body == bodyJoint || strings.HasSuffix(hw, "s") && hw != "press"
		switch ht.lex.body {
		case bodyFree:
		case bodyJoint:
			if len(parties) == 1 {
				r.party = parties[0]
			}
		default:
			switch {
			case st.jointWords(a, b):
				// "officials from both countries", "the two sides' envoys"
			case len(parties) == 0 && ht.lex.body == bodyHome:
				r.party, r.guessed = st.guessParty(), true
			case len(parties) == 1:
				r.party = parties[0]
			}
		}
		if ht.lex.body == bodyHome && len(parties) == 0 && (hw == "spokesperson" || hw == "spokesman" || hw == "spokeswoman") {
			// "the spokesperson": someone met before with that title
			if r2, ok := st.byRole(a, b, ""); ok {
				return r2, true
			}
		}
		return r, true
	}
	party := ""
	if len(parties) == 1 {
		party = parties[0]
	}
	if r, ok := st.byRole(a, b, party); ok {
		return r, true
	}
	if party != "" {
		return speakerRef{name: st.surfaceName(a, b), party: party, role: st.spanText(a, b)}, true
	}
	return speakerRef{}, false
}

// placeTail: tokens [a, b) are one capitalised name ("Mariupol", "Port
// Ruvo", "Nova-Selin").
func (st *story) placeTail(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for i := a; i < b; i++ {
		if !st.isNameTok(i) && !(st.toks[i].kind == tkPunct && st.p[st.toks[i].s] == '-' && !st.toks[i].has(tfSpace)) {
			return false
		}
		if st.cover[i] >= 0 {
			return false
		}
	}
	return true
}

// placeName is the capitalised name that ends at token b-1.
func (st *story) placeName(b int) string {
	a := b - 1
	for a-1 >= 0 && (st.isNameTok(a-1) || st.toks[a-1].kind == tkPunct && st.p[st.toks[a-1].s] == '-' && !st.toks[a-1].has(tfSpace)) {
		a--
	}
	return st.spanText(a, b)
}

// placeParty resolves a place the gazetteer does not know by how the
// briefing itself places it: "Mariupol, Ukraine" anywhere in the text.
// Without that it is "": a guess would be a wrong party as often as not.
func (st *story) placeParty(place string) string {
	if place == "" {
		return ""
	}
	key := place + ", "
	for _, p := range st.b.Paragraphs {
		for off := 0; ; {
			i := strings.Index(p.Text[off:], key)
			if i < 0 {
				break
			}
			rest := p.Text[off+i+len(key):]
			off += i + len(key)
			end := 0
			for w := 0; w < 3 && end < len(rest); w++ {
				j := strings.IndexAny(rest[end:], " ,.;:")
				if j < 0 {
					j = len(rest) - end
				}
				if id, ok := st.resolveParty(rest[:end+j]); ok {
					return st.partyName(id)
				}
				end += j + 1
			}
		}
	}
	return ""
}

// properTail: tokens [a, b) continue a proper name: "of the High
// Commissioner for Human Rights".
func (st *story) properTail(a, b int) bool {
	if b-a > 10 || !st.isWord(a, "of") && !st.isWord(a, "for") {
		return false
	}
	caps := 0
	for i := a + 1; i < b; i++ {
		t := &st.toks[i]
		switch {
		case t.kind == tkWord && t.has(tfCap) && !t.has(tfPoss):
			caps++
		case st.isWord(i, "of"), st.isWord(i, "for"), st.isWord(i, "the"), st.isWord(i, "and"), st.isWord(i, "on"):
		default:
			return false
		}
	}
	return caps > 0 && st.toks[b-1].has(tfCap)
}

// freeToks: tokens [a, b) name someone who speaks for no party
// ("Velsk Institute analyst").
func (st *story) freeToks(a, b int) bool {
	for i := a; i < b; i++ {
		if t := &st.toks[i]; st.cover[i] < 0 && t.is(lxBody) && t.lex.body == bodyFree {
			return true
		}
	}
	return false
}

// partyIn is the one party named in tokens [a, b), or "".
func (st *story) partyIn(a, b int) string {
	p := ""
	for i := a; i < b; i++ {
		if m, ok := st.mentionAt(i); ok && m.party >= 0 {
			n := st.partyName(m.party)
			if p != "" && p != n {
				return ""
			}
			p = n
		}
	}
	return p
}

// jointWords: the phrase speaks of two or more sides together.
func (st *story) jointWords(a, b int) bool {
	for i := a; i < b; i++ {
		t := &st.toks[i]
		if st.cover[i] < 0 && (st.isWord(i, "both") || st.isWord(i, "two") || t.is(lxBody) && t.lex.body == bodyJoint && i != b-1) {
			return true
		}
	}
	return false
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// byRole finds the person a title stands for: "the Deputy Secretary" is
// the Deputy Secretary of State named before, "the adviser" the senior
// Kremlin adviser. The most recent one wins when several fit.
func (st *story) byRole(a, b int, party string) (speakerRef, bool) {
	var words []string
	for i := a; i < b; i++ {
		t := &st.toks[i]
		if t.kind != tkWord || st.cover[i] >= 0 || t.has(tfPoss) || t.is(lxDet) && !t.is(lxRole) {
			continue
		}
		words = append(words, st.lw(i))
	}
	if len(words) == 0 {
		return speakerRef{}, false
	}
	exact := func(p *storyPerson) bool {
		if party != "" && p.party != "" && p.party != party {
			return false
		}
		rw := st.wordsOfRole(p.role)
		return len(rw) == len(words) && containsWords(rw, words)
	}
	for pass := 0; pass < 2; pass++ {
		for i := len(st.persons) - 1; i >= 0; i-- {
			p := &st.persons[i]
			// "the President" in a White House release is the home one
			if exact(p) && (pass == 1 || party == "" && st.home != "" && p.party == st.home) {
				return st.personRef(i), true
			}
		}
	}
	match := func(p *storyPerson) bool {
		if party != "" && p.party != "" && p.party != party {
			return false
		}
		return containsWords(st.wordsOfRole(p.role), words)
	}
	if party == "" && st.home != "" {
		for _, r := range st.recent {
			if r.person && r.pid > 0 && match(&st.persons[r.pid-1]) && st.persons[r.pid-1].party == st.home {
				return st.personRef(r.pid - 1), true
			}
		}
	}
	for _, r := range st.recent {
		if r.person && r.pid > 0 && match(&st.persons[r.pid-1]) {
			return st.personRef(r.pid - 1), true
		}
	}
	for i := len(st.persons) - 1; i >= 0; i-- {
		if match(&st.persons[i]) {
			return st.personRef(i), true
		}
	}
	return speakerRef{}, false
}
