// Package mention says who a noun phrase is: a named person, a body (a
// party, a seat of government, an organisation), a group ("officials",
// "experts", "Velk and Arno"), a person named by role or description ("the
// minister", "the retired general"), a pronoun or a document, with the
// evidence the phrase itself gives: of a party, of being a person (a given
// name, an honorific, a title), of being a place ("in Hollin"), of gender.
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
	Group                // a group: "officials", "U.S. officials", "experts", "Velk and Arno"
	Role                 // one person by role or description: "the minister", "a senior official", "the retired general"
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
	Text     string // the phrase as written, without a leading "the"; a non-person keeps its restrictive clause
	Name     string // a person's or body's name as written ("Sergei Lavrov"); "" for others
	Title    string // the role words about it ("Foreign Minister", "a retired general")
	Party    int32  // the party the phrase names, or -1
	Person   int32  // the known person it names, or -1
	Gender   byte   // 'm', 'f', or 0
	Plural   bool
	Pron     lexicon.PronounInfo // for a pronoun
	Joint    bool                // a group of several sides ("both sides", "the leaders")
	Members  bool                // a group of named members ("Velk and Arno"), each a mention of their own
	New      bool                // introduced as new: "a senior official", "some experts"
	Definite bool                // "the minister", "this official": someone the reader knows
	Human    bool                // the phrase says it is a person: a given name, an honorific, a title, a known person
	Place    bool                // the phrase says it is a place: "in Hollin", "Hollin, Tes."
	Time     bool                // the phrase is a time ("Sunday", "the coming weeks"): no one
	// Unsure is a party the phrase names only by a name that often names
	// another place ("Georgia"): it counts once the story confirms it.
	Unsure int32
	// Qualified is set when a proper name among the words before the head
	// or name qualifies it ("Greenland's premier", "Hollin police"): the
	// speaker is someone's there, whether or not the gazetteer knows the
	// place, so it is not the document's home government's by default.
	Qualified bool
	// Capital is set when the head of a description is capitalised ("The
	// President"): in official prose, a title used as a name.
	Capital bool
	// PartyName is set when a body's name is a party's capital's ("Ostrava
	// Nova") or a name the document declared for it: the party speaks, by
	// its own name. A seat ("the Kremlin") is not, nor a name the text
	// chose among the party's own ("the IMF", "the U.S.").
	PartyName bool
	// Issuer is who issued a document the phrase names, within the
	// phrase: "the presidency" of "a statement from the presidency",
	// "Kestria" of "Kestria's statement". The issuer speaks.
	Issuer syntax.Phrase
	// Where is a place the gazetteer does not know that the phrase puts
	// its speaker in ("Ruvo" of "officials in besieged Ruvo"): their party
	// is the one the story places it in, if any.
	Where string
	// Issued is the head of an issued document the phrase names
	// ("statement"), lower-cased; on an issuer's mention, the head of the
	// document it issued. "" for other phrases.
	Issued string
	// Mute is set for a phrase that says nothing itself: a plan, a bill,
	// a statement of an issuer the text does not name.
	Mute bool
	// Owner is the possessive pronoun that opens a body's or group's
	// phrase ("its" of "Its leadership"), and Owned the rest of the
	// phrase: the speaker is the antecedent's ("Kestria’s leadership").
	// Owned is "" when no pronoun opens it.
	Owner lexicon.PronounInfo
	Owned string
	// Head and Modifiers are the description's words, lower-cased: "senator"
	// and ["former", "kestrian"] of "the former Kestrian senator".
	Head      string
	Modifiers []string
	// Names are the modifiers that are names ("kestrian" of "the
	// Kestrian senator"): a description says who by them.
	Names []string
	// Disputed is set on a speaker whose claim the text calls false
	// ("officials have spread disinformation that …"): the writer's own
	// side is not guessed for a vague group.
	Disputed bool
	// Opens is set on a pronoun that opens its clause outside any
	// quotation: "He …" at a sentence's start, "“…,” he said" after
	// the quotation it reports.
	Opens bool
	// located is set when the party came from a place the phrase puts
	// its speaker in ("officials in Velsk"), not from a modifier.
	located bool
}

// OwnedByPerson reports a phrase a person's possessive pronoun opens:
// "his office", "her spokeswoman".
func (m Mention) OwnedByPerson() bool {
	return m.Owned != "" && (m.Owner.Gender == 'm' || m.Owner.Gender == 'f')
}

