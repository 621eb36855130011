package data

import (
	"slices"
	"strings"
)

// speakerRef is who a noun phrase names: a person, a party, or a body.
type speakerRef struct {
	name   string
	role   string
	party  string
	person bool
	plural bool // "both sides", "the leaders", "officials": "they"
	gender byte // 'm', 'f' or 0
	pid    int  // 1 + index into story.persons; 0 for none
	seat   bool // a party's seat of government ("the Kremlin"): "it"

	para        int  // the paragraph it was last a subject or speaker in
	fromPronoun bool // found through "he", "its", …
	guessed     bool // the party is a guess from the context, not named
}

// storyPerson is a person met in the story, however often named.
type storyPerson struct {
	name    string
	surname string
	role    string
	party   string
	gender  byte
	guessed bool // the party was guessed from the context
}

// guessParty is the party a speaker the text does not place belongs to:
// the party that last spoke in this paragraph ("Velhaven signalled unease.
// A government spokesperson said …"), else the story's home party.
func (st *story) guessParty() string {
	if st.paraParty != "" {
		return st.paraParty
	}
	return st.home
}

// homeOnlyTitles are titles one government alone gives, by the party
// that gives them.
var homeOnlyTitles = []struct {
	words []string
	party string
}{
	{[]string{"special", "presidential", "envoy"}, "United States"},
	{[]string{"secretary", "of", "state"}, "United States"},
}

// homeOnlyTitle is the home party when role is a title only it gives.
func (st *story) homeOnlyTitle(role string) string {
	if st.home == "" {
		return ""
	}
	rw := st.wordsOfRole(role)
	for _, t := range homeOnlyTitles {
		if t.party == st.home && containsWords(rw, t.words) {
			return st.home
		}
	}
	return ""
}

// mention is a party or known person named in the text.
type mention struct {
	a, b   int   // token span; a includes the article of "the West"
	party  int32 // -1 for a person
	person int32 // gazetteer person (global or declared), -1 for a party
	kind   aliasKind
}

// story is the state of attributing one briefing: scratch space for the
// current paragraph, the people met so far, and what pronouns can mean.
type story struct {
	a  *Attributor
	b  *Briefing
	tz tokenizer
	ov *gazIndex // what the front matter declares; nil when nothing

	home  string     // the party of the dateline, for bodies that name none
	thome string     // the party of a transcript's officials, when labels do not say
	we    speakerRef // the group a joint statement's "we" is
	weOK  bool

	labels      map[string]speakerRef // transcript labels already resolved
	strictNames bool                  // only titled single names are people (outside a cue's subject)
	turnSpeaker string                // the speaker of the current turn
	turnParty   string                // and the party it speaks for
	labelOff    int                   // where a turn starts after a label left in the text

	// the current paragraph
	p     string
	pi    int // 1-based; 0 for the headline
	label bool
	toks  []token
	inQ   []int32
	qp    []span
	sents []span
	cover []int32 // for each token, the mention covering it, or -1
	ments []mention
	sent  int // sentences read so far in the story

	paraParty string // the party of the last party or body speaking in this paragraph
	metBefore int    // how many persons were met before this paragraph
	persons   []storyPerson
	recent    []speakerRef // most recent first: what a pronoun may stand for
	hits      []cueHit
	nextCut   []int
	qend      []int32 // for an opening quotation mark, the end of its quotation
	stmts     []Statement
	spk       []Speaker      // the pooled buffer of the briefing's speakers, copied out like stmts
	spkExact  map[string]int // speaker index by name as written
	spkFold   map[string]int // and by its lower case
	parties   map[string]bool
	roleWords map[string][]string // wordsOf each role asked about, kept: the same few are asked for again and again

	lastStmtPara int  // paragraph of the last statement outside transcripts
	lastDirect   bool // whether it was a quotation
	lastRef      speakerRef

	byline     speakerRef // the signatory of a one-author statement: its "I"
	bylineOK   bool
	bylineFree bool // no transcript turns: a byline may be found
	bylinePara int  // the paragraph of the byline
	openCarry  bool // the previous paragraph ended inside a quotation

	// a quotation that ran to the end of its paragraph with no speaker: the
	// next paragraph's quotation, once attributed, gives it one
	pending struct {
		ok         bool
		pi, at     int // its paragraph; where it goes in stmts
		start, end int
		text       string
		next       int // byte offset where the next paragraph's quotation starts
	}
}

