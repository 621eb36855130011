package data

import "strings"

// Cues whose subject is not the noun phrase right before them:
//
//	X discussed Y and reaffirmed Z       the cue shares X with a topic verb
//	We are encouraged that X has …       X's speech act inside the author's frame
//	… to ensure, as X has said, Y        X says Y; the host clause goes on
//	a former president named X … He      X is a person, and the "he"
//
// Readouts chain a topic verb and a cue under one subject: the cue has no
// subject of its own; it shares the clause's, which stands before a verb
// that is no cue.

// irregularPast are past tenses of the verbs readouts put before a cue
// that do not end in -ed.
var irregularPast = map[string]bool{"held": true, "met": true, "spoke": true, "took": true, "made": true,
	"had": true, "gave": true, "sent": true, "began": true, "led": true, "sought": true, "saw": true,
	"went": true, "paid": true, "heard": true, "came": true, "stood": true, "set": true,
	"withdrawn": true, "taken": true, "given": true, "shown": true, "begun": true, "seen": true,
	"spoken": true, "done": true, "undertaken": true, "drawn": true, "chosen": true, "written": true}

// clauseBlockers open a clause of their own: a cue after one of them has
// that clause's subject, not the sentence's.
var clauseBlockers = map[string]bool{"who": true, "which": true, "that": true, "whom": true, "whose": true,
	"when": true, "where": true, "whereas": true, "while": true, "because": true, "if": true, "unless": true,
	"although": true, "though": true, "since": true, "whether": true}

// coordinated returns the subject a cue shares with the verb before it:
// the cue follows "and" (", and") and the sentence opens with a speaker and
// a finite verb in the same tense, with no other clause between them.
func (st *story) coordinated(h *cueHit, sp span) (speakerRef, bool) {
	return st.coordinatedFrom(h, st.openerEnd(sp), sp)
}

// coordinatedFrom is coordinated for a clause that starts at token a.
func (st *story) coordinatedFrom(h *cueHit, a int, sp span) (speakerRef, bool) {
	if h.subj || h.pron || h.ing() || h.inf || h.cf.form == formBase || h.cf.def.class == cueDescribe {
		return speakerRef{}, false
	}
	and := h.v - 1
	if and <= sp.a || !st.isWord(and, "and") || st.inQ[and] >= 0 {
		return speakerRef{}, false
	}
	j := a
	if j < and && st.toks[j].is(lxPronoun) && st.lw(j) != "it" {
		j++ // "They discussed …": a pronoun is the whole subject
	} else {
		for j < and && (st.isNameTok(j) || st.isRoleTok(j) || st.cover[j] >= 0 || st.toks[j].has(tfPoss) ||
			st.toks[j].is(lxDet|lxHonorific|lxBody|lxPossessive) || st.isWord(j, "and") ||
			st.isWord(j, "of") && j+1 < and && st.cover[j+1] >= 0 || st.isPunct(j, ",") && st.listComma(j) ||
			st.toks[j].kind == tkPunct && st.p[st.toks[j].s] == '-' && !st.toks[j].has(tfSpace)) {
			j++
		}
	}
	if j == a || j >= and {
		return speakerRef{}, false
	}
	v := j
	for v < and && st.toks[v].kind == tkWord && st.toks[v].has(tfLower) && !st.isWord(v, "to") &&
		(st.toks[v].is(lxAdverb|lxAux) || len(st.lw(v)) > 4 && strings.HasSuffix(st.lw(v), "ly")) {
		v++
	}
	if v >= and || !st.finiteLike(v, h.cf.form) {
		return speakerRef{}, false
	}
	for i := v + 1; i < and; i++ {
		t := &st.toks[i]
		if t.kind == tkQuote || st.isPunct(i, ";:()—–") || t.kind == tkWord && clauseBlockers[st.lw(i)] {
			return speakerRef{}, false
		}
	}
	if and-v > 48 {
		return speakerRef{}, false
	}
	st.strictNames = true
	ref, ok := st.np(a, j, false)
	st.strictNames = false
	if !ok || !(ref.person || ref.party != "" || ref.plural) {
		return speakerRef{}, false
	}
	return ref, true
}

// subjectBefore: a hit before hit k has a subject of its own, so the
// clause before k is that hit's, not a topic verb's.
func (st *story) subjectBefore(k int) bool {
	for i := 0; i < k; i++ {
		if st.hits[i].subj || st.hits[i].pron {
			return true
		}
	}
	return false
}

