package voice

import (
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/text"
)

// Speech introduced by a paragraph of its own: "Foreign Minister Ana
// Velk said:" and then the paragraphs of what she said, without
// quotation marks, as government releases print them. Each paragraph
// is a turn of the speaker, as in a transcript. The speech is the next
// paragraph, and the ones after it that speak in the first person or of
// no one in the third (narrates), up to a heading (also one printed as a
// short line: "Background"), the next such introduction, a paragraph with a quotation
// (quoted speech, which the statement stage reads), one that names the
// speaker again (the release's narration is back), and maxIntroduced
// paragraphs at most. The speaker must be named, a body, or a title the
// document's head resolves; "The governor added:" is left to the
// story's resolver.

const maxIntroduced = 4

// introduced finds the speeches that paragraphs introduce.
func (c *doc) introduced() []Turn {
	var out []Turn
	for i := 0; i < len(c.d.Paragraphs); i++ {
		p := &c.d.Paragraphs[i]
		if p.Heading || p.Label != "" {
			continue
		}
		sp, cue, surname, ok := c.introduction(p.Text)
		if !ok {
			if sp, cue, ok = c.labelled(p.Text); ok {
				var turns []Turn
				turns, i = c.labelledTurns(i, sp, cue)
				out = append(out, turns...)
			}
			continue
		}
		intro, first := i, len(out)
		for k := intro + 1; k < len(c.d.Paragraphs) && k <= intro+maxIntroduced; k++ {
			q := &c.d.Paragraphs[k]
			line := strings.TrimSpace(q.Text)
			if q.Heading || q.Label != "" || line == "" || hasQuote(line) {
				break // quoted speech is the statement stage's, and may be anyone's
			}
			if text.SectionHeading(line) {
				break // "Background", "Notes to editors": the release goes on
			}
			if _, _, _, again := c.introduction(line); again || surname != "" && strings.Contains(line, surname) {
				break
			}
			if k > intro+1 {
				if ws := c.r.words(line); !firstPerson(ws) && narrates(ws) {
					break // past the first paragraph, the release speaks of someone again
				}
			}
			t := Turn{Para: k, Speaker: sp, Cue: cue}
			if t.Start, t.End = span(c.r.Lexicon, q.Text, 0); t.Start < t.End {
				out = append(out, t)
			}
			i = k
		}
		if sp.Party < 0 {
			// "Foreign Secretary Anna Brell said: The UK welcomes …":
			// one who speaks in her government's name is its
			if party := c.speaksFor(out[first:]); party >= 0 {
				for k := first; k < len(out); k++ {
					out[k].Speaker.Party = party
				}
			}
		}
	}
	return out
}

// speaksFor is the one party in whose name the turns speak, or -1: a
// party that opens a clause as the subject of a verb of saying in the
// present ("The UK welcomes …", "Kestria condemns …"), the words of
// its government, which its official says for it.
func (c *doc) speaksFor(turns []Turn) int32 {
	texts := make([]string, len(turns))
	for i, t := range turns {
		texts[i] = c.d.Paragraphs[t.Para].Text[t.Start:t.End]
	}
	return c.speaksForIn(texts)
}

// speaksForIn is speaksFor over texts.
func (c *doc) speaksForIn(texts []string) int32 {
	party := int32(-1)
	for _, s := range texts {
		ws := c.r.words(s)
		for i := range ws {
			if i > 0 && !ws[i-1].punct(".") && !ws[i-1].punct("!") && !ws[i-1].punct("?") {
				continue // a clause's subject opens the sentence
			}
			j := i
			if ws[j].definite() {
				j++
			}
			h, ok := c.r.partyAt(ws, j)
			if !ok || h.Kind != gazetteer.PartyName || j+h.Len >= len(ws) {
				continue
			}
			if v := &ws[j+h.Len]; !v.is(lexicon.CueVerb) || v.cap() || !presentCue(v.entry) {
				continue
			}
			if party >= 0 && party != h.Party {
				return -1 // two governments: whose is not said
			}
			party = h.Party
		}
	}
	return party
}

// presentCue: a verb of saying in the present ("welcomes", "condemns").
func presentCue(e *lexicon.Entry) bool {
	for _, cue := range e.Cues {
		if !cue.Noun && slices.Contains(cue.Forms, lexicon.Third) {
			return true
		}
	}
	return false
}