func (st *story) reset(a *Attributor, b *Briefing) {
	st.a, st.b = a, b
	st.tz.lex = a.lex
	st.ov = nil
	st.home, st.thome, st.turnSpeaker = "", "", ""
	st.we, st.weOK = speakerRef{}, false
	st.labels = nil
	st.persons = st.persons[:0]
	st.recent = st.recent[:0]
	st.stmts = st.stmts[:0] // the pooled buffer; run copies it out at its exact length
	st.spk = st.spk[:0]
	if st.spkExact == nil {
		st.spkExact, st.spkFold = map[string]int{}, map[string]int{}
	}
	st.parties = map[string]bool{}
	if st.roleWords == nil {
		st.roleWords = map[string][]string{}
	}
	st.sent = 0
	st.lastStmtPara, st.lastDirect, st.openCarry = -10, false, false
	st.lastRef = speakerRef{}
	st.byline, st.bylineOK, st.bylineFree, st.bylinePara = speakerRef{}, false, false, -1
	st.pending.ok = false
	b.Parties, b.Speakers, b.Statements = nil, nil, nil
}

// release drops references to the briefing so the pooled scratch space
// does not keep it alive.
func (st *story) release() {
	st.a, st.b, st.ov = nil, nil, nil
	clear(st.stmts) // drop the strings the pooled buffers point at
	st.stmts = st.stmts[:0]
	clear(st.spk)
	st.spk = st.spk[:0]
	clear(st.spkExact)
	clear(st.spkFold)
	st.p = ""
	st.parties = nil
	clear(st.roleWords)
	clear(st.persons[:cap(st.persons)])
	st.persons = st.persons[:0]
	st.recent = st.recent[:0]
}

// speakerIndex is the index in the briefing's speakers of the one named
// name, whatever its case, or -1. Names are looked up as written first, so
// a name is lower-cased once per story, not once per statement.
func (st *story) speakerIndex(name string) int {
	if i, ok := st.spkExact[name]; ok {
		return i
	}
	i, ok := st.spkFold[strings.ToLower(name)]
	if !ok {
		return -1
	}
	st.spkExact[name] = i
	return i
}

// addSpeaker appends a speaker not met before in this story.
func (st *story) addSpeaker(sp Speaker) {
	st.spkExact[sp.Name] = len(st.spk)
	st.spkFold[strings.ToLower(sp.Name)] = len(st.spk)
	st.spk = append(st.spk, sp)
}

// wordsOfRole is wordsOf(role), computed once per story. The caller must
// not change the slice.
func (st *story) wordsOfRole(role string) []string {
	if w, ok := st.roleWords[role]; ok {
		return w
	}
	w := wordsOf(role)
	st.roleWords[role] = w
	return w
}

