package voice

import (
	"strings"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// The author's own voice, sentence by sentence. A text with an author
// ("Statement by President Ana Velk on …", a byline, "Office of the
// Spokesperson") says things in its body that no verb of saying
// introduces: "We are deeply concerned by …", "I extend my warmest
// congratulations …", "The United States stands with …". A sentence whose
// main clause has the author for its subject is the author's statement:
// "I" or "we", a subject "our …" ("Our thoughts are with …"), or the
// government the author speaks for, by its name ("The United States") or
// as its government ("The Kestrian Government", "the Department"). The
// clause's verb is the cue; the content is what follows the subject, and
// a subject that is not the speaker's pronoun stays in it ("The United
// States stands with …" is what the spokesperson says).
//
// A sentence is no statement when a cue frame already says who speaks in
// it, when it asks a question, when its subject is inside a quotation or
// a subordinate clause ("as we mark the day"), or when its verb narrates
// an event ("I met with …", "we discussed …"): the narration of a
// release is no one's.

// Said is one sentence in the author's own voice.
type Said struct {
	Sentence int
	Cue      syntax.Phrase // the verb of the subject's clause
	Content  syntax.Phrase // what follows the subject, or the sentence from the subject on
}

// Authored finds the sentences the author says in their own voice.
// sentences are d's, in order, and frames their cue frames;
// full tags a sentence the builder left with shallow tags (it is called
// only on sentences that may speak in the author's voice).
func (r *Reader) Authored(v *Voice, d *text.Document, sentences []syntax.Sentence, frames []cue.Frame, full func(*syntax.Sentence)) []Said {
	author, office := v.Author, false
	if author == nil {
		author, office = v.Publisher, true
	}
	if author == nil || r.Lexicon == nil || r.Index == nil {
		return nil
	}
	// a sentence with a frame says who speaks in it, unless the frame's
	// speaker is the one addressed ("as you celebrate …")
	framed := make([]bool, len(sentences))
	effect := map[int]*cue.Frame{} // a thing's effect, which no one says: the author's judgment
	for i := range frames {
		f := &frames[i]
		s := &sentences[f.Sentence]
		if f.Speaker.Len() == 1 && s.Words[f.Speaker.From].Is(lexicon.Pronoun) && s.Words[f.Speaker.From].Entry.Pronoun.Person == 2 {
			continue
		}
		if cue.EffectOfThing(s, f) {
			effect[f.Sentence] = f
			continue
		}
		framed[f.Sentence] = true
		if f.SignsParagraphBefore(s) {
			for k := f.Sentence - 1; k >= 0 && sentences[k].Para == s.Para-1; k-- {
				framed[k] = true // an epigraph its signer said: "…" then "– President Biden"
			}
		}
	}
	// a turn's "I" and "we" are its speaker's
	turn := make(map[int]bool, len(v.Turns))
	for _, t := range v.Turns {
		turn[t.Para] = true
	}
	// an issuing office's byline ("Office of the Spokesperson")
	issuing := v.Author != nil && !v.Author.Person && !v.Author.Group
	var out []Said
	var words []word // said's storage, from one sentence to the next
	for si := range sentences {
		s := &sentences[si]
		if framed[si] || turn[s.Para] || effect[si] == nil && !r.mayBeOwn(s, author.Party, v.Titled || v.Bylined || issuing) && !(v.Joint && mayBeSignatories(s)) {
			continue
		}
		if !s.Tagged() {
			full(s)
		}
		sd, ok := r.said(s, d.Paragraphs[s.Para].Text, author, office, &words)
		if !ok && (v.Titled || v.Bylined) {
			sd, ok = r.stated(s)
		}
		if !ok && issuing {
			sd, ok = r.statedOfOffice(s)
		}
		if !ok && v.Joint {
			sd, ok = r.signatories(s)
		}
		if !ok && !office {
			sd, ok = r.performative(s)
		}
		if !ok && effect[si] != nil {
			sd, ok = judged(s, effect[si])
		}
		if ok {
			sd.Sentence = si
			out = append(out, sd)
		}
	}
	return out
}

// mayBeOwn is a cheap look before tagging, which is the engine's
// costliest stage: the sentence has a first-person subject or possessive
// or "hereby" outside quotations, or a clause that opens with a word that may begin
// the author's government, one of its people or, in a titled statement,
// a judgment ("This is …").
func (r *Reader) mayBeOwn(s *syntax.Sentence, own int32, titled bool) bool {
	for i := range s.Words {
		w := &s.Words[i]
		if w.Quote >= 0 || w.Tok.Kind != text.Word {
			continue
		}
		if w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 1 && w.Entry.Pronoun.Case != 'o' || w.Is(lexicon.FormalAdverb) {
			return true
		}
		if !nearClauseStart(s, i) {
			continue
		}
		if titled && w.Is(lexicon.Judgment) {
			return true
		}
		if own < 0 || !w.Tok.Has(text.Cap) {
			continue
		}
		if w.Is(lexicon.OwnVoice) || w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord) {
			return true // "The Department …", "The President is grateful …"
		}
		if i+1 < len(s.Words) && s.Words[i+1].Is(lexicon.OwnVoice) && r.ownLeaders(w.Text, own) {
			return true // "The Velk Administration …"
		}
		if h, ok := r.matchWords(s, i); ok && (h.Party == own && h.Kind == gazetteer.PartyName || h.Kind == gazetteer.PersonName) {
			return true
		}
	}
	return false
}

