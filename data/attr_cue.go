package data

import (
	"strings"
)

// cueHit is a cue verb in a sentence and what stands around it.
type cueHit struct {
	c, ce   int // the cue's tokens ("point out" is two)
	cf      cueForm
	v       int  // first token of the verb group ("has repeatedly said")
	neg     bool // "did not say"
	modal   bool // "will say"
	passive bool // "has been interpreted by"
	prog    bool // "is saying"
	subj    bool
	ref     speakerRef
	sa      int // first token of the subject's noun phrase
	cut     int // where the clause of this subject starts, for the statement before it; -1
	absol   bool
	inner   bool // part of the clause an attribution at the end reports
	paren   int  // "…, as X has said, Y": where Y starts; 0 for none
	inf     bool // "to say": an infinitive
	pron    bool // the subject is a pronoun that stands for no one known
	first   bool // the subject is the byline's "I"
	can     bool // the modal is "can": "I can announce that …" reports
}

func (h *cueHit) ing() bool { return h.cf.form == formIng && !h.prog }

func (h *cueHit) cueText(st *story) string { return st.spanText(h.c, h.ce) }

// falseWords mark a cue phrase that calls what it reports false ("spread
// lies that", "push the false narrative that").
var falseWords = map[string]bool{"lies": true, "lie": true, "falsehood": true, "falsehoods": true,
	"disinformation": true, "misinformation": true, "propaganda": true, "false": true, "myth": true,
	"narrative": true, "theories": true}

// disputed: the cue reports a claim the text calls false.
func (h *cueHit) disputed() bool {
	for _, w := range h.cf.def.rest {
		if falseWords[w] {
			return true
		}
	}
	return false
}

// matchCue finds the cue starting at token i, the longest phrase first.
func (st *story) matchCue(i int) (cueForm, int, bool) {
	for _, cf := range st.toks[i].lex.cues {
		ok := true
		for k, w := range cf.def.rest {
			j := i + 1 + k
			if j >= len(st.toks) || st.toks[j].kind != tkWord || st.lw(j) != w {
				ok = false
				break
			}
		}
		if ok {
			return cf, i + 1 + len(cf.def.rest), true
		}
	}
	return cueForm{}, 0, false
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// maxPhrase bounds the noun phrases looked for around a cue, so that a
// sentence without punctuation costs linear time, not quadratic.
const maxPhrase = 16

// verbGroup walks left from the cue over auxiliaries, adverbs, negation
// and modals: "has repeatedly said", "continues to advocate".
func (st *story) verbGroup(h *cueHit, lo int) {
	v := h.c
	sawBe, first := false, true
	for v-1 >= lo {
		t := &st.toks[v-1]
		if t.kind != tkWord || st.cover[v-1] >= 0 || !t.has(tfLower) {
			break
		}
		w := t.text(st.p)
		stop := false
		switch {
		case t.is(lxAux):
			if beForms[w] && first {
				sawBe = true
			}
			first = false
		case t.is(lxModal):
			h.modal, first = true, false
			h.can = w == "can"
		case t.is(lxNeg):
			h.neg = true
		case t.is(lxAdverb), len(w) > 4 && strings.HasSuffix(w, "ly") && !t.is(lxCue|lxBody|lxRole):
		default:
			stop = true
		}
		if stop {
			break
		}
		v--
	}
	h.v = v
	// "to reiterate" is an infinitive, "continues to advocate" is not
	if h.c-1 >= lo && st.isWord(h.c-1, "to") {
		h.inf = true
		if h.c-2 >= lo && st.toks[h.c-2].is(lxAux) && !st.isWord(h.c-2, "to") {
			h.inf = false
		}
	}
	if sawBe {
		if h.cf.form == formIng {
			h.prog = true
		} else {
			h.passive = true
		}
	}
}

// isClauseBreak: punctuation that ends a noun phrase on its left.
func (st *story) isClauseBreak(i int) bool {
	t := &st.toks[i]
	switch t.kind {
	case tkQuote:
		return true
	case tkPunct:
		c := st.p[t.s:t.e]
		if c == "," && i+1 < len(st.toks) && st.isSuffix(i+1) {
			return false // "Joseph R. Biden, Jr."
		}
		return c == "," || c == ";" || c == ":" || c == "(" || c == ")" || c == "—" || c == "–" ||
			c == "-" && t.has(tfSpace) || c == "." || c == "!" || c == "?"
	}
	return false
}

func (st *story) isSuffix(i int) bool {
	switch st.toks[i].text(st.p) {
	case "Jr.", "Sr.", "Jr", "Sr", "II", "III":
		return true
	}
	return false
}

// parenthetical: what may stand between commas after a subject —
// "Ukraine, meanwhile, has", "Ushakov, who met them, said".
func (st *story) parenthetical(a, b int) bool {
	if a >= b {
		return false
	}
	t := &st.toks[a]
	if st.isWord(a, "who") || st.isWord(a, "which") || st.isWord(a, "whose") || st.isWord(a, "whom") {
		return true
	}
	// "speaking on condition of anonymity", "asked whether …"
	if w := st.lw(a); t.kind == tkWord && t.has(tfLower) && b-a <= 10 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return true
	}
	if b-a <= 5 && (t.is(lxAdverb) || t.is(lxPrep) || t.is(lxTime) || t.kind == tkWord && strings.HasSuffix(st.lw(a), "ly")) {
		for i := a; i < b; i++ {
			if st.toks[i].is(lxCue) && st.cover[i] < 0 {
				return false
			}
		}
		return true
	}
	return false
}

