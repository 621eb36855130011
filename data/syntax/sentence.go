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

// SubjectPronoun reports a pronoun in the subject case ("he", "they").
func (w *Word) SubjectPronoun() bool {
	return w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Case == 's'
}

// IsTime reports a word of time ("Tuesday", "times"), unless it is the
// capitalised head of a body's name that shares its form: "The Times",
// "the Financial Times" speak.
func (w *Word) IsTime() bool {
	return w.Is(lexicon.Time) && !(w.Tok.Has(text.Cap) && w.Tag.IsProperNoun() && w.Is(lexicon.Organisation))
}

// Likens reports "as", a word of the lexicon's [likening words].
func (w *Word) Likens() bool { return w.Entry != nil && w.Entry.Likens }

// LinksClause reports "that", a word of the lexicon's [clause links].
func (w *Word) LinksClause() bool { return w.Entry != nil && w.Entry.LinksClause }

// Partitive reports "of", a word of the lexicon's [partitive
// prepositions].
func (w *Word) Partitive() bool { return w.Entry != nil && w.Entry.Partitive }

// Sentence is one sentence of a paragraph, tagged.
type Sentence struct {
	Para  int       // paragraph index, from 0
	Span  text.Span // its tokens in the paragraph
	Words []Word
	Full  bool // tagged by the tagger, not shallow
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
	words   []Word // the storage sentences' words are cut from; Reset reuses it
}

// Reset lets the builder reuse the storage of the sentences it built:
// they must no longer be used.
func (b *Builder) Reset() { b.words = b.words[:0] }

// alloc returns n zero words from the builder's storage. A new block
// doubles the last, so a builder reused over many documents soon needs
// none; a sentence keeps the block it was cut from alive.
func (b *Builder) alloc(n int) []Word {
	if cap(b.words)-len(b.words) < n {
		b.words = make([]Word, 0, max(n, 2*cap(b.words), 256))
	}
	from := len(b.words)
	b.words = b.words[:from+n]
	w := b.words[from : from+n : from+n]
	clear(w)
	return w
}

// Build makes the sentence span of paragraph para of d. Only a sentence
// that may attribute (a cue word outside quotations, or "according") is
// tagged by the tagger: most sentences hold none, and tagging is the
// engine's costliest stage. The others get shallow tags, enough to find
// names in them: a capitalised word is a proper noun.
func (b *Builder) Build(d *text.Document, para int, span text.Span) Sentence {
	return b.build(d, para, span, false)
}

// BuildTagged is Build with the tagger, whatever the sentence holds: a
// headline, a test.
func (b *Builder) BuildTagged(d *text.Document, para int, span text.Span) Sentence {
	return b.build(d, para, span, true)
}

// Lead is paragraph para's first sentence, tagged (BuildTagged), or an
// empty sentence of it when it has none: the statement stage reads a
// paragraph's opening to tell a list's item from the writer's prose, and
// a sentence with no cue in it was built untagged.
func (b *Builder) Lead(d *text.Document, para int) Sentence {
	spans := d.Paragraphs[para].Sentences
	if len(spans) == 0 {
		return Sentence{Para: para}
	}
	return b.BuildTagged(d, para, spans[0])
}

func (b *Builder) build(d *text.Document, para int, span text.Span, always bool) Sentence {
	p := &d.Paragraphs[para]
	n := int(span.Len())
	s := Sentence{Para: para, Span: span, Words: b.alloc(n)}
	b.texts = b.texts[:0]
	cues := false
	for i := 0; i < n; i++ {
		t := p.Tokens[int(span.From)+i]
		w := &s.Words[i]
		w.Text = p.Text[t.Start:t.End]
		w.Tok = t
		w.Quote = d.InQuote[para][int(span.From)+i]
		if t.Kind == text.Word {
			w.Entry = b.Lexicon.Lookup(w.Text)
			if w.Quote < 0 && w.Entry != nil && w.Entry.Class&(lexicon.CueVerb|lexicon.CueNoun|lexicon.Marker) != 0 {
				cues = true
			}
		}
		b.texts = append(b.texts, w.Text)
	}
	if (cues || always || labelledQuotation(p, span) || signature(d, para, span)) && b.Tagger != nil {
		b.tags = b.Tagger.Tag(b.texts, b.tags)
		for i := range s.Words {
			s.Words[i].Tag = b.tags[i]
		}
		s.Full = true
		if t, ok := b.Tagger.(tookTags); ok {
			s.repairUnseenAdverbs(t)
			s.repairAdjectiveAdverb(t)
			s.repairVerbBeforeInfinitive(t)
		}
		s.repair()
		return s
	}
	for i := range s.Words {
		w := &s.Words[i]
		switch {
		case w.Tok.Kind == text.Word && w.Tok.Has(text.Cap) && (i > 0 || w.Is(lexicon.GivenName)) && !w.Is(lexicon.Pronoun):
			w.Tag = tag.NNP
		default:
			w.Tag = tag.XX
		}
	}
	return s
}

// Text returns the words [from, to) as written, with the paragraph's own
// spacing.
func (s *Sentence) Text(paragraph string, from, to int) string {
	if from >= to || from < 0 || to > len(s.Words) {
		return ""
	}
	return paragraph[s.Words[from].Tok.Start:s.Words[to-1].Tok.End]
}

// Tagged reports whether the tagger tagged the sentence (rather than
// giving it shallow tags).
func (s *Sentence) Tagged() bool { return s.Full }

// TitleCased: a heading written as a sentence ("The United States Is
// Ready to Help", "Velk Calls Arno's Plan 'A Disgrace'"): four words or
// more, seven in ten of them capitalised. Its capitals say nothing about
// names, and it is no one's speech.
func (s *Sentence) TitleCased() bool {
	words, caps := 0, 0
	for i := range s.Words {
		if s.Words[i].Tok.Kind == text.Word {
			words++
			if s.Words[i].Tok.Has(text.Cap) {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// labelledQuotation reports a sentence that opens on a capitalised word
// and reaches a colon right before a quotation mark within a few words:
// "Clinton: “Our goal is …”", a speaker's label the cue stage reads.
func labelledQuotation(p *text.Paragraph, span text.Span) bool {
	toks := p.Tokens[span.From:span.To]
	if len(toks) < 3 || toks[0].Kind != text.Word || !toks[0].Has(text.Cap) {
		return false
	}
	for k := 1; k+1 < len(toks) && k <= 12; k++ {
		if toks[k].Kind == text.Quote {
			return false
		}
		if toks[k].Kind == text.Punct && p.Text[toks[k].Start:toks[k].End] == ":" {
			return toks[k+1].Kind == text.Quote && toks[k+1].Has(text.Open)
		}
	}
	return false
}