// listComma: a comma inside a subject that lists speakers ("A, B and C").
func (st *story) listComma(i int) bool {
	return i+1 < len(st.toks) && (st.isNameTok(i+1) || st.isRoleTok(i+1) || st.cover[i+1] >= 0)
}

// finiteLike: token v is a lower-case verb in the tense of a cue of the
// given form ("discussed" before "reaffirmed", "discusses" before
// "reaffirms"); no cue, no function word.
func (st *story) finiteLike(v int, form uint8) bool {
	t := &st.toks[v]
	if t.kind != tkWord || !t.has(tfLower) || t.is(lxCue|lxPrep|lxConj|lxDet|lxPronoun|lxModal|lxNeg|lxBody|lxTime) {
		return false
	}
	w := st.lw(v)
	switch form {
	case form3s:
		return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	case formPast, formPart:
		return len(w) > 3 && strings.HasSuffix(w, "ed") || irregularPast[w]
	}
	return false
}

// openerEnd skips what opens a sentence before its subject: an adjunct
// ("Today, ") or a participial phrase ("Underscoring the importance of
// X, ").
func (st *story) openerEnd(sp span) int {
	if a := st.introEnd(sp); a != sp.a {
		return a
	}
	t := &st.toks[sp.a]
	if t.kind != tkWord || !t.has(tfCap) || !strings.HasSuffix(st.lw(sp.a), "ing") {
		return sp.a
	}
	for i := sp.a + 1; i < sp.b && i < sp.a+40; i++ {
		if st.toks[i].kind == tkQuote || st.isPunct(i, ";:") {
			return sp.a
		}
		if st.isPunct(i, ",") {
			return i + 1
		}
	}
	return sp.a
}

// namedPerson reads "a former president named Tobias Marlow" from token a:
// a noun phrase, "named" or "called", then a name, followed by a
// lower-case word (the verb) or a comma. It returns where the name ends
// and the person, whose role is the noun phrase when it is a title.
func (st *story) namedPerson(a, lim int) (int, speakerRef, bool) {
	if a >= lim || !st.toks[a].is(lxDet) || st.cover[a] >= 0 {
		return 0, speakerRef{}, false
	}
	i := a + 1
	for i < lim && i < a+7 && st.toks[i].kind == tkWord && !st.isWord(i, "named") && !st.isWord(i, "called") && st.isModifier(i) {
		i++
	}
	if i == a+1 || i >= lim || !(st.isWord(i, "named") || st.isWord(i, "called")) || !st.toks[i].has(tfLower) {
		return 0, speakerRef{}, false
	}
	head := i - 1
	ns := i + 1
	e := ns
	for e < lim && e < ns+4 && (st.isNameTok(e) || st.cover[e] >= 0 && st.ments[st.cover[e]].person >= 0) {
		e++
	}
	if e == ns || e >= lim || !(st.toks[e].kind == tkWord && st.toks[e].has(tfLower) || st.isPunct(e, ",")) {
		return 0, speakerRef{}, false
	}
	if m, ok := st.mentionAt(ns); ok && (m.person < 0 || m.b != e) {
		return 0, speakerRef{}, false
	}
	idx := st.personFor(ns, e, true)
	if idx < 0 {
		return 0, speakerRef{}, false
	}
	p := &st.persons[idx]
	if p.role == "" && st.toks[head].is(lxRole) {
		k := a + 1
		p.role = st.spanText(k, i)
		if p.party == "" {
			p.party = st.roleParty(p.role)
		}
	}
	return e, st.personRef(idx), true
}

// asComma is the comma that ends an as-clause's adjuncts after its cue:
// "As we have said all along, X", "as the President said in his remarks,
// X". It returns -1 when something else follows the cue.
func (st *story) asComma(cs, lim int) int {
	if k := st.skipTo(cs, lim, ","); k >= 0 {
		return k
	}
	for i := cs; i < lim && i < cs+5; i++ {
		if st.isPunct(i, ",") {
			return i
		}
		t := &st.toks[i]
		if t.kind != tkWord || !t.has(tfLower) || t.is(lxCue) || st.isWord(i, "that") {
			return -1
		}
	}
	return -1
}

// openBefore: the clause before the comma at c stops where it needs its
// complement — after "that", "if", a preposition or an infinitive ("to
// ensure,") — so the as-clause interrupts it rather than ending it.
func (st *story) openBefore(c, lo int) bool {
	j := c - 1
	if j < lo || st.toks[j].kind != tkWord || !st.toks[j].has(tfLower) {
		return false
	}
	if st.toks[j].is(lxConj|lxPrep) && !st.isWord(j, "and") && !st.isWord(j, "or") && !st.isWord(j, "but") {
		return true
	}
	return j-1 >= lo && st.isWord(j-1, "to") && !st.toks[j].is(lxDet|lxPossessive|lxPronoun)
}

