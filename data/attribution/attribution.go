// Package attribution runs the engine's stages over one document: text
// (tokens, sentences, quotations), the linguistic layer (parts of speech,
// phrases), cue frames, statements, mentions and their resolution, and
// the document's own voice. Each stage is a package of its own under
// data/; this one only joins them.
package attribution

import (
	"slices"
	"sync"
	"time"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/statement"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
	"github.com/brief-reader/brief/data/voice"
)

// Kind says how a statement was made.
type Kind uint8

const (
	Direct   Kind = iota // a quotation, or a transcript turn
	Reported             // reported speech
	Question             // a reporter's question in a transcript
)

// Paragraph is one paragraph of a document.
type Paragraph struct {
	Text    string
	Label   string // a transcript turn's speaker label ("MR PRICE")
	Heading bool   // a heading, not prose
	Skip    bool   // not prose at all (code)
}

// Document is what the engine reads.
type Document struct {
	Title      string
	Paragraphs []Paragraph
	Declared   gazetteer.Entries
	Source     string // URL or origin, for the publishing government
	Author     string
	Publisher  string
	Dateline   string
	Date       time.Time // zero when unknown: a bare title then names no office holder
}

// Statement is one thing said.
type Statement struct {
	Speaker    string
	Role       string
	Party      string
	Person     bool
	Group      bool
	Cue        string
	Text       string
	Para       int   // 0-based paragraph of the content's start
	Start, End int32 // byte span of the content in that paragraph; a quotation over paragraphs goes on in the next
	Kind       Kind
}

// Result is what the engine finds in a document.
type Result struct {
	Parties    []string // canonical names, in order of first mention
	Statements []Statement
}

// Engine holds the lexicon, the gazetteer and the tagger; it is safe for
// concurrent use.
type Engine struct {
	Lexicon *lexicon.Lexicon
	Index   *gazetteer.Index
	Tagger  syntax.Tagger

	workspaces sync.Pool // of *workspace
}

// workspace is the storage one document's attribution works in: its
// tokens, sentences and frames. A load attributes thousands of documents;
// reusing the storage of the last keeps the garbage, and so the peak
// memory of the load, down. Nothing in a Result points into it.
type workspace struct {
	text      text.Document
	builder   syntax.Builder
	sentences []syntax.Sentence
	frames    []cue.Frame
	scratch   scratch
}

// New builds an engine from the built-in lexicon, gazetteer and tagger,
// extended by the user's gazetteer files in configDir ("" for none).
func New(configDir string) (*Engine, []error) {
	var errs []error
	lex, err := lexicon.Default()
	if err != nil {
		errs = append(errs, err)
		lex, _ = lexicon.Parse(nil)
	}
	built, err := gazetteer.Builtin()
	if err != nil {
		errs = append(errs, err)
	}
	user, uerrs := gazetteer.LoadUser(configDir)
	errs = append(errs, uerrs...)
	ix, ierrs := gazetteer.New(lex, built, &user)
	errs = append(errs, ierrs...)
	return &Engine{Lexicon: lex, Index: ix, Tagger: embeddedTagger{}}, errs
}

// embeddedTagger parses the embedded model when a sentence first needs it:
// a reader whose stories are all attributed already never pays for it.
type embeddedTagger struct{}

func (embeddedTagger) Tag(words []string, out []tag.Tag) []tag.Tag {
	return tag.Default().Tag(words, out)
}

// Took lets the syntax layer ask what the model saw of a word.
func (embeddedTagger) Took(word string, tg tag.Tag) bool { return tag.Default().Took(word, tg) }

// Attribute finds the statements of a document.
func (e *Engine) Attribute(doc *Document) Result {
	ix := e.Index
	if len(doc.Declared.Parties)+len(doc.Declared.People) > 0 {
		ix, _ = ix.With(doc.Declared)
	}
	w, _ := e.workspaces.Get().(*workspace)
	if w == nil {
		w = &workspace{}
	}
	w.builder.Lexicon, w.builder.Tagger = e.Lexicon, e.Tagger
	w.builder.Reset()
	run := &run{engine: e, doc: doc, index: ix, text: &w.text, builder: &w.builder, sentences: w.sentences[:0], frames: w.frames[:0],
		scratch: &w.scratch}
	res := run.attribute()
	clear(run.sentences) // let words cut from blocks the builder let go of be collected
	w.scratch.release()
	w.sentences, w.frames = run.sentences[:0], run.frames[:0]
	e.workspaces.Put(w)
	return res
}

