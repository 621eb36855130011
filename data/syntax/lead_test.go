package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// Lead is a paragraph's first sentence with the tagger's tags, though no
// cue is in it (Build would give it shallow ones: "Provide" a proper
// noun), and an empty sentence of a paragraph with none.
func TestLead(t *testing.T) {
	lex := testLexicon(t)
	d := text.Analyze([]string{"Provide ferries for the harbour of Port Selin. The board will buy them.", ""}, lex)
	b := syntax.Builder{Lexicon: lex, Tagger: tag.Default()}
	s := b.Lead(d, 0)
	if s.Para != 0 || s.Span != d.Paragraphs[0].Sentences[0] {
		t.Fatalf("Lead(0) is paragraph %d, %v; want the first sentence %v", s.Para, s.Span, d.Paragraphs[0].Sentences[0])
	}
	if len(s.Words) == 0 || s.Words[0].Tag != tag.VB {
		t.Errorf("Lead(0) opens with %+v, want Provide/VB", s.Words)
	}
	if e := b.Lead(d, 1); e.Para != 1 || len(e.Words) != 0 {
		t.Errorf("Lead(1) of an empty paragraph = %+v", e)
	}
}
