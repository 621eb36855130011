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
func (w *word) cap() bool               { return w.tok.Has(text.Cap) }
func (w *word) punct(s string) bool     { return w.tok.Kind != text.Word && w.text == s }

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

func texts(ws []word) []string {
	out := make([]string, len(ws))
	for i := range ws {
		out[i] = ws[i].text
	}
	return out
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
}

func (m *member) named() bool { return len(m.name) > 0 || m.person >= 0 }

// memberList reads a list of speakers from ws[i:]: "President Ana Velk
// and Foreign Minister Ilse Marrow of Varanda", "the Governments of
// Kestria, Tesmar, and Orlavia". It returns the members and where the
// list ends; it stops at the first word that belongs to no member ("on",
// "at", "Celebrating", a colon).
func (r *Reader) memberList(src string, ws []word, i int) ([]member, int) {
	var out []member
	for i < len(ws) {
		m, e, ok := r.memberAt(src, ws, i)
		if !ok {
			break
		}
		out = append(out, m)
		i = e
		// separators: ",", "and", ", and"; a separator not followed by a
		// member is no part of the list
		j := i
		if j < len(ws) && ws[j].punct(",") {
			j++
		}
		if j < len(ws) && ws[j].lower() == "and" {
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
			out = append(out, next)
			k++
			continue
		}
		out = append(out, m)
	}
	return out
}

// partyAt is the party (or seat) named at ws[i:], with the words it
// takes.
func (r *Reader) partyAt(ws []word, i int) (gazetteer.Hit, bool) {
	if i >= len(ws) || ws[i].tok.Kind != text.Word {
		return gazetteer.Hit{}, false
	}
	h, ok := r.Index.Match(texts(ws[i:min(len(ws), i+12)]))
	if !ok || h.Kind == gazetteer.PersonName || h.Party < 0 {
		return gazetteer.Hit{}, false
	}
	return h, true
}

// personAt is the known person named at ws[i:].
func (r *Reader) personAt(ws []word, i int) (gazetteer.Hit, bool) {
	if i >= len(ws) || ws[i].tok.Kind != text.Word {
		return gazetteer.Hit{}, false
	}
	h, ok := r.Index.Match(texts(ws[i:min(len(ws), i+12)]))
	if !ok || h.Kind != gazetteer.PersonName {
		return gazetteer.Hit{}, false
	}
	return h, true
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
	return w.entry == nil || w.is(lexicon.NameSuffix|lexicon.Abbreviation) || w.entry.Class&^(lexicon.Ender|lexicon.Abbreviation) == 0
}

// memberAt reads one member at ws[i:].
func (r *Reader) memberAt(src string, ws []word, i int) (member, int, bool) {
	m := member{party: -1, person: -1}
	start := i
	if i < len(ws) && ws[i].lower() == "the" {
		m.article = true
		i++
	}
	from := i
	// a bare party: "Kestria", "the United States of America"
	if h, ok := r.partyAt(ws, i); ok && (i+h.Len == len(ws) || !ws[i+h.Len].titleWord() && !ws[i+h.Len].nameWord() && !ws[i+h.Len].is(lexicon.Organisation)) {
		if h.Kind == gazetteer.PartyName || h.Kind == gazetteer.Seat {
			m.kind, m.party = partyMember, h.Party
			if h.Kind == gazetteer.Seat {
				m.kind = bodyMember
			}
			e := i + h.Len
			m.text = src[ws[from].start:ws[e-1].end]
			return m, e, true
		}
	}
	// "the Governments of A, B and C", "the Foreign Ministers of A and
	// B": the list's members are the parties after "of"
	j := i
	for j < len(ws) && (ws[j].titleWord() || ws[j].is(lexicon.Group)) && !ws[j].is(lexicon.Honorific) {
		j++
	}
	if j > i && j+1 < len(ws) && ws[j].lower() == "of" && ws[j-1].is(lexicon.Group) && strings.HasSuffix(ws[j-1].lower(), "s") {
		k := j + 1
		if k < len(ws) && ws[k].lower() == "the" {
			k++
		}
		if _, ok := r.partyAt(ws, k); ok {
			return r.memberAt(src, ws, j+1)
		}
	}
	body := false
	for i < len(ws) {
		w := &ws[i]
		if h, ok := r.personAt(ws, i); ok {
			m.person = h.Person
			m.name = texts(ws[i : i+h.Len])
			i += h.Len
			break
		}
		if h, ok := r.partyAt(ws, i); ok && i+h.Len < len(ws) && (ws[i+h.Len].titleWord() || ws[i+h.Len].nameWord() || ws[i+h.Len].is(lexicon.Organisation)) {
			// a party as a modifier: "Kestrian Foreign Minister", "the
			// Tesmar Ministry of Water"
			m.party = h.Party
			m.title = append(m.title, texts(ws[i:i+h.Len])...)
			i += h.Len
			continue
		}
		switch {
		case w.titleWord():
			if len(m.name) > 0 {
				// "NSC Spokesperson Ana Velk": the capitalised words
				// before a title were a modifier of it, not a name
				m.title = append(m.title, m.name...)
				m.name = nil
			}
			m.title = append(m.title, w.text)
		case w.is(lexicon.Organisation) && w.cap() && len(m.name) == 0:
			body = true
			m.title = append(m.title, w.text)
		case w.lower() == "of" && len(m.name) == 0 && len(m.title) > 0:
			k := i + 1
			if k < len(ws) && ws[k].lower() == "the" {
				k++
			}
			if h, ok := r.partyAt(ws, k); ok && (k+h.Len == len(ws) || !ws[k+h.Len].titleWord() && !ws[k+h.Len].is(lexicon.Organisation)) {
				// "the High Representative of the Lir Compact": the
				// party ends the member
				m.party = h.Party
				i = k + h.Len
				goto done
			}
			if k < len(ws) && (ws[k].titleWord() || ws[k].is(lexicon.Organisation) && ws[k].cap()) {
				m.title = append(m.title, texts(ws[i:k])...)
				i = k
				continue
			}
			goto done
		case w.nameWord():
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
	if m.named() && i+1 < len(ws) && ws[i].lower() == "of" {
		k := i + 1
		if k < len(ws) && ws[k].lower() == "the" {
			k++
		}
		if h, ok := r.partyAt(ws, k); ok {
			if m.party < 0 {
				m.party = h.Party
			}
			i = k + h.Len
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
	for _, r := range s {
		if unicode.IsLetter(r) {
			if up {
				sb.WriteRune(unicode.ToUpper(r))
			} else {
				sb.WriteRune(unicode.ToLower(r))
			}
			up = false
			continue
		}
		sb.WriteRune(r)
		up = r == ' ' || r == '-' || r == '.' || r == '\''
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