// appositive: a title between commas after a name — "Yuri Ushakov, a
// senior Kremlin adviser, said". It returns the title.
func (st *story) appositive(a, b int) (string, bool) {
	if a >= b || b-a > 12 {
		return "", false
	}
	i := a
	if st.toks[i].is(lxDet) || st.toks[i].is(lxPossessive) {
		i++
	}
	head := b - 1
	for k := i + 1; k < b; k++ {
		if st.cover[k] < 0 && st.toks[k].is(lxPrep) {
			head = k - 1
			break
		}
	}
	for k := i; k < b; k++ {
		t := &st.toks[k]
		if st.cover[k] >= 0 || t.has(tfPoss) || st.isModifier(k) || t.is(lxPrep|lxRole|lxBody) || st.isWord(k, "and") {
			continue
		}
		return "", false
	}
	if ht := &st.toks[head]; st.cover[head] < 0 && ht.is(lxRole|lxBody) {
		// "a senior Kremlin adviser", "an analyst at the Velsk Institute"
		return st.spanText(i, b), true
	}
	// "the Hall of Lanterns, Tessaly’s seat of government, said": a noun
	// phrase that describes rather than names
	if t := &st.toks[a]; t.is(lxDet) || t.is(lxPossessive) || st.cover[a] >= 0 && a+1 < b && st.toks[a+1].has(tfPoss) {
		return "", true
	}
	return "", false
}

