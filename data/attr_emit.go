package data

import "strings"

// sentence finds the statements of one sentence. The shapes:
//
//	SPEAKER CUE (that) CLAUSE           Kyiv has stated that it seeks …
//	CLAUSE, SPEAKER CUE.                “We are ready,” he said.
//	CLAUSE, CUE SPEAKER.                “We are ready,” said Petrov.
//	A, SPEAKER CUE, B.                  This approach, he suggested, offered …
//	…, CUE-ing that …                   …, noting that …
//	with SPEAKER CUE-ing …              with Trump describing it as “good”
//	according to SPEAKER, CLAUSE        (or CLAUSE, according to SPEAKER.)
//	“Q.”                                 a quotation going on from the last one
func (st *story) sentence(sp span) {
	st.hits = st.hits[:0]
	st.meetingGroup(sp)
	for i := sp.a; i < sp.b; i++ {
		t := &st.toks[i]
		if t.kind != tkWord || !t.has(tfLower) || !t.is(lxCue) || st.cover[i] >= 0 || st.inQ[i] >= 0 {
			continue
		}
		cf, ce, ok := st.matchCue(i)
		if !ok || i > sp.a && st.knowerAt(i, sp.b) {
			continue // "a source briefed on the talks said": a participle
		}
		h := cueHit{c: i, ce: ce, cf: cf}
		st.verbGroup(&h, sp.a)
		st.subject(&h, sp.a)
		st.hits = append(st.hits, h)
		i = ce - 1
	}
	st.frameSubjects(sp)
	st.markParens(sp)
	// nextCut[i]: the next hit after i whose subject opens a clause
	st.nextCut = st.nextCut[:0]
	for range st.hits {
		st.nextCut = append(st.nextCut, len(st.hits))
	}
	for i := len(st.hits) - 2; i >= 0; i-- {
		if st.hits[i+1].cut >= 0 {
			st.nextCut[i] = i + 1
		} else {
			st.nextCut[i] = st.nextCut[i+1]
		}
	}
	first := len(st.stmts)
	acc := st.accordingTo(sp)
	st.invertedLast(sp)
	var last struct {
		ok       bool
		inverted bool
		ref      speakerRef
		end      int
	}
	for idx := range st.hits {
		h := &st.hits[idx]
		if h.modal && h.can && h.first {
			h.modal = false // "I can announce that …" is the announcement
		}
		if h.neg || h.modal || h.passive || h.inner || h.inf {
			continue
		}
		if strings.HasPrefix(h.cf.def.lemma, "commit") && h.v == h.c && h.cf.form != form3s && h.subj && h.sa != st.introEnd(sp) && h.sa != st.openerEnd(sp) {
			continue // "… and philanthropic leaders committed to …": a reduced relative
		}
		lim := st.limitFor(idx, sp, acc)
		switch {
		case h.paren > 0:
			// "We urge the parties to ensure, as President Biden has said,
			// immediate access": Biden's words are what follows; the host
			// clause goes on over them
			st.emitClause(h.ref, h.cueText(st), h.paren, lim, false)
		case h.subj:
			cs := st.afterCue(h, lim)
			thatComma := cs > h.ce && st.isWord(cs-1, "that") && cs < lim && st.isPunct(cs, ",")
			if thatComma {
				// "announce that, based on X, the government assesses that
				// Y": the speaker after the aside is inside the that-clause
				for k := idx + 1; k < len(st.hits); k++ {
					if st.hits[k].cut == lim {
						lim = st.limitFor(k, sp, acc)
						break
					}
				}
				cs++
			}
			preA, preB, words := st.preMaterial(sp, h.sa)
			// "“…,” X told Tesmar's Channel 12.": after a quotation, a tell
			// cue's noun phrase without a clause is the addressee
			toldQuote := h.cf.def.class == cueTell && st.toks[preA].kind == tkQuote && st.noClause(h.ce, lim)
			if words > 0 && !thatComma && (toldQuote || cs >= lim || st.adjunctOnly(cs, lim) || st.adjunctOnly(h.ce, lim) || st.skipTo(cs, lim, ",") >= 0 && !st.objectAt(h, cs) || st.isPunct(cs, ";")) {
				if last.ok || len(st.stmts) > first || st.isWord(h.sa, "and") || st.isWord(h.sa, "or") {
					// "…, Kestria, and other partners announced": the end of a
					// list in a relative clause, not "…, officials said"
					continue
				}
				postA := -1
				if k := st.skipTo(cs, lim, ","); k >= 0 && k+1 < lim && !st.startsChain(k+1) && !(st.attribAdjunct(k+1) && !st.isWord(h.sa, "as")) {
					postA = k + 1
				}
				quote := st.toks[preA].kind == tkQuote
				if postA < 0 && words < 4 && !quote && !st.finiteSign(preA, preB) {
					continue // "In Washington, officials said." reports nothing
				}
				if st.emitAround(h.ref, h.cueText(st), preA, preB, postA, lim) {
					last.ok, last.inverted, last.ref, last.end = true, true, h.ref, lim
				}
				continue
			}
			if st.adjunctOnly(cs, lim) || st.isWord(cs, "so") && (cs+1 >= lim || !st.toks[cs+1].has(tfLower) || st.isWord(cs+1, "itself") || st.isWord(cs+1, "too")) {
				continue // "As he had relayed to Israeli leaders, …", "has said so": nothing reported
			}
			if h.cf.def.class == cueThat && !st.isWord(cs-1, "that") {
				continue // "reporting to the Counsel"
			}
			if st.isWord(h.sa, "as") {
				// "…, as X has attested, “…”": the quotation is X's words, the
				// clause before it the author's
				if cs < lim && st.toks[cs].kind == tkQuote && st.toks[cs].has(tfOpen) {
					if st.emitClause(h.ref, h.cueText(st), cs, lim, false) {
						last.ok, last.inverted, last.ref, last.end = true, false, h.ref, lim
					}
					continue
				}
				// "As the President said in his remarks, the Vice President
				// will …"; a trailing "…, as he said yesterday" reports nothing
				k := st.asComma(cs, lim)
				if k < 0 || h.sa != sp.a {
					continue
				}
				cs = k + 1
			}
			if h.disputed() && h.ref.guessed && !h.ref.person {
				// "Government officials have spread disinformation that …":
				// a publisher does not say its own side lies
				h.ref.party = ""
			}
			if st.emitClause(h.ref, h.cueText(st), cs, lim, h.cf.def.class == cueDescribe) {
				last.ok, last.inverted, last.ref, last.end = true, false, h.ref, lim
			}
		case h.ing() && h.v-1 >= sp.a && st.isPunct(h.v-1, ","):
			// a participle chained to the clause before it
			if last.ok && !last.inverted && last.end >= h.ce {
				continue // already inside that statement's text
			}
			ref, ok := last.ref, last.ok
			if !ok {
				ref, ok = st.clauseSubject(sp, h.v-1)
			}
			if ok && st.emitClause(ref, h.cueText(st), st.afterCue(h, lim), lim, false) {
				last.ok, last.inverted, last.ref, last.end = true, false, ref, lim
			}
		case !h.ing() && h.v == h.c && h.v-1 > sp.a && h.cf.form != formBase && h.cf.def.class != cueDescribe &&
			(st.isPunct(h.v-1, ",") || st.toks[h.v-1].kind == tkQuote && st.toks[h.v-1].has(tfClose)):
			// “…,” said Petrov.
			ref, end, ok := st.subjectAfter(h.ce, sp.b)
			if !ok || last.ok || len(st.stmts) > first {
				continue
			}
			if end < sp.b && !isTerminal(st.p, &st.toks[end]) && !st.adjunctOnly(end, sp.b) &&
				!(st.isPunct(end, ",") && end+1 < sp.b && (st.toks[end+1].kind == tkQuote || st.startsChain(end+1) ||
					st.isWord(end+1, "who") && st.toks[end+1].has(tfLower))) {
				continue // "platforms, called Democracy Cohorts, to take …": no attribution
			}
			preA, _, words := st.preMaterial(sp, h.v)
			preB := h.v
			if words == 0 {
				continue
			}
			postA := -1
			if k := st.skipTo(end, sp.b, ","); k >= 0 && k+1 < sp.b && st.toks[k+1].kind == tkQuote && st.toks[k+1].has(tfOpen) {
				postA = k + 1
			}
			if st.emitAround(ref, h.cueText(st), preA, preB, postA, sp.b) {
				last.ok, last.inverted, last.ref, last.end = true, true, ref, sp.b
			}
		case !last.ok && len(st.stmts) == first && !st.subjectBefore(idx):
			// "X discussed Y and reaffirmed Z": the cue shares X
			ref, ok := st.coordinated(h, sp)
			if !ok {
				continue
			}
			cs := st.afterCue(h, lim)
			if st.adjunctOnly(cs, lim) || h.cf.def.class == cueThat && !st.isWord(cs-1, "that") {
				continue
			}
			if st.emitClause(ref, h.cueText(st), cs, lim, false) {
				last.ok, last.inverted, last.ref, last.end = true, false, ref, lim
			}
		}
	}
	if len(st.stmts) == first {
		st.continuation(sp)
	}
	st.noteSubject(sp)
}

