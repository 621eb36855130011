package attribution

import (
	"fmt"
	"strings"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/text"
)

var shapeNames = map[cue.Shape]string{cue.SpeakerFirst: "speaker-first", cue.ContentFirst: "content-first",
	cue.Inverted: "inverted", cue.Parenthetical: "parenthetical", cue.According: "according",
	cue.Nominal: "nominal", cue.Quoted: "quoted"}

// Explain runs the engine on doc and writes what each stage found, for a
// developer reading why a sentence gives what it gives.
func (e *Engine) Explain(doc *Document) string {
	ix := e.Index
	if len(doc.Declared.Parties)+len(doc.Declared.People) > 0 {
		ix, _ = ix.With(doc.Declared)
	}
	r := e.ownRun(doc, ix)
	res := r.attribute()
	var b strings.Builder
	for si := range r.sentences {
		s := &r.sentences[si]
		fmt.Fprintf(&b, "[%d.%d]", s.Para+1, si)
		for i := range s.Words {
			q := ""
			if s.Words[i].Quote >= 0 {
				q = "q"
			}
			fmt.Fprintf(&b, " %s/%s%s", s.Words[i].Text, s.Words[i].Tag, q)
		}
		b.WriteString("\n")
		for _, f := range r.frames {
			if f.Sentence != si {
				continue
			}
			para := r.text.Paragraphs[s.Para].Text
			fmt.Fprintf(&b, "   frame %s %q speaker=%q aside=%q", shapeNames[f.Shape], s.Text(para, f.Cue.From, f.Cue.To),
				s.Text(para, f.Speaker.From, f.Speaker.To), s.Text(para, f.Aside.From, f.Aside.To))
			for _, c := range f.Content {
				if !c.Empty() {
					fmt.Fprintf(&b, " content=%q", s.Text(para, c.From, c.To))
				}
			}
			if f.Chained {
				b.WriteString(" chained")
			}
			b.WriteString("\n")
		}
	}
	for _, st := range res.Statements {
		fmt.Fprintf(&b, "¶%d %s | %s | %s | %s | %q\n", st.Para+1, st.Speaker, st.Role, st.Party, st.Cue, st.Text)
	}
	return b.String()
}

// Candidate is a statement before its speaker is resolved, for tools that
// measure which stage loses what.
type Candidate struct {
	Para    int    `json:"paragraph"`
	CuePara int    `json:"cue_paragraph"` // where the cue is: an introduction ("X said:") is before Para
	Cue     string `json:"cue"`
	Shape   string `json:"shape"`
	Speaker string `json:"speaker_phrase"`
	Text    string `json:"text"`
}

// Candidates runs the engine up to the statement stage.
func (e *Engine) Candidates(doc *Document) []Candidate {
	r := e.ownRun(doc, e.Index)
	r.attribute()
	var out []Candidate
	for _, st := range r.stmts {
		fr := &r.frames[st.Frame]
		s := &r.sentences[fr.Sentence]
		para := r.text.Paragraphs[s.Para].Text
		out = append(out, Candidate{Para: st.Pieces[0].Para + 1, CuePara: s.Para + 1, Cue: s.Text(para, fr.Cue.From, fr.Cue.To),
			Shape: shapeNames[fr.Shape], Speaker: s.Text(para, fr.Speaker.From, fr.Speaker.To), Text: piecesText(r.text, st.Pieces)})
	}
	return out
}

// ownRun is a run with a text and a builder of its own, outside the
// workspace pool: the developer's tools keep its sentences after it.
func (e *Engine) ownRun(doc *Document, ix *gazetteer.Index) *run {
	b := &syntax.Builder{Lexicon: e.Lexicon, Tagger: e.Tagger}
	b.Reset()
	return &run{engine: e, doc: doc, index: ix, text: &text.Document{}, builder: b, scratch: &scratch{}}
}