// subject finds the speaker before the verb group, if there is one.
func (st *story) subject(h *cueHit, lo int) {
	h.cut = -1
	j := h.v - 1
	if j < lo {
		return
	}
	if h.ing() && st.isWord(j, "as") {
		if ref, sa, ok := st.quotedAs(j, lo); ok {
			st.subjectFound(h, ref, sa, lo, sa)
			h.absol = true
			return
		}
	}
	end := j + 1
	role := ""
	if st.isPunct(j, ",") {
		k := j - 1
		for k >= lo && k > j-maxPhrase && !st.isClauseBreak(k) {
			k--
		}
		if k < lo || !st.isPunct(k, ",") {
			return
		}
		if st.weOK && k-1 >= lo && st.lw(k-1) == "we" && st.inQ[k-1] < 0 {
			// "We, A and B, stress that": the group named is the "we"
		} else if r, ok := st.appositive(k+1, j); ok {
			role = r
		} else if pr, s, ok := st.titledName(lo, k, k+1, j); ok {
			if h.cf.form == formBase && h.v == h.c {
				return // "To the head of the OAS, Luis Almagro, welcome.": no subject
			}
			st.subjectFound(h, pr, s, lo, j)
			return
		} else if !st.parenthetical(k+1, j) {
			return
		}
		end = k
	}
	a := end - 1
	for a >= lo && !st.isClauseBreak(a) {
		if a <= end-maxPhrase {
			return // no subject is that long: this is the middle of a clause
		}
		a--
	}
	a++
	if a >= end {
		return
	}
	ref, ok := st.np(a, end, true)
	if !ok {
		// "A statement from the presidency said": the issuer speaks
		ref, ok = st.docSource(a, end)
	}
	// the first person after "As", "and", "but": "As I have said, …"
	pa := a
	for pa+1 < end && st.toks[pa].kind == tkWord && st.toks[pa].is(lxConj) && st.cover[pa] < 0 {
		pa++
	}
	if !ok && end-pa == 1 && st.bylineOK && !st.label && st.toks[pa].kind == tkWord && st.p[st.toks[pa].s:st.toks[pa].e] == "I" {
		ref, ok = st.personRef(st.byline.pid-1), true
		ref.fromPronoun = true
		h.first = true
	}
	if !ok && end-pa == 1 && st.weOK && !st.label && st.inQ[pa] < 0 && st.lw(pa) == "we" {
		ref, ok = st.we, true
		ref.fromPronoun = true
	}
	if !ok && end-pa == 1 && st.bylineOK && !st.weOK && !st.label && st.inQ[pa] < 0 && st.lw(pa) == "we" {
		// a one-author statement's "we" is its signatory speaking for
		// the government, as its "I" is
		ref, ok = st.personRef(st.byline.pid-1), true
		ref.fromPronoun = true
		h.first = true
	}
	if !ok && end-a == 1 && st.toks[a].is(lxPronoun) {
		h.pron, h.sa = true, a // "…, she said": an attribution, though to no one known
	}
	if !ok {
		// "…, while the group said …": a clause of its own even when its
		// subject is no speaker brief knows
		if a-1 >= lo && st.isPunct(a-1, ",;") && (st.isWord(a, "while") || st.isWord(a, "whereas") || st.isWord(a, "but")) &&
			a+1 < end && (st.toks[a+1].is(lxDet) || st.toks[a+1].has(tfCap)) && !h.ing() {
			h.cut = a - 1
		}
		return
	}
	if ok && !ref.fromPronoun && (ref.plural && st.findAnd(a, end) > a || st.isWord(a, "and")) {
		if la, lr, lok := st.listSubject(lo, a, end, ref); lok {
			a, ref = la, lr
		}
	}
	// an -ing cue needs a subject only in "with X saying"
	if h.ing() {
		absol := false
		for i := a; i < end; i++ {
			if st.isWord(i, "with") {
				absol = true
			}
			if !st.toks[i].is(lxConj) && !st.isWord(i, "with") {
				break
			}
		}
		if !absol {
			return
		}
		h.absol = true
	}
	if role == "" && ref.person && ref.pid > 0 && a-1 > lo && st.isPunct(a-1, ",") {
		if _, s, ok := st.titledName(lo, a-1, a, end); ok {
			a = s
			ref = st.personRef(ref.pid - 1)
		}
	}
	if role != "" && ref.person && ref.pid > 0 {
		p := &st.persons[ref.pid-1]
		p.role = role
		if p.party == "" {
			p.party = st.roleParty(role)
		}
		ref = st.personRef(ref.pid - 1)
	}
	if h.cf.form == formBase && h.v == h.c && !ref.plural && !ref.fromPronoun {
		// "Delaware state legislature", "Smith say": a bare verb needs a
		// plural subject ("officials say") or an auxiliary ("continues to")
		return
	}
	st.subjectFound(h, ref, a, lo, end)
}

