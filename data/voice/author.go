package voice

import (
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/text"
)

// The document's own voice: who "I" and "we" are outside quotations. The
// text says it in its head: a release line over the text ("The text of
// the following statement was released by the Governments of A and B"),
// the title ("Statement by President Ana Velk on …", "Joint Statement of
// A and B"), a byline ("Ana Velk, Foreign Minister"; "Office of the
// Spokesperson", a body), the front matter's author, or a signature
// under the text. A text that says none of these has no voice of its
// own: its "I" stays no one's.

// headParagraphs is how many paragraphs at the top can be a byline or a
// release line.
const headParagraphs = 3

// author finds the document's voice.
func (c *doc) author() *resolve.Speaker {
	kind, sp, ok := c.titleOpener()
	c.opener = kind
	if rl, found := c.releaseLine(kind == "joint"); found {
		return &rl
	}
	if ok {
		return &sp
	}
	if kind != "narration" {
		if we, found := c.weApposition(); found {
			return &we
		}
	}
	if kind == "narration" || kind == "joint" {
		// a readout's narration belongs to no one; a joint statement's
		// "we" is its signatories, not the office that publishes it
		return nil
	}
	if sp, ok := c.bylineAuthor(); ok {
		return &sp
	}
	if c.d.Author != "" {
		ws := c.r.words(c.d.Author)
		if ms, e := c.r.memberList(c.d.Author, ws, 0); len(ms) > 0 && e == len(ws) {
			c.resolveSurnames(ms)
			sp := c.named(ms, c.d.Author)
			return &sp
		}
	}
	if sp, ok := c.signature(); ok {
		return &sp
	}
	return nil
}

// headOf is the paragraphs of the document's head: the first few that
// are not headings.
func (c *doc) headOf() []int {
	var out []int
	for i, p := range c.d.Paragraphs {
		if len(out) == headParagraphs {
			break
		}
		if p.Heading || strings.TrimSpace(p.Text) == "" {
			continue
		}
		out = append(out, i)
	}
	return out
}

// releaseWords is how far into a release line its phrase may start:
// seven governments listed before "issue the following" take twenty
// words.
const releaseWords = 32

// releaseLine reads the issuers of a release line in the document's
// head; a joint statement's are two or more.
func (c *doc) releaseLine(joint bool) (resolve.Speaker, bool) {
	for _, pi := range c.headOf() {
		s := firstSentence(c.d.Paragraphs[pi].Text)
		if len(s) > 400 {
			s = s[:400] // a release line is short; its phrase is near the start
		}
		if !c.releasePhraseNear(s) {
			continue
		}
		ws := c.r.words(s)
		for i := 0; i < len(ws) && i < releaseWords; i++ {
			ph, ok := c.r.phraseAt(ws, i, lexicon.ReleaseLine)
			if !ok || ph.Arg == "title" {
				continue
			}
			var ms []member
			switch ph.Arg {
			case "after":
				var e int
				ms, e = c.r.memberList(s, ws, i+len(ph.Words))
				if e < len(ws) && (ws[e].punct(",") || ws[e].lower() == "and") {
					ms = nil // a list this stage reads only in part
				}
			case "before":
				// the issuers are the sentence's subject
				for from := 0; from < i && len(ms) == 0; from++ {
					if l, e := c.r.memberList(s, ws, from); e == i {
						ms = l
					}
				}
				if len(ms) == 0 {
					for from := 0; from < i; from++ {
						if l, e := c.r.memberList(s, ws, from); len(l) > 0 && e+1 == i && ws[e].is(lexicon.Auxiliary) {
							ms = l // "A and B have issued the following"
							break
						}
					}
				}
			}
			if joint && c.signatories(ms) || !joint && c.evidence(ms) {
				c.resolveSurnames(ms)
				return c.named(ms, s), true
			}
			if ph.Arg == "before" && joint {
				// "Kestria, the Kingdom of Orlavia, and Tesmar issue the
				// following joint statement", a list this stage reads only
				// in part: the parties it names
				if ms := c.partiesIn(ws[:i]); len(ms) >= 2 {
					return c.group(ms), true
				}
			}
			if ph.Arg == "after" && joint {
				// a list this stage cannot cut ("the High Representative
				// on behalf of the Lir Compact and the Foreign Ministers
				// of …"): the parties it names
				if ms := c.partiesIn(ws[i+len(ph.Words):]); len(ms) >= 2 {
					return c.group(ms), true
				}
			}
		}
	}
	return resolve.Speaker{}, false
}