// nearClauseStart: word i may open a clause, read without tags: the
// sentence's first word, or after punctuation, past [clause lead-ins]
// ("the", "and", "but") and words of time ("Today, the United States …").
func nearClauseStart(s *syntax.Sentence, i int) bool {
	k := i - 1
	for k >= 0 && s.Words[k].Tok.Kind == text.Word {
		switch w := &s.Words[k]; {
		case w.Entry != nil && w.Entry.LeadsClause || w.Is(lexicon.Time):
			k--
			continue
		}
		return false
	}
	return true
}

// stated reads a sentence of a text its title says is the author's
// statement whose subject is a demonstrative or "it": the author's
// judgment of what the statement is about ("This is yet another example
// of …", "It is unthinkable that …", "That is why …"). Its verb must be
// in the present tense; background the statement tells in the third
// person ("The river has risen", "The leaders will discuss …") is its
// narration, no one's, and so is a relative clause ("…, that can halve
// emissions"). A demonstrative may lead a noun ("This appointment
// reflects …") when what it says is of the author's own ("… the
// importance of our relations"): "This year marks …" alone is a date.
func (r *Reader) stated(s *syntax.Sentence) (Said, bool) {
	if question(s) || s.TitleCased() || formula(s) {
		return Said{}, false
	}
	for i := range s.Words {
		w := &s.Words[i]
		if w.Quote >= 0 || !w.Is(lexicon.Judgment) || w.Tag == tag.WDT || !clauseStart(s, i) || i+1 >= len(s.Words) {
			continue
		}
		k := i + 1
		if e := s.NounPhraseAt(i); w.Tag == tag.DT && e > k && e < len(s.Words) && ownAfter(s, e) {
			k = e // "This appointment reflects the importance of our relations"
		}
		if v := &s.Words[k]; v.Tag != tag.VBZ && v.Tag != tag.VBP && !(v.Tag == tag.MD && !v.Is(lexicon.FutureModal)) {
			return Said{}, false
		}
		cue, _, ok := r.verbAfter(s, k)
		if !ok {
			return Said{}, false
		}
		content := trimFinal(s, syntax.Phrase{From: i, To: len(s.Words)})
		if content.To <= cue.To {
			return Said{}, false
		}
		return Said{Cue: cue, Content: content}, true
	}
	return Said{}, false
}

// performative reads an act the author performs in the passive of a
// formal text: "By the authority vested in me …, it is hereby ordered as
// follows". The clause with "hereby" is the statement, its verb the cue.
func (r *Reader) performative(s *syntax.Sentence) (Said, bool) {
	if question(s) || formula(s) {
		return Said{}, false
	}
	for i := range s.Words {
		w := &s.Words[i]
		if w.Quote >= 0 || !w.Is(lexicon.FormalAdverb) || i+1 >= len(s.Words) || s.Words[i+1].Tok.Kind != text.Word {
			continue
		}
		from := i
		for from > 0 && s.Words[from-1].Tag != tag.Comma && s.Words[from-1].Tag != tag.Colon {
			from--
		}
		content := trimFinal(s, syntax.Phrase{From: from, To: len(s.Words)})
		if content.To <= i+1 {
			return Said{}, false
		}
		return Said{Cue: syntax.Phrase{From: i + 1, To: i + 2}, Content: content}, true
	}
	return Said{}, false
}

// subjectKind is how a subject stands for the author.
type subjectKind uint8

const (
	ownPronoun    subjectKind = iota + 1 // "I", "we": the author, left out of the content
	ownPossessive                        // "our thoughts", "my Administration"
	ownGovernment                        // "The United States", "the Department of State"
	ownPrincipal                         // "President Velk", "The President": the one the author speaks for
)

