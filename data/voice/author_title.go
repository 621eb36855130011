package voice

// A title's opener: who a title names as the voice, and the signatories of a joint statement.

import (
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/text"
)

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
	if ws[0].definite() {
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
		if ws[0].definite() {
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