// invertedLast: a sentence that ends with its attribution ("The two
// countries agreed to extend the truce, officials said.") reports all that
// comes before it, so cues in that clause are part of the report, not
// statements of their own — unless one says "said" itself.
func (st *story) invertedLast(sp span) {
	n := len(st.hits)
	end := sp.b
	// a participle chained after the attribution: "…, she said, adding …"
	for n > 0 {
		c := &st.hits[n-1]
		if !c.ing() || c.subj || c.v-1 < sp.a || !st.isPunct(c.v-1, ",") {
			break
		}
		end = c.v - 1
		n--
	}
	if n < 2 {
		return
	}
	h := &st.hits[n-1]
	if !(h.subj || h.pron) || h.neg || h.modal || h.passive || h.ing() || !st.adjunctOnly(h.ce, end) {
		return
	}
	if _, _, words := st.preMaterial(sp, h.sa); words < 4 {
		return
	}
	st.innerBefore(n - 1)
}

// innerBefore marks the hits before hit k as part of the clause an
// attribution reports, unless one of them says "said" itself.
func (st *story) innerBefore(k int) {
	for i := 0; i < k; i++ {
		if st.hits[i].cf.def.lemma == "say" {
			return
		}
	}
	for i := 0; i < k; i++ {
		st.hits[i].inner = true
	}
}