// Finder classifies phrases with the lexicon and a gazetteer.
type Finder struct {
	Lexicon *lexicon.Lexicon
	Index   *gazetteer.Index
	// Shared is the index without the document's own declarations, nil
	// when the same as Index: a name the document declares for its party
	// is one the party speaks by.
	Shared *gazetteer.Index
	// Cues are the cues of the frames of the sentence whose speakers are
	// classified: a clause after a speaker's noun that holds one says
	// something of its own, and is no part of who speaks. Nil elsewhere.
	Cues []syntax.Phrase
}

// Classify says who the phrase p of sentence s is; aside is an
// appositive or relative clause about it ("a retired general").
func (f *Finder) Classify(s *syntax.Sentence, para string, p, aside syntax.Phrase) Mention {
	m := Mention{Para: s.Para, Phrase: p, Party: -1, Person: -1, Unsure: -1}
	if p.Empty() {
		return m
	}
	if p.Len() > 1 && s.Words[p.To-1].Is(lexicon.Quantifier) && !s.Words[p.To-1].Tag.IsNoun() && (s.Words[p.To-2].Tag.IsNoun() || s.Words[p.To-2].Tag == tag.RRB) {
		p.To-- // "officials in Velsk and Ostrava Nova both said", "Arno (D-Varn) and Vell (D-Ostra) all said"
		m.Phrase = p
	}
	if aside.From == p.To && aside.Len() == 1 && (s.Words[aside.From].Tag.IsNoun() || s.Words[aside.From].Tag.IsAdj()) && personish(&s.Words[aside.From]) {
		// "a State Department | official": the head noun, not an aside
		p.To, aside = aside.To, syntax.Phrase{}
		m.Phrase = p
	}
	from := p.From
	for from < p.To && s.Determiner(from) && s.Words[from].Tag != tag.PRPS {
		from++
	}
	// a verb before a name is no title: "shaped Velk's life",
	// "strengthening the ATF"; before a noun it is a modifier ("the
	// enclosed notice")
	if n := s.Name(syntax.Phrase{From: from, To: p.To}); !n.Empty() {
		verb := from
		for from < n.From && s.Words[from].Tag.IsVerb() && !s.Words[from].Is(lexicon.TitleWord) && !s.Words[from].Tok.Has(text.Cap) {
			from++
		}
		if from > verb && from < n.From && s.Words[from].Tag == tag.IN && s.Words[from].Is(lexicon.AgentPreposition) {
			from++ // "polling by the Varn Institute" is the institute's
		}
	}
	// the text keeps its article, "the" included ("the Kestrian side",
	// "a senior official"); a title does not ("Kestrian envoy")
	start := p.From
	if start < from && s.Words[start].Tag.IsVerb() {
		start = from // "strengthening the ATF" is the ATF
	}
	bare := start
	if bare < p.To && definite(&s.Words[bare]) {
		bare++
	}
	m.Text = phraseText(s, para, bare, p.To)
	m.New = s.Words[p.From].Is(lexicon.Indefinite)
	m.Definite = s.Determiner(p.From) && !m.New
	if p.Len() == 1 && s.Words[p.From].Is(lexicon.Pronoun) {
		w := &s.Words[p.From]
		m.Kind, m.Pron = Pronoun, w.Entry.Pronoun
		m.Gender, m.Plural = w.Entry.Pronoun.Gender, w.Entry.Pronoun.Plural
		m.Opens = opensClause(s, p.From)
		return m
	}
	if k, ok := f.coordination(s, para, p); ok {
		// "Velk and Arno said": a group of the two, named as written
		m.Kind, m.Plural, m.Joint, m.Members = Group, true, true, true
		m.Party = k
		if start == p.From {
			start = quantifiedStart(s, start)
		}
		m.Text = phraseText(s, para, start, p.To)
		return m
	}
	if f.personAndPlace(s, para, p) {
		m.Kind, m.Mute = Other, true
		return m
	}
	f.gazetteerEvidence(s, p, &m)
	core := s.Core(syntax.Phrase{From: from, To: p.To})
	name := s.Name(core)
	switch whole := (syntax.Phrase{From: from, To: p.To}); {
	case from < p.To && s.Words[from].Tok.Has(text.Cap) && f.gazetteerName(s, whole):
		core, name = whole, whole // "the Hall of Lanterns": a name with "of" in it
	case name.Empty() && from < core.To && s.Words[from].Tok.Has(text.Cap) && f.gazetteerName(s, syntax.Phrase{From: from, To: core.To}):
		name = syntax.Phrase{From: from, To: core.To} // "the Kremlin", tagged a common noun
	case name.Empty() && core.To < p.To && portfolio(s, core.To, core.To+1) &&
		s.Words[s.Head(core)].Is(lexicon.TitleHead) && s.Words[s.Head(core)].Tok.Has(text.Cap) && s.Words[s.Head(core)].Tag != tag.NNS && s.Words[s.Head(core)].Tag != tag.NNPS:
		if n := f.withoutPlace(s, s.Name(whole)); n.Len() > 1 && n.From > core.To && s.Words[n.From].Is(lexicon.GivenName) {
			core, name = whole, n // "Ambassador to Yemen Steve Fagin": the title's name
		}
	}
	if !name.Empty() && m.Person < 0 && !leadingName(s, aside).Empty() {
		if k := f.remitStart(s, from, name); k > from {
			// "The Minister for Development, Lord Carrow, said": the
			// name after the title is its remit; the aside names the
			// holder
			core, name = syntax.Phrase{From: from, To: k}, syntax.Phrase{}
		}
	}
	if !name.Empty() {
		name = f.withoutPlace(s, name)
	}
	head := &s.Words[s.Head(core)]
	switch {
	case !name.Empty() && allTime(s, name):
		m.Kind = Other // "Wednesday", "March", "a memo released Friday"
	case !name.Empty() && m.Person >= 0:
		m.Kind = Person
		m.Name = s.Text(para, name.From, name.To)
		m.Title = f.titleBefore(s, para, from, name.From)
		m.Human = true
	case !name.Empty() && (f.namesBody(s, name) || f.namesOrganisation(s, from, name) || acronym(s, name)):
		// "Russia", "the Republican Party of Wyoming", "AFP"
		m.Kind = Body
		m.Name = s.Text(para, from, core.To)
		m.PartyName = f.namesParty(s, syntax.Phrase{From: from, To: core.To})
	case !name.Empty() && name.Len() > 1 && s.Words[name.To-1].Is(lexicon.MuteDocument) && !s.Words[name.From].Is(lexicon.GivenName):
		// "the Equity Action Plan": a text, which says nothing itself
		m.Kind, m.Mute = Document, true
	case !name.Empty() && f.namesPeople(s, name), name.Empty() && head.Tag == tag.NNS && f.namesPeople(s, syntax.Phrase{From: s.Head(core), To: s.Head(core) + 1}):
		// "Americans", "Kestrians": a people, not a person
		m.Kind, m.Plural = Group, true
	case !name.Empty() && pluralName(s, name):
		// "Muslims", "Christians": a people the gazetteer does not know
		m.Kind, m.Plural = Group, true
	case !name.Empty() && !head.Is(lexicon.Group):
		m.Kind = Person
		m.Name = s.Text(para, name.From, name.To)
		m.Title = f.titleBefore(s, para, from, name.From)
		if name.From > from {
			g := &s.Words[name.From-1]
			if g.Is(lexicon.Honorific) {
				m.Gender = g.Entry.Gender
			}
			// "Mr. Velk", "Senator Velk", "retired general Ana Velk"
			m.Human = g.Is(lexicon.Honorific) || g.Is(lexicon.TitleHead) || g.Is(lexicon.PersonNoun) ||
				g.Entry != nil && g.Entry.Means != ""
		}
	case head.Is(lexicon.Group) && !(head.Tag == tag.NN && head.Is(lexicon.TitleHead)):
		m.Kind = Group
		m.Plural = f.pluralHead(head)
		m.Joint = head.Entry.Group == lexicon.JointGroup
		for i := core.To; i < p.To && !m.Joint; i++ {
			// "officials from both countries": of every side
			m.Joint = s.Words[i].Is(lexicon.Group) && s.Words[i].Entry.Group == lexicon.JointGroup
		}
		if head.Entry.Group == lexicon.FreeGroup && m.located {
			// "analysts in Velsk", "observers at the pier in Mirren": where
			// they are, not whose ("the Ukrainian people" are Ukraine's)
			m.Party, m.Unsure = -1, -1
		}
	case head.Is(lexicon.TitleHead) || head.Is(lexicon.PersonNoun) && !head.Tag.IsProperNoun():
		// "the minister", "a senior official", "the retired neurosurgeon"
		m.Kind = Role
		m.Title = m.Text
		m.Plural = f.pluralHead(head) // "the two Presidents"
		m.Human = !m.Plural
		if head.Is(lexicon.PersonNoun) {
			m.Gender = head.Entry.Gender
		}
	case name.Empty() && m.Definite && head.Entry != nil && head.Entry.Cardinal && s.Head(core) == core.To-1:
		// "the two", "the three": the people just named, together
		m.Kind, m.Plural, m.Joint = Group, true, true
		m.Head = lower(head.Text)
	case head.Is(lexicon.Document):
		m.Kind = Document
		switch h := s.Head(core); {
		case head.Is(lexicon.MuteDocument):
			m.Mute = true // "a plan from the ministry says"
		case head.Is(lexicon.IssuedDocument):
			// "a statement from the presidency said": the presidency did;
			// "a statement said", of no one the text names, is no one's;
			// "the statement" is one the story told of before
			m.Issued = lower(head.Text)
			m.Issuer = issuer(s, p, h)
			m.Mute = m.Issuer.Empty() && !m.Definite
		}
	default:
		m.Kind = Other
		m.Plural = head.Tag == tag.NNS || head.Tag == tag.NNPS
	}
	if m.Kind == Role || m.Kind == Other {
		m.Head, m.Modifiers, m.Names = describe(s, from, core)
		m.Capital = head.Tok.Has(text.Cap)
	} else if m.Kind == Group && name.Empty() {
		m.Head = lower(head.Text) // "officials": whose, when nothing says, is the home's
		for i := from; i < s.Head(core); i++ {
			if s.Words[i].Tag == tag.CD {
				m.Joint = true // "the two officials": the ones the story named, of any side
			}
		}
	}
	end := s.Head(core)
	if !name.Empty() {
		end = name.From
	}
	m.Qualified = f.qualified(s, from, end)
	if m.Kind != Person && m.Kind != Body && m.Party < 0 {
		if w := f.where(s, core.To, p.To); !w.Empty() {
			// "officials in besieged Ruvo": someone's there, not the home's
			m.Where, m.Qualified = s.Text(para, w.From, w.To), true
		}
	}
	if n := leadingName(s, aside); (m.Kind == Role || (m.Kind == Other || m.Kind == Group) && personish(head)) && !m.Plural && !n.Empty() {
		// "a spokeswoman, Anna White, said", "one of his advisers, Tom
		// Arno, said", "a diplomat, Ambassador Jon Vell, said": the aside
		// names the speaker
		m.Kind, m.Name, m.Title, m.Human = Person, s.Text(para, n.From, n.To), m.Text, true
		m.Head, m.Modifiers, m.Names = "", nil, nil
	}
	if m.Kind == Other && allTime(s, syntax.Phrase{From: from, To: core.To}) {
		m.Time = true // "Sunday", "last week": when, not who
	}
	if m.Kind == Person && m.Name != "" {
		if e := f.Lexicon.Lookup(firstWord(m.Name)); e != nil && e.Class&lexicon.GivenName != 0 {
			m.Human = true
			// a lone name after a title is a surname ("Under Secretary
			// Bonnie"), whatever given name it may also be
			if m.Gender == 0 && (m.Title == "" || strings.Contains(m.Name, " ")) {
				m.Gender = e.Gender
			}
		}
	}
	if m.Kind == Person && !aside.Empty() {
		if m.Title == "" && f.describesSomeone(s, aside) {
			m.Title = appositiveRole(s, para, aside)
		}
		if m.Party < 0 && m.Unsure < 0 && m.Person < 0 && appositiveRole(s, para, aside) != "" && f.asideIsHuman(s, aside) {
			// "Marrow, a Varandan minister": the role says whose; a place
			// after it says where ("a spokesman in Hollin", "governor of
			// New Tesmar")
			a := Mention{Party: -1, Person: -1, Unsure: -1}
			f.gazetteerEvidence(s, s.Core(aside), &a)
			if a.Person < 0 {
				m.Party, m.Unsure = a.Party, a.Unsure
			}
		}
		if f.asideIsHuman(s, aside) {
			m.Human = true
		}
	}
	if (m.Kind == Person && !m.Human || m.Kind == Body) && f.isPlace(s, name) || m.Kind == Body && f.atSeat(s, para, name) {
		m.Place = true // "in Hollin", "talks in Varn": where, not who
	}
	if m.Kind != Person && m.Kind != Pronoun {
		if start == p.From && (m.Plural || m.Kind == Other) {
			start = quantifiedStart(s, start)
		}
		end := f.restrictiveEnd(s, p, aside)
		m.Text = phraseText(s, para, start, end)
		if w := &s.Words[p.From]; p.Len() > 1 && w.Tag == tag.PRPS && w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 3 &&
			(w.Entry.Pronoun.Gender == 'n' && personish(head) || voiceOfPerson(w.Entry.Pronoun, head)) {
			// "Its leadership", "his office": whose is the pronoun's
			// antecedent's ("its terms", "its use of force", "his
			// campaign" speak for no one else)
			m.Owner, m.Owned = w.Entry.Pronoun, s.Text(para, p.From+1, end)
		}
	}
	return m
}

