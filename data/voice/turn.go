package voice

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/text"
)

// Transcripts: every labelled paragraph ("MR PRICE: …", "Q …") is one
// turn of the labelled speaker, a question when a reporter asks it. The
// parser labels a transcript of two turns or more; a speech of one turn
// ("THE PRESIDENT: Good afternoon." and the paragraphs after it) is found
// here.

// turns finds the transcript turns of the document.
func (c *doc) turns() []Turn {
	labels := map[string]Turn{}
	var out []Turn
	labelled := false
	for _, p := range c.d.Paragraphs {
		if p.Label != "" {
			labelled = true
			break
		}
	}
	var last *Turn // the turn an unlabelled paragraph may continue
	c.officials = c.officialsCall()
	if !labelled {
		c.runIns = c.runInList()
	}
	for i, p := range c.d.Paragraphs {
		label, off := p.Label, 0
		if !labelled && label == "" && !p.Heading {
			if l, o, ok := c.soloLabel(p.Text); ok && (len(out) == 0 || last == nil) {
				label, off = l, o
			}
		}
		switch {
		case p.Heading:
			last = nil
			continue
		case label == "":
			if last != nil && stageDirection(p.Text) {
				continue // "(Applause.)" between paragraphs of one speech
			}
			if last == nil || c.closes(p.Text) || text.RunInHeading(p.Text) {
				last = nil
				continue
			}
			// a paragraph after a turn that the parser left unlabelled
			// (it follows a stage direction, or the speech has one turn)
			// goes on with that turn
			t := *last
			t.Para = i
			if t.Start, t.End = span(c.r.Lexicon, p.Text, 0); t.Start < t.End {
				out = append(out, t)
			}
			continue
		}
		t, ok := labels[label]
		if !ok {
			t = c.turnOf(label)
			if t.Speaker.Name == "" {
				// a label brief cannot read ("Iraq and Afghanistan Veterans
				// of America"): the speaker is the label as written, and
				// the words that looked like a party are no evidence
				t.Speaker = resolve.Speaker{Name: strings.TrimSpace(label), Party: -1}
			}
			labels[label] = t
		}
		t.Para = i
		t.Start, t.End = span(c.r.Lexicon, p.Text, off)
		if t.Start < t.End {
			out = append(out, t)
		}
		// a speech goes on in the paragraphs after its one label; in a
		// labelled transcript the parser has joined them already, and
		// what it left apart follows a stage direction
		last = &Turn{Speaker: t.Speaker, Question: t.Question}
	}
	return out
}

// turnOf resolves a label.
func (c *doc) turnOf(label string) Turn {
	if strings.Contains(label, ", ") {
		// "Speaker of the House, Kestrian Deputy Ana Velk": the part that
		// names a person
		for part := range strings.SplitSeq(label, ", ") {
			if t := c.turnOf(part); t.Speaker.Person {
				return t
			}
		}
	}
	if upperCase(label) {
		// the gazetteer's names are matched as written: "WHITE HOUSE AIDE"
		// is read as "White House Aide"
		label = titleCase(label)
	}
	ws := c.r.words(label)
	t := Turn{Speaker: resolve.Speaker{Party: -1}}
	// a name the briefing declares or the gazetteer knows, whole:
	// "MODERATOR" declared for the conference's host, "ANA VELK"
	if id, ok := c.r.Index.PersonID(label); ok {
		m := member{kind: personMember, person: id, party: -1}
		t.Speaker = c.speaker(&m)
		return t
	}
	if len(ws) > 0 && ws[0].is(lexicon.QuestionLabel) {
		t.Question = true
		t.Speaker.Name = "Reporter"
		return t
	}
	core := ws
	if len(core) > 0 && core[0].lower() == "the" {
		core = core[1:]
	}
	if len(core) > 0 && c.r.Lexicon.IsPhrase(texts(core), lexicon.NeutralLabel) {
		t.Speaker.Name = titleCase(label[core[0].start:])
		if c.officials {
			t.Speaker.Party = c.home // the call's moderator is its government's staff
		}
		return t
	}
	// "SENIOR ADMINISTRATION OFFICIAL 2", "… NUMBER TWO": the number
	// tells one anonymous official from another
	k := numbered(ws)
	m, e, ok := c.r.memberAt(label, ws[:k], 0)
	if ok && (m.kind == partyMember || m.kind == bodyMember) && e < k {
		// a party's name opens a longer one, no party's: "West Wendover
		// Mayor Ana Velk", "Jordan Velk", "Iraq and Afghanistan Veterans
		// of America"
		if m, ok = c.partyWordsOpen(label, ws[:k], e); !ok {
			t.Speaker.Name = label // as written (an upper-case label is title-cased above)
			return t
		}
	}
	if !ok {
		t.Speaker.Name = titleCase(label)
		return t
	}
	if m.person < 0 && len(m.name) > 0 {
		if cm := c.castByName(m.name); cm != nil {
			t.Speaker = c.speaker(cm)
			return t
		}
		if id, ok := c.bySurname(m.name, m.title); ok {
			m.person = id
		}
	}
	if m.person < 0 && len(m.name) > 0 {
		// a name no one knows: written as the page writes it
		m.name = strings.Fields(titleCase(strings.Join(m.name, " ")))
		for i := range m.title {
			m.title[i] = titleCase(m.title[i])
		}
		if m.party < 0 && c.home >= 0 && (c.homeGroup(m.title) || c.officials) {
			// "SENIOR ADMINISTRATION OFFICIAL NUMBER ONE"; the staff who
			// run a call of the government's anonymous officials
			m.party = c.home
		}
	}
	if !m.named() {
		title := make([]string, len(m.title))
		for i := range m.title {
			title[i] = titleCase(m.title[i])
		}
		t.Speaker = c.byTitle(title, m.party)
		if k < len(ws) && t.Speaker.Name == strings.Join(title, " ") {
			t.Speaker.Name += " " + label[ws[k].start:ws[len(ws)-1].end]
		}
		return t
	}
	t.Speaker = c.speaker(&m)
	return t
}

