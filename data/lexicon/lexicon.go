// Package lexicon holds the word classes the attribution engine reads
// sentences with: verbs and nouns of saying with the frame each takes,
// titles, pronouns, groups, documents, media, words of time. Every word
// class lives in this folder's *.txt files (lexicon.txt and a file per
// stage that keeps its own); the Go code only reads them.
package lexicon

import (
	"embed"
	"io/fs"
	"strings"
	"sync"
	"unicode/utf8"
)

// The lexicon is every *.txt file of this folder, read in name order; a
// stage may keep its word classes in a file of its own.
//
//go:embed *.txt
var files embed.FS

// Class is a set of word classes.
type Class uint64

const (
	TitleHead               Class = 1 << iota // heads a role: "minister", "spokesman"
	TitleWord                                 // modifies a role: "foreign", "deputy"
	Abbreviation                              // keeps its period: "Gen.", "Mr."
	Ender                                     // keeps its period and may end a sentence: "Jr.", "U.S."
	Opener                                    // commonly opens a sentence: "He", "The"
	Honorific                                 // "Mr.", "Dame"
	Pronoun                                   // "he", "their"
	Relative                                  // "who", "which"
	Group                                     // speaks as a group or body: "officials", "government"
	Document                                  // a text that can speak: "statement", "report"
	Media                                     // "television", "reporters"
	Organisation                              // heads an organisation's name: "Institute"
	Time                                      // "Monday", "yesterday"
	CueNoun                                   // a noun of saying: "claim", "statement"
	CueVerb                                   // a form of a verb of saying
	NameSuffix                                // "Jr.", "III": after a name, no surname
	Auxiliary                                 // "has", "would": between a subject and its verb
	NounPreposition                           // "of", "for": joins a noun phrase to a noun
	Subordinator                              // "after", "because": opens a clause
	NonStatement                              // "declined (to comment)": the saying did not happen
	Setting                                   // "interview", "conference": where something is said
	Locative                                  // "in", "at": before a place
	Indefinite                                // "a", "some": a new referent
	Passive                                   // "was", "got": before a passive participle
	GivenName                                 // "Anna", "Jonas": a person's first name
	ContentEnder                              // "despite": the writer's concession after content
	Aspectual                                 // "continues (to advocate)": the infinitive is said
	Pronominal                                // "those", "some": a determiner standing alone
	Marker                                    // "according": marks an attribution
	FutureModal                               // "will", "could": no saying yet
	Negation                                  // "not", "never"
	NumeralAbbreviation                       // "No.": an abbreviation before a number
	PrepositionalParticiple                   // "including": a participle that is a preposition
	Complementizer                            // "that", "whether": opens reported content
	ChargePreposition                         // "of" of "accused Y of X"
	AgentPreposition                          // "by"
	FreeRelative                              // "what" of "what X called Y"
	QuotingVerb                               // "quoted" of "quoted X as saying"
	PassivePreposition                        // "in", "by" after a passive participle
	FormLabel                                 // "NOTE", "UPDATE": a form field's label, no speaker
	LabelTitle                                // "Mr.", "Moderator": makes a title-case label a speaker
	QuestionLabel                             // a transcript label of a reporter's turn: "question", "Q"
	NeutralLabel                              // a transcript label of someone who runs the event: "moderator"
	TurnEnd                                   // closes a transcript, no one's speech: "END"
	DocumentOpener                            // opens a title that names its speaker: "statement by"
	IssuerByline                              // a byline that names an issuing body: "Office of the Spokesperson"
	ReleaseLine                               // introduces who issues the text below: "was released by"
	PersonNoun                                // heads a description of one person: "woman", "neurosurgeon"
	RankWord                                  // changes which office a title is: "former", "vice", "deputy"
	AmbiguousPlace                            // a party's name that often names another place: "Georgia"
	Quantifier                                // says how many of a group speak, before it: "almost", "most", "both"
	OwnVoice                                  // a body the author speaks as: "Government", "Department"
	Narrative                                 // a verb that narrates an event, not a stance: "met", "discussed"
	FormalAdverb                              // an adverb of formal texts: "hereby"
	Formula                                   // a word of a closing formula: "whereof"
	SiteVoice                                 // a government site and the office that speaks on it
	Judgment                                  // a subject of an author's judgment: "this", "it"
	IssuedDocument                            // a document its issuer speaks through: "statement", "readout"
	MuteDocument                              // a text or act that says nothing itself: "plan", "bill"
	Inference                                 // a verb of the writer's inference: "suggests", "indicates"
	IssuerPreposition                         // names who issued a document: "from", "by"
	Act                                       // an act the writer reads meaning into: "move", "signalling"
	LabelGovernment                           // a word of a transcript label that names a government's own officials: "administration"
	Conditional                               // "if", "unless": opens a condition, in which nothing is said yet
)