func (st *story) run() {
	b := st.b
	st.declare()
	if b.Dateline != "" {
		d := b.Dateline
		if i := strings.IndexByte(d, ','); i > 0 {
			d = d[:i]
		}
		if id, ok := st.resolveParty(d); ok {
			st.home = st.partyName(id)
		}
	}
	if st.home == "" {
		if id, ok := st.a.g.partyOfURL(b.Source); ok {
			st.home = st.partyName(id)
		}
	}
	transcript := false
	for _, p := range b.Paragraphs {
		if p.Label != "" {
			transcript = true
			break
		}
	}
	if transcript {
		st.transcriptHome()
	}
	st.bylineFree = !transcript && st.bylineAllowed()
	if !transcript {
		st.we, st.weOK = st.jointGroup()
	}
	solo, soloLabel, soloOff := -1, "", 0
	if !transcript {
		if solo, soloLabel, soloOff = st.soloTurn(); solo >= 0 {
			st.transcriptHome()
		}
	}
	st.paragraph(0, b.Title, "")
	inSolo := false
	for i, p := range b.Paragraphs {
		if p.Style.Block == BlockCode {
			continue
		}
		label := p.Label
		switch {
		case i == solo:
			inSolo, label, st.labelOff = true, soloLabel, soloOff
		case inSolo && p.Style.Block != BlockHeading && !endsTurns(p.Text):
			label = soloLabel // the remarks go on
		default:
			inSolo = false
		}
		st.paragraph(i+1, p.Text, label)
		st.labelOff = 0
	}
	// A copy at its exact length: growing a fresh slice per story by
	// doubling was half of what a load allocated.
	// None is nil whether the pooled buffer is fresh or reused, so the
	// same input always gives the same briefing.
	if len(st.stmts) > 0 {
		b.Statements = slices.Clone(st.stmts)
	}
	if len(st.spk) > 0 {
		b.Speakers = slices.Clone(st.spk)
	}
}

// declare builds the overlay of the briefing's front matter: its parties
// and speakers extend the gazetteer for this briefing and win over it.
func (st *story) declare() {
	d := st.b.Declared
	if len(d.Parties) == 0 && len(d.Speakers) == 0 {
		return
	}
	key := declKey(d)
	if ov, ok := st.a.overlays.Load(key); ok {
		st.ov = ov.(*gazIndex)
		return
	}
	g := st.a.g
	ov := newGazIndex(int32(len(g.parties)), int32(len(g.people)))
	var parties []PartyEntry
	for _, p := range d.Parties {
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		parties = append(parties, PartyEntry{Name: p.Name, Aliases: p.Aliases})
	}
	ov.addParties(&st.tz, parties, g)
	var people []PersonEntry
	for _, s := range d.Speakers {
		if strings.TrimSpace(s.Name) == "" {
			continue
		}
		people = append(people, PersonEntry{Name: s.Name, Role: s.Role, Party: s.Party, Aliases: s.Aliases})
	}
	ov.addPeople(&st.tz, people, g, false)
	ov.finish()
	st.ov = ov
	if st.a.nOverlays.Add(1) <= maxOverlays {
		st.a.overlays.Store(key, ov)
	}
}

// declKey identifies what front matter declares, for the overlay cache.
func declKey(d Declared) string {
	var sb strings.Builder
	for _, p := range d.Parties {
		sb.WriteString(p.Name)
		for _, a := range p.Aliases {
			sb.WriteByte(0)
			sb.WriteString(a)
		}
		sb.WriteByte(1)
	}
	sb.WriteByte(2)
	for _, s := range d.Speakers {
		for _, f := range []string{s.Name, s.Role, s.Party} {
			sb.WriteString(f)
			sb.WriteByte(0)
		}
		for _, a := range s.Aliases {
			sb.WriteString(a)
			sb.WriteByte(0)
		}
		sb.WriteByte(1)
	}
	return sb.String()
}

func (st *story) resolveParty(name string) (int32, bool) {
	if st.ov != nil {
		return st.ov.resolveParty(name, st.a.g)
	}
	return st.a.g.resolveParty(name, nil)
}

func (st *story) partyName(id int32) string {
	if id < 0 {
		return ""
	}
	if st.ov != nil {
		return st.ov.partyNameIn(id, st.a.g)
	}
	return st.a.g.partyNameIn(id, nil)
}

func (st *story) personInfo(id int32) *personInfo {
	g := st.a.g
	if int(id) < len(g.people) {
		return &g.people[id]
	}
	if st.ov != nil && int(id-st.ov.pbase) < len(st.ov.people) {
		return &st.ov.people[id-st.ov.pbase]
	}
	return nil
}