// run is the state of one document's attribution.
type run struct {
	engine    *Engine
	doc       *Document
	index     *gazetteer.Index
	text      *text.Document
	builder   *syntax.Builder
	sentences []syntax.Sentence
	frames    []cue.Frame
	stmts     []statement.Statement
	voice     voice.Voice
	turn      []bool                  // the paragraph is a turn's
	leads     map[int]syntax.Sentence // lead's sentences built again with tags
	scratch   *scratch
}

func (r *run) attribute() Result {
	vd := voice.Document{Title: r.doc.Title, Source: r.doc.Source, Author: r.doc.Author, Publisher: r.doc.Publisher,
		Paragraphs: make([]voice.Paragraph, len(r.doc.Paragraphs))}
	for i, p := range r.doc.Paragraphs {
		vd.Paragraphs[i] = voice.Paragraph{Text: p.Text, Label: p.Label, Heading: p.Heading}
	}
	vr := voice.Reader{Lexicon: r.engine.Lexicon, Index: r.index}
	r.voice = vr.Read(&vd)
	// a transcript turn is its speaker's whole, also where the parser left
	// it unlabelled (a speech of one turn); what the turn reports others
	// said is theirs, so its spoken text is read too, without the label
	r.turn = make([]bool, len(r.doc.Paragraphs))
	paras := make([]string, len(r.doc.Paragraphs))
	for i, p := range r.doc.Paragraphs {
		if !p.Skip && !voice.PublisherNote(r.engine.Lexicon, p.Text) {
			paras[i] = p.Text
		}
	}
	for _, t := range r.voice.Turns {
		r.turn[t.Para] = true
		paras[t.Para] = voice.Spoken(paras[t.Para], t)
	}
	r.text.Reanalyze(paras, r.engine.Lexicon)
	b := r.builder
	finder := cue.Finder{Lexicon: r.engine.Lexicon}
	for pi := range r.text.Paragraphs {
		for _, span := range r.text.Paragraphs[pi].Sentences {
			s := b.Build(r.text, pi, span)
			r.sentences = append(r.sentences, s)
			r.frames = append(r.frames, finder.Find(&r.sentences[len(r.sentences)-1], len(r.sentences)-1)...)
		}
	}
	framed := map[int]bool{}
	for _, f := range r.frames {
		framed[r.sentences[f.Sentence].Para] = true
	}
	ownCue := func(p int) bool {
		return framed[p] || r.doc.Paragraphs[p].Heading || r.doc.Paragraphs[p].Label != "" || r.turn[p]
	}
	release := r.voice.Home >= 0 || r.voice.Author != nil || r.voice.Readout
	r.stmts = statement.Build(r.text, r.sentences, r.frames, ownCue, r.lead, release)
	res := r.resolve(r.stmts)
	// the author's own voice: what the author says with no verb of saying
	said := vr.Authored(&r.voice, r.text, r.sentences, r.frames, func(s *syntax.Sentence) { *s = b.BuildTagged(r.text, s.Para, s.Span) })
	res = r.withAuthored(res, said)
	if len(res.Statements) == 0 {
		// a titled statement in which no sentence is found speaking is
		// its author's all the same
		for i := range r.voice.Body {
			res.Statements = append(res.Statements, r.turnStatement(&r.voice.Body[i], nil))
		}
	}
	// a party that only speaks (a transcript turn's) is a party of the story
	for _, st := range res.Statements {
		if st.Party != "" && !slices.Contains(res.Parties, st.Party) {
			res.Parties = append(res.Parties, st.Party)
		}
	}
	return res
}