// said reads one tagged sentence of paragraph para. words is storage
// for the sentence's words, which the next sentence reuses.
func (r *Reader) said(s *syntax.Sentence, para string, author *resolve.Speaker, office bool, words *[]word) (Said, bool) {
	if question(s) || s.TitleCased() || formula(s) {
		return Said{}, false
	}
	var ws []word // the sentence as voice reads titles, made when needed
	for i := 0; i < len(s.Words); i++ {
		if s.Words[i].Quote >= 0 || !mainClause(s, i) {
			if sd, ok := r.relativeOwn(s, i, author.Party); ok && s.Words[i].Quote < 0 {
				return sd, true
			}
			continue
		}
		subj, kind := r.ownSubject(s, i, author.Party)
		if kind == 0 && author.Party >= 0 && clauseStart(s, i) && s.Words[i].Tok.Has(text.Cap) {
			if ws == nil {
				ws = sentenceWords(*words, s)
				*words = ws
			}
			subj, kind = r.principal(para, ws, i, author.Party)
		}
		if kind == 0 || office && singular(&s.Words[i]) {
			continue // an office is "we", never "I"
		}
		if kind != ownPronoun && !clauseStart(s, subj.From) {
			i = subj.To - 1 // "the United States and our partners", "with our allies"
			continue
		}
		k := subj.To
		if kind == ownPronoun {
			k = appositiveEnd(s, k)
		}
		cue, finite, ok := r.verbAfter(s, k)
		if ok {
			switch t := s.Words[finite].Tag; kind {
			case ownPossessive, ownGovernment:
				// a government's past doings told in the third person are
				// the release's narration ("The United States joined …")
				ok = t != tag.VBD
			case ownPrincipal:
				// what the principal does now is said for them ("The
				// President is grateful …"); what they did or will do is
				// narration ("President Velk will travel …")
				ok = t == tag.VBZ || t == tag.VBP
			}
		}
		if !ok {
			i = subj.To - 1
			continue
		}
		content := syntax.Phrase{From: subj.From, To: len(s.Words)}
		if kind == ownPronoun {
			content.From = k
		}
		for content.From < cue.From && (adverb(&s.Words[content.From]) || s.Words[content.From].Tag == tag.Comma) {
			content.From++
		}
		if content = trimFinal(s, content); content.To <= cue.To {
			return Said{}, false // "The Administration will:" says what follows it, in a list
		}
		return Said{Cue: cue, Content: content}, true
	}
	return Said{}, false
}

// ownSubject reads the author as a subject at word i: "I", "we", a noun
// phrase "our …", or the author's government; kind is 0 when the word
// begins none of these.
func (r *Reader) ownSubject(s *syntax.Sentence, i int, own int32) (syntax.Phrase, subjectKind) {
	w := &s.Words[i]
	if w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 1 {
		switch {
		case w.Entry.Pronoun.Case == 's' && w.Tag == tag.PRP:
			return syntax.Phrase{From: i, To: i + 1}, ownPronoun
		case w.Entry.Pronoun.Case == 'p' && w.Tag == tag.PRPS:
			// "Our thoughts are with …"; not "Our allies are …", who
			// speak for themselves
			if e := s.NounPhraseAt(i); e > i+1 && !s.Words[e-1].Is(lexicon.Group) && !s.Words[e-1].Is(lexicon.PersonNoun) {
				return syntax.Phrase{From: i, To: e}, ownPossessive
			}
		}
		return syntax.Phrase{}, 0
	}
	if own < 0 {
		return syntax.Phrase{}, 0
	}
	k := i
	if w.Entry != nil && w.Entry.Definite {
		k++
	}
	if k >= len(s.Words) || !s.Words[k].Tok.Has(text.Cap) {
		return syntax.Phrase{}, 0
	}
	e := k
	named := false
	if h, ok := r.matchWords(s, k); ok && h.Party == own && (h.Kind == gazetteer.PartyName || h.Kind == gazetteer.Demonym) {
		e, named = k+h.Len, h.Kind == gazetteer.PartyName
	} else if k+1 < len(s.Words) && s.Words[k+1].Is(lexicon.OwnVoice) && s.Words[k+1].Tok.Has(text.Cap) && r.ownLeaders(s.Words[k].Text, own) {
		e, named = k+1, true // "The Velk Administration", "the Velk-Arno Administration"
	}
	// "the U.S. Government", "the Kestrian Government", "the State
	// Department", "the Department of State"
	head := e
	for e < len(s.Words) && s.Words[e].Is(lexicon.OwnVoice) && s.Words[e].Tok.Has(text.Cap) {
		e++
		if e+1 < len(s.Words) && text.Lower(s.Words[e].Text) == "of" && s.Words[e+1].Is(lexicon.OwnVoice) && s.Words[e+1].Tok.Has(text.Cap) {
			e += 2
		}
	}
	if e == head && !named || e > head && text.Lower(s.Words[e-1].Text) == "state" && (e-head == 1 || text.Lower(s.Words[e-2].Text) != "of") {
		return syntax.Phrase{}, 0 // "the State", "the U.S. State" are no government
	}
	if e+2 < len(s.Words) && text.Lower(s.Words[e].Text) == "and" && (s.Words[e+1].Is(lexicon.Pronoun) && s.Words[e+1].Entry.Pronoun.Person == 1 || text.Lower(s.Words[e+1].Text) == "its") {
		// "The United States and our partners will …": the author's
		// government with its own
		if end := s.NounPhraseAt(e + 1); end > e+2 {
			e = end
		}
	}
	if e < len(s.Words) && (s.Words[e].Tag == tag.POS || s.Words[e].Tag.IsNoun() || text.Lower(s.Words[e].Text) == "and") {
		return syntax.Phrase{}, 0 // "the United States’ position", "the United States and Kestria"
	}
	return syntax.Phrase{From: i, To: e}, ownGovernment
}