// Frame is where a cue's content is.
type Frame uint8

const (
	Say          Frame = iota + 1 // a clause
	Tell                          // an addressee, then a clause or an infinitive
	Urge                          // an object and an infinitive
	Accuse                        // an object, then "of"/"for" and the content
	Describe                      // an object and what it is called
	That                          // only a that-clause, a colon or a quotation
	Attitude                      // a stance: only before a that-clause
	Issued                        // a noun for a text someone issues ("statement")
	Object                        // a clause or an object noun phrase
	Conversation                  // an object that names what was talked about, and ends with it ("discussed the border")
)

var frameNames = map[string]Frame{"say": Say, "object": Object, "tell": Tell, "urge": Urge, "accuse": Accuse, "describe": Describe, "that": That, "attitude": Attitude, "issued": Issued, "conversation": Conversation}

func (f Frame) String() string {
	for n, v := range frameNames {
		if v == f {
			return n
		}
	}
	return "none"
}

// Form is the inflection of a cue verb.
type Form uint8

const (
	Base       Form = iota // "say"
	Third                  // "says"
	Past                   // "said"
	Participle             // "said" after "has", "was … quoted"
	Gerund                 // "saying"
)

// Cue is one verb or noun of saying that a word can begin.
type Cue struct {
	Lemma string   // "say", "call for"
	Frame Frame    // where its content is
	Forms []Form   // the inflections this word is (a past and a participle are often one word)
	Rest  []string // the words that must follow it ("for" of "call for")
	Noun  bool     // a noun of saying
	// Topic is set for a verb that says something only of a topic noun
	// ("raised concerns", "raised the issue"; not "raised money"): its
	// object must be headed by a word with Entry.Topic.
	Topic bool
	// Arrangement is set for a noun that names a measure or arrangement,
	// not a source ("formula", "schedule", "plan"): "according to a
	// formula" says how, not who said so.
	Arrangement bool
}

// GroupKind says whom a group speaks for.
type GroupKind uint8

const (
	PartyGroup GroupKind = iota + 1 // the party a modifier names
	HomeGroup                       // that, or the story's own government
	FreeGroup                       // no party
	JointGroup                      // several sides together
)

// PronounInfo describes a pronoun.
type PronounInfo struct {
	Gender byte // 'm', 'f', 'n', or 0 for any
	Plural bool
	Any    bool // number unknown ("you")
	Person uint8
	Case   byte // 's' subject, 'o' object, 'p' possessive
}

