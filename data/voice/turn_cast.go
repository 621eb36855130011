package voice

// The cast of a transcript: its home party and the people its labels name.

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
)

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
		full, surname := strings.Join(m.name, " "), ""
		if m.person >= 0 {
			p := c.r.Index.Person(m.person)
			full, surname = p.Name, p.Surname
		}
		if strings.EqualFold(full, n) || m.person >= 0 && strings.EqualFold(surname, n) {
			return m
		}
		f := strings.Fields(full)
		// the first or last word of a short name the gazetteer does not
		// know: "PRESIDENT YOON" for "President Yoon Suk Yeol", "MR. VELK"
		// for "Ana Velk"
		if len(name) == 1 && len(f) <= 3 && (strings.EqualFold(f[len(f)-1], n) || m.person < 0 && strings.EqualFold(f[0], n)) {
			return m
		}
		// a titled name of more words ends in the label's surname: "FOREIGN
		// MINISTER AL-SABAH" for "Foreign Minister Sheikh Ahmed Nasser
		// Al-Mohammed Al-Sabah"
		if len(name) == 1 && len(f) > 3 && len(m.title) > 0 && strings.EqualFold(f[len(f)-1], n) {
			return m
		}
		// a surname of several words: "FOREIGN MINISTER DI MAIO" for
		// "Luigi Di Maio", "MR LE DRIAN" for "Jean-Yves Le Drian"; of a
		// known person, any of their names without its given name, as the
		// gazetteer keeps them ("BIN SAUD AL VARANI" for the known "Tarek
		// bin Saud", "Tarek bin Saud Al Varani")
		if len(name) > 1 && (endsIn(f, n, len(name)) || m.person >= 0 && slices.Contains(c.r.Index.ByTail(name), m.person)) {
			return m
		}
	}
	return nil
}

// bySurname finds the one known person with this surname, or whose name
// ends in these words with its given name left out ("PRESIDENT BIN SAUD
// AL VARANI"); with several, the one whose role has the label's title.
func (c *doc) bySurname(name, title []string) (int32, bool) {
	ix := c.r.Index
	var ids []int32
	switch {
	case len(name) > 1:
		ids = ix.ByTail(name)
	case len(name) == 1:
		if ids = ix.BySurname(titleCase(name[0])); len(ids) == 0 {
			ids = ix.BySurname(name[0])
		}
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

// endsIn reports a name's words f, more than k, whose last k words are n.
func endsIn(f []string, n string, k int) bool {
	return len(f) > k && strings.EqualFold(strings.Join(f[len(f)-k:], " "), n)
}