// partyWordsOpen reads a label whose first words, to e, name a party
// but open a longer name: the person the rest names, the first words
// part of the name ("Jordan Velk") or of the title ("West Wendover
// Mayor"); not ok when the rest is no one's name to its end.
func (c *doc) partyWordsOpen(label string, ws []word, e int) (member, bool) {
	m, end, ok := c.r.memberAt(label, ws, e)
	if !ok || end < len(ws) || !m.named() || m.person >= 0 || m.kind != personMember {
		return member{}, false
	}
	first := texts(ws[:e])
	if len(m.title) == 0 {
		m.name = append(first, m.name...)
	} else {
		m.title = append(first, m.title...)
	}
	m.party = -1
	return m, true
}

// numbered is where the number that ends a label's words starts ("2",
// "Number Two", "No. 3"), or len(ws) when it has none.
func numbered(ws []word) int {
	n := len(ws)
	if n < 2 || !digits(ws[n-1].text) && !numberWords[ws[n-1].lower()] {
		return n
	}
	k := n - 1
	if l := ws[k-1].lower(); l == "number" || l == "no." || ws[k-1].punct("#") {
		k--
	}
	if k == 0 {
		return n
	}
	return k
}

var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// transcriptHome is the party a transcript speaks for when its address
// does not say: its host's, whom the byline over the turns names ("Ana
// Velk, Department Spokesperson", "Office of the Spokesperson"), or the
// government whose own term a label uses for its anonymous officials
// ("SENIOR ADMINISTRATION OFFICIAL").
func (c *doc) transcriptHome() int32 {
	labelled := false
	for _, p := range c.d.Paragraphs {
		if p.Label == "" {
			continue
		}
		labelled = true
		ws := c.r.words(p.Label)
		for i := range ws {
			if ph, ok := c.r.phraseAt(ws, i, lexicon.LabelGovernment); ok {
				if id, ok := c.r.Index.PartyID(ph.Arg); ok {
					return id
				}
			}
		}
	}
	if !labelled {
		return -1
	}
	if sp, ok := c.bylineAuthor(); ok && !sp.Group {
		return sp.Party
	}
	return -1
}

// officialsCall: a government's press call, where speakers are the
// officials it keeps anonymous ("SENIOR ADMINISTRATION OFFICIAL") and the
// staff who run the call, named but not known, so all of them are the
// government's. A known person in the call makes it a meeting of parties.
func (c *doc) officialsCall() bool {
	if c.home < 0 {
		return false
	}
	anonymous := false
	for _, p := range c.d.Paragraphs {
		if p.Label == "" {
			continue
		}
		label := p.Label
		if upperCase(label) {
			label = titleCase(label)
		}
		ws := c.r.words(label)
		if len(ws) == 0 || ws[0].is(lexicon.QuestionLabel) || c.r.Lexicon.IsPhrase(texts(ws), lexicon.NeutralLabel) {
			continue
		}
		m, _, ok := c.r.memberAt(label, ws, 0)
		switch {
		case !ok:
		case !m.named() && c.homeGroup(m.title):
			anonymous = true
		case m.person >= 0 || c.castByName(m.name) != nil:
			return false
		default:
			if _, known := c.bySurname(m.name, m.title); known {
				return false
			}
		}
	}
	return anonymous
}

