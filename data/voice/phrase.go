package voice

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/text"
)

// word is one token of a title, a label or a short line.
type word struct {
	text       string
	start, end int
	tok        text.Token
	entry      *lexicon.Entry
}

func (w *word) is(c lexicon.Class) bool { return w.entry != nil && w.entry.Class&c != 0 }
func (w *word) lower() string           { return strings.ToLower(w.text) }

// spelled reports whether the word is lower, in any case, without lower-casing
// it: a capitalised word would be copied at every test.
func (w *word) spelled(lower string) bool { return strings.EqualFold(w.text, lower) }
func (w *word) cap() bool                 { return w.tok.Has(text.Cap) }
func (w *word) punct(s string) bool       { return w.tok.Kind != text.Word && w.text == s }

// joinsNames: "the", "and" between the names or title words of a list.
func (w *word) joinsNames() bool { return w.entry != nil && w.entry.JoinsNames }

// definite: the [definite articles] word, "the".
func (w *word) definite() bool { return w.entry != nil && w.entry.Definite }

// titleWord: a word of a role ("Foreign", "Minister", "Mr.").
func (w *word) titleWord() bool {
	return w.tok.Kind == text.Word && w.is(lexicon.TitleHead|lexicon.TitleWord|lexicon.Honorific)
}

// words cuts s into tokens with their lexicon entries.
func (r *Reader) words(s string) []word {
	toks := text.Tokenize(s, r.Lexicon, nil)
	out := make([]word, len(toks))
	for i, t := range toks {
		w := s[t.Start:t.End]
		out[i] = word{text: w, start: int(t.Start), end: int(t.End), tok: t, entry: r.Lexicon.Lookup(w)}
	}
	return out
}

// startsIn reports whether one of s's first n words may open a phrase of
// class c (phraseAt's first test) without making s's words: most
// paragraphs open none.
func (r *Reader) startsIn(s string, c lexicon.Class, n int) bool {
	var buf [64]text.Token
	toks := text.Tokenize(s, r.Lexicon, buf[:0])
	for i := 0; i < len(toks) && i < n; i++ {
		if e := r.Lexicon.Lookup(s[toks[i].Start:toks[i].End]); e != nil && e.Starts&c != 0 {
			return true
		}
	}
	return false
}

func texts(ws []word) []string {
	out := make([]string, len(ws))
	for i := range ws {
		out[i] = ws[i].text
	}
	return out
}

// match is the gazetteer's longest name at ws[i:].
func (r *Reader) match(ws []word, i int) (gazetteer.Hit, bool) {
	if i >= len(ws) || ws[i].tok.Kind != text.Word {
		return gazetteer.Hit{}, false
	}
	var buf [12]string
	n := 0
	for k := i; k < len(ws) && n < len(buf); k++ {
		buf[n] = ws[k].text
		n++
	}
	return r.Index.Match(buf[:n])
}

// phraseAt is the lexicon's longest phrase of class c at ws[i:].
func (r *Reader) phraseAt(ws []word, i int, c lexicon.Class) (lexicon.Phrase, bool) {
	if i >= len(ws) || ws[i].entry == nil || ws[i].entry.Starts&c == 0 {
		return lexicon.Phrase{}, false
	}
	var buf [10]string
	n := 0
	for k := i; k < len(ws) && n < len(buf); k++ {
		buf[n] = ws[k].text
		n++
	}
	return r.Lexicon.PhraseAt(buf[:n], c)
}

// memberKind is what one member of a speaker list is.
type memberKind uint8

const (
	personMember memberKind = iota + 1 // a person, named ("President Ana Velk") or by title only ("the President")
	partyMember                        // a party ("Kestria", "the Governments of …")
	bodyMember                         // a body that is no party ("the Kestrian Ministry of Water")
)

// member is one speaker a title, a byline or a release line names.
type member struct {
	kind    memberKind
	title   []string // role words as written ("Foreign Minister")
	name    []string // name words as written ("Ana", "Velk"); none for a title alone
	article bool     // written with "the"
	party   int32    // the party the words give evidence of, or -1
	person  int32    // the known person, or -1
	text    string   // the member's words as written, without "the"
	at, end int      // where the member's words are in what they were read from, with "the"
}