// paragraph reads one paragraph: mentions, then sentence by sentence.
func (st *story) paragraph(pi int, text, label string) {
	st.p, st.pi, st.label = text, pi, label != ""
	st.turnSpeaker, st.turnParty, st.paraParty = "", "", ""
	st.toks = st.tz.tokenize(text, st.toks[:0])
	n := len(st.toks)
	st.inQ = growInt32(st.inQ, n)
	st.cover = growInt32(st.cover, n)
	st.qp = pairQuotes(text, st.toks, st.inQ, st.qp[:0])
	st.qend = growInt32(st.qend, n)
	for _, q := range st.qp {
		st.qend[q.a] = int32(q.b)
	}
	st.sents = splitSentences(text, st.toks, st.inQ, st.sents[:0])
	st.metBefore = len(st.persons)
	st.findMentions()

	if label != "" {
		st.turn(label)
	}
	if pi == 0 {
		return // the headline: parties and people, no statements
	}
	if pi <= 3 && label == "" && (pi <= 2 && !st.bylineOK || st.bylinePara == pi-1) {
		// a byline names its person even where its "I" is a turn's; a
		// second one under it makes a panel, whose "I" is anyone's
		if r, ok := st.bylineAt(); ok {
			if st.bylinePara == pi-1 {
				st.bylineOK = false
				st.bylineFree = false
			} else {
				st.byline, st.bylineOK, st.bylinePara = r, st.bylineFree, pi
			}
			return
		}
	}
	if !st.label && st.openCarry && n > 0 && st.toks[0].kind == tkQuote && st.toks[0].has(tfOpen) {
		st.lastDirect = true // a quotation continued from the paragraph before
	}
	if st.pending.ok && (pi != st.pending.pi+1 || n == 0 || st.toks[0].kind != tkQuote) {
		st.pending.ok = false
	}
	for _, s := range st.sents {
		st.sentence(s)
		st.sent++
	}
	st.pending.ok = false
	st.openCarry = len(st.qp) > 0 && st.qp[len(st.qp)-1].b == n && findClose(st.toks, st.qp[len(st.qp)-1].a) < 0
	if st.openCarry && !st.label {
		q := st.qp[len(st.qp)-1]
		ia, ib := st.trimClause(q.a+1, n)
		covered := false
		for i := len(st.stmts) - 1; i >= 0 && int(st.stmts[i].Paragraph) == pi; i-- {
			if int(st.stmts[i].Span.End) >= int(st.toks[ib-1].e) {
				covered = true
			}
		}
		if ia < ib && !covered {
			st.pending.ok, st.pending.pi, st.pending.at = true, pi, len(st.stmts)
			st.pending.start, st.pending.end = int(st.toks[ia].s), int(st.toks[ib-1].e)
			st.pending.text = st.spanText(ia, ib)
		}
	}
}

func growInt32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// findMentions marks the parties and known people named in the paragraph,
// longest name first, and notes the parties in order of first mention.
func (st *story) findMentions() {
	st.ments = st.ments[:0]
	for i := range st.cover {
		st.cover[i] = -1
	}
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tkWord || t.has(tfPoss) {
			continue
		}
		w := t.text(st.p)
		best, bestLen := nameSeq{}, -1
		try := func(l []nameSeq) {
			for _, s := range l {
				if len(s.rest) <= bestLen {
					return
				}
				if st.seqAt(i+1, s.rest) && (!s.needThe || i > 0 && strings.EqualFold(toks[i-1].text(st.p), "the")) {
					best, bestLen = s, len(s.rest)
					return
				}
			}
		}
		lower := t.has(tfLower)
		if st.ov != nil {
			try(st.ov.lookup(w, lower))
		}
		try(st.a.g.lookup(w, lower))
		if bestLen < 0 && t.has(tfUpper) && len(w) > 3 {
			continue // ALL-CAPS headings: names are matched in their normal case
		}
		if bestLen < 0 {
			continue
		}
		if best.kind == akCapital && bestLen == 0 && st.firstName(i) {
			continue // "Sofia Lenk", "Washington Post": not the capital
		}
		m := mention{a: i, b: i + 1 + bestLen, party: best.party, person: best.person, kind: best.kind}
		if best.needThe {
			m.a = i - 1
		}
		// "Georgia’s" and "U.S.-drafted" name parties too; "Kremlin" in
		// "Kremlin adviser" still names Russia.
		idx := int32(len(st.ments))
		st.ments = append(st.ments, m)
		for k := m.a; k < m.b; k++ {
			st.cover[k] = idx
		}
		if m.party >= 0 {
			st.addParty(st.partyName(m.party))
		} else if pi := st.personInfo(m.person); pi != nil {
			st.notePerson(pi, m)
		}
		i = m.b - 1
	}
	st.findTitledPeople()
}

