package mention

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// What the phrases around a speaker's head say about it: the appositive
// after it ("Jon Vell, 70, a retired general") and, for a document, who
// issued it.

// appositiveRole is the role an appositive gives ("a retired general",
// "executive director of the Arms Control Association"), without its
// article; a relative clause gives none.
func appositiveRole(s *syntax.Sentence, para string, aside syntax.Phrase) string {
	w := &s.Words[aside.From]
	if w.Tag == tag.WP || w.Tag == tag.WDT || w.Tag.IsVerb() || w.Tag == tag.CD && aside.Len() == 1 || w.Tag == tag.IN && !(w.Entry != nil && w.Entry.RolePreposition) {
		return "" // a relative clause, a participle, an age, an adjunct ("for his part")
	}
	from := aside.From
	if s.Determiner(from) && s.Words[from].Tag != tag.PRPS {
		from++
	}
	if from+1 == aside.To && (s.Words[from].Tag == tag.JJ || s.Words[from].Tag == tag.CD) {
		return "" // "a third": which of a count, no role
	}
	return s.Text(para, from, aside.To)
}

// namesWhole reports an aside that is a name, perhaps after a title and
// before an age: "Ruben Sato", "Ambassador Jon Vell", "Jon Vell, 70".
func namesWhole(s *syntax.Sentence, p syntax.Phrase) bool {
	p = withoutAge(s, p)
	n := s.Name(p)
	if n.Empty() || n.To != p.To {
		return false
	}
	for i := p.From; i < n.From; i++ {
		if w := &s.Words[i]; !(w.Is(lexicon.TitleHead) || w.Is(lexicon.TitleWord) || w.Is(lexicon.Honorific) || titleInner(s, i)) {
			return false
		}
	}
	return true
}

// withoutAge drops an age after a name: "Jon Vell, 70" is Jon Vell.
func withoutAge(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	if p.Len() > 2 && s.Words[p.To-1].Tag == tag.CD && s.Words[p.To-2].Tag == tag.Comma {
		p.To -= 2
	}
	return p
}

// issuer finds who issued the document headed by word h of phrase p:
// the possessor before it ("Kestria's statement", "the ministry's
// readout") or the phrase after a preposition that names an issuer,
// perhaps after a participle ("a statement from the presidency", "a
// readout issued by the secretariat").
func issuer(s *syntax.Sentence, p syntax.Phrase, h int) syntax.Phrase {
	for i := p.From; i < h; i++ {
		if s.Words[i].Tag == tag.POS {
			return syntax.Phrase{From: p.From, To: i}
		}
	}
	k := h + 1
	if k+1 < p.To && s.Words[k].Tag == tag.VBN && s.Words[k+1].Is(lexicon.AgentPreposition) {
		k++
	}
	if k+1 < p.To && s.Words[k].Tag == tag.IN && s.Words[k].Is(lexicon.IssuerPreposition) {
		if end := s.NounPhraseAt(k + 1); end > k+1 && end <= p.To {
			return syntax.Phrase{From: k + 1, To: end}
		}
	}
	// "a Pentagon readout", "a White House statement": the name before it
	n := s.Name(syntax.Phrase{From: p.From, To: h})
	if !n.Empty() && n.To == h {
		return n
	}
	return syntax.Phrase{}
}

// leadingName is the name an aside about a description opens with, as
// the phrase of that name alone: the whole aside ("Anna White",
// "Ambassador Jon Vell", "Jon Vell, 70"), or its first appositive before
// a second one or an aside of the writer's ("Lena Velk, a Tesmari";
// "Ana Tul, of course"), or the name before a phrase that places it
// ("Anna Verel of the Varn Church"). An empty phrase when the aside
// opens with no name.
func leadingName(s *syntax.Sentence, aside syntax.Phrase) syntax.Phrase {
	if aside.Empty() {
		return aside
	}
	if n := wholeName(s, aside); !n.Empty() {
		return n
	}
	first := aside
	for i := aside.From + 1; i < aside.To; i++ {
		if s.Words[i].Tag == tag.Comma {
			if i+1 < aside.To && s.Words[i+1].Tok.Has(text.Cap) {
				return syntax.Phrase{} // a list of names ("Vice Chairman Shelby, Chairman Coons"), no one's appositive
			}
			first.To = i
			break
		}
	}
	if n := wholeName(s, first); first != aside && !n.Empty() {
		return n
	}
	for i := first.From + 2; i < first.To; i++ {
		if s.Words[i].Tag == tag.IN {
			// the name, then the body or place it is of
			return wholeName(s, syntax.Phrase{From: first.From, To: i})
		}
	}
	return syntax.Phrase{}
}

// wholeName is p's name when p is a name, perhaps after a title.
func wholeName(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	switch {
	case isName(s, p):
		return p
	case namesWhole(s, p):
		return s.Name(withoutAge(s, p))
	}
	return syntax.Phrase{}
}

// titleBefore is the title written before a name from word from: none
// when the words there are a time the phrase ran into ("the same day
// Velk made two stops"), which is when, not who.
func (f *Finder) titleBefore(s *syntax.Sentence, para string, from, name int) string {
	end := honorificEnd(s, from, name)
	if end > from && allTime(s, syntax.Phrase{From: from, To: end}) {
		return ""
	}
	return s.Text(para, f.titleStart(s, from, end), end)
}

// pluralName reports a name that is one plural proper noun the lexicon
// gives no person's name: "Muslims", "Christians" are many, and no "she"
// stands for them. A surname the tagger reads as plural ("Sanders/NNPS")
// is retagged once the story gives it in full.
func pluralName(s *syntax.Sentence, name syntax.Phrase) bool {
	if name.Len() != 1 {
		return false
	}
	w := &s.Words[name.From]
	return w.Tag == tag.NNPS && !w.Is(lexicon.GivenName) && !w.Tok.Has(text.Upper) && strings.HasSuffix(w.Text, "s")
}