func (m *member) named() bool { return len(m.name) > 0 || m.person >= 0 }

// memberList reads a list of speakers from ws[i:]: "President Ana Velk
// and Foreign Minister Ilse Marrow of Varanda", "the Governments of
// Kestria, Tesmar, and Orlavia". It returns the members and where the
// list ends; it stops at the first word that belongs to no member ("on",
// "at", "Celebrating", a colon).
func (r *Reader) memberList(src string, ws []word, i int) ([]member, int) {
	var out []member
	comma := false // the separator before the member was a comma alone
	for i < len(ws) {
		m, e, ok := r.memberAt(src, ws, i)
		if !ok {
			break
		}
		if comma && !m.named() && !m.article && m.kind == personMember && len(out) > 0 && out[len(out)-1].named() {
			// "Ana Velk, Kestrian Minister of Water, and …": the title
			// is the named member's apposition, no member of its own
		} else {
			out = append(out, m)
		}
		i = e
		comma = i+1 < len(ws) && ws[i].punct(",") && ws[i+1].lower() != "and"
		// separators: ",", "and", ", and"; a separator not followed by a
		// member is no part of the list
		j := i
		if j < len(ws) && ws[j].punct(",") {
			j++
		}
		if j < len(ws) && ws[j].spelled("and") {
			j++
		}
		if j == i || j >= len(ws) {
			break
		}
		if _, _, ok := r.memberAt(src, ws, j); !ok {
			break
		}
		i = j
	}
	return mergeTitles(out), i
}

// mergeTitles joins a title written alone to the named member after it:
// "Senior Advisor and Chief Spokesperson Ana Velk" is one person. A
// title with its article ("the President and the First Lady") is a
// member of its own.
func mergeTitles(ms []member) []member {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.kind == personMember && !m.named() && !m.article && m.party < 0 && k+1 < len(ms) &&
			ms[k+1].kind == personMember && ms[k+1].named() && !ms[k+1].article {
			next := ms[k+1]
			next.title = append(append(append([]string{}, m.title...), "and"), next.title...)
			next.text = m.text + " and " + next.text
			next.at = m.at
			out = append(out, next)
			k++
			continue
		}
		out = append(out, m)
	}
	return out
}

// partyAt is the party (or seat) named at ws[i:], with the words it
// takes. A name after a word that makes another place of it ("New
// Mexico") names no party.
func (r *Reader) partyAt(ws []word, i int) (gazetteer.Hit, bool) {
	h, ok := r.match(ws, i)
	if !ok || h.Kind == gazetteer.PersonName || h.Party < 0 ||
		i > 0 && ws[i-1].entry != nil && ws[i-1].entry.NewPlace && ws[i-1].tok.Has(text.Cap) {
		return gazetteer.Hit{}, false
	}
	return h, true
}

// personAt is the known person named at ws[i:].
func (r *Reader) personAt(ws []word, i int) (gazetteer.Hit, bool) {
	h, ok := r.match(ws, i)
	if !ok || h.Kind != gazetteer.PersonName {
		return gazetteer.Hit{}, false
	}
	return h, true
}

// knownAfter finds a known person a few words after a preposition at
// ws[i] ("for Water and Roads Ana Velk"), with only capitalised words
// and [remit links] between; it returns where the name starts.
func (r *Reader) knownAfter(ws []word, i int) (int, bool) {
	if i >= len(ws) || !ws[i].is(lexicon.NounPreposition) || ws[i].spelled("of") {
		return 0, false
	}
	for k := i + 1; k < len(ws) && k <= i+8; k++ {
		if _, ok := r.personAt(ws, k); ok {
			return k, k > i+1
		}
		w := &ws[k]
		if w.tok.Kind != text.Word && !w.punct(",") || w.tok.Kind == text.Word && !w.cap() && (w.entry == nil || !w.entry.RemitLink) {
			return 0, false
		}
	}
	return 0, false
}

