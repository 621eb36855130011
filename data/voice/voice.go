// Package voice finds who speaks when the text itself does: the turns of
// a transcript ("MR PRICE: …", "QUESTION: …"), and the document's own
// author or issuer, who is the "I" and "we" of its body outside quotations
// ("Statement by President Joe Biden on …", "Office of the Spokesperson",
// a joint statement's signatories).
package voice

import (
	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
)

// Paragraph is what voice reads of one paragraph.
type Paragraph struct {
	Text    string
	Label   string // a transcript turn's speaker label, "" for prose
	Heading bool
}

// Document is what voice reads of a document.
type Document struct {
	Title      string
	Paragraphs []Paragraph
	Source     string // URL or origin
	Author     string // byline
	Publisher  string
}

// Turn is one transcript turn, or one paragraph of a speech a paragraph
// introduces ("Ana Velk said:"): the whole paragraph is its speaker's.
type Turn struct {
	Para       int
	Speaker    resolve.Speaker
	Question   bool   // a reporter's question
	Cue        string // the verb that introduced the speech ("said"); "" for a transcript's turn
	Start, End int32  // the spoken text in the paragraph, without stage directions
	// Surname is set when the label names, by an honorific or title and a
	// surname alone, someone the gazetteer does not know ("MR. VELK"): the
	// person the story names in full with that surname ("I'm joined by
	// Ana Velk") is who speaks, which only the whole story can tell.
	Surname string
}

// Voice is what a document says of its own speakers.
type Voice struct {
	// Author is who "I" and "we" are outside quotations; nil when the
	// document does not say.
	Author *resolve.Speaker
	// Publisher is the government office whose page the text is, when it
	// names no author and is no readout, transcript or joint statement:
	// the speaker of its "we", not of an "I".
	Publisher *resolve.Speaker
	// Titled: the title says the text is the author's statement
	// ("Statement by …", "Message from …"): all of it is said, not only
	// its "I" and "we".
	Titled bool
	// Bylined: a person's byline heads the text ("Ana Velk, Foreign
	// Minister"), which makes it their statement: their judgments in it
	// ("It is critical that …") are said, as a titled statement's are,
	// though its narration ("Velk will travel …") is not.
	Bylined bool
	// Joint: the title says the text is a joint statement, whose
	// signatories may speak of themselves in the third person ("Kestria
	// and Tesmar recognize …", "They are committed to …").
	Joint bool
	// Readout: the title says the text is a readout of a meeting or a
	// call ("Readout of …"), whose narration belongs to no one.
	Readout bool
	// Body is a titled statement's paragraphs as the author's turns, for
	// a text in which no sentence is found speaking: "Statement by Press
	// Secretary Ana Velk" over "The President will travel to Tesmar …"
	// is all her statement, though nothing in it says so.
	Body  []Turn
	Turns []Turn
	// Home is the party the document speaks for: its publisher's
	// government, or a transcript's host's; -1 when unknown.
	Home int32
	// IssuerByline is the head's paragraph that is wholly a byline naming
	// an issuing body ("Office of the Spokesperson"), -1 when none: it
	// names who issues the text, no one its sentences go on about.
	IssuerByline int32
}

// Reader finds a document's voice.
type Reader struct {
	Lexicon *lexicon.Lexicon
	Index   *gazetteer.Index
}

// Read finds the voice of d: its transcript turns, and when it has none,
// its author.
func (r *Reader) Read(d *Document) Voice {
	if r.Lexicon == nil || r.Index == nil {
		return Voice{Home: -1, IssuerByline: -1}
	}
	c := &doc{r: r, d: d, home: r.homeParty(d), title: r.words(d.Title), holders: map[string]holders{}}
	c.cast = c.castOf()
	if c.home < 0 {
		c.home = c.transcriptHome()
	}
	v := Voice{Turns: c.turns(), Home: c.home, IssuerByline: c.issuerByline()}
	if len(v.Turns) == 0 {
		// not a transcript: the text has a voice of its own, and may lend
		// it to a speaker it introduces ("Ana Velk said:")
		v.Author = c.author()
		if v.Author != nil && v.Author.Person && c.opener == "speech" {
			// a speech printed without labels: its paragraphs are the
			// author's turns
			v.Turns = c.speech(v.Author)
		} else {
			v.Turns = c.introduced()
		}
		if v.Author == nil {
			v.Publisher = c.publisher()
		}
		v.Titled = v.Author != nil && c.opener == "author"
		v.Bylined = v.Author != nil && c.bylined
		v.Joint = v.Author != nil && c.opener == "joint"
		v.Readout = c.opener == "narration"
		if v.Titled && len(v.Turns) == 0 {
			v.Body = c.speech(v.Author)
		}
		if v.Titled && !v.Author.Group && (v.Author.Person || v.Author.Role != "") && v.Author.Party < 0 {
			// "Statement from the Press Secretary on …": "The United
			// States condemns …" in its body is the author's government
			// speaking through the author
			texts := make([]string, 0, len(d.Paragraphs))
			for _, p := range d.Paragraphs {
				if !p.Heading {
					texts = append(texts, p.Text)
				}
			}
			v.Author.Party = c.speaksForIn(texts)
		}
		if v.Home < 0 && v.Author != nil && !v.Author.Group {
			// one government's official writes for it: "the President"
			// of the text is theirs
			v.Home = v.Author.Party
		}
	}
	return v
}