// withAuthored adds the author's own statements to res, each before the
// first statement that starts after it.
func (r *run) withAuthored(res Result, said []voice.Said) Result {
	if len(said) == 0 {
		return res
	}
	a := r.voice.Author
	if a == nil {
		a = r.voice.Publisher
	}
	out := make([]Statement, 0, len(res.Statements)+len(said))
	k := 0
	for _, sd := range said {
		s := &r.sentences[sd.Sentence]
		para := r.text.Paragraphs[s.Para].Text
		st := Statement{Speaker: a.Name, Role: a.Role, Person: a.Person, Group: a.Group, Kind: Reported,
			Cue: s.Text(para, sd.Cue.From, sd.Cue.To), Text: s.Text(para, sd.Content.From, sd.Content.To), Para: s.Para,
			Start: s.Words[sd.Content.From].Tok.Start, End: s.Words[sd.Content.To-1].Tok.End}
		if a.Party >= 0 {
			st.Party = r.index.Party(a.Party).Name
		}
		for k < len(res.Statements) && (res.Statements[k].Para < st.Para || res.Statements[k].Para == st.Para && res.Statements[k].Start <= st.Start) {
			out = append(out, res.Statements[k])
			k++
		}
		out = append(out, st)
	}
	res.Statements = append(out, res.Statements[k:]...)
	return res
}

// turnStatement is a transcript turn as a statement.
func (r *run) turnStatement(t *voice.Turn, story *resolve.Story) Statement {
	st := Statement{
		Speaker: t.Speaker.Name, Role: t.Speaker.Role, Person: t.Speaker.Person, Group: t.Speaker.Group, Cue: t.Cue,
		Text: r.doc.Paragraphs[t.Para].Text[t.Start:t.End], Para: t.Para, Start: t.Start, End: t.End, Kind: Direct,
	}
	if t.Question {
		st.Kind = Question
	}
	if t.Surname != "" && story != nil {
		if full, ok := story.FullName(t.Surname); ok {
			st.Speaker = full // "MR. VELK" of a story that welcomes Ana Velk
		}
	}
	if t.Speaker.Party >= 0 {
		st.Party = r.index.Party(t.Speaker.Party).Name
	}
	return st
}

func (r *run) output(st *statement.Statement, fr *cue.Frame, s *syntax.Sentence, para string, sp resolve.Speaker) Statement {
	out := Statement{
		Speaker: sp.Name, Role: sp.Role, Person: sp.Person, Group: sp.Group,
		Cue:   cueWords(s.Text(para, fr.Cue.From, fr.Cue.To)),
		Text:  piecesText(r.text, st.Pieces),
		Para:  st.Pieces[0].Para,
		Start: st.Pieces[0].Start, End: st.Pieces[0].End,
		Kind: Reported,
	}
	for _, pc := range st.Pieces[1:] {
		if pc.Para == out.Para {
			out.End = pc.End // the span is in the paragraph the statement starts in
		}
	}
	if st.Direct {
		out.Kind = Direct
	}
	if sp.Party >= 0 {
		out.Party = r.index.Party(sp.Party).Name
	}
	return out
}

// lead is paragraph p's first sentence, tagged, for the statement stage
// to read a list an introduction opens. Only paragraphs after a colon
// that ends an introduction are asked for, some of them again for each
// statement the introduction holds: a sentence the cue stage had tagged
// is taken as it is (nothing has changed its words yet), and one built
// again with tags (it held no cue) is kept for the next ask.
func (r *run) lead(p int) syntax.Sentence {
	i, _ := slices.BinarySearchFunc(r.sentences, p, func(s syntax.Sentence, p int) int { return s.Para - p })
	if i < len(r.sentences) && r.sentences[i].Para == p && r.sentences[i].Tagged() {
		return r.sentences[i]
	}
	if s, ok := r.leads[p]; ok {
		return s
	}
	s := r.builder.Lead(r.text, p)
	if r.leads == nil {
		r.leads = map[int]syntax.Sentence{}
	}
	r.leads[p] = s
	return s
}
