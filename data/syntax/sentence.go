// Package syntax is the linguistic layer of attribution: a sentence's
// words with their part of speech and lexicon entry, and the noun phrases
// and verb groups found over them. A speaker phrase is found by this
// structure (determiners, pre-modifiers, names, possessives, appositives,
// relative clauses) rather than by a list of surface shapes.
package syntax

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// Word is one token of a sentence with what the earlier stages know of it.
type Word struct {
	Text  string
	Tag   tag.Tag
	Entry *lexicon.Entry // nil when the lexicon does not know the word
	Tok   text.Token
	Quote int32 // the quotation it is inside (marks included), or -1
}

// Is reports whether the lexicon puts the word in every class of c.
func (w *Word) Is(c lexicon.Class) bool { return w.Entry != nil && w.Entry.Class&c == c }

// Sentence is one sentence of a paragraph, tagged.
type Sentence struct {
	Para  int       // paragraph index, from 0
	Span  text.Span // its tokens in the paragraph
	Words []Word
}

// Tagger is what the layer needs of the part-of-speech tagger.
type Tagger interface {
	Tag(words []string, out []tag.Tag) []tag.Tag
}

// Builder makes tagged sentences; it keeps scratch space between calls
// and is not safe for concurrent use.
type Builder struct {
	Lexicon *lexicon.Lexicon
	Tagger  Tagger
	texts   []string
	tags    []tag.Tag
}

// Build makes the sentence span of paragraph para of d. With tagged false
// the words get no part of speech (Tag is tag.None): most sentences hold
// no cue and no quotation, and only those that do are worth tagging.
func (b *Builder) Build(d *text.Document, para int, span text.Span, tagged bool) Sentence {
	p := &d.Paragraphs[para]
	n := int(span.Len())
	s := Sentence{Para: para, Span: span, Words: make([]Word, n)}
	b.texts = b.texts[:0]
	for i := 0; i < n; i++ {
		t := p.Tokens[int(span.From)+i]
		w := &s.Words[i]
		w.Text = p.Text[t.Start:t.End]
		w.Tok = t
		w.Quote = d.InQuote[para][int(span.From)+i]
		if t.Kind == text.Word {
			w.Entry = b.Lexicon.Lookup(w.Text)
		}
		b.texts = append(b.texts, w.Text)
	}
	if tagged && b.Tagger != nil {
		b.tags = b.Tagger.Tag(b.texts, b.tags)
		for i := range s.Words {
			s.Words[i].Tag = b.tags[i]
		}
		s.repair()
	}
	return s
}

// Tagged reports whether the sentence has parts of speech.
func (s *Sentence) Tagged() bool { return len(s.Words) > 0 && s.Words[0].Tag != tag.None }

// Text returns the words [from, to) as written, with the paragraph's own
// spacing.
func (s *Sentence) Text(paragraph string, from, to int) string {
	if from >= to || from < 0 || to > len(s.Words) {
		return ""
	}
	return paragraph[s.Words[from].Tok.Start:s.Words[to-1].Tok.End]
}