// markParens finds as-clauses in the middle of a sentence ("We urge the
// parties to ensure, as President Biden has said, immediate access"):
// what follows is the as-clause speaker's, and the clause around it is
// not cut there. A trailing one ("…, as he said.") or one before "and"
// stays as it was.
func (st *story) markParens(sp span) {
	for i := range st.hits {
		h := &st.hits[i]
		if !h.subj || h.neg || h.modal || h.passive || h.sa <= sp.a || !st.isWord(h.sa, "as") || !st.isPunct(h.sa-1, ",") {
			continue
		}
		if !st.openBefore(h.sa-1, sp.a) {
			continue
		}
		k := st.asComma(h.ce, sp.b)
		if k < 0 || k+1 >= sp.b {
			continue
		}
		words := 0
		for j := k + 1; j < sp.b && words < 3; j++ {
			if st.toks[j].kind == tkWord {
				words++
			}
		}
		if words < 3 || st.toks[k+1].is(lxConj) || st.toks[k+1].kind == tkQuote {
			continue
		}
		h.paren, h.cut = k+1, -1
	}
}

// objectAt: a party named right after a cue with no preposition is its
// object ("we continue to support Ukraine, including …"), not an adjunct
// of an attribution standing between two halves of a clause.
func (st *story) objectAt(h *cueHit, cs int) bool {
	return cs < len(st.toks) && cs == h.ce && st.cover[cs] >= 0 && h.cf.def.class != cueTell
}

// frameWords introduce a that-clause the author reacts to rather than
// reports: "We are encouraged that X has reiterated Y" is X's speech act
// inside the author's attitude.
var frameWords = map[string]bool{"encouraged": true, "heartened": true, "pleased": true, "glad": true,
	"gratified": true, "relieved": true, "welcome": true, "welcomes": true, "welcomed": true,
	"appreciate": true, "appreciates": true, "appreciated": true, "concerned": true, "troubled": true,
	"disappointed": true, "alarmed": true, "dismayed": true, "hopeful": true, "happy": true,
	"note": true, "notes": true, "noted": true}

// frameSubjects gives a cue inside such a that-clause the clause's own
// subject: "the government has reiterated", "Northern forces have
// withdrawn … and have reiterated". Speech verbs ("we note that") frame
// only in the author's own first person; others' "noted that X said"
// stays one statement.
func (st *story) frameSubjects(sp span) {
	for i := range st.hits {
		h := &st.hits[i]
		if h.subj || h.pron || h.ing() || h.inf || h.cf.form == formBase || st.inQ[h.c] >= 0 {
			continue
		}
		f := st.frameThat(h, sp)
		if f < 0 {
			continue
		}
		ref, ok := st.np(f+1, h.v, false)
		if ok && ref.fromPronoun && h.v-(f+1) == 1 && st.toks[f+1].is(lxPronoun) && st.lw(f+1) == "it" {
			ok = false // "we welcome that it has …": no one
		}
		if !ok {
			ref, ok = st.coordinatedFrom(h, f+1, sp)
		}
		if !ok || !(ref.person || ref.party != "" || ref.plural) {
			continue
		}
		h.subj, h.ref, h.sa, h.cut = true, ref, f+1, -1
	}
}

// frameThat finds the "that" of a frame before hit h, or -1.
func (st *story) frameThat(h *cueHit, sp span) int {
	for f := h.v - 1; f > sp.a; f-- {
		t := &st.toks[f]
		if t.kind == tkQuote || st.isPunct(f, ";:()—–") {
			return -1
		}
		if !st.isWord(f, "that") {
			continue
		}
		w := st.toks[f-1]
		if w.kind != tkWord || !w.has(tfLower) || !frameWords[st.lw(f-1)] {
			return -1
		}
		for k := range st.hits {
			if g := &st.hits[k]; g.c == f-1 && g.cf.def.class == cueSpeech {
				// a speech verb frames only in the author's first person
				if g.first || g.v-1 >= sp.a && (st.isWord(g.v-1, "we") || st.isWord(g.v-1, "I")) && st.inQ[g.v-1] < 0 {
					return f
				}
				return -1
			}
		}
		return f
	}
	return -1
}
