// Package data is the briefing domain: the types, the embedded briefings,
// parsing of the input shapes, loading from disk, and attribution of
// statements to speakers and parties. It knows nothing of the terminal.
package data

import (
	"fmt"
	"strconv"
	"time"
)

// Shape is the input shape a briefing was parsed from.
type Shape string

const (
	ShapePlain      Shape = "plain"      // headline line, then one paragraph per line
	ShapeMarkdown   Shape = "markdown"   // Markdown, optionally with YAML front matter
	ShapeTranscript Shape = "transcript" // speaker-labelled turns ("MR SMITH: …")
)

// Kind says how a statement was made. It is a byte, not a string, because
// a big library holds hundreds of thousands of statements; it still reads
// and writes as its name ("direct") in text and JSON.
type Kind uint8

const (
	Direct   Kind = iota // a quotation, or a transcript turn
	Reported             // reported speech: "X said that …"
	Question             // a question from a reporter in a transcript
)

var kindNames = [...]string{Direct: "direct", Reported: "reported", Question: "question"}

// String is the kind's name: "direct", "reported" or "question".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// ParseKind reads a kind's name back.
func ParseKind(name string) (Kind, bool) {
	for k, n := range kindNames {
		if n == name {
			return Kind(k), true
		}
	}
	return 0, false
}

func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

func (k *Kind) UnmarshalText(b []byte) error {
	v, ok := ParseKind(string(b))
	if !ok {
		return fmt.Errorf("unknown statement kind %q", b)
	}
	*k = v
	return nil
}

// Briefing is one story, whatever shape it came in.
type Briefing struct {
	ID        string    // stable slug derived from the file name
	Path      string    // where it was loaded from ("embedded:NAME" for embedded ones)
	Title     string    // the headline
	Dateline  string    // the place the story is filed from, if any ("Moscow")
	Date      time.Time // zero when unknown
	Source    string    // where the story came from (a URL, or "example (invented for brief)")
	Author    string    // byline, when known
	Publisher string    // the feed or site that published it, when known
	Shape     Shape

	Paragraphs []Paragraph

	// Declared holds what front matter declared; it wins over what
	// attribution finds and extends the gazetteer for this briefing.
	Declared Declared

	// Filled by attribution.
	Parties    []string    // canonical party names, in order of first mention
	Speakers   []Speaker   // every speaker with at least one statement
	Statements []Statement // in reading order
	// StatementCount is how many statements a compact briefing has when
	// it was read from brief's database without them (a list needs only
	// the number); 0 when Statements holds them. See NumStatements.
	StatementCount int

	Warnings []string // non-fatal problems met while loading (invalid UTF-8 replaced, …)
}

// Paragraph is one body paragraph. In a transcript, Label is the speaker
// label of the turn ("MR PRICE") and Text is the turn without it.
type Paragraph struct {
	Label string
	Text  string
	Style Style // the Markdown block it came from; zero for plain prose
}

// Declared is what a briefing's front matter says about itself.
type Declared struct {
	Parties  []PartyDecl
	Speakers []SpeakerDecl
}

// PartyDecl declares a party with the names it goes by in the text.
type PartyDecl struct {
	Name    string   `yaml:"name" json:"name"`
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
}

// SpeakerDecl declares a person or body with its role and party.
type SpeakerDecl struct {
	Name    string   `yaml:"name" json:"name"`
	Role    string   `yaml:"role,omitempty" json:"role,omitempty"`
	Party   string   `yaml:"party,omitempty" json:"party,omitempty"`
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
}

// Speaker is a person or a body that makes statements in a briefing.
type Speaker struct {
	Name   string // normalised: "Yuri Ushakov", "the Kremlin", "U.S. officials"
	Role   string // "Senior Kremlin adviser"; empty when unknown or a body
	Party  string // canonical party; empty when unaffiliated
	Person bool   // a named person rather than a body
	Group  bool   // a group rather than one person or body: "experts", "both sides"
}

// Span is a half-open byte range [Start, End) in a paragraph's Text.
// Offsets are 32-bit, like Statement.Paragraph, to keep statements small;
// Load never reads a file of 2 GiB or more, so they always fit.
type Span struct {
	Start, End int32
}

// Statement is one thing a speaker said: a direct quote, reported speech,
// or a transcript question.
type Statement struct {
	Speaker   string // as Speaker.Name
	Role      string // empty when unknown
	Party     string // canonical party; empty when unaffiliated
	Cue       string // the cue verb as written ("said", "noting"); empty for transcript turns
	Text      string // the quoted or reported clause only
	Paragraph int32  // 1-based index into Briefing.Paragraphs
	Span      Span   // byte span of Text in Paragraphs[Paragraph-1].Text; a quotation over paragraphs goes on past it
	Kind      Kind
}

// NumStatements is the number of statements, held or only counted.
func (b *Briefing) NumStatements() int { return max(len(b.Statements), b.StatementCount) }