// releasePhraseNear: a release phrase starts in the first words of s,
// read before the whole sentence is.
func (c *doc) releasePhraseNear(s string) bool {
	head := s
	if len(head) > 8*releaseWords {
		head = head[:8*releaseWords]
	}
	ws := c.r.words(head)
	for i := 0; i < len(ws) && i < releaseWords; i++ {
		if ws[i].entry != nil && ws[i].entry.Starts&lexicon.ReleaseLine != 0 {
			return true
		}
	}
	return false
}

// appositionParagraphs is how many paragraphs at the top may open with
// the text's "we" and who they are.
const appositionParagraphs = 5

// weApposition reads the text's "we" where it names itself at the start
// of a paragraph near the top, as declarations and communiqués do: "We,
// Kestria and Tesmar, stress …", "We, the Foreign Ministers of Kestria
// and Tesmar, …".
func (c *doc) weApposition() (resolve.Speaker, bool) {
	n := 0
	for _, p := range c.d.Paragraphs {
		if n == appositionParagraphs {
			break
		}
		s := strings.TrimSpace(p.Text)
		if p.Heading || s == "" {
			continue
		}
		n++
		if len(s) < 6 || !strings.EqualFold(s[:3], "we,") {
			continue
		}
		s = s[:min(len(s), 300)] // the apposition is short
		ws := c.r.words(s)
		if len(ws) < 4 || !ws[1].punct(",") {
			continue
		}
		ms, e := c.r.memberList(s, ws, 2)
		if len(ms) == 0 || e >= len(ws) || !ws[e].punct(",") || !c.evidence(ms) {
			continue
		}
		c.resolveSurnames(ms)
		return c.named(ms, s), true
	}
	return resolve.Speaker{}, false
}

// evidence: the members are someone: a party, a named person, or a
// person by title ("the President").
func (c *doc) evidence(ms []member) bool {
	for i := range ms {
		if ms[i].party >= 0 || ms[i].named() || ms[i].kind == personMember && hasHead(c.r.Lexicon, ms[i].title) {
			return true
		}
	}
	return false
}

// firstSentence is s up to its first full stop or colon that ends a
// sentence ("U.S." does not).
func firstSentence(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':', ';':
			return s[:i]
		case '.':
			if (i+1 == len(s) || s[i+1] == ' ') && !(i >= 2 && s[i-2] == '.') && !(i >= 1 && s[i-1] >= 'A' && s[i-1] <= 'Z' && (i < 2 || s[i-2] == ' ')) {
				return s[:i]
			}
		}
	}
	return s
}

// titleOpener reads the speakers a title names after its opener
// ("Statement by …", "Joint Statement of …"). kind is the opener's kind
// ("author", "joint", "narration"), "" when the title has none.
func (c *doc) titleOpener() (kind string, sp resolve.Speaker, ok bool) {
	t, ws := c.d.Title, c.title
	for i := range ws {
		ph, found := c.r.phraseAt(ws, i, lexicon.DocumentOpener)
		if !found {
			continue
		}
		if ph.Arg == "narration" {
			return ph.Arg, sp, false
		}
		if ph.Arg == "topic" {
			// "Remarks on the Economy By Adviser Ana Velk", "Ana Velk
			// Remarks on …"; else the byline says
			if ms := c.byLater(t, ws, i+len(ph.Words)); len(ms) > 0 && c.evidence(ms) && allSomeone(c.r.Lexicon, ms) {
				c.resolveSurnames(ms)
				return "speech", c.named(ms, t), true
			}
			if kind, sp, ok := c.namedBefore(t, ws, i); ok && kind == "author" {
				return "speech", sp, true
			}
			if i > 0 {
				continue // "Secretary Velk to Deliver Remarks at …", "Background on the President's Remarks on …"
			}
			return "speech", sp, false
		}
		if ph.Arg == "before" {
			// "President Ana Velk Statement on …", "Kestria-Tesmar
			// Summit Statement": the speakers come before it
			if kind, sp, ok := c.namedBefore(t, ws, i); ok {
				return kind, sp, true
			}
			continue
		}
		ms, _ := c.r.memberList(t, ws, i+len(ph.Words))
		if ph.Arg == "joint" && !c.signatories(ms) {
			ms = c.jointSignatories(t, ws, i, i+len(ph.Words))
		}
		if len(ms) == 0 || !c.evidence(ms) || ph.Arg == "joint" && !allSomeone(c.r.Lexicon, ms) {
			return ph.Arg, sp, false
		}
		c.resolveSurnames(ms)
		if len(ms) == 1 && ms[0].kind == personMember && ms[0].person < 0 && ms[0].party < 0 {
			// the publisher's own official: "Statement by NSC
			// Spokesperson Ana Velk" on the government's site
			ms[0].party = c.home
		}
		return ph.Arg, c.named(ms, t), true
	}
	return "", sp, false
}