// limitFor is where the clause of hit idx ends: at the start of the next
// clause with a speaker of its own, or of "according to", or the sentence.
func (st *story) limitFor(idx int, sp span, acc int) int {
	h := &st.hits[idx]
	lim := sp.b
	for k := st.nextCut[idx]; k < len(st.hits); k = st.nextCut[k] {
		if g := &st.hits[k]; g.cut > h.ce {
			lim = g.cut
			break
		}
	}
	if acc > h.ce && acc < lim {
		lim = acc
	}
	return lim
}

// preMaterial is the clause before a subject that ends it ("“We are
// ready,” he said" / "This approach, he suggested, …"): from the start of
// the sentence to the comma or closing quotation mark before the subject.
// It returns how many words it has, 0 when there is none.
func (st *story) preMaterial(sp span, sa int) (int, int, int) {
	a := sp.a
	if st.pi == 1 && sp.a == 0 && st.b.Dateline != "" {
		// "VELSK, March 12 (Wire) — Orlenia will …": the dateline is no part of it
		for i := a; i < sa && i < a+12; i++ {
			if st.isPunct(i, "—–") || st.isPunct(i, "-") && st.toks[i].has(tfSpace) {
				a = i + 1
				break
			}
		}
	}
	for a < sa && st.toks[a].kind == tkWord && st.toks[a].is(lxConj) && st.cover[a] < 0 {
		a++
	}
	b := sa
	if b-1 < a {
		return a, b, 0
	}
	t := &st.toks[b-1]
	switch {
	case st.isPunct(b-1, ","):
		b--
	case t.kind == tkQuote && t.has(tfClose):
	default:
		return a, b, 0
	}
	words := 0
	for i := b - 1; i >= a && words < 4; i-- { // callers only ask "none, few, or four"
		if st.toks[i].kind == tkWord {
			words++
		}
	}
	return a, b, words
}

func (st *story) skipTo(a, b int, punct string) int {
	for i := a; i < b; i++ {
		if st.isPunct(i, punct) {
			return i
		}
		if st.toks[i].kind != tkWord || !(st.toks[i].is(lxPrep) || st.toks[i].is(lxTime) || st.toks[i].is(lxAddressee) || st.toks[i].is(lxDet) || st.cover[i] >= 0) {
			return -1
		}
	}
	return -1
}