// castByName finds the person of the document's head that a label's
// name words name: the surname ("BLINKEN") or the full name.
func (c *doc) castByName(name []string) *member {
	n := strings.Join(name, " ")
	for i := range c.cast {
		m := &c.cast[i]
		if !m.named() {
			continue
		}
		full := strings.Join(m.name, " ")
		if m.person >= 0 {
			full = c.r.Index.Person(m.person).Name
		}
		if strings.EqualFold(full, n) || m.person >= 0 && strings.EqualFold(c.r.Index.Person(m.person).Surname, n) {
			return m
		}
		// the first or last word of a short name the gazetteer does not
		// know: "PRESIDENT YOON" for "President Yoon Suk Yeol", "MR. VELK"
		// for "Ana Velk"
		if f := strings.Fields(full); len(name) == 1 && len(f) <= 3 &&
			(strings.EqualFold(f[len(f)-1], n) || m.person < 0 && strings.EqualFold(f[0], n)) {
			return m
		}
	}
	return nil
}

// bySurname finds the one known person with this surname; with several,
// the one whose role has the label's title, or who is of the home party.
func (c *doc) bySurname(name, title []string) (int32, bool) {
	if len(name) != 1 {
		return -1, false
	}
	ix := c.r.Index
	ids := ix.BySurname(titleCase(name[0]))
	if len(ids) == 0 {
		ids = ix.BySurname(name[0])
	}
	if len(ids) == 1 {
		return ids[0], true
	}
	var fit []int32
	for _, id := range ids {
		p := ix.Person(id)
		if len(title) > 0 && sameOffice(c.r.Lexicon, strings.Fields(p.Role), title) {
			fit = append(fit, id)
		}
	}
	if len(fit) == 1 {
		return fit[0], true
	}
	return -1, false
}

// soloLabel reads a speech's one label at the start of a paragraph:
// upper-case ("THE PRESIDENT: …", "SECRETARY VELK: …"), or in title case
// after a title ("Foreign Minister Marrow: …"). The label must name a
// speaker by title, honorific or known name, so that "UPDATE:" and
// "Washington:" stay prose.
func (c *doc) soloLabel(s string) (string, int, bool) {
	colon := strings.IndexByte(s, ':')
	if colon < 2 || colon > 64 || colon+2 >= len(s) || s[colon+1] != ' ' {
		return "", 0, false
	}
	label := strings.TrimSpace(s[:colon])
	ws := c.r.words(label)
	if len(ws) == 0 || len(ws) > 6 || ws[0].is(lexicon.QuestionLabel) {
		return "", 0, false
	}
	for i := range ws {
		w := &ws[i]
		if w.tok.Kind != text.Word && !w.punct(".") && !w.punct("-") {
			return "", 0, false
		}
		if !upperCase(label) && !w.cap() && w.lower() != "of" && w.lower() != "the" {
			return "", 0, false
		}
	}
	core := ws
	if core[0].lower() == "the" {
		core = core[1:]
	}
	if len(core) == 0 || c.r.Lexicon.IsPhrase(texts(core), lexicon.NeutralLabel) {
		return "", 0, false
	}
	if upperCase(label) {
		ws = c.r.words(titleCase(label))
	} else if !ws[0].titleWord() {
		return "", 0, false
	}
	m, e, ok := c.r.memberAt(label, ws, 0)
	if !ok || e != len(ws) || m.kind != personMember {
		return "", 0, false
	}
	// a title, or a name someone knows: "SUBJECT:" and "NOTE:" are none;
	// among run-in headings, a name someone knows
	if (c.runIns && len(m.name) > 0 || !hasHead(c.r.Lexicon, m.title)) && m.person < 0 && c.castByName(m.name) == nil {
		if _, ok := c.bySurname(m.name, nil); !ok {
			return "", 0, false
		}
	}
	return label, colon + 1, true
}

// runInList reports a document whose paragraphs open with run-in
// headings, two or more that are no speaker's label: a fact sheet's
// list ("Roads: The ministry opened …", "Bridges: …").
func (c *doc) runInList() bool {
	n := 0
	for _, p := range c.d.Paragraphs {
		if p.Heading {
			continue
		}
		if _, ok := text.RunInLead(p.Text); !ok {
			continue
		}
		if _, _, ok := c.soloLabel(p.Text); !ok {
			n++
		}
		if n == 2 {
			return true
		}
	}
	return false
}

// closes reports the lines that close a transcript and belong to no
// one: "END", "END 4:15 P.M. EDT", "# # #", a time stamp.
func (c *doc) closes(s string) bool {
	s = strings.TrimSpace(s)
	if strings.Trim(s, "#* ") == "" {
		return true
	}
	a, b := 0, len(s)
	b = trimTail(c.r.Lexicon, s, a, b)
	return a >= b
}

// stageDirection: a paragraph that is one parenthesised note ("(Applause.)").
func stageDirection(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') && !strings.ContainsAny(s[1:len(s)-1], "()[]")
}