// byLater reads the speakers after a later "by" in a title whose opener
// names none: "Remarks on the Delta Economy By Water Adviser Ana Velk".
func (c *doc) byLater(t string, ws []word, from int) []member {
	for k := from; k+1 < len(ws); k++ {
		if ws[k].lower() != "by" {
			continue
		}
		if ms, e := c.r.memberList(t, ws, k+1); e == len(ws) || e < len(ws) && ws[e].stops() {
			return ms
		}
		return nil
	}
	return nil
}

// allSomeone: every member is a party, a body, a known person or a
// person with a title; a capitalised word alone ("Migration and
// Protection" of a declaration's title) is no signatory.
func allSomeone(l *lexicon.Lexicon, ms []member) bool {
	for i := range ms {
		m := &ms[i]
		if m.kind == personMember && m.person < 0 && !hasHead(l, m.title) {
			return false
		}
	}
	return true
}

// namedBefore reads the speakers a title names before an opener at
// ws[at] ("President Ana Velk Statement on …"): one person, known or
// named with a title, is the author, two or more parties are signatories; at most two words ("G7
// Leaders' Statement") may stand between them and the opener.
func (c *doc) namedBefore(t string, ws []word, at int) (string, resolve.Speaker, bool) {
	if at == 0 {
		return "", resolve.Speaker{}, false
	}
	from := 0
	if ws[0].lower() == "the" {
		from = 1
	}
	ms, e := c.r.memberList(t, ws, from)
	for k := e; k < at; k++ {
		if !ws[k].cap() && !ws[k].punct("'") && !ws[k].punct("’") || ws[k].stops() && ws[k].tok.Kind == text.Word {
			e = -1 // "Secretary Velk to Deliver Remarks on …" names an event, not a text
		}
	}
	if e >= at-2 && len(ms) == 1 && ms[0].kind == personMember && ms[0].named() && (ms[0].person >= 0 || hasHead(c.r.Lexicon, ms[0].title)) {
		c.resolveSurnames(ms)
		return "author", c.group(ms), true
	}
	if ms := c.jointSignatories(t, ws, at, at+1); c.signatories(ms) {
		c.resolveSurnames(ms)
		return "joint", c.named(ms, t), true
	}
	return "", resolve.Speaker{}, false
}

// signatories: the members can be a joint statement's: two or more, or
// one body of several ("the G7"), not one state.
func (c *doc) signatories(ms []member) bool {
	if !c.evidence(ms) {
		return false
	}
	if len(ms) == 1 {
		return ms[0].kind == partyMember && c.r.Index.Party(ms[0].party).Kind != "state"
	}
	return true
}

// partiesIn is every party ws name, once each.
func (c *doc) partiesIn(ws []word) []member {
	var out []member
	seen := map[int32]bool{}
	for i := 0; i < len(ws); i++ {
		h, ok := c.r.partyAt(ws, i)
		if !ok || h.Kind != gazetteer.PartyName && h.Kind != gazetteer.Demonym {
			continue
		}
		if !seen[h.Party] {
			seen[h.Party] = true
			out = append(out, member{kind: partyMember, party: h.Party, person: -1})
		}
		i += h.Len - 1
	}
	return out
}