// issuedDocs are the documents whose words are their issuer's: not a
// plan, a law or a report, whose authors are not their speakers.
var issuedDocs = map[string]bool{"statement": true, "readout": true, "communique": true, "communiqué": true,
	"declaration": true, "release": true, "letter": true, "notice": true}

// docSource reads a document as a subject and returns its issuer: "a
// statement from the Egyptian presidency", "a readout issued by the
// Kremlin", "the ministry's statement". A document no one is named as
// issuing ("a joint statement issued after the talks") is no speaker.
func (st *story) docSource(a, end int) (speakerRef, bool) {
	d := -1
	for i := a; i < end; i++ {
		t := &st.toks[i]
		if issuedDocs[st.lw(i)] && st.cover[i] < 0 && t.has(tfLower) {
			d = i
			break
		}
		if t.kind != tkWord || !(st.isModifier(i) || t.has(tfPoss)) {
			return speakerRef{}, false
		}
	}
	if d < 0 {
		return speakerRef{}, false
	}
	if d == end-1 {
		// "the ministry's statement", "Kestria's joint statement"
		for p := d - 1; p > a; p-- {
			if st.toks[p].has(tfPoss) {
				return st.np(a, p, false)
			}
		}
		return speakerRef{}, false
	}
	src := d + 1
	if lw := st.lw(src); src+1 < end && (lw == "issued" || lw == "released" || lw == "published" || lw == "posted" || lw == "carried") {
		src++
	}
	if !(st.isWord(src, "from") || st.isWord(src, "by")) {
		return speakerRef{}, false
	}
	src++
	// "a statement from the ministry on Sunday": the issuer ends before
	// a later adjunct
	for e := end; e > src; e-- {
		if e < end && st.cover[e] < 0 && st.toks[e].is(lxCue|lxAux|lxModal|lxPronoun) && !st.toks[e].is(lxPrep) {
			break // "a statement … said the leaders": the subject of another verb
		}
		if e < end && !(st.toks[e].is(lxPrep|lxTime) && st.cover[e] < 0) {
			continue
		}
		if r, ok := st.np(src, e, false); ok && !r.fromPronoun {
			return r, true
		}
	}
	return speakerRef{}, false
}

// objectPronouns: "quoted him as saying" is the last man named.
var objectPronouns = map[string]byte{"him": 'm', "her": 'f', "them": 't'}

// quotedAs reads the speaker of "… as saying" at as: "the agency quoted
// Deputy Minister Jonas Vell as saying", "Vell was quoted by the agency as
// saying". It returns the speaker and where the clause starts.
func (st *story) quotedAs(as, lo int) (speakerRef, int, bool) {
	q := -1
	for i := as - 1; i >= lo && i > as-maxPhrase; i-- {
		if w := st.lw(i); (w == "quoted" || w == "cited") && st.cover[i] < 0 {
			q = i
			break
		}
		if st.toks[i].kind == tkQuote || isTerminal(st.p, &st.toks[i]) || st.isPunct(i, ";:") {
			return speakerRef{}, 0, false
		}
	}
	if q < 0 {
		return speakerRef{}, 0, false
	}
	start := q - 1
	for start >= lo && start > q-maxPhrase && !st.isClauseBreak(start) {
		start--
	}
	start++
	be := q - 1
	for be >= start && st.toks[be].is(lxAdverb) {
		be--
	}
	if be > start && beForms[st.lw(be)] {
		// "X was quoted (by the agency) as saying": X speaks
		if !(q+1 == as || st.isWord(q+1, "by")) {
			return speakerRef{}, 0, false
		}
		ref, ok := st.np(start, be, false)
		return ref, start, ok
	}
	// "the agency quoted X as saying": X, up to an appositive's comma
	if as == q+2 {
		if g, ok := objectPronouns[st.lw(q+1)]; ok {
			ref, ok := st.resolvePronoun(g)
			ref.fromPronoun = true
			return ref, start, ok
		}
	}
	for e := as; e > q+1; e-- {
		if e < as && !st.isPunct(e, ",") {
			continue
		}
		if ref, ok := st.np(q+1, e, false); ok {
			return ref, start, true
		}
	}
	return speakerRef{}, 0, false
}