// finiteSign: the words in [a, b) have a sign of a clause — an auxiliary,
// a modal, a negation, or a past tense after a noun ("Moscow will
// respond", "Talks failed") — unlike "In Washington".
func (st *story) finiteSign(a, b int) bool {
	if a < b && st.toks[a].is(lxConj|lxPrep) {
		return false // "As you noted, Alex, …": a clause of the speaker's, not what was said
	}
	for i := a; i < b; i++ {
		t := &st.toks[i]
		if t.kind != tkWord || st.cover[i] >= 0 || !t.has(tfLower) || t.is(lxPrep) {
			continue
		}
		if t.is(lxAux | lxModal | lxNeg) {
			return true
		}
		if i > a && strings.HasSuffix(st.lw(i), "ed") && !t.is(lxCue) && !st.toks[i-1].is(lxDet|lxPrep|lxPossessive) {
			return true
		}
	}
	return false
}

// attribAdjunct: what follows "…, X said," describes the saying, not
// the rest of what was said: "citing the latest draft", "speaking on
// condition of anonymity", "without elaborating".
func (st *story) attribAdjunct(i int) bool {
	t := &st.toks[i]
	if t.kind != tkWord || !t.has(tfLower) || st.cover[i] >= 0 {
		return false
	}
	w := st.lw(i)
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !t.is(lxAux|lxPrep|lxConj) || w == "without"
}

func (st *story) startsChain(i int) bool {
	t := &st.toks[i]
	return t.kind == tkWord && t.is(lxCue) && strings.HasSuffix(st.lw(i), "ing")
}

// trimClause drops the punctuation and conjunctions at the edges of a
// clause: ", and", "—", the final period.
func (st *story) trimClause(a, b int) (int, int) {
	for a < b && (st.isPunct(a, ",:;—–") || st.toks[a].kind == tkPunct && st.p[st.toks[a].s] == '-') {
		a++
	}
	for b > a {
		t := &st.toks[b-1]
		if isTerminal(st.p, t) || st.isPunct(b-1, ",;:—–(") || t.kind == tkPunct && st.p[t.s] == '-' && t.has(tfSpace) {
			b--
			continue
		}
		if t.kind == tkWord && t.has(tfLower) {
			switch t.text(st.p) {
			case "and", "but", "while", "with", "whereas", "as", "or", "that":
				b--
				continue
			}
		}
		break
	}
	return a, b
}

// quoteIn returns the inside of a quotation that spans [a, b) exactly.
func (st *story) quoteIn(a, b int) (int, int, bool) {
	if a >= b || st.toks[a].kind != tkQuote || !st.toks[a].has(tfOpen) || st.inQ[a] != int32(a) {
		return 0, 0, false
	}
	c := -1
	if qb := int(st.qend[a]); qb > a {
		c = qb - 1
		if qb == len(st.toks) && !(st.toks[c].kind == tkQuote && st.toks[c].has(tfClose)) {
			c = qb // open to the end of the paragraph
		}
	}
	if c < 0 || !(c == b-1 || c == b) {
		return 0, 0, false
	}
	ia, ib := a+1, c
	for ib > ia && st.isPunct(ib-1, ",") {
		ib--
	}
	return ia, ib, ib > ia
}

// emitClause emits the clause [a, b) for ref: a quotation when it is
// one (or, after "describe"/"call", ends with one), else reported.
func (st *story) emitClause(ref speakerRef, cue string, a, b int, describe bool) bool {
	a, b = st.trimClause(a, b)
	if a >= b {
		return false
	}
	if ia, ib, ok := st.quoteIn(a, b); ok {
		return st.emitSpan(ref, Direct, cue, ia, ib)
	}
	if describe && st.toks[b-1].kind == tkQuote {
		for q := b - 2; q > a; q-- {
			if st.toks[q].kind == tkQuote && st.toks[q].has(tfOpen) {
				if ia, ib, ok := st.quoteIn(q, b); ok {
					return st.emitSpan(ref, Direct, cue, ia, ib)
				}
				break
			}
		}
	}
	return st.emitSpan(ref, Reported, cue, a, b)
}

func (st *story) emitSpan(ref speakerRef, kind Kind, cue string, a, b int) bool {
	if a >= b || !st.allowed(ref) {
		return false
	}
	st.emit(ref, kind, cue, int(st.toks[a].s), int(st.toks[b-1].e), st.spanText(a, b))
	st.pushRecent(ref, true)
	return true
}