// ownLeaders: w is the surname of a known person of the party own, or
// such surnames joined by hyphens ("Velk-Arno"), which name that
// party's government before its head ("the Velk Administration").
func (r *Reader) ownLeaders(w string, own int32) bool {
	for _, part := range strings.Split(w, "-") {
		found := false
		for _, id := range r.Index.BySurname(part) {
			if p, ok := r.Index.PartyID(r.Index.Person(id).Party); ok && p == own {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return w != ""
}

// principal reads a person of the author's government by their title as
// a subject at word i: "President Ana Velk", "The President", "Secretary
// Velk"; a list of people is not one, nor a name alone ("Ana Velk is
// currently …" of a biography), nor a title with neither article nor
// name ("East Coast Governors").
func (r *Reader) principal(para string, ws []word, i int, own int32) (syntax.Phrase, subjectKind) {
	m, e, ok := r.memberAt(para, ws, i)
	if !ok || m.kind != personMember || e < len(ws) && (ws[e].spelled("and") || ws[e].tok.Has(text.Clitic)) {
		return syntax.Phrase{}, 0
	}
	party := m.party
	if m.person >= 0 {
		if id, ok := r.Index.PartyID(r.Index.Person(m.person).Party); ok {
			party = id
		}
	}
	if !hasHead(r.Lexicon, m.title) || !m.article && !m.named() || party != own && !(party < 0 && !m.named()) {
		return syntax.Phrase{}, 0
	}
	return syntax.Phrase{From: i, To: e}, ownPrincipal
}

// ownAfter: a first-person possessive outside quotations from word k
// on ("… of our relations").
func ownAfter(s *syntax.Sentence, k int) bool {
	for ; k < len(s.Words); k++ {
		w := &s.Words[k]
		if w.Quote < 0 && w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 1 && w.Entry.Pronoun.Case == 'p' {
			return true
		}
	}
	return false
}

// statedOfOffice reads an issuing office's judgment ("Office of the
// Spokesperson" over the text): only "It is critical that …", "It is
// important for …", an adjective of judgment before what it judges. An
// office's release tells much in "This is …" that is no one's saying
// ("This is the first in a series of visits …").
func (r *Reader) statedOfOffice(s *syntax.Sentence) (Said, bool) {
	sd, ok := r.stated(s)
	if !ok {
		return Said{}, false
	}
	i := sd.Content.From
	if w := &s.Words[i]; w.Tag != tag.PRP || sd.Cue.From != i+1 || !s.Words[i+1].Is(lexicon.Auxiliary) {
		return Said{}, false
	}
	k := i + 2
	for k < len(s.Words) && s.Words[k].Tag.IsAdverb() {
		k++
	}
	if k+1 >= len(s.Words) || !s.Words[k].Tag.IsAdj() {
		return Said{}, false
	}
	if n := &s.Words[k+1]; !n.Is(lexicon.Complementizer) && n.Tag != tag.TO && !(n.Tag == tag.IN && text.Lower(n.Text) == "for") {
		return Said{}, false
	}
	return sd, true
}