// Entry is what the lexicon knows of one word (lower-cased).
type Entry struct {
	Class   Class
	Cues    []Cue // longest phrase first
	Gender  byte  // of an honorific: 'm', 'f' or 0
	Pronoun PronounInfo
	Group   GroupKind
	Starts  Class // the classes of the phrases the word begins (PhraseAt)
	// Means is the word an abbreviated title stands for ("sen." →
	// "senator"), for telling that two titles name one office.
	Means string
	// Disputes is set for a word that calls a claim false ("lies",
	// "disinformation", "false"): the text disputes what the claimer said.
	Disputes bool
	// Comitative is set for a preposition that joins a partner to what a
	// subject did ("with", "alongside"). A field, not a Class: the 64
	// classes are all taken.
	Comitative bool
	// Cardinal is set for a number written as a word ("two"), which
	// tells one anonymous official's label from another's ("SENIOR
	// ADMINISTRATION OFFICIAL NUMBER TWO").
	Cardinal bool
	// Topic is set for a noun that names something said or asked
	// ("concern", "issue", "question"): the object that makes "raised" a
	// saying.
	Topic bool
	// Arrangement is set for a noun that names a measure or arrangement,
	// not a source ("formula", "schedule", "plan"): "according to a
	// formula" says how something is done, not who said so.
	Arrangement bool
	// VerbOnly is set for a form of a verb of saying that is never a
	// noun ("say", "told"): the tagger's noun there is a slip.
	VerbOnly bool
	// Restates is set for a verb that restates a standing position
	// ("reaffirmed", "reiterated"): what its subject adds in the same
	// breath ("… and pledged …", "…, noting …") explains that position,
	// one statement as readouts are read.
	Restates bool
	// ReportsFigures is set for a verb whose object is what its subject
	// made known when the object is a figure or a gerund ("the ministry
	// reported 906 attacks", "the group reported spending $1 million"),
	// though "reported the story" tells of no saying.
	ReportsFigures bool
	// AnswerLabel is set for a transcript label of an answer in an
	// interview printed as questions and answers ("Q: … A: …"): the turn
	// is the interviewee's, whom the label does not name.
	AnswerLabel bool
	// GerundHost is set for a preposition that hangs a gerund on its
	// clause's subject ("was the fiercest in denouncing …", "upon saying
	// …"), as "after" and "by" do.
	GerundHost bool
	// Concedes is set for a gerund preposition that opens a concession
	// ("While saying that …, X …"): its gerund is the subject's saying
	// only before a clause; before a noun it is the writer's background.
	Concedes bool
	// Perfect is set for the auxiliary of the perfect ("has", "had"):
	// a past form after it is its participle ("has since said").
	Perfect bool
	// NameParticle is set for a lower-case word inside a person's name,
	// between a given name and a surname: "Osama bin Laden", "Bill de
	// Blasio", "Ursula von der Leyen".
	NameParticle bool
	// JoinsPartner is set for a verb whose object is a partner in what
	// its subject does next: "X joined Tesmar in calling for …" is X
	// calling for it too.
	JoinsPartner bool
	// TitlePreposition is set for a preposition inside the name of an
	// office ("Secretary of State", "Envoy for Climate", "Ambassador to
	// Kestria", "Committee on Trade"): the capitalised words on both
	// sides are one title.
	TitlePreposition bool
	// RelaysSpeech is set for a verb of the that-frame whose content
	// relays what others said ("the paper reported that Velk said …"):
	// a saying inside it is the reporter's statement, as one inside
	// "said" is.
	RelaysSpeech bool
	// Finds is set for a verb that tells what a poll, a record or an
	// inquiry found ("the poll found that 74 percent said …", "records
	// show Velk asked …"): a saying inside what it found is the finding's,
	// which annotators count as evidence, not a statement of its own.
	Finds bool
	// NamesSource is set for a verb whose object, when it is someone who
	// can speak, is whose words were taken up, not what was said
	// ("echoing Velk"): "echoed Velk's warning" says something.
	NamesSource bool
	// AnswersObject is set for a verb whose object is what is answered
	// ("answered the call"), which is something said only when it is
	// Asked ("answered questions about …").
	AnswersObject bool
	// Asked is set for a noun that names what is asked ("question",
	// "query"): the object that makes "answered" a saying.
	Asked bool
	// NeedsInfinitive is set for a verb of the urge frame that says
	// something only with an infinitive after its object ("invited Velk
	// to visit"): "invited Velk to a dinner" and "begged the question"
	// are acts, not sayings.
	NeedsInfinitive bool
	// StandsForSaying is set for a word that, after "as" or a
	// determiner, makes an object stand for words said before: "said as
	// much", "said the same thing". The object is the whole content.
	StandsForSaying bool
	// SaysSo is set for an adverb that alone, right after a verb of
	// saying, stands for words said before: "Velk said so". It is the
	// whole content.
	SaysSo bool
	// Alternative is set for a conjunction that offers a choice ("or",
	// "nor"): what follows it is another way of putting the clause before,
	// not a clause of its own.
	Alternative bool
	// PersonalRelative is set for a relative pronoun that stands for a
	// person ("who", "whom"): an aside it opens is about someone.
	PersonalRelative bool
	// RolePreposition is set for the preposition that may open an
	// appositive giving a role ("Ana Velk, of the Harbour Institute"),
	// where any other opens an adjunct ("…, for his part").
	RolePreposition bool
	// Posting is set for a preposition of posting or remit inside a
	// title ("Ambassador to Tesmar", "Envoy for the Kestrian talks"):
	// the place after it is where the person works, not whom they speak
	// for.
	Posting bool
	// Definite is set for the definite article, which some names need
	// ("the Kremlin") and some places open ("at the White House").
	Definite bool
	// SharesSubject is set for a verb, adjective or adverb before "to"
	// whose subject is the infinitive's and whose infinitive of saying
	// reports a saying ("appeared to blame", "was quick to add", "has yet
	// to explain"), as a verb of aspect's does; an intention ("plans to
	// announce") or a refusal to speak ("declined to comment") does not.
	SharesSubject bool
	// DescribesObject is set for a verb of naming whose object alone is
	// what it says ("described the dire situation", "characterized the
	// talks"), where "called a meeting" names nothing.
	DescribesObject bool
	// CivilBody is set for a head of an organisation that speaks for
	// no party ("fund", "caucus", "league"): a capitalised name it
	// closes holds a party's name as what it is about or where it is
	// ("the Kestria Fund", "the Varn Caucus"), not whose it is.
	CivilBody bool
	// StudiesSubject is set for a noun of someone who studies or covers
	// a subject ("scholar", "analyst", "correspondent"): a party's name
	// before it is what they study, not whose they are ("a Korea
	// scholar", "a Kremlin watcher").
	StudiesSubject bool
	// FieldOfStudy is set for a noun of a field of study ("history",
	// "studies"): a party's name or demonym before it is the field's
	// subject ("Kestrian history professor").
	FieldOfStudy bool
	// NewPlace is set for a word that, capitalised before a party's
	// name, makes another place of it ("New Mexico", a U.S. state, not
	// Mexico).
	NewPlace bool
	// VoiceOfPerson is set for a noun that, owned by a person, speaks
	// for them ("his office", "her spokesman"): the owner's, of the
	// owner's party.
	VoiceOfPerson bool
	// SpeaksFor is set for a noun whose "for" names whom it speaks for,
	// not a remit: "a spokesperson for the Kestrian ministry" is
	// Kestria's, where "Envoy for Kestria" works there.
	SpeaksFor bool
	// FamilyFirst is set for a family name that is written before the
	// given name ("Wang Wenbin"): alone, it is the person ("Wang said").
	FamilyFirst bool
	// Reflexive is set for a reflexive pronoun ("herself"), which after
	// a noun phrase only stresses it: "Velk herself said" is Velk.
	Reflexive bool
	// PartyGovernment is set for a noun that, after a party's name, is
	// that party speaking: "the Tesmar government" is Tesmar.
	PartyGovernment bool
	// MembersSpeak is set for a noun that, after the name of an
	// organisation or a group of parties, is the body speaking through its
	// members: "the Forum leaders", "the nations of the Forum" (the words
	// of [members of a body]).
	MembersSpeak bool
	// Effect is set for a verb that tells what a thing did to a debate
	// as often as what someone said ("the clash raised doubts", "the
	// spending underscores their role"): with a thing for its subject,
	// no one speaks.
	Effect bool
	// PlaceAbbreviation is set for an abbreviation that ends a place's
	// name ("Washington, D.C.", "Tulsa, Okla."), where "U.S." and "Jr."
	// do not: after "in Hollin, D.C." a capital opens a new sentence.
	PlaceAbbreviation bool
	// SettingPreposition is set for a preposition that puts a saying in
	// its setting or medium ("in a tweet", "on television", "during a
	// debate"), where "with People Magazine" names a partner.
	SettingPreposition bool
	// PassiveCue is set for a form of a verb of saying whose passive
	// with an agent reports its subject: "Her death was confirmed by the
	// League", "a fact first reported by X" (not "defended by", "raised
	// by": acts as often as sayings).
	PassiveCue bool
	// EmptyObject is set for a word that, as the whole object of a verb
	// of saying, says that nothing was said ("said little", "revealed
	// nothing").
	EmptyObject bool
	// NameMonth is set for a month whose name is also a person's ("Theresa
	// May", "June Arno"): after a given name or a title it is a surname.
	NameMonth bool
	// AsksBy is set for a participle of asking whose agent put the
	// question after it: "Asked by Velk whether …, Arno said".
	AsksBy bool
	// PerceivesSpeech is set for a participle of perceiving whose subject
	// says what a participle of saying after it tells: "X can be heard
	// yelling that …", "X was caught on tape telling Y to …".
	PerceivesSpeech bool
	// IrregularPast is set for an irregular past tense that is also the
	// verb's participle ("sent", "held"): after a subject with no
	// auxiliary the tagger's participle is the past.
	IrregularPast bool
	// PressTitle is set for a word that, closing a capitalised name,
	// makes it a publication's: "The Varn Herald" is printed in Varn,
	// and speaks for no party.
	PressTitle bool
	// ContinuesContent is set for a subordinator whose clause, after a
	// comma that follows reported content, is still what was said: a
	// reason, a condition, or the time the content names
	// ("said the talks failed, because …", "…, if only for now", "born
	// after 1975, when …").
	ContinuesContent bool
	// Coordinator is set for a conjunction that joins two clauses of
	// equal rank ("and", "but", "yet"): the clause after one is a main
	// clause even where the word is also listed as a subordinator.
	Coordinator bool
	// InQuantifier is set for a preposition that stays inside the words
	// that say how many of a group speak: "more than a dozen members".
	InQuantifier bool
	// AfterAt is set for a quantifier that "at" before it belongs to:
	// "at least a dozen members".
	AfterAt bool
	// JoinsNames is set for a word that joins names or the words of a
	// title and names nothing itself ("the", "and"): "the President and
	// the Foreign Minister of Kestria".
	JoinsNames bool
	// ContinuesObject is set for a subordinator that, after a verb's
	// object, goes on with that object rather than open a clause of the
	// writer's: "proclaim the week as Health Week", "the plan that …".
	ContinuesObject bool
	// RoleFiller is set for a word that says nothing of which office a
	// title names ("the", "of", "'s"): two titles are compared without.
	RoleFiller bool
	// Article is set for "a", "an" and "the": a setting's phrase reads
	// past them ("said in an interview").
	Article bool
	// SpeakerPrefix is set for a word before a name that does not tell
	// who is named ("Mr", "President", "the"): two reports of one
	// statement by "President Velk" and "Velk" have one speaker. Words are
	// matched without their periods ("mr" for "Mr.").
	SpeakerPrefix bool
	// JoinsList is set for a conjunction that joins the items of a list
	// ("and", "or"): "Kestria and Tesmar said" is one subject.
	JoinsList bool
	// JoinsTitle is set for a word that carries a capitalised title on
	// to a capitalised word after it ("Minister for Foreign Affairs",
	// "Affairs and Defense"); one that is no title preposition ("and",
	// "&") joins two people after a title's head ("the President and
	// Secretary Velk").
	JoinsTitle bool
	// Month is set for a month's name, whole or abbreviated ("Jan",
	// "September"): after a comma it ends a wire dateline's place.
	Month bool
	// OpensNoPlace is set for a word that opens sentences and no place's
	// name ("The", "Officials"): before a dash it opens no dateline.
	OpensNoPlace bool
	// LeadIn is set for a word of a release's capitalised lead-in that no
	// place's name holds ("FOR IMMEDIATE RELEASE", "FACT SHEET"): a
	// phrase with one before a dash is no dateline.
	LeadIn bool
	// PlaceConnector is set for a word that stands in lower case inside a
	// place's name ("of", "de", "am"): "Port of Spain".
	PlaceConnector bool
	// JoinsSpeakers is set for a conjunction that joins two speakers into
	// one joint speaker ("and", "&"): "Velk and Arno said".
	JoinsSpeakers bool
	// BylineLink is set for a lower-case word a byline's title reads
	// through ("of", "and"): "Ana Velk, Minister of Trade and Ports".
	BylineLink bool
	// LeadsClause is set for a word that, read without tags, may stand
	// between a clause's start and its subject ("the", "and"): "but the
	// Government …".
	LeadsClause bool
	// OfficeLink is set for a word inside an office's name that, with the
	// title's words, tells one office from another ("of", "and"):
	// "Secretary of State" is "the Secretary".
	OfficeLink bool
	// MarksNumber is set for a word before the number that ends a
	// transcript label ("number", "No."): "SENIOR OFFICIAL NUMBER TWO".
	MarksNumber bool
	// ClockSuffix is set for a word after a clock time that says which
	// half of the day it is ("a.m.", "PM"): "3:24 P.M. EDT".
	ClockSuffix bool
	// LabelLink is set for a lower-case word a transcript label in title
	// case may hold ("of", "the"): "Minister of the Interior:".
	LabelLink bool
	// RemitLink is set for a lower-case word between a title's
	// preposition and the known name after its remit ("the", "and",
	// "of"): "for Water and Roads Ana Velk".
	RemitLink bool
	// Likens is set for "as", which likens or names a role and opens
	// clauses of manner: "as Velk said", "described as", "quoted as
	// saying", "as well as".
	Likens bool
	// LinksClause is set for "that", which opens a reported clause or a
	// relative one, or points: "said that …", "the plan that …".
	LinksClause bool
	// Partitive is set for "of", which takes the part from the whole or
	// the thing from its owner: "many of her supporters", "the will of
	// the people".
	Partitive bool
	// ObjectPossessive is set for a pronoun that is both object and
	// possessive ("her"): before a gerund it is the possessor ("her
	// thinking").
	ObjectPossessive bool
}