// span is the spoken text of a turn's paragraph from off: without the
// space around it, and ending before the stage directions and time
// stamps that close it ("Thank you. (Applause.)", "… END 3:24 P.M. EDT").
func span(l *lexicon.Lexicon, s string, off int) (int32, int32) {
	a := off
	for a < len(s) && isSpace(s[a]) {
		a++
	}
	b := trimTail(l, s, a, len(s))
	return int32(a), int32(b)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// trimTail moves b back over what closes a turn and is no one's speech.
func trimTail(l *lexicon.Lexicon, s string, a, b int) int {
	for {
		for b > a && isSpace(s[b-1]) {
			b--
		}
		nb := b
		switch {
		case b > a && (s[b-1] == ')' || s[b-1] == ']'):
			open := strings.LastIndexAny(s[a:b-1], "([")
			if open < 0 {
				return b
			}
			open += a
			inner := strings.TrimSpace(s[open+1 : b-1])
			if !direction(inner) || !endsSentence(s, a, open) {
				return b
			}
			nb = open
		case strings.HasSuffix(s[a:b], "#"):
			nb = len(strings.TrimRight(s[:b], "# "))
			if nb < a {
				nb = a
			}
		default:
			if e := timeStampStart(l, s, a, b); e >= 0 {
				nb = e
				break
			}
			w := lastWord(s, a, b)
			if w < b && upperCase(s[w:b]) && l.Is(s[w:b], lexicon.TurnEnd) && endsSentence(s, a, w) {
				nb = w
			}
		}
		if nb == b {
			return b
		}
		b = nb
	}
}

// direction: the inside of a stage direction, a short note in sentence
// case ("Applause.", "Laughter", "Speaks in English.", "inaudible").
func direction(s string) bool {
	if s == "" || len(s) > 60 || strings.ContainsAny(s, "“”\"") {
		return false
	}
	n := len(strings.Fields(s))
	return n <= 3 || strings.HasSuffix(s, ".") && n <= 8
}

// endsSentence: what comes before i is nothing, or ends a sentence or a
// broken-off phrase.
func endsSentence(s string, a, i int) bool {
	j := i
	for j > a && isSpace(s[j-1]) {
		j--
	}
	if j == a {
		return true
	}
	switch s[j-1] {
	case '.', '?', '!', ')', ']', '"', ':':
		return true
	}
	t := s[a:j]
	return strings.HasSuffix(t, "”") || strings.HasSuffix(t, "—") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, "’")
}

// lastWord is where the last word of s[a:b] starts.
func lastWord(s string, a, b int) int {
	i := b
	for i > a && !isSpace(s[i-1]) {
		i--
	}
	return i
}

// timeStampStart finds a time stamp that ends s[a:b] ("3:24 P.M. EDT",
// "11:02 a.m.") and returns where it starts, or -1.
func timeStampStart(l *lexicon.Lexicon, s string, a, b int) int {
	// a time stamp is the last few words: only the tail is read
	from := max(a, b-32)
	for from > a && !isSpace(s[from-1]) {
		from++
		if from >= b {
			return -1
		}
	}
	f := strings.Fields(s[from:b])
	n := len(f)
	if n == 0 {
		return -1
	}
	k := n - 1
	if upperCase(f[k]) && len(f[k]) >= 2 && len(f[k]) <= 5 && !strings.Contains(f[k], ".") && k > 0 {
		k-- // the zone: "EDT", "CEST"
	}
	m := strings.ToLower(f[k])
	if m == "a.m." || m == "p.m." || m == "am" || m == "pm" {
		k--
	} else if !strings.HasSuffix(m, "a.m.") && !strings.HasSuffix(m, "p.m.") {
		return -1
	}
	if k < 0 || !clock(strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f[k]), "a.m."), "p.m.")) {
		return -1
	}
	// the start of field k in s
	i := b
	for fi := n - 1; fi >= k; fi-- {
		i = strings.LastIndex(s[a:i], f[fi]) + a
	}
	// "END 3:24 P.M. EDT"
	j := i
	for j > a && isSpace(s[j-1]) {
		j--
	}
	if w := lastWord(s, a, j); w < j && upperCase(s[w:j]) && l.Is(s[w:j], lexicon.TurnEnd) {
		i = w
	}
	if !endsSentence(s, a, i) {
		return -1
	}
	return i
}

// clock: "3:24", "11:02".
func clock(s string) bool {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) == 0 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, c := range h + m {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Spoken is a turn's paragraph as the statement stage reads it: its
// spoken text, with the label before it and the stage directions after
// it blanked, so that offsets stay those of the paragraph.
func Spoken(s string, t Turn) string {
	if t.Start <= 0 && int(t.End) >= len(s) {
		return s
	}
	b := []byte(s)
	for i := range b {
		if i < int(t.Start) || i >= int(t.End) {
			b[i] = ' '
		}
	}
	return string(b)
}