// listSubject extends a coordinated subject leftwards over a comma list:
// "Secretary Blinken, Foreign Minister Le Drian and Foreign Minister
// Baerbock reiterated" is the three of them, not the last two; "X, Y, and
// Z said" is not Z alone. Every member must be a person or a party.
func (st *story) listSubject(lo, a, end int, ref speakerRef) (int, speakerRef, bool) {
	if st.isWord(a, "and") && !ref.person && (ref.party == "" || ref.guessed) {
		return 0, speakerRef{}, false // "the measures the United States, the EU, and other partners announced"
	}
	party := ref.party
	start := a
	for start-1 > lo && st.isPunct(start-1, ",") {
		k := start - 2
		for k >= lo && k > start-maxPhrase && !st.isClauseBreak(k) {
			k--
		}
		k++
		if k >= start-1 {
			break
		}
		st.strictNames = true
		r, ok := st.np(k, start-1, false)
		st.strictNames = false
		if !ok || r.fromPronoun || !(r.person || r.party != "") || st.toks[k].is(lxPrep) {
			break
		}
		if r.party != party {
			party = ""
		}
		start = k
	}
	if start == a {
		return 0, speakerRef{}, false
	}
	return start, speakerRef{name: st.surfaceName(start, end), party: party, plural: true}, true
}

// titledName reads "the Kestrian trade envoy, Ruben Sato," — a title, then
// the name between commas: the person, with that title as role.
func (st *story) titledName(lo, comma, a, b int) (speakerRef, int, bool) {
	s := comma - 1
	for s >= lo && s > comma-maxPhrase && !st.isClauseBreak(s) {
		s--
	}
	s++
	if s >= comma {
		return speakerRef{}, 0, false
	}
	// "the Kestrian envoy to the talks, …", "the head of the delegation, …":
	// the title's head may carry a prepositional phrase
	prep := false
	for j := s; j < comma; j++ {
		prep = prep || st.toks[j].is(lxPrep) && st.cover[j] < 0
	}
	// only a whole noun phrase opened by an article or a possessive: not
	// "As a former Chairman of the Committee, X", nor the tail of a longer
	// clause
	if prep && (s-1 >= lo && !st.isClauseBreak(s-1) || !(st.toks[s].is(lxDet|lxPossessive) || st.toks[s].has(tfPoss))) {
		return speakerRef{}, 0, false
	}
	if !st.toks[comma-1].is(lxRole | lxBody) {
		ok := false
		for j := comma - 2; j > s; j-- {
			if st.toks[j].is(lxPrep) && st.cover[j] < 0 {
				ok = st.toks[j-1].is(lxRole|lxBody) && st.cover[j-1] < 0
				break
			}
		}
		if !ok {
			return speakerRef{}, 0, false
		}
	}
	// the name, maybe with a title of its own: "…, Ambassador Idrin Kaleman,"
	ns := st.nameStart(a, b)
	if ns >= b {
		return speakerRef{}, 0, false
	}
	for i := a; i < ns; i++ {
		if !st.isRoleTok(i) && !st.toks[i].is(lxHonorific) {
			return speakerRef{}, 0, false
		}
	}
	titled := false
	for i := s; i < comma; i++ {
		if !st.isModifier(i) && !st.toks[i].is(lxConj) && !(titled && st.toks[i].is(lxPrep)) {
			return speakerRef{}, 0, false
		}
		titled = titled || i < comma-1 && st.toks[i].is(lxRole|lxBody) && st.cover[i] < 0
	}
	ref, ok := st.personNP(a, b)
	if !ok || ref.pid == 0 {
		return speakerRef{}, 0, false
	}
	k := s
	for k < comma && (st.toks[k].is(lxDet) || st.toks[k].is(lxConj) || st.toks[k].is(lxPossessive) || st.isWord(k, "my") || st.isWord(k, "our")) {
		k++
	}
	p := &st.persons[ref.pid-1]
	p.role = st.spanText(k, comma)
	if p.party == "" {
		p.party = st.roleParty(p.role)
	}
	return st.personRef(ref.pid - 1), s, true
}

