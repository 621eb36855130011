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
			// a transcript is turns nearly paragraph for paragraph:
			// growing the list a turn at a time copied it over and over
			out = make([]Turn, 0, len(c.d.Paragraphs))
			break
		}
	}
	// last is the turn an unlabelled paragraph may continue, when going
	// is set
	var last Turn
	going := false
	c.officials = c.officialsCall()
	if !labelled {
		c.runIns = c.runInList()
	}
	for i, p := range c.d.Paragraphs {
		label, off := p.Label, 0
		if !labelled && label == "" && !p.Heading {
			if l, o, ok := c.soloLabel(p.Text); ok && (len(out) == 0 || !going) {
				label, off = l, o
			}
		}
		switch {
		case p.Heading:
			going = false
			continue
		case label == "":
			if going && stageDirection(p.Text) {
				continue // "(Applause.)" between paragraphs of one speech
			}
			if !going || c.closes(p.Text) || text.RunInHeading(p.Text) {
				going = false
				continue
			}
			// a paragraph after a turn that the parser left unlabelled
			// (it follows a stage direction, or the speech has one turn)
			// goes on with that turn
			t := last
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
		last, going = Turn{Speaker: t.Speaker, Question: t.Question}, true
	}
	c.briefers(out)
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
	// the gazetteer's names are matched as written: "WHITE HOUSE AIDE"
	// is read as "White House Aide"; "USDA" of a text that writes "the
	// USDA" stays as it is
	asName := titleCase
	if c.acronym(label) {
		asName = func(s string) string { return s }
	}
	if upperCase(label) {
		label = asName(label)
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
	if len(ws) == 1 && ws[0].entry != nil && ws[0].entry.AnswerLabel {
		// "A: …": the one person the story's title names answers; else
		// the interviewee is someone the label does not name
		if named := c.namedCast(); len(named) == 1 {
			t.Speaker = c.speaker(&named[0])
		} else {
			t.Speaker.Name = "Interviewee"
		}
		return t
	}
	if len(ws) > 0 && ws[0].is(lexicon.QuestionLabel) {
		t.Question = true
		t.Speaker.Name = "Reporter"
		return t
	}
	core := ws
	if len(core) > 0 && core[0].definite() {
		core = core[1:]
	}
	if len(core) > 0 && c.r.Lexicon.IsPhrase(texts(core), lexicon.NeutralLabel) {
		t.Speaker.Name = asName(label[core[0].start:])
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
		t.Speaker.Name = asName(label)
		// "PARTICIPANTS", "AUDIENCE MEMBERS": several people at once
		if n := len(ws); n > 0 && ws[n-1].is(lexicon.Group) && strings.HasSuffix(ws[n-1].lower(), "s") {
			t.Speaker.Group = true
		}
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
		m.name = strings.Fields(asName(strings.Join(m.name, " ")))
		for i := range m.title {
			m.title[i] = asName(m.title[i])
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
			title[i] = asName(m.title[i])
		}
		t.Speaker = c.byTitle(title, m.party)
		if k < len(ws) && t.Speaker.Name == strings.Join(title, " ") {
			t.Speaker.Name += " " + label[ws[k].start:ws[len(ws)-1].end]
		}
		return t
	}
	t.Speaker = c.speaker(&m)
	if m.person < 0 && len(m.name) == 1 && hasHead(c.r.Lexicon, m.title) {
		t.Surname = m.name[0]
	}
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
	if n < 2 || !digits(ws[n-1].text) && !(ws[n-1].entry != nil && ws[n-1].entry.Cardinal) {
		return n
	}
	k := n - 1
	if e := ws[k-1].entry; e != nil && e.MarksNumber || ws[k-1].punct("#") {
		k--
	}
	if k == 0 {
		return n
	}
	return k
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
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
		if !upperCase(label) && !w.cap() && (w.entry == nil || !w.entry.LabelLink) {
			return "", 0, false
		}
	}
	core := ws
	if core[0].definite() {
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

// namedCast is the people the document's head names by name: the
// title's, or else the first person the first paragraph names
// ("Actress Ana Velk has become …" over an interview with her).
func (c *doc) namedCast() []member {
	var out []member
	for _, m := range c.cast {
		if m.kind == personMember && m.named() {
			out = append(out, m)
		}
	}
	if len(out) > 0 || len(c.d.Paragraphs) == 0 || c.d.Paragraphs[0].Label != "" {
		return out
	}
	p := c.d.Paragraphs[0].Text
	ws := c.r.words(firstSentence(p))
	// a given name opens the name ("Surgeon Ana Velk" at a sentence's
	// start is the engineer Ana Velk); else any name of two words
	for _, given := range []bool{true, false} {
		for i := range ws {
			if given && !ws[i].is(lexicon.GivenName) {
				continue
			}
			if m, _, ok := c.r.memberAt(p, ws, i); ok && m.kind == personMember && len(m.name) > 1 {
				for len(m.name) > 2 && c.r.Lexicon.Is(m.name[0], lexicon.PersonNoun|lexicon.TitleHead|lexicon.TitleWord) {
					m.name = m.name[1:] // "Surgeon Ana Velk has …": a capitalised role, no name
				}
				return []member{m}
			}
		}
	}
	return nil
}

// acronym reports a label of one upper-case word that the document's
// prose writes in upper case too ("the USDA announced"): an acronym,
// written as the document writes it, where a name in a label's capitals
// ("KIRBY") is written as a name.
func (c *doc) acronym(label string) bool {
	if strings.ContainsAny(label, " .") || !upperCase(label) {
		return false
	}
	for _, p := range c.d.Paragraphs {
		for t, at := p.Text, 0; ; {
			i := strings.Index(t[at:], label)
			if i < 0 {
				break
			}
			i += at
			end := i + len(label)
			if i > 0 && (t[i-1] == ' ' || t[i-1] == '(') && (end == len(t) || !isLetter(t[end]) && t[end] != ':') {
				return true
			}
			at = end
		}
	}
	return false
}

// isLetter reports an ASCII letter or the first byte of a multibyte rune.
func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