// phraseText is a speaker's phrase as written, but for a determiner that
// opens it with a capital only because it opens the sentence ("The
// Kestrian side said" names "the Kestrian side").
func phraseText(s *syntax.Sentence, para string, from, to int) string {
	t := s.Text(para, from, to)
	if t == "" || !s.Determiner(from) || !s.Words[from].Tok.Has(text.Cap) || s.Words[from].Tag.IsProperNoun() {
		return t
	}
	if from > 0 && s.Words[from-1].Tag != tag.OpenQuote && s.Words[from-1].Tag != tag.Colon {
		return t // a capitalised determiner inside the sentence is a name's: "The Hague"
	}
	w := s.Words[from].Text
	if strings.ToUpper(w) == w && len(w) > 1 {
		return t // "THE", an acronym
	}
	return strings.ToLower(w[:1]) + t[1:]
}

func lower(w string) string { return strings.ToLower(w) }

// pluralHead: the head of a group or a role is plural: so tagged, or a
// capitalised plural the tagger took for a name ("The Ministers/NNP
// reaffirmed …") whose singular the lexicon knows as a title or group.
func (f *Finder) pluralHead(w *syntax.Word) bool {
	if w.Tag == tag.NNS || w.Tag == tag.NNPS {
		return true
	}
	l := lower(w.Text)
	if w.Tag != tag.NNP || len(l) < 3 || l[len(l)-1] != 's' {
		return false
	}
	e := f.Lexicon.Lookup(l[:len(l)-1])
	return e != nil && e.Class&(lexicon.TitleHead|lexicon.Group) != 0
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// Capitalised reports whether a word starts with a capital letter.
func Capitalised(w *syntax.Word) bool { return w.Tok.Has(text.Cap) }

// allTime reports a name made only of words of time ("Wednesday").
func allTime(s *syntax.Sentence, name syntax.Phrase) bool {
	time := false
	for i := name.From; i < name.To; i++ {
		if w := &s.Words[i]; w.IsTime() {
			time = true
		} else if w.Tag.IsNoun() || w.Tag == tag.CD {
			return false
		}
	}
	return time
}

// voiceOfPerson reports a head that speaks for the one person a
// possessive pronoun stands for: "his office", "her spokeswoman".
func voiceOfPerson(owner lexicon.PronounInfo, head *syntax.Word) bool {
	return (owner.Gender == 'm' || owner.Gender == 'f') && !owner.Plural && head.Entry != nil && head.Entry.VoiceOfPerson
}

// personish reports a head that can stand for one person: a title, a
// person noun, a group's word ("a Crossroads official"), or "one" of
// "one of his advisers".
func personish(head *syntax.Word) bool {
	return head.Is(lexicon.TitleHead) || head.Is(lexicon.PersonNoun) || head.Is(lexicon.Group) ||
		head.Tag == tag.CD && lower(head.Text) == "one"
}

// opensClause reports that the words before word i are only quoted
// words and punctuation: nothing of the writer's own comes first.
func opensClause(s *syntax.Sentence, i int) bool {
	for k := range i {
		if w := &s.Words[k]; w.Quote < 0 && !w.Tag.IsPunct() {
			return false
		}
	}
	return true
}
