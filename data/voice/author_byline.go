package voice

// Bylines, issuing offices and signatures: the voice named over or under the text.

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
)

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

// issuerByline is the head's first paragraph when it is wholly a byline
// that names an issuing body, or -1.
func (c *doc) issuerByline() int32 {
	head := c.headOf()
	if len(head) == 0 {
		return -1
	}
	if _, ok := c.issuer(strings.TrimSpace(c.d.Paragraphs[head[0]].Text)); !ok {
		return -1
	}
	return int32(head[0])
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
			of := i > 0 && rws[i-1].spelled("of")
			if next := i + h.Len; of && next < len(rws) && (rws[next].spelled("and") || rws[next].cap()) {
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
		case w.titleWord(), w.cap(), w.punct(","), w.entry != nil && w.entry.BylineLink:
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