// findTitledPeople registers the people a title introduces wherever they
// stand ("met with Kestrian Deputy Foreign Minister Jonas Vell"), so that
// "Vell" later is the same person, with that role and party.
func (st *story) findTitledPeople() {
	for i := 0; i+1 < len(st.toks); i++ {
		t := &st.toks[i]
		if !(t.is(lxTitle) || t.is(lxHonorific)) || st.cover[i] >= 0 || !st.isNameTok(i+1) || st.cover[i+1] >= 0 {
			continue
		}
		e := i + 1
		for e < len(st.toks) && (st.isNameTok(e) ||
			st.toks[e].kind == tkPunct && st.p[st.toks[e].s] == '-' && !st.toks[e].has(tfSpace) && e+1 < len(st.toks) && st.isNameTok(e+1)) {
			e++
			if st.pi == 0 && st.knownSurname(st.toks[e-1].text(st.p)) != nil {
				break // "President Biden Names Nineteenth Round": a surname ends the name
			}
		}
		if st.pi == 0 && e-i > 3 {
			continue // a Title-Case headline runs words together
		}
		if e < len(st.toks) && st.cover[e] >= 0 {
			continue // "President Xandor Vell of …" is fine; a name running into a party is not
		}
		a := st.roleBefore(i + 1).start
		if a > i {
			a = i
		}
		st.personNP(a, e)
		i = e - 1
	}
}

// firstName: a one-word capital followed by a capitalised word the
// lexicon does not know is a given name or part of another name.
func (st *story) firstName(i int) bool {
	if i+1 >= len(st.toks) {
		return false
	}
	n := &st.toks[i+1]
	if n.kind != tkWord || !n.has(tfCap) || n.has(tfUpper) || n.lex != nil || n.has(tfSpace) == false {
		return false
	}
	w := n.text(st.p)
	if st.ov != nil && len(st.ov.first[w]) > 0 || len(st.a.g.first[w]) > 0 {
		return false
	}
	return true
}

func (st *story) seqAt(i int, rest []string) bool {
	if i+len(rest) > len(st.toks) {
		return false
	}
	for k, w := range rest {
		if st.toks[i+k].text(st.p) != w {
			return false
		}
	}
	return true
}

func (st *story) addParty(name string) {
	if name == "" || st.parties[name] {
		return
	}
	st.parties[name] = true
	st.b.Parties = append(st.b.Parties, name)
}

// notePerson registers a known person met in the text, with the role the
// text gives ("Senior Kremlin adviser Yuri Ushakov") when it gives one.
func (st *story) notePerson(pi *personInfo, m mention) int {
	role := st.roleBefore(m.a)
	idx := st.personByName(pi.name)
	if idx < 0 {
		st.persons = append(st.persons, storyPerson{name: pi.name, surname: pi.surname, role: pi.role, party: pi.party, gender: pi.gender})
		idx = len(st.persons) - 1
	}
	if role.text != "" {
		st.persons[idx].role = role.text
		if st.persons[idx].party == "" {
			st.persons[idx].party = role.party
		}
	}
	if st.persons[idx].party != "" {
		st.addParty(st.persons[idx].party)
	}
	st.pushRecent(st.personRef(idx), false)
	return idx
}

func (st *story) personByName(name string) int {
	for i := range st.persons {
		if st.persons[i].name == name {
			return i
		}
	}
	return -1
}

func (st *story) personRef(i int) speakerRef {
	p := &st.persons[i]
	return speakerRef{name: p.name, role: p.role, party: p.party, person: true, gender: p.gender, pid: i + 1}
}