// introduction reads a paragraph that is a speaker and a verb of saying
// before a colon: "Ana Velk, the Foreign Minister, said:", "The Kestrian
// Foreign Ministry said in a statement:". It returns the speaker, the
// verb, and the word that names the speaker again in the narration (the
// surname).
func (c *doc) introduction(s string) (sp resolve.Speaker, cue, surname string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > 160 || !strings.HasSuffix(s, ":") {
		return sp, "", "", false
	}
	ws := c.r.words(s[:len(s)-1])
	// the verb: the last cue verb, after which only a setting may come
	// ("said in a statement")
	v := -1
	for i := len(ws) - 1; i > 0 && i >= len(ws)-5; i-- {
		w := &ws[i]
		if w.is(lexicon.CueVerb) && !w.cap() && saying(w.entry) {
			v = i
			break
		}
		if !w.is(lexicon.NounPreposition|lexicon.Setting|lexicon.Time) && !(w.entry != nil && w.entry.Article) {
			return sp, "", "", false
		}
	}
	if v < 1 {
		return sp, "", "", false
	}
	var ms []member
	if m, e, ok := c.r.memberAt(s, ws, 0); ok && e < v && ws[e].punct(",") {
		// "Ana Velk, the Foreign Minister, said:": a title in apposition
		if a, ae, ok := c.r.memberAt(s, ws, e+1); ok && !a.named() && ae+1 == v && ws[ae].punct(",") {
			if len(m.title) == 0 {
				m.title = a.title
			}
			if m.party < 0 {
				m.party = a.party
			}
			ms = []member{m}
		} else if ok && a.named() && !m.named() && m.kind == personMember && ae+1 == v && ws[ae].punct(",") {
			// "The Minister for Development, Lord Carrow, added:": the
			// title first, the holder in apposition, who goes by the
			// name as written there, honorific and all ("Lord Carrow")
			if honorificsOnly(c.r.Lexicon, a.title) {
				a.name = append(a.title[:len(a.title):len(a.title)], a.name...)
			}
			a.title = m.title
			if a.party < 0 {
				a.party = m.party
			}
			ms = []member{a}
		}
	}
	if ms == nil {
		var e int
		if ms, e = c.r.memberList(s, ws, 0); e != v {
			return sp, "", "", false
		}
	}
	if len(ms) == 0 || !c.evidence(ms) {
		return sp, "", "", false
	}
	c.resolveSurnames(ms)
	sp = c.group(ms)
	if len(ms) == 1 && ms[0].kind == personMember && !ms[0].named() && !sp.Person {
		// "The governor added:": a description only the story's
		// resolver can tell
		return sp, "", "", false
	}
	if len(ms) == 1 && ms[0].named() {
		if ms[0].person >= 0 {
			surname = c.r.Index.Person(ms[0].person).Surname
		} else {
			surname = ms[0].name[len(ms[0].name)-1]
		}
	}
	return sp, ws[v].text, surname, true
}

// saying: a cue of words said, not of a stance.
func saying(e *lexicon.Entry) bool {
	for _, cue := range e.Cues {
		if !cue.Noun && (cue.Frame == lexicon.Say || cue.Frame == lexicon.That) {
			return true
		}
	}
	return false
}

// narrates reports a paragraph (its words) in which the release speaks of someone
// in the third person: by a pronoun of one person ("During her visit,
// …", "He also met …"), by a title after "the" ("the minister will
// also meet …", "The Foreign Secretary spoke to …") or by reporting
// what someone said ("…, the ministry announced"), as the statement
// stage ends speech at a paragraph with a cue of its own. Speech a colon
// introduced goes on in paragraphs that do neither ("This funding will
// provide …").
func narrates(ws []word) bool {
	for i := range ws {
		w := &ws[i]
		if w.is(lexicon.CueVerb) && !w.cap() && reportedCue(w.entry) {
			return true // "…, the ministry announced": someone's words reported
		}
		if w.is(lexicon.Pronoun) && w.entry.Pronoun.Person == 3 && !w.entry.Pronoun.Plural && w.entry.Pronoun.Gender != 'n' && w.entry.Pronoun.Gender != 0 {
			return true
		}
		if w.definite() && i+1 < len(ws) && ws[i+1].titleWord() && !ws[i+1].is(lexicon.Honorific) {
			e := i + 1
			for e < len(ws) && ws[e].titleWord() {
				e++
			}
			if ws[e-1].is(lexicon.TitleHead) {
				return true
			}
		}
	}
	return false
}

// reportedCue: a verb of saying in the past, not of a stance
// ("announced", "said"; not "supported"): the release reports someone.
func reportedCue(e *lexicon.Entry) bool {
	for _, cue := range e.Cues {
		if !cue.Noun && cue.Frame != lexicon.Attitude && slices.Contains(cue.Forms, lexicon.Past) {
			return true
		}
	}
	return false
}

// hasQuote: the text has a double quotation mark.
func hasQuote(s string) bool {
	return strings.ContainsAny(s, "“”\"«»")
}

// firstPerson: a paragraph's words with "I", "we", "our" …
func firstPerson(ws []word) bool {
	for _, w := range ws {
		if w.is(lexicon.Pronoun) && w.entry.Pronoun.Person == 1 && (w.text != "US" || !w.tok.Has(text.Upper)) {
			return true
		}
	}
	return false
}

// speech makes each paragraph of a speech printed without labels the
// author's turn ("Remarks as Prepared for Delivery by …"): every
// paragraph but headings, the byline, the place and date lines over the
// text (short, with no end of sentence) and what closes it ("###").
func (c *doc) speech(author *resolve.Speaker) []Turn {
	var out []Turn
	for i := range c.d.Paragraphs {
		p := &c.d.Paragraphs[i]
		s := strings.TrimSpace(p.Text)
		if p.Heading || p.Label != "" || s == "" || len(s) < 80 && !strings.ContainsAny(s, ".!?:”\"") {
			continue
		}
		if _, ok := c.byline(s); ok {
			continue
		}
		if _, ok := c.issuer(s); ok {
			continue
		}
		t := Turn{Para: i, Speaker: *author}
		if t.Start, t.End = span(c.r.Lexicon, p.Text, 0); t.Start < t.End {
			out = append(out, t)
		}
	}
	return out
}