// stops reports a word that ends a speaker phrase in a title, where
// every word is capitalised: a preposition or conjunction ("On", "At",
// "Before"), a gerund ("Celebrating"), a possessive.
func (w *word) stops() bool {
	if w.tok.Kind != text.Word || w.tok.Has(text.Clitic) {
		return true
	}
	if w.is(lexicon.NounPreposition | lexicon.Subordinator | lexicon.Locative | lexicon.Time | lexicon.Opener | lexicon.CueVerb) {
		return !w.titleWord()
	}
	l := w.lower()
	return len(l) > 5 && strings.HasSuffix(l, "ing")
}

// nameWord: a word that may be part of a name: capitalised, or an
// initial, and no word the lexicon knows as something else.
func (w *word) nameWord() bool {
	if w.tok.Kind != text.Word || !w.cap() && !w.tok.Has(text.Upper) || w.titleWord() || w.stops() {
		return false
	}
	return w.entry == nil || w.is(lexicon.NameSuffix|lexicon.Abbreviation|lexicon.GivenName) || w.entry.Class&^(lexicon.Ender|lexicon.Abbreviation) == 0
}

// memberAt reads one member at ws[i:].
func (r *Reader) memberAt(src string, ws []word, i int) (member, int, bool) {
	m := member{party: -1, person: -1}
	start := i
	if i < len(ws) && ws[i].definite() {
		m.article = true
		i++
	}
	from := i
	// a bare party: "Kestria", "the United States of America"
	if h, ok := r.partyAt(ws, i); ok && (i+h.Len == len(ws) || !ws[i+h.Len].titleWord() && !ws[i+h.Len].is(lexicon.Organisation)) {
		if h.Kind == gazetteer.PartyName || h.Kind == gazetteer.Seat {
			m.kind, m.party = partyMember, h.Party
			if h.Kind == gazetteer.Seat {
				m.kind = bodyMember
			}
			e := i + h.Len
			m.text = src[ws[from].start:ws[e-1].end]
			m.at, m.end = ws[start].start, ws[e-1].end
			return m, e, true
		}
	}
	// "the Governments of A, B and C", "the Foreign Ministers of A and
	// B": the list's members are the parties after "of"
	j := i
	if h, ok := r.partyAt(ws, j); ok {
		j += h.Len // "the G7 foreign ministers of …"
	}
	for j < len(ws) && (ws[j].titleWord() || ws[j].is(lexicon.Group)) && !ws[j].is(lexicon.Honorific) {
		j++
	}
	if j > i && j+1 < len(ws) && ws[j].spelled("of") && ws[j-1].is(lexicon.Group) && strings.HasSuffix(ws[j-1].lower(), "s") {
		if pm, e, ok := r.memberAt(src, ws, j+1); ok && pm.kind == partyMember {
			pm.at = ws[start].start
			return pm, e, true
		}
	}
	// "the Government of Kestria": the party itself
	if j+1 < len(ws) && j == i+1 && ws[i].is(lexicon.Group) && ws[i].is(lexicon.Organisation) && ws[j].spelled("of") {
		k := j + 1
		if k < len(ws) && ws[k].definite() {
			k++
		}
		if h, ok := r.partyAt(ws, k); ok && h.Kind == gazetteer.PartyName && (k+h.Len == len(ws) || !ws[k+h.Len].titleWord()) {
			m.kind, m.party = partyMember, h.Party
			e := k + h.Len
			m.text = src[ws[from].start:ws[e-1].end]
			m.at, m.end = ws[start].start, ws[e-1].end
			return m, e, true
		}
	}
	body := false
	for i < len(ws) {
		w := &ws[i]
		if h, ok := r.personAt(ws, i); ok {
			m.person = h.Person
			m.name = texts(ws[i : i+h.Len])
			i += h.Len
			// "Joseph R. Velk, Jr."
			if i+1 < len(ws) && ws[i].punct(",") && ws[i+1].is(lexicon.NameSuffix) {
				i += 2
			} else if i < len(ws) && ws[i].is(lexicon.NameSuffix) {
				i++
			}
			break
		}
		if k, ok := r.knownAfter(ws, i); ok && len(m.name) == 0 && len(m.title) > 0 {
			// "Deputy Adviser for Water and Roads Ana Velk": a known
			// person after a title's complement ends it
			m.title = append(m.title, texts(ws[i:k])...)
			i = k
			continue
		}
		if h, ok := r.partyAt(ws, i); ok && i+h.Len < len(ws) && (ws[i+h.Len].titleWord() || ws[i+h.Len].is(lexicon.Organisation)) {
			// a party as a modifier: "Kestrian Foreign Minister", "the
			// Tesmar Ministry of Water"
			m.party = h.Party
			m.title = append(m.title, texts(ws[i:i+h.Len])...)
			i += h.Len
			continue
		}
		switch {
		case w.titleWord() && len(m.name) == 0 && i > 0 && ws[i-1].is(lexicon.Honorific) && !w.is(lexicon.Honorific|lexicon.TitleHead) &&
			(i+1 == len(ws) || !ws[i+1].titleWord() && !ws[i+1].nameWord()):
			// "Mr. White", "Ms. Good": a word after an honorific, at the
			// end, is a name whatever else it may be
			m.name = append(m.name, w.text)
		case w.titleWord():
			if len(m.name) > 0 {
				// "NSC Spokesperson Ana Velk": the capitalised words
				// before a title were a modifier of it, not a name
				m.title = append(m.title, m.name...)
				m.name = nil
			}
			m.title = append(m.title, w.text)
		case w.is(lexicon.Organisation) && w.cap() && m.person < 0:
			// "the Tesmar Water Council": capitalised words before an
			// organisation's head name it, no person
			body = true
			m.title = append(append(m.title, m.name...), w.text)
			m.name = nil
		case w.spelled("and") && m.person < 0 && portfolioHead(ws, i+1) &&
			(len(m.title) == 0 && len(m.name) == 1 && !ws[i-1].is(lexicon.GivenName) ||
				len(m.name) == 0 && len(m.title) > 0 && !ws[i-1].is(lexicon.TitleHead)):
			// "Business and Trade Secretary Marta Fenwick", "Energy
			// Security and Net Zero Secretary": the words before "and"
			// are the portfolio's, not a name or a title of their own
			m.title = append(append(m.title, m.name...), w.text)
			m.name = nil
		case w.spelled("for") && len(m.name) == 0 && len(m.title) > 0 && complementName(ws, i+1) > i+1:
			// "Senior Director for Water and Roads Peter Halloran": the
			// complement runs to the given name that opens the name
			g := complementName(ws, i+1)
			m.title = append(m.title, texts(ws[i:g])...)
			i = g
			continue
		case w.spelled("for") && len(m.name) == 0 && !body && hasHead(r.Lexicon, m.title) && remitEnd(ws, i+1) > i+1:
			// "the Minister for Development, Lord Carrow": a remit in
			// capitals up to the comma before the holder's name
			e := remitEnd(ws, i+1)
			m.title = append(m.title, texts(ws[i:e])...)
			i = e
			continue
		case w.spelled("of") && len(m.name) == 0 && len(m.title) > 0:
			k := i + 1
			if k < len(ws) && ws[k].definite() {
				k++
			}
			if h, ok := r.partyAt(ws, k); ok && (k+h.Len == len(ws) || !ws[k+h.Len].is(lexicon.Organisation)) {
				// "the High Representative of the Lir Compact", "President
				// of Kestria Ana Velk": the party is the title's
				m.party = h.Party
				i = k + h.Len
				continue
			}
			if k < len(ws) && (ws[k].titleWord() || ws[k].is(lexicon.Organisation) && ws[k].cap()) {
				m.title = append(m.title, texts(ws[i:k])...)
				i = k
				continue
			}
			// "the Foreign Ministers of the Orlavian Water Council": a
			// body's capitalised name, up to its head
			e := k
			for ; e < len(ws) && e < k+5 && ws[e].cap() && ws[e].tok.Kind == text.Word && !ws[e].stops(); e++ {
				if ws[e].is(lexicon.Organisation) {
					m.title = append(m.title, texts(ws[i:e+1])...)
					i = e + 1
					goto done
				}
			}
			// "Minister of Water,": a short office the lexicon does not
			// know, where the phrase ends
			if e > k && e <= k+2 && (e == len(ws) || ws[e].punct(",") || ws[e].stops()) {
				m.title = append(m.title, texts(ws[i:e])...)
				i = e
			}
			goto done
		case w.nameWord():
			m.name = append(m.name, w.text)
		case len(m.name) == 0 && i > 0 && ws[i-1].is(lexicon.Honorific) && w.cap() && w.tok.Kind == text.Word && w.entry == nil:
			// "Mr. Sperling": after an honorific, a name, though it ends
			// like a participle
			m.name = append(m.name, w.text)
		case w.punct(",") && len(m.name) > 0 && i+1 < len(ws) && ws[i+1].is(lexicon.NameSuffix):
			// "Joseph R. Velk, Jr."
		case w.tok.Kind == text.Word && !w.cap() && w.entry == nil && len(m.name) > 0 && i+1 < len(ws) && ws[i+1].nameWord():
			// a particle inside a name: "Ana bin Velk"
			m.name = append(m.name, w.text)
		default:
			goto done
		}
		i++
	}
done:
	if len(m.name) > 0 && m.person < 0 {
		if id, ok := r.Index.PersonID(strings.Join(m.name, " ")); ok {
			m.person = id
		}
	}
	// "President Ana Velk of Kestria"
	if m.named() && i+1 < len(ws) && ws[i].spelled("of") {
		k := i + 1
		if k < len(ws) && ws[k].definite() {
			k++
		}
		if h, ok := r.partyAt(ws, k); ok {
			if m.party < 0 {
				m.party = h.Party
			}
			i = k + h.Len
		} else if e := designation(ws, i+1); e > i+1 && m.person < 0 && len(m.title) > 0 && honorificsOnly(r.Lexicon, m.title) {
			// "Lord Marr of Eastwick": a peer's name runs on to the
			// place of the title, and goes by it with the honorific
			m.name = append(append(m.title[:len(m.title):len(m.title)], m.name...), texts(ws[i:e])...)
			m.title = nil
			i = e
		}
	}
	if !m.named() && !hasHead(r.Lexicon, m.title) && !body {
		return member{}, start, false
	}
	m.kind = personMember
	if body && !m.named() {
		m.kind = bodyMember
	}
	m.text = src[ws[from].start:ws[i-1].end]
	m.at, m.end = ws[start].start, ws[i-1].end
	return m, i, true
}