func (st *story) subjectFound(h *cueHit, ref speakerRef, a, lo, end int) {
	h.subj, h.ref, h.sa = true, ref, a
	// the clause of this subject starts at the break or conjunction before it
	if a-1 >= lo && st.isClauseBreak(a-1) && !st.isPunct(a-1, ".!?") {
		h.cut = a - 1
	}
	for i := a; i < end; i++ {
		if st.toks[i].is(lxConj) || st.isWord(i, "with") {
			if h.cut < 0 || st.isWord(i, "while") || st.isWord(i, "whereas") || st.isWord(i, "but") {
				if h.cut < 0 {
					h.cut = i
				}
			}
			continue
		}
		break
	}
}

// roleParty is the party a title gives its holder: "a senior Kremlin
// adviser" speaks for Russia, "an analyst at the Velsk Institute" for no one.
func (st *story) roleParty(role string) string {
	if st.freeRole(role) {
		return ""
	}
	return st.partyOfText(role)
}

// freeRole: a title of someone who speaks for no party ("analyst").
func (st *story) freeRole(role string) bool {
	for _, w := range st.wordsOfRole(role) {
		if e := st.a.lex.get(w); e != nil && e.bits&lxBody != 0 && e.body == bodyFree {
			return true
		}
	}
	return false
}

// partyOfText: the first party named in a title ("a senior Kremlin
// adviser" → Russia).
func (st *story) partyOfText(s string) string {
	return st.partyInText(s, "")
}

// partyInText is the first party the text names other than skip.
func (st *story) partyInText(s, skip string) string {
	toks := st.tz.tokenize(s, nil)
	for i := range toks {
		w := toks[i].text(s)
		for _, g := range []*gazIndex{st.ov, st.a.g} {
			if g == nil {
				continue
			}
			for _, seq := range g.first[w] {
				if seq.party < 0 || i+1+len(seq.rest) > len(toks) {
					continue
				}
				ok := true
				for k, r := range seq.rest {
					if toks[i+1+k].text(s) != r {
						ok = false
						break
					}
				}
				if ok && st.partyName(seq.party) != skip {
					return st.partyName(seq.party)
				}
			}
		}
	}
	return ""
}

// afterCue is where the reported clause starts: past a particle, an
// addressee ("told reporters", "conveyed to President Abbas"), adjuncts
// before "that" ("said in a statement on Tuesday that"), and "that".
func (st *story) afterCue(h *cueHit, lim int) int {
	k := h.ce
	if k >= lim {
		return k
	}
	that := -1
	for i := k; i < lim && i < k+16; i++ {
		t := &st.toks[i]
		if t.kind == tkQuote || isTerminal(st.p, t) {
			break
		}
		if i > k && t.is(lxCue) && st.cover[i] < 0 && (st.isPunct(i-1, ",") || st.toks[i-1].is(lxConj)) {
			break // "but warned that …", ", adding that …": another verb's clause
		}
		if st.isWord(i, "that") {
			that = i
			break
		}
	}
	if c := st.colonQuote(k, lim); c > k {
		return c
	}
	first := &st.toks[k]
	infinitive := st.isWord(k, "to") && k+1 < lim && st.toks[k+1].has(tfLower) && !st.toks[k+1].is(lxDet|lxPossessive)
	switch {
	case that >= 0 && st.isPunct(k, ","):
		// "decided, following recent talks, that …" — but not "suggested,
		// could prevent the kind of misunderstanding that led …"
		if st.isPunct(that-1, ",") {
			return that + 1
		}
	case that >= 0 && !infinitive && (h.cf.def.class == cueTell || first.is(lxPrep) || first.is(lxTime) ||
		first.is(lxAdverb) || strings.HasSuffix(st.lw(k), "ly") && first.kind == tkWord):
		return that + 1
	case h.cf.def.class == cueTell:
		return st.skipAddressee(k, lim)
	}
	if st.isWord(k, "that") {
		return k + 1
	}
	// "said on Thursday it was open": a time adjunct before the clause
	if j := st.skipTime(k, lim); j > k {
		return j
	}
	if (st.isPunct(k, ":") || st.isPunct(k, ",")) && k+1 < lim && st.toks[k+1].kind == tkQuote && st.toks[k+1].has(tfOpen) {
		return k + 1
	}
	return k
}

