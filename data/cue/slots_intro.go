package cue

// An introductory phrase before the subject that the subject's search
// could take for the subject with an aside.

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// introductory reports a noun phrase from b to the comma or dash at end
// that opens no clause, before the real subject that comes after it with
// the verb at j:
//   - a dateline: "VARN -- President Tom Arno, opening the museum, said";
//   - the object of a subordinator used as a preposition, before a name
//     with an appositive of its own: "With 50 days until the election,
//     Lena Velk, an adviser to the campaign, called …" ("As Tom Arno,
//     the envoy, said" keeps its subject: no name follows);
//   - a phrase whose "aside" is joined by a conjunction, which no
//     appositive is: "In an article on the party website, the Paper, and
//     widely read online, Jon Pors, a student, urged …".
func introductory(s *syntax.Sentence, b, end, j int) bool {
	switch {
	case b == 0 && isDash(s, end) && dateline(s, b, end):
		return true
	case end+1 < j && isPunct(s, end, ',') && s.Words[end+1].Tag == tag.CC && s.Words[end+1].Quote < 0:
		// (between dashes, "Democrats — and some Republicans — say" is
		// one subject)
		return true
	case b > 0 && s.Words[b-1].Is(lexicon.Subordinator) && s.Words[b-1].Tag == tag.IN && isPunct(s, end, ','):
		return namedWithAside(s, end+1, j)
	}
	return false
}

// dateline reports words from b to end that file the story: a place in
// capitals ("VARN", "PORT SELIN"), perhaps its country or the date after
// a comma and an agency in brackets ("KESSGRAD, Tesmar (AP)", "VARN,
// March 3, 2026 (Wire)"), before a dash at end
// that a sentence follows ("NATO — the alliance — will meet" is no
// dateline).
func dateline(s *syntax.Sentence, b, end int) bool {
	if b >= end || !s.Words[b].Tok.Has(text.Upper) || len(s.Words[b].Text) < 2 {
		return false
	}
	if next := end + 1; next < len(s.Words) && !isOpenQuote(s, next) && !s.Words[next].Tok.Has(text.Cap) {
		return false
	}
	comma, bracket := false, false
	for k := b + 1; k < end; k++ {
		w := &s.Words[k]
		switch {
		case w.Tag == tag.Comma:
			comma = true
		case w.Tag == tag.LRB:
			bracket = true
		case w.Tag == tag.RRB || w.Tag == tag.Period:
		case w.Tok.Has(text.Upper) && len(w.Text) > 1:
		case (comma || bracket) && w.Tok.Has(text.Cap):
			// the country after the place, or the agency
		case comma && !bracket && w.Tag == tag.CD:
			// the day or the year of the date after the place
		default:
			return false
		}
	}
	return true
}

// namedWithAside reports a proper name at k followed by a comma before
// j: a named subject with an appositive of its own ("Lena Velk, an
// adviser to the campaign,").
func namedWithAside(s *syntax.Sentence, k, j int) bool {
	e := s.NounPhraseAt(k)
	if e <= k || e >= j || !isPunct(s, e, ',') {
		return false
	}
	for i := k; i < e; i++ {
		if w := &s.Words[i]; !w.Tag.IsProperNoun() || w.Quote >= 0 || w.IsTime() {
			return false
		}
	}
	return true
}

// issuerOfNewDocument is who speaks through a document the sentence
// brings in as the object of their verb, when a relative clause at wh
// says what it says: "Tom Arno released a video that accuses Velk of
// fraud", "Arno has issued a statement that says …". The document is new
// (an indefinite article opens it) and the relative is restrictive; a
// verb of saying before it ("criticised a report that said") talks about
// the document, whose issuer is someone else.
func (f *Finder) issuerOfNewDocument(s *syntax.Sentence, doc syntax.Phrase, wh int) (issuer, aside syntax.Phrase) {
	if doc.To != wh || doc.From == 0 || !s.Words[doc.From].Is(lexicon.Indefinite) || !s.Words[s.Head(s.Core(doc))].Is(lexicon.Document) {
		return
	}
	pv := objectOf(s, doc.From)
	if pv < 0 || s.Words[pv].Is(lexicon.CueVerb) || s.Words[pv].Tag == tag.VBG || conditional(s, pv) {
		return
	}
	issuer, aside, _ = f.subject(s, pv)
	return issuer, aside
}

// countedOne reports an ordinal after a determiner at k that stands for
// a person of a count the story keeps ("And a third, Dan Pors, said",
// "The second, Ana Velk, added"). A number after a noun is a name's
// ("Volume II, Money Laundering, highlights …").
func countedOne(s *syntax.Sentence, k int) bool {
	w := &s.Words[k]
	return w.Quote < 0 && w.Tag == tag.JJ && k > 0 && s.Determiner(k-1) && boundaryBefore(s, k-1)
}