// pushRecent makes r the most recent referent for pronouns. Mentions go
// behind subjects already pushed in the same sentence, so that the subject
// of "Biden met Abbas" stays the "he" of the next sentence.
func (st *story) pushRecent(r speakerRef, subject bool) {
	r.fromPronoun = false
	r.para = st.pi
	for i := range st.recent {
		if st.recent[i].name == r.name {
			copy(st.recent[i:], st.recent[i+1:])
			st.recent = st.recent[:len(st.recent)-1]
			break
		}
	}
	if len(st.recent) >= 16 {
		st.recent = st.recent[:15]
	}
	st.recent = append(st.recent, speakerRef{})
	copy(st.recent[1:], st.recent)
	st.recent[0] = r
}

// resolvePronoun finds what he/she/it/they (gender 'm','f','i','t')
// stands for: the most recent compatible speaker or subject.
func (st *story) resolvePronoun(g byte) (speakerRef, bool) {
	for _, r := range st.recent {
		switch g {
		case 'm', 'f':
			if r.person && (r.gender == 0 || r.gender == g) {
				return r, true
			}
		case 'i':
			if !r.person && !r.plural {
				return r, true
			}
		case 't':
			// "they" reaches back two paragraphs at most: further back it is
			// more often the people a paragraph is about than a speaker
			if r.plural && r.para >= st.pi-2 {
				return r, true
			}
		}
	}
	return speakerRef{}, false
}

// emit records a statement and its speaker.
func (st *story) emit(r speakerRef, kind Kind, cue string, a, b int, text string) {
	if text == "" || r.name == "" {
		return
	}
	if r.pid > 0 && r.pid <= len(st.persons) {
		p := &st.persons[r.pid-1]
		if p.party == "" && p.role != "" && !st.freeRole(p.role) {
			// "Ambassador Fagin" in a State Department release, "Foreign
			// Minister X" under a Moscow dateline: the home party's; a
			// title only the home government gives is its even when
			// another party spoke last
			if h := st.homeOnlyTitle(p.role); h != "" {
				p.party, p.guessed = h, true
			} else if g := st.guessParty(); g != "" {
				p.party, p.guessed = g, true
			}
		}
		r.name, r.role, r.party = p.name, p.role, p.party
		r.guessed = r.guessed || p.guessed
	}
	if !r.person && !r.plural && r.party != "" && !r.guessed {
		st.paraParty = r.party
	}
	st.addParty(r.party)
	if i := st.speakerIndex(r.name); i >= 0 {
		sp := &st.spk[i]
		r.name = sp.Name // one speaker, one spelling: "Officials" and "officials"
		if sp.Role == "" {
			sp.Role = r.role
		}
		if sp.Party == "" {
			sp.Party = r.party
		}
	} else {
		st.addSpeaker(Speaker{Name: r.name, Role: r.role, Party: r.party, Person: r.person})
	}
	if st.pending.ok && kind == Direct && st.pi == st.pending.pi+1 && len(st.toks) > 0 && a <= int(st.toks[0].e)+1 {
		// “A … (end of paragraph) / “B,” he said.  — A is his too
		pd := Statement{Speaker: r.name, Role: r.role, Party: r.party, Kind: Direct,
			Text: st.pending.text, Paragraph: int32(st.pending.pi), Span: Span{int32(st.pending.start), int32(st.pending.end)}}
		st.stmts = append(st.stmts, Statement{})
		copy(st.stmts[st.pending.at+1:], st.stmts[st.pending.at:])
		st.stmts[st.pending.at] = pd
		st.pending.ok = false
	}
	st.stmts = append(st.stmts, Statement{
		Speaker: r.name, Role: r.role, Party: r.party, Kind: kind, Cue: cue,
		Text: text, Paragraph: int32(st.pi), Span: Span{int32(a), int32(b)},
	})
	if !st.label {
		st.lastStmtPara, st.lastDirect, st.lastRef = st.pi, kind == Direct, r
	}
}