// colonQuote passes adjuncts up to a colon that opens a quotation: "wrote
// on Twitter: “…”", "said in a statement on Monday: “…”". It returns the
// quotation's first token, or k when there is none.
func (st *story) colonQuote(k, lim int) int {
	for i := k; i+1 < lim && i < k+12; i++ {
		t := &st.toks[i]
		if t.kind == tkQuote || isTerminal(st.p, t) || t.is(lxConj) && st.cover[i] < 0 {
			return k // "asked the team and ended with this: “…”": a clause of its own
		}
		if st.isPunct(i, ":") {
			if i > k && st.toks[i+1].kind == tkQuote && st.toks[i+1].has(tfOpen) && st.noClause(k, i) {
				return i + 1
			}
			return k
		}
	}
	return k
}

// skipTime passes "on Thursday", "last week", "late on Tuesday" when a
// clause follows them.
func (st *story) skipTime(k, lim int) int {
	i := k
	time := false
	for i < lim && i < k+4 {
		t := &st.toks[i]
		switch {
		case t.is(lxTime) && !t.is(lxDet):
			time = true
		case st.isWord(i, "this") || st.isWord(i, "last") || st.isWord(i, "next"):
		case (st.isWord(i, "on") || st.isWord(i, "late") || st.isWord(i, "early") || st.isWord(i, "earlier")) && !time:
		default:
			if time && i < lim && t.kind == tkWord && !t.is(lxPrep) && !t.has(tfPoss) {
				return i
			}
			return k
		}
		i++
	}
	return k
}

// skipAddressee passes "reporters", "the BBC", "the Concord’s council",
// "lawmakers in Kyiv" after "told".
func (st *story) skipAddressee(k, lim int) int {
	i := k
	for i < lim && st.toks[i].is(lxDet) {
		i++
	}
	start := i
loop:
	for i < lim && i < start+6 {
		t := &st.toks[i]
		switch {
		case st.cover[i] >= 0:
			i = st.ments[st.cover[i]].b
		case t.has(tfPoss):
			i++
		case t.is(lxAddressee) || t.is(lxBody):
			i++
			for i < lim && st.toks[i].is(lxAddressee|lxBody) && st.cover[i] < 0 {
				i++ // "a news conference", "the state news agency"
			}
			for i < lim && i < start+8 && st.isNameTok(i) {
				i++ // "the daily Kommersant"
			}
			break loop
		case st.isNameTok(i):
			i++
		case t.kind == tkWord && t.has(tfLower) && st.isModifier(i) && !t.is(lxDet) && i+1 < lim && (i > start || st.toks[i+1].is(lxAddressee|lxBody)):
			i++
		case t.kind == tkWord && t.has(tfLower) && t.is(lxCue) && i+1 < lim && st.toks[i+1].is(lxAddressee|lxBody) && st.cover[i+1] < 0:
			i++ // "state television": a verb's spelling used as a noun
		default:
			break loop
		}
	}
	if i == start {
		return k
	}
	// "in Kyiv", "on Tuesday", "at a briefing"
	if i+1 < lim && st.toks[i].is(lxPrep) {
		j := i + 1
		for j < lim && j < i+5 && !st.isClauseBreak(j) && (st.toks[j].is(lxDet) || st.cover[j] >= 0 || st.toks[j].is(lxTime) || st.isNameTok(j) || st.toks[j].is(lxAddressee)) {
			j++
		}
		if j > i+1 {
			i = j
		}
	}
	if i < lim && st.isPunct(i, ":") {
		i++
	}
	return i
}

