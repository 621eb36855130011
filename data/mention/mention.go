// Package mention says who a noun phrase is: a named person, a body (a
// party, a seat of government, an organisation), a group ("officials",
// "experts"), a person named by role ("the minister"), a pronoun or a
// document, with the party the phrase itself gives evidence of.
package mention

import (
	"strings"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// Kind is what a mention refers to.
type Kind uint8

const (
	Other    Kind = iota // any other noun phrase ("the truck story")
	Person               // a named person: "Sergei Lavrov", "Mr. Lavrov"
	Body                 // a named body: "Russia", "the Kremlin", "the Arms Control Association"
	Group                // a group: "officials", "U.S. officials", "experts", "both sides"
	Role                 // one person by role: "the minister", "a senior official"
	Pronoun              // "he", "they", "we"
	Document             // a text that speaks: "the statement", "a report"
)

var kindNames = [...]string{"other", "person", "body", "group", "role", "pronoun", "document"}

func (k Kind) String() string { return kindNames[k] }

// Mention is one noun phrase that can speak.
type Mention struct {
	Para     int
	Sentence int           // index in the caller's sentence list
	Phrase   syntax.Phrase // its words in the sentence
	Kind     Kind
	Text     string // the phrase as written, without a leading article
	Name     string // a person's or body's name as written ("Sergei Lavrov"); "" for others
	Title    string // the role words about it ("Foreign Minister", "a retired general")
	Party    int32  // the party the phrase names, or -1
	Person   int32  // the known person it names, or -1
	Gender   byte   // 'm', 'f', or 0
	Plural   bool
	Pron     lexicon.PronounInfo // for a pronoun
	Joint    bool                // a group of several sides ("both sides", "the leaders")
	New      bool                // introduced as new: "a senior official", "some experts"
}

// Finder classifies phrases with the lexicon and a gazetteer.
type Finder struct {
	Lexicon *lexicon.Lexicon
	Index   *gazetteer.Index
}

// Classify says who the phrase p of sentence s is; aside is an
// appositive or relative clause about it ("a retired general").
func (f *Finder) Classify(s *syntax.Sentence, para string, p, aside syntax.Phrase) Mention {
	m := Mention{Para: s.Para, Phrase: p, Party: -1, Person: -1}
	from := p.From
	for from < p.To && s.Determiner(from) && s.Words[from].Tag != tag.PRPS {
		from++
	}
	// the text keeps its article but "the": "a senior official", "some
	// experts" say how many speak; "the" says nothing
	text := p.From
	if text < p.To && lower(s.Words[text].Text) == "the" {
		text++
	}
	m.Text = s.Text(para, text, p.To)
	m.New = s.Words[p.From].Is(lexicon.Indefinite)
	if p.Len() == 1 && s.Words[p.From].Is(lexicon.Pronoun) {
		w := &s.Words[p.From]
		m.Kind, m.Pron = Pronoun, w.Entry.Pronoun
		m.Gender, m.Plural = w.Entry.Pronoun.Gender, w.Entry.Pronoun.Plural
		return m
	}
	f.gazetteerEvidence(s, p, &m)
	core := s.Core(syntax.Phrase{From: from, To: p.To})
	name := s.Name(core)
	head := &s.Words[s.Head(core)]
	switch {
	case !name.Empty() && m.Person >= 0:
		m.Kind = Person
		m.Name = s.Text(para, name.From, name.To)
		m.Title = s.Text(para, from, honorificEnd(s, from, name.From))
	case !name.Empty() && f.namesBody(s, name):
		m.Kind = Body
		m.Name = s.Text(para, from, core.To)
	case !name.Empty() && !head.Is(lexicon.Group):
		m.Kind = Person
		m.Name = s.Text(para, name.From, name.To)
		m.Title = s.Text(para, from, honorificEnd(s, from, name.From))
		if name.From > from {
			if g := s.Words[name.From-1]; g.Is(lexicon.Honorific) {
				m.Gender = g.Entry.Gender
			}
		}
	case head.Is(lexicon.Group):
		m.Kind = Group
		m.Plural = head.Tag == tag.NNS || head.Tag == tag.NNPS
		m.Joint = head.Entry.Group == lexicon.JointGroup
	case head.Is(lexicon.TitleHead):
		m.Kind = Role
		m.Title = m.Text
		m.Plural = head.Tag == tag.NNS
	case head.Is(lexicon.Document):
		m.Kind = Document
	default:
		m.Kind = Other
		m.Plural = head.Tag == tag.NNS || head.Tag == tag.NNPS
	}
	if m.Kind == Role && !aside.Empty() && s.Name(aside) == aside {
		// "a spokeswoman, Anna White, said": the aside names the speaker
		m.Kind, m.Name, m.Title = Person, s.Text(para, aside.From, aside.To), m.Text
	}
	if m.Kind == Person && m.Gender == 0 && m.Name != "" {
		if e := f.Lexicon.Lookup(firstWord(m.Name)); e != nil && e.Class&lexicon.GivenName != 0 {
			m.Gender = e.Gender
		}
	}
	if m.Kind == Person && m.Title == "" && !aside.Empty() {
		m.Title = appositiveRole(s, para, aside)
	}
	return m
}

// honorificEnd drops a final honorific from the title words: "Mr." is no
// role.
func honorificEnd(s *syntax.Sentence, from, to int) int {
	for to > from && (s.Words[to-1].Is(lexicon.Honorific) || s.Words[to-1].Tag == tag.POS) {
		to--
	}
	return to
}

// gazetteerEvidence records the parties and the known person the words
// of the phrase name.
func (f *Finder) gazetteerEvidence(s *syntax.Sentence, p syntax.Phrase, m *Mention) {
	words := make([]string, 0, p.Len())
	for i := p.From; i < p.To; i++ {
		words = append(words, s.Words[i].Text)
	}
	for i := 0; i < len(words); {
		h, ok := f.Index.Match(words[i:])
		if !ok || h.NeedThe && (i == 0 && (p.From == 0 || lower(s.Words[p.From-1].Text) != "the") || i > 0 && lower(words[i-1]) != "the") {
			i++
			continue
		}
		if h.Person >= 0 {
			m.Person = h.Person
			per := f.Index.Person(h.Person)
			m.Gender = per.Gender
			if m.Party < 0 && per.Party != "" {
				if id, ok := f.Index.PartyID(per.Party); ok {
					m.Party = id
				}
			}
		} else if m.Party < 0 {
			m.Party = h.Party
		}
		i += h.Len
	}
}

// namesBody reports a name that is a party, a seat or an organisation
// ("Russia", "the Kremlin", "the Arms Control Association").
func (f *Finder) namesBody(s *syntax.Sentence, name syntax.Phrase) bool {
	words := make([]string, 0, name.Len())
	for i := name.From; i < name.To; i++ {
		words = append(words, s.Words[i].Text)
	}
	if h, ok := f.Index.Match(words); ok && h.Len == len(words) && h.Person < 0 && h.Kind != gazetteer.Demonym {
		return true
	}
	for i := name.From; i < name.To; i++ {
		if s.Words[i].Is(lexicon.Organisation) {
			return true
		}
	}
	return false
}

// appositiveRole is the role an appositive gives ("a retired general",
// "executive director of the Arms Control Association"), without its
// article; a relative clause gives none.
func appositiveRole(s *syntax.Sentence, para string, aside syntax.Phrase) string {
	w := &s.Words[aside.From]
	if w.Tag == tag.WP || w.Tag == tag.WDT || w.Tag.IsVerb() {
		return ""
	}
	from := aside.From
	if s.Determiner(from) && s.Words[from].Tag != tag.PRPS {
		from++
	}
	return s.Text(para, from, aside.To)
}

func lower(w string) string { return strings.ToLower(w) }

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// Capitalised reports whether a word starts with a capital letter.
func Capitalised(w *syntax.Word) bool { return w.Tok.Has(text.Cap) }