// allowed: inside a transcript turn, speech reported by the turn's
// speaker counts only when it names who spoke: "we", "he", "you said"
// there are too often the turn's own speaker or the reporter.
func (st *story) allowed(ref speakerRef) bool {
	if !st.label {
		return true
	}
	if ref.fromPronoun || ref.guessed || !ref.person && ref.party == "" {
		return false
	}
	if ref.pid > 0 && (st.persons[ref.pid-1].guessed || st.persons[ref.pid-1].party == "") {
		return false // its party would be a guess
	}
	if !ref.person && st.turnParty != "" && ref.party == st.turnParty {
		return false // "Sarvendi proposes …" in Sarvendi's turn is the turn itself
	}
	return !strings.EqualFold(st.turnSpeaker, ref.name)
}

// emitAround emits a clause that comes before its speaker, maybe with a
// part after it: "“A,” he said, “B.”", "This X, he suggested, Y."
func (st *story) emitAround(ref speakerRef, cue string, preA, preB, postA, postB int) bool {
	preA, preB = st.trimClause(preA, preB)
	if preA >= preB {
		return false
	}
	if postA >= 0 {
		postA, postB = st.trimClause(postA, postB)
	}
	qa, qb, quoted := st.quoteIn(preA, preB)
	if postA < 0 || postA >= postB {
		if quoted {
			return st.emitSpan(ref, Direct, cue, qa, qb)
		}
		return st.emitSpan(ref, Reported, cue, preA, preB)
	}
	if !st.allowed(ref) {
		return false
	}
	kind := Reported
	pa, pb := preA, preB
	ra, rb := postA, postB
	if quoted {
		if qa2, qb2, ok := st.quoteIn(postA, postB); ok {
			kind = Direct
			pa, pb, ra, rb = qa, qb, qa2, qb2
		}
	}
	text := st.spanText(pa, pb) + " " + st.spanText(ra, rb)
	st.emit(ref, kind, cue, int(st.toks[pa].s), int(st.toks[rb-1].e), text)
	st.pushRecent(ref, true)
	return true
}

// clauseSubject is the subject of a sentence whose verb is no cue, for a
// participle chained to it: "Ushakov met them on Tuesday, saying that …".
func (st *story) clauseSubject(sp span, upto int) (speakerRef, bool) {
	st.strictNames = true
	defer func() { st.strictNames = false }()
	a := st.introEnd(sp)
	j := a
	for j < upto && (st.isNameTok(j) || st.isRoleTok(j) || st.cover[j] >= 0 || st.toks[j].is(lxDet|lxHonorific|lxBody) ||
		st.toks[j].kind == tkPunct && st.p[st.toks[j].s] == '-' && !st.toks[j].has(tfSpace)) {
		j++
	}
	if j == a || j >= upto || st.toks[j].kind != tkWord || !st.toks[j].has(tfLower) {
		return speakerRef{}, false
	}
	return st.np(a, j, false)
}

// introEnd skips an opening adjunct: "Today, ", "In Washington, ".
func (st *story) introEnd(sp span) int {
	a := sp.a
	t := &st.toks[a]
	if !(t.is(lxPrep) || t.is(lxAdverb) || t.is(lxTime) || t.is(lxConj)) {
		return a
	}
	for i := a; i < sp.b && i < a+8; i++ {
		if st.isPunct(i, ",") {
			return i + 1
		}
	}
	return a
}

// subjectAfter reads the speaker after an inverted cue: "said Petrov",
// "said Ilse Marrow, the foreign minister". It returns where it ends.
func (st *story) subjectAfter(a, lim int) (speakerRef, int, bool) {
	e := a
	for e < lim && e < a+maxPhrase && !st.isClauseBreak(e) {
		e++
	}
	ref, ok := st.np(a, e, false)
	if !ok {
		for p := e - 1; p > a; p-- {
			if st.toks[p].is(lxPrep) || st.toks[p].is(lxTime) {
				if ref, ok = st.np(a, p, false); ok {
					break
				}
			}
		}
	}
	if !ok || ref.fromPronoun && e-a > 1 {
		return speakerRef{}, 0, false
	}
	if e < lim && st.isPunct(e, ",") && ref.person && ref.pid > 0 {
		k := e + 1
		for k < lim && k < e+maxPhrase && !st.isClauseBreak(k) {
			k++
		}
		if role, ok := st.appositive(e+1, k); ok {
			if role != "" {
				p := &st.persons[ref.pid-1]
				p.role = role
				if p.party == "" {
					p.party = st.roleParty(role)
				}
				ref = st.personRef(ref.pid - 1)
			}
			e = k
		}
	}
	return ref, e, true
}