// noClause: what follows a cue up to b has no sign of a clause of its own
// (no "that", quotation, auxiliary, modal, pronoun or verb-like cue): after
// "told" it is all addressee and adjuncts — "told Tesmar's Channel 12",
// "told the pro-government daily Sabah on Sunday".
func (st *story) noClause(a, b int) bool {
	for b > a && (isTerminal(st.p, &st.toks[b-1]) || st.isPunct(b-1, ",;:")) {
		b--
	}
	if a >= b || b-a > 12 {
		return a >= b
	}
	for i := a; i < b; i++ {
		t := &st.toks[i]
		// "on" and "to" are auxiliaries only in "went on to", "continues to"
		if t.kind == tkQuote || st.isWord(i, "that") || st.cover[i] < 0 && t.is(lxAux|lxModal|lxPronoun|lxNeg) && !t.is(lxPrep) {
			return false
		}
		if t.kind == tkPunct && !st.isPunct(i, "-'’.&") {
			return false
		}
		if t.is(lxCue) && st.cover[i] < 0 && !(i+1 < b && st.toks[i+1].is(lxAddressee|lxBody)) && !st.cueIsNoun(a, i) {
			return false
		}
	}
	return true
}

// adjunctOnly: what follows a cue is only "on Tuesday", "in a statement",
// "told reporters": nothing is reported after it.
func (st *story) adjunctOnly(a, b int) bool {
	for b > a && (isTerminal(st.p, &st.toks[b-1]) || st.isPunct(b-1, ",;:")) {
		b--
	}
	if a >= b {
		return true
	}
	if b-a > 10 {
		return false
	}
	t := &st.toks[a]
	if !(t.is(lxPrep) || t.is(lxTime) || t.is(lxAddressee)) {
		return false
	}
	if st.isWord(a, "to") && a+1 < b && st.toks[a+1].has(tfLower) && !st.toks[a+1].is(lxDet|lxPossessive) {
		return false // "agreed to exchange lists": an infinitive, not "to reporters"
	}
	for i := a; i < b; i++ {
		if st.isWord(i, "that") || st.toks[i].kind == tkQuote {
			return false
		}
		// a cue after an article or a date is a noun: "in a March 11
		// report", "on a conference call", "in his nightly video address"
		if st.toks[i].is(lxCue) && st.cover[i] < 0 && !(st.cueIsNoun(a, i) &&
			!strings.HasSuffix(st.lw(i), "ed") && !strings.HasSuffix(st.lw(i), "ing")) {
			return false
		}
	}
	return true
}

// cueIsNoun: the cue word at i ends a noun phrase opened after a: an
// article, a possessive or a date, then only modifiers ("a conference",
// "his nightly video", "a March 11").
func (st *story) cueIsNoun(a, i int) bool {
	if j := i - 1; j >= a && st.toks[j].is(lxPrep) && !st.isWord(j, "to") && st.cover[j] < 0 && strings.HasSuffix(st.lw(i), "s") && !strings.HasSuffix(st.lw(i), "ss") {
		return true // "in comments carried by state media", "in remarks": no verb's -s form follows a preposition
	}
	if w := st.lw(i); i+1 < len(st.toks) && st.toks[i+1].is(lxAddressee) && st.cover[i+1] < 0 && i-1 >= a && st.toks[i-1].is(lxPrep|lxDet) &&
		!st.isWord(i-1, "to") && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return true // "by state media"
	}
	for j := i - 1; j >= a && j >= i-4; j-- {
		t := &st.toks[j]
		switch {
		case t.is(lxDet) || t.is(lxPossessive) || t.has(tfPoss) || t.has(tfDigit):
			return true
		case t.kind != tkWord || t.is(lxPrep) || t.is(lxCue) || st.isWord(j, "that"):
			return false
		}
	}
	return false
}