// hasHead: the title has a word that can stand for a person ("minister",
// "spokesperson", "Mr."), not only modifiers ("Foreign").
func hasHead(l *lexicon.Lexicon, title []string) bool {
	for _, t := range title {
		if l.Is(t, lexicon.TitleHead) || l.Is(t, lexicon.Honorific) {
			return true
		}
	}
	return false
}

// titleCase writes an upper-case label as a name: "MS. JEAN-PIERRE" →
// "Ms. Jean-Pierre".
func titleCase(s string) string {
	var sb strings.Builder
	up := true
	word := 0 // letters of the word so far
	mc := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if up {
				sb.WriteRune(unicode.ToUpper(r))
			} else {
				sb.WriteRune(unicode.ToLower(r))
			}
			word++
			// "MCCARTHY" is "McCarthy"
			mc = word == 1 && (r == 'M' || r == 'm') || word == 2 && mc && (r == 'C' || r == 'c')
			up = word == 2 && mc
			continue
		}
		sb.WriteRune(r)
		// "O’HARA" is "O’Hara", "CITIZEN’S" "Citizen’s"
		up = r == ' ' || r == '-' || r == '.' || (r == '\'' || r == '’') && word == 1
		word, mc = 0, false
	}
	return sb.String()
}

// upperCase reports whether s has letters and all of them upper-case.
func upperCase(s string) bool {
	letters := 0
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}
