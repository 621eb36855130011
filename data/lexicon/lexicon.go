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