// jointSignatories finds the signatories of a joint statement whose
// title names none after its opener (ws[at:after]): the speakers the
// title names before it ("Kestria and Tesmar Joint Statement", "President
// Velk and President Holt Joint Statement"), the parties of a hyphenated
// pair ("Kestria-Tesmar Leaders' Joint Statement"), or the speakers after
// a release phrase later in the title ("Joint Statement Following the
// Meeting Between President Velk and President Holt").
func (c *doc) jointSignatories(t string, ws []word, at, after int) []member {
	if at > 0 {
		from := 0
		if ws[0].lower() == "the" {
			from = 1
		}
		if ms, e := c.r.memberList(t, ws, from); e >= at-2 && c.signatories(ms) {
			return ms
		}
		// "Kestria-Tesmar", "Kestria – Tesmar": the pair's hyphen cut
		prefix := strings.NewReplacer("-", " - ", "–", " – ").Replace(t[:ws[at].start])
		if ms := c.partiesIn(c.r.words(prefix)); len(ms) >= 2 {
			return ms
		}
	}
	for i := after; i < len(ws); i++ {
		if ph, ok := c.r.phraseAt(ws, i, lexicon.ReleaseLine); ok && (ph.Arg == "after" || ph.Arg == "title") {
			if ms, _ := c.r.memberList(t, ws, i+len(ph.Words)); c.signatories(ms) {
				return ms
			}
		}
	}
	return nil
}

// bylineAuthor: the first paragraph of the head that is a byline, a
// person ("Ana Velk, Foreign Minister") or an issuing body ("Office of
// the Spokesperson"). Two bylines make a panel, whose "I" is anyone's.
func (c *doc) bylineAuthor() (resolve.Speaker, bool) {
	head := c.headOf()
	if len(head) > 1 {
		head = head[:2] // the byline is the first paragraph; the second tells a panel
	}
	for k, pi := range head[:min(1, len(head))] {
		s := strings.TrimSpace(c.d.Paragraphs[pi].Text)
		if sp, ok := c.issuer(s); ok {
			return sp, true
		}
		m, ok := c.byline(s)
		if !ok {
			continue
		}
		if k+1 < len(head) && head[k+1] == pi+1 {
			if _, two := c.byline(strings.TrimSpace(c.d.Paragraphs[pi+1].Text)); two {
				return resolve.Speaker{}, false
			}
		}
		return c.speaker(&m), true
	}
	return resolve.Speaker{}, false
}

// issuer reads a byline that names an issuing body.
func (c *doc) issuer(s string) (resolve.Speaker, bool) {
	if len(s) > 80 {
		return resolve.Speaker{}, false
	}
	ws := c.r.words(strings.TrimSuffix(s, "."))
	ph, ok := c.r.Lexicon.PhraseAt(texts(ws), lexicon.IssuerByline)
	if !ok || len(ph.Words) != len(ws) {
		return resolve.Speaker{}, false
	}
	sp := resolve.Speaker{Name: ph.Arg, Party: -1}
	if id, ok := c.r.Index.PartyID(ph.Arg); ok {
		sp.Party = id
	}
	if c.home >= 0 && sp.Party != c.home {
		// another government's office: the body the gazetteer names
		// is not this publisher's
		sp.Name, sp.Party = s, c.home
	}
	return sp, true
}

// byline reads "NAME, TITLE": a person's name, a comma, and a title
// that is all role words, parties and names ("Ana Velk, Minister of
// Foreign Affairs of Kestria").
func (c *doc) byline(s string) (member, bool) {
	if len(s) > 120 {
		return member{}, false
	}
	s = strings.TrimSuffix(s, ".")
	comma := strings.IndexByte(s, ',')
	if comma < 0 {
		return member{}, false
	}
	if next := strings.IndexByte(s[comma+1:], ','); next >= 0 && c.r.Lexicon.Is(strings.TrimSpace(s[comma+1:comma+1+next]), lexicon.NameSuffix) {
		comma += 1 + next // "Ana Velk, Jr., President of Kestria"
	}
	name, role := strings.TrimSpace(s[:comma]), strings.TrimSpace(s[comma+1:])
	nws := c.r.words(name)
	m, e, ok := c.r.memberAt(name, nws, 0)
	if !ok || e != len(nws) || !m.named() || len(m.title) > 0 && m.person < 0 && len(m.name) < 2 {
		return member{}, false
	}
	rws := c.r.words(role)
	if len(rws) == 0 || len(rws) > 14 {
		return member{}, false
	}
	head := false
	for i := 0; i < len(rws); i++ {
		w := &rws[i]
		if h, ok := c.r.partyAt(rws, i); ok {
			// "Minister of Foreign Affairs of Kestria", "Kestrian
			// Minister"; not "Envoy for Kestria", whose envoy may be
			// anyone's, nor "Bureau of Kestrian (and Coastal) Affairs",
			// whose party word after "of" says what the office deals with
			of := i > 0 && rws[i-1].lower() == "of"
			if next := i + h.Len; of && next < len(rws) && (rws[next].lower() == "and" || rws[next].cap()) {
				of = false
			}
			if m.party < 0 && (i == 0 || of) {
				m.party = h.Party
			}
			i += h.Len - 1
			continue
		}
		switch {
		case w.is(lexicon.TitleHead):
			head = true
		case w.titleWord(), w.cap(), w.punct(","), w.lower() == "of", w.lower() == "the", w.lower() == "and", w.lower() == "for":
		default:
			return member{}, false
		}
	}
	if !head {
		return member{}, false
	}
	if len(m.title) == 0 {
		m.title = strings.Fields(role)
	}
	if m.person < 0 && len(m.name) < 2 {
		return member{}, false
	}
	if m.party < 0 && m.person < 0 {
		m.party = c.home // a byline on a government's page is its official's
	}
	return m, true
}

