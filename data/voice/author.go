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
	if kind == "joint" {
		// a joint statement's "we" is its signatories, not the office
		// that publishes it
		sp := c.headSignatories()
		return &sp
	}
	if kind == "narration" {
		return nil // a readout's narration belongs to no one
	}
	if sp, ok := c.bylineAuthor(); ok {
		c.bylined = sp.Person
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
				if e < len(ws) && (ws[e].punct(",") || ws[e].spelled("and")) {
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

// unnamedSignatories names the "we" of a joint statement whose
// signatories this stage cannot read.
const unnamedSignatories = "the signatories"

// headSignatories are the signatories of a joint statement that neither
// its title nor a release line names: the parties, two or more, that
// meet in the subject of a sentence of its head ("Representatives of
// Kestria, Tesmar and Orlavia met in Lir to discuss the delta.", over
// "Begin Text: We …"; "Kestria and Tesmar condemn Orlavia's …"; not the
// delta, nor the place of a visit), or else,
// as a group, the signatories.
func (c *doc) headSignatories() resolve.Speaker {
	for _, pi := range c.headOf() {
		s := firstSentence(c.d.Paragraphs[pi].Text)
		if len(s) > 400 {
			s = s[:400]
		}
		ws := c.r.words(s)
		for v := range ws {
			if ws[v].is(lexicon.Narrative|lexicon.CueVerb) && !ws[v].cap() {
				if ms := c.partiesIn(ws[:v]); len(ms) >= 2 && c.mostlyParties(ws[:v]) {
					return c.group(ms)
				}
				break
			}
		}
	}
	return resolve.Speaker{Name: unnamedSignatories, Party: -1, Group: true}
}

// maxSubjectExtra is how many words other than parties' names, "the"
// and "and" a subject of signatories may have: "Representatives of",
// "(ROK)", "strongly".
const maxSubjectExtra = 4

// mostlyParties: the words are a list of parties, not a clause that
// names some ("Building on Kestria's presidency of the K5, Tesmar …").
func (c *doc) mostlyParties(ws []word) bool {
	extra := 0
	for i := 0; i < len(ws); i++ {
		if h, ok := c.r.partyAt(ws, i); ok && (h.Kind == gazetteer.PartyName || h.Kind == gazetteer.Demonym) {
			i += h.Len - 1
			continue
		}
		if ws[i].tok.Kind != text.Word || ws[i].joinsNames() {
			continue
		}
		if extra++; extra > maxSubjectExtra {
			return false
		}
	}
	return true
}

// releasePhraseNear: a release phrase starts in the first words of s,
// read before the whole sentence is.
func (c *doc) releasePhraseNear(s string) bool {
	head := s
	if len(head) > 8*releaseWords {
		head = head[:8*releaseWords]
	}
	return c.r.startsIn(head, lexicon.ReleaseLine, releaseWords)
}

// appositionParagraphs is how many paragraphs at the top may open with
// the text's "we" and who they are.
const appositionParagraphs = 5

// weApposition reads the text's "we" where it names itself at the start
// of a paragraph near the top, as declarations and communiqués do: "We,
// Kestria and Tesmar, stress …", "We, the Foreign Ministers of Kestria
// and Tesmar, …"; and its "I", as an order names its signer before an
// annex that leaves the signature far from the end: "I, Ana Velk,
// President of Kestria, find …".
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
		if len(s) < 6 || !strings.EqualFold(s[:3], "we,") && !strings.HasPrefix(s, "I,") {
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
		if s[0] == 'I' && (len(ms) > 1 || !ms[0].named()) {
			continue // "I, Ana Velk, President of Kestria, find …": one person, by name
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
		the := ws[i].definite() && i+1 < len(ws) && ws[i+1].titleWord()
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