// accordingTo emits "according to SPEAKER, CLAUSE" and "CLAUSE, according
// to SPEAKER". It returns where the phrase starts (for the clauses before
// it), or -1.
func (st *story) accordingTo(sp span) int {
	for i := sp.a; i+2 < sp.b; i++ {
		if !st.isWord(i, "according") || !st.isWord(i+1, "to") || st.inQ[i] >= 0 {
			continue
		}
		e := i + 2
		for e < sp.b && e < i+2+maxPhrase && !st.isClauseBreak(e) {
			e++
		}
		ref, ok := st.np(i+2, e, false)
		if !ok {
			// "according to a senior official who spoke on condition of
			// anonymity, …": the source is the noun phrase before "who"
			for k := i + 3; k < e && !ok; k++ {
				if st.isWord(k, "who") || st.isWord(k, "which") {
					ref, ok = st.np(i+2, k, false)
					break
				}
			}
		}
		if !ok {
			// "according to a statement from the Foreign Ministry", "a
			// communiqué released by Sarvendi mediators after two days …"
			for k := i + 3; k < e && !ok; k++ {
				if !st.isWord(k, "from") && !st.isWord(k, "by") {
					continue
				}
				for x := e; x > k+1 && !ok; x-- {
					if x == e || st.toks[x].is(lxPrep) {
						ref, ok = st.np(k+1, x, false)
					}
				}
			}
		}
		cut := i
		if i-1 >= sp.a && st.isPunct(i-1, ",") {
			cut = i - 1
		}
		if !ok {
			return cut // no speaker, but the clause before stops here
		}
		// "according to the Sarvendi mediator, Ambassador Idrin Kaleman, …"
		if e+1 < sp.b && st.isPunct(e, ",") {
			k := e + 1
			for k < sp.b && k < e+maxPhrase && !st.isClauseBreak(k) {
				k++
			}
			if k < sp.b && st.isPunct(k, ",") {
				if r2, ok2 := st.personNP(e+1, k); ok2 && r2.pid > 0 {
					if p := &st.persons[r2.pid-1]; p.party == "" {
						p.party = ref.party
					}
					ref, e = st.personRef(r2.pid-1), k
				} else if _, ok2 := st.appositive(e+1, k); ok2 {
					e = k
				}
			}
		}
		// "according to Ambassador Kaleman, who chairs the talks, the two
		// sides …": the relative clause describes the source; the report
		// starts after it.
		if e+1 < sp.b && st.isPunct(e, ",") && (st.isWord(e+1, "who") || st.isWord(e+1, "which")) {
			k := e + 2
			for k < sp.b && k < e+2*maxPhrase && !st.isPunct(k, ",") && !st.isClauseBreak(k) {
				k++
			}
			if k >= sp.b || st.isPunct(k, ",") && k+1 < sp.b || isTerminal(st.p, &st.toks[k]) {
				e = k // to the next comma, or to the end of the sentence
			}
		}
		preA, _, _ := st.preMaterial(sp, sp.a)
		switch {
		case cut <= preA:
			if e < sp.b && st.isPunct(e, ",") {
				st.emitClause(ref, "according to", e+1, sp.b, false)
				for k := range st.hits {
					if st.hits[k].c > e {
						st.hits[k].inner = true // the report's own verbs
					}
				}
			}
		case e < sp.b && st.isPunct(e, ",") && e+1 < sp.b && cut-1 >= sp.a && st.isWord(cut-1, "that"):
			// "it was important that, according to X, someone …": the
			// report is the that-clause, not the sentence around it
			ra := e + 1
			if st.isWord(ra, "that") {
				ra++ // "…, that someone knew"
			}
			st.emitClause(ref, "according to", ra, sp.b, false)
			for k := range st.hits {
				if st.hits[k].c > e {
					st.hits[k].inner = true
				}
			}
		case e < sp.b && st.isPunct(e, ",") && e+1 < sp.b && !isTerminal(st.p, &st.toks[e+1]):
			st.emitAround(ref, "according to", preA, cut, e+1, sp.b)
			st.markInnerBefore(cut)
		default:
			st.emitClause(ref, "according to", preA, cut, false)
			st.markInnerBefore(cut)
		}
		return cut
	}
	return -1
}