// signature: paragraphs near the end that are a known person's name
// alone ("ANA VELK"), as proclamations and letters are signed; a text
// signed by two speaks for both.
func (c *doc) signature() (resolve.Speaker, bool) {
	var ms []member
	n := 0
	for i := len(c.d.Paragraphs) - 1; i >= 0 && n < 3; i-- {
		s := strings.TrimSpace(c.d.Paragraphs[i].Text)
		if s == "" || c.d.Paragraphs[i].Heading {
			continue
		}
		n++
		if len(s) > 60 {
			continue
		}
		if id, ok := c.r.Index.PersonID(s); ok {
			ms = append([]member{{kind: personMember, person: id, party: -1}}, ms...)
		}
	}
	if len(ms) == 0 {
		return resolve.Speaker{}, false
	}
	return c.group(ms), true
}

// resolveSurnames finds the known person of a member named by surname
// alone ("President Velk").
func (c *doc) resolveSurnames(ms []member) {
	for i := range ms {
		m := &ms[i]
		if m.person < 0 && len(m.name) == 1 {
			if id, ok := c.bySurname(m.name, m.title); ok {
				m.person = id
			}
		}
	}
}

// castOf is the people the document's head names: in the title, and in
// bylines over the text.
func (c *doc) castOf() []member {
	var out []member
	t, ws := c.d.Title, c.title
	for i := 0; i < len(ws); i++ {
		the := ws[i].lower() == "the" && i+1 < len(ws) && ws[i+1].titleWord()
		if i > 0 && ws[i-1].tok.Kind == text.Word && ws[i-1].cap() && !ws[i-1].stops() && ws[i-1].lower() != "and" {
			continue // inside a name: "… for Near Eastern Affairs Ana Velk"
		}
		if !ws[i].titleWord() && !the {
			if _, ok := c.r.personAt(ws, i); !ok {
				continue
			}
		}
		ms, e := c.r.memberList(t, ws, i)
		for _, m := range ms {
			if m.kind == personMember && m.named() {
				out = append(out, m)
			}
		}
		if e > i {
			i = e - 1
		}
	}
	for _, pi := range c.headOf() {
		if m, ok := c.byline(strings.TrimSpace(c.d.Paragraphs[pi].Text)); ok {
			out = append(out, m)
		}
	}
	c.resolveSurnames(out)
	return out
}

// publisher is the government whose page a text is, as the speaker of
// its "we" when the text names no author and is no readout, transcript
// or joint statement: a fact sheet's "We will …" is the White House's.
// The office is the one the lexicon names for the site ("whitehouse.gov"
// is the White House), or else the government's party.
func (c *doc) publisher() *resolve.Speaker {
	if c.home < 0 || c.opener != "" {
		return nil
	}
	sp := resolve.Speaker{Name: c.r.Index.Party(c.home).Name, Party: c.home, Group: true}
	host := c.d.Source
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if j := strings.IndexAny(host, "/?#:"); j >= 0 {
		host = host[:j]
	}
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if ph, ok := c.r.Lexicon.PhraseAt([]string{host}, lexicon.SiteVoice); ok && len(ph.Words) == 1 {
		if id, ok := c.r.Index.PartyID(ph.Arg); ok && id == c.home {
			sp.Name = ph.Arg
		}
	}
	return &sp
}