// Lexicon maps lower-cased words to their entries. It is immutable once
// parsed and safe for concurrent use.
type Lexicon struct {
	words   map[string]*Entry
	phrases map[string][]Phrase // by first word, longest first
}

// Default is the built-in lexicon, parsed once. The file is part of the
// build, and a test parses it, so an error here is a broken build.
var Default = sync.OnceValues(func() (*Lexicon, error) {
	names, err := fs.Glob(files, "*.txt")
	if err != nil {
		return nil, err
	}
	l := newLexicon()
	for _, n := range names { // fs.Glob returns them sorted
		b, err := files.ReadFile(n)
		if err != nil {
			return nil, err
		}
		if err := l.parse(n, b); err != nil {
			return nil, err
		}
	}
	l.finish()
	return l, nil
})

// Lookup returns the entry of a word in any case, or nil.
func (l *Lexicon) Lookup(word string) *Entry {
	if l == nil || word == "" {
		return nil
	}
	var buf [48]byte
	if len(word) <= len(buf) {
		b := buf[:0]
		for i := 0; i < len(word); i++ {
			c := word[i]
			if c >= utf8.RuneSelf {
				return l.words[foldQuote(strings.ToLower(word))]
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		return l.words[string(b)]
	}
	return l.words[foldQuote(strings.ToLower(word))]
}

// foldQuote writes a curly apostrophe as the straight one the file uses.
func foldQuote(s string) string {
	if strings.IndexByte(s, 0xe2) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "’", "'")
}

// Is reports whether word belongs to every class in c.
func (l *Lexicon) Is(word string, c Class) bool {
	e := l.Lookup(word)
	return e != nil && e.Class&c == c
}

// Abbreviation implements text.Words.
func (l *Lexicon) Abbreviation(lowerWithPeriod string) (keeps, mayEnd bool) {
	e := l.words[lowerWithPeriod]
	if e == nil {
		return false, false
	}
	return e.Class&(Abbreviation|Ender) != 0, e.Class&Ender != 0
}

// NumeralAbbreviation implements text.Words.
func (l *Lexicon) NumeralAbbreviation(lowerWithPeriod string) bool {
	e := l.words[lowerWithPeriod]
	return e != nil && e.Class&NumeralAbbreviation != 0
}

// NameSuffix implements gazetteer.Words.
func (l *Lexicon) NameSuffix(lower string) bool { return l.Is(lower, NameSuffix) }

// PlacePreposition implements text.Words.
func (l *Lexicon) PlacePreposition(lower string) bool { return l.Is(lower, Locative) }

// PlaceAbbreviation implements text.Words.
func (l *Lexicon) PlaceAbbreviation(lowerWithPeriod string) bool {
	e := l.words[lowerWithPeriod]
	return e != nil && e.PlaceAbbreviation
}

// SentenceOpener implements text.Words.
func (l *Lexicon) SentenceOpener(word string) bool { return l.Is(word, Opener) }