func (st *story) markInnerBefore(tok int) {
	k := 0
	for k < len(st.hits) && st.hits[k].c < tok {
		k++
	}
	st.innerBefore(k)
}

// continuation: a sentence that is only a quotation, right after a
// quotation of someone, goes on with that speaker's words.
func (st *story) continuation(sp span) {
	if st.label || !st.lastDirect || st.pi-st.lastStmtPara > 1 {
		return
	}
	a, b := st.trimClause(sp.a, sp.b)
	ia, ib, ok := st.quoteIn(a, b)
	if !ok {
		return
	}
	words := 0
	for i := ia; i < ib; i++ {
		if st.toks[i].kind == tkWord {
			words++
		}
	}
	if words < 3 {
		return
	}
	st.emitSpan(st.lastRef, Direct, "", ia, ib)
}

// noteSubject makes the subject of a sentence (a person or party named
// first in it) the most recent referent for pronouns.
func (st *story) noteSubject(sp span) {
	a := st.introEnd(sp)
	// "But Putin and Russia met …": the subject is after the conjunction
	for a+1 < sp.b && st.cover[a] < 0 && (st.isWord(a, "but") || st.isWord(a, "and") || st.isWord(a, "yet")) {
		a++
	}
	if a >= sp.b {
		return
	}
	if _, ref, ok := st.namedPerson(a, sp.b); ok {
		st.pushRecent(ref, true)
		return
	}
	if !st.toks[a].has(tfCap) {
		return
	}
	j := a
	for j < sp.b && (st.isNameTok(j) || st.isRoleTok(j) || st.cover[j] >= 0 || st.toks[j].is(lxDet|lxHonorific) ||
		st.toks[j].kind == tkPunct && st.p[st.toks[j].s] == '-' && !st.toks[j].has(tfSpace)) {
		j++
	}
	if j < sp.b && j > a && (st.toks[j].is(lxBody) || st.isWord(j, "two")) {
		st.pluralSubject(a, j, sp)
		return
	}
	if j == a || j >= sp.b || st.toks[j].kind != tkWord || !st.toks[j].has(tfLower) {
		return
	}
	st.strictNames = true
	ref, ok := st.np(a, j, false)
	st.strictNames = false
	if ok && !ref.fromPronoun && (ref.person || ref.party != "") {
		st.pushRecent(ref, true)
	}
	// "Russia and Putin met …": the person in a coordination with a party
	// is the "he" that follows
	if ok && !ref.person && st.isWord(j, "and") {
		k := j + 1
		for k < sp.b && (st.isNameTok(k) || st.isRoleTok(k) || st.cover[k] >= 0 || st.toks[k].is(lxHonorific)) {
			k++
		}
		if k > j+1 && k < sp.b && st.toks[k].kind == tkWord && st.toks[k].has(tfLower) {
			st.strictNames = true
			r2, ok2 := st.np(j+1, k, false)
			st.strictNames = false
			if ok2 && r2.person && !r2.fromPronoun {
				st.pushRecent(r2, true)
			}
		}
	}
}

// pluralSubject: a plural body opening a sentence ("The two leaders also
// discussed …") is what a later "they" stands for, even when it names no
// party — but only a plural one: a singular body ("the Administration")
// would take the "it" of a clause that is no one's.
func (st *story) pluralSubject(a, j int, sp span) {
	for j < sp.b && (st.toks[j].is(lxBody) || st.isWord(j, "two") || st.isNameTok(j) || st.isRoleTok(j) || st.cover[j] >= 0) {
		j++
	}
	if j >= sp.b || st.toks[j].kind != tkWord || !st.toks[j].has(tfLower) || st.toks[j].is(lxConj|lxPrep) {
		return
	}
	st.strictNames = true
	ref, ok := st.np(a, j, false)
	st.strictNames = false
	if ok && ref.plural && !ref.fromPronoun && !ref.guessed {
		st.pushRecent(ref, true)
	}
}
