package voice

import (
	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// The author's own voice, sentence by sentence. A text with an author
// ("Statement by President Ana Velk on …", a byline, "Office of the
// Spokesperson") says things in its body that no verb of saying
// introduces: "We are deeply concerned by …", "I extend my warmest
// congratulations …", "The United States stands with …". A sentence whose
// main clause has the author for its subject is the author's statement:
// "I" or "we", a subject "our …" ("Our thoughts are with …"), or the
// government the author speaks for, by its name ("The United States") or
// as its government ("The Kestrian Government", "the Department"). The
// clause's verb is the cue; the content is what follows the subject, and
// a subject that is not the speaker's pronoun stays in it ("The United
// States stands with …" is what the spokesperson says).
//
// A sentence is no statement when a cue frame already says who speaks in
// it, when it asks a question, when its subject is inside a quotation or
// a subordinate clause ("as we mark the day"), or when its verb narrates
// an event ("I met with …", "we discussed …"): the narration of a
// release is no one's.

// Said is one sentence in the author's own voice.
type Said struct {
	Sentence int
	Cue      syntax.Phrase // the verb of the subject's clause
	Content  syntax.Phrase // what follows the subject, or the sentence from the subject on
}

// Authored finds the sentences the author says in their own voice.
// sentences are the document's, in order, and frames their cue frames;
// full tags a sentence the builder left with shallow tags (it is called
// only on sentences that may speak in the author's voice).
func (r *Reader) Authored(author *resolve.Speaker, sentences []syntax.Sentence, frames []cue.Frame, full func(*syntax.Sentence)) []Said {
	if author == nil || r.Lexicon == nil || r.Index == nil {
		return nil
	}
	// a sentence with a frame says who speaks in it, unless the frame's
	// speaker is the one addressed ("as you celebrate …")
	framed := make([]bool, len(sentences))
	for i := range frames {
		f := &frames[i]
		s := &sentences[f.Sentence]
		if f.Speaker.Len() == 1 && s.Words[f.Speaker.From].Is(lexicon.Pronoun) && s.Words[f.Speaker.From].Entry.Pronoun.Person == 2 {
			continue
		}
		framed[f.Sentence] = true
	}
	var out []Said
	for si := range sentences {
		s := &sentences[si]
		if framed[si] || !r.mayBeOwn(s, author.Party) {
			continue
		}
		if !s.Tagged() {
			full(s)
		}
		if sd, ok := r.said(s, author.Party); ok {
			sd.Sentence = si
			out = append(out, sd)
		}
	}
	return out
}

// mayBeOwn is a cheap look before tagging: the sentence has a first-person
// pronoun outside quotations, or a word that may begin the author's
// government.
func (r *Reader) mayBeOwn(s *syntax.Sentence, own int32) bool {
	for i := range s.Words {
		w := &s.Words[i]
		if w.Quote >= 0 || w.Entry == nil && !w.Tok.Has(text.Cap) {
			continue
		}
		if w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 1 {
			return true
		}
		if w.Is(lexicon.OwnVoice) {
			return true
		}
		if own >= 0 && w.Tok.Has(text.Cap) {
			if h, ok := r.matchWords(s, i); ok && h.Party == own && h.Kind == gazetteer.PartyName {
				return true
			}
		}
	}
	return false
}

// said reads one tagged sentence.
func (r *Reader) said(s *syntax.Sentence, own int32) (Said, bool) {
	if question(s) || titleCased(s) || formula(s) {
		return Said{}, false
	}
	for i := 0; i < len(s.Words); i++ {
		if s.Words[i].Quote >= 0 || !mainClause(s, i) {
			continue
		}
		subj, pronoun, ok := r.ownSubject(s, i, own)
		if !ok {
			continue
		}
		if !pronoun && !clauseStart(s, subj.From) {
			i = subj.To - 1 // "the United States and our partners", "with our allies"
			continue
		}
		k := subj.To
		if pronoun {
			k = appositiveEnd(s, k)
		}
		cue, finite, ok := r.verbAfter(s, k)
		if !ok || !pronoun && s.Words[finite].Tag == tag.VBD {
			// a government's past doings told in the third person are
			// the release's narration ("The United States joined …")
			i = subj.To - 1
			continue
		}
		content := syntax.Phrase{From: subj.From, To: len(s.Words)}
		if pronoun {
			content.From = k
		}
		for content.From < cue.From && (s.Words[content.From].Tag.IsAdverb() || s.Words[content.From].Tag == tag.Comma) {
			content.From++
		}
		content = trimFinal(s, content)
		if content.Empty() {
			return Said{}, false
		}
		return Said{Cue: cue, Content: content}, true
	}
	return Said{}, false
}

// ownSubject reads the author as a subject at word i: "I", "we", a noun
// phrase "our …", or the author's government. pronoun reports the
// author's own pronoun, which the content leaves out.
func (r *Reader) ownSubject(s *syntax.Sentence, i int, own int32) (syntax.Phrase, bool, bool) {
	w := &s.Words[i]
	if w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 1 {
		switch {
		case w.Entry.Pronoun.Case == 's' && w.Tag == tag.PRP:
			return syntax.Phrase{From: i, To: i + 1}, true, true
		case w.Entry.Pronoun.Case == 'p' && w.Tag == tag.PRPS:
			// "Our thoughts are with …"
			if e := s.NounPhraseAt(i); e > i+1 {
				return syntax.Phrase{From: i, To: e}, false, true
			}
		}
		return syntax.Phrase{}, false, false
	}
	if own < 0 {
		return syntax.Phrase{}, false, false
	}
	k := i
	if lower(w.Text) == "the" {
		k++
	}
	if k >= len(s.Words) || !s.Words[k].Tok.Has(text.Cap) {
		return syntax.Phrase{}, false, false
	}
	e := k
	named := false
	if h, ok := r.matchWords(s, k); ok && h.Party == own && (h.Kind == gazetteer.PartyName || h.Kind == gazetteer.Demonym) {
		e, named = k+h.Len, h.Kind == gazetteer.PartyName
	}
	// "the U.S. Government", "the Kestrian Government", "the State
	// Department", "the Department of State"
	head := e
	for e < len(s.Words) && s.Words[e].Is(lexicon.OwnVoice) && s.Words[e].Tok.Has(text.Cap) {
		e++
		if e+1 < len(s.Words) && lower(s.Words[e].Text) == "of" && s.Words[e+1].Is(lexicon.OwnVoice) && s.Words[e+1].Tok.Has(text.Cap) {
			e += 2
		}
	}
	if e == head && !named || e > head && lower(s.Words[e-1].Text) == "state" && (e-head == 1 || lower(s.Words[e-2].Text) != "of") {
		return syntax.Phrase{}, false, false // "the State", "the U.S. State" are no government
	}
	if e < len(s.Words) && (s.Words[e].Tag == tag.POS || s.Words[e].Tag.IsNoun() || lower(s.Words[e].Text) == "and") {
		return syntax.Phrase{}, false, false // "the United States’ position", "the United States and Kestria"
	}
	return syntax.Phrase{From: i, To: e}, false, true
}

// verbAfter reads the verb of a subject that ends at k: past adverbs
// and auxiliaries, a finite verb or a modal (finite), up to the verb the
// clause is about ("will continue to support" is "support"). A verb that
// narrates an event is no statement.
func (r *Reader) verbAfter(s *syntax.Sentence, k int) (cue syntax.Phrase, finite int, ok bool) {
	for k < len(s.Words) && adverb(&s.Words[k]) {
		k++
	}
	if k >= len(s.Words) || !s.Words[k].Tag.IsFiniteVerb() || s.Words[k].Quote >= 0 {
		return syntax.Phrase{}, 0, false
	}
	v := k
	for j := k + 1; j < len(s.Words); j++ {
		w := &s.Words[j]
		switch {
		case adverb(w):
			continue
		case w.Tag.IsVerb() && (s.Words[v].Is(lexicon.Auxiliary) || s.Words[v].Tag == tag.MD):
			v = j
			continue
		case w.Tag == tag.TO && s.Words[v].Is(lexicon.Aspectual) && j+1 < len(s.Words) && s.Words[j+1].Tag == tag.VB:
			v = j + 1
			j++
			continue
		}
		break
	}
	if s.Words[v].Is(lexicon.Narrative) {
		return syntax.Phrase{}, 0, false
	}
	return syntax.Phrase{From: v, To: v + 1}, k, true
}

// adverb: an adverb, or a word of a formal text the tagger takes for a
// verb ("I hereby designate").
func adverb(w *syntax.Word) bool {
	return w.Tag.IsAdverb() || w.Is(lexicon.FormalAdverb)
}

// appositiveEnd skips an appositive after "I" to the verb: "I, Ana Velk,
// President of Kestria, by virtue of the authority vested in me …, do
// hereby proclaim". It returns k when none follows.
func appositiveEnd(s *syntax.Sentence, k int) int {
	if k >= len(s.Words) || s.Words[k].Tag != tag.Comma {
		return k
	}
	for j := k + 1; j < len(s.Words) && j < k+80; j++ {
		if s.Words[j].Tag != tag.Comma {
			continue
		}
		v := j + 1
		for v < len(s.Words) && adverb(&s.Words[v]) {
			v++
		}
		if v < len(s.Words) && s.Words[v].Tag.IsFiniteVerb() {
			return j + 1
		}
	}
	return k
}

// clauseStart: a subject at word i opens its clause: the sentence's
// first word, after a comma or a colon (past a conjunction), or after
// adverbs alone ("Today the United States …").
func clauseStart(s *syntax.Sentence, i int) bool {
	k := i - 1
	if k >= 0 && s.Words[k].Tag == tag.CC {
		k--
	}
	if k < 0 || s.Words[k].Tag == tag.Comma || s.Words[k].Tag == tag.Colon {
		return true
	}
	for ; k >= 0; k-- {
		if !s.Words[k].Tag.IsAdverb() && !s.Words[k].Is(lexicon.Time) {
			return false
		}
	}
	return true
}

// titleCased: a heading written as a sentence ("The United States Is
// Ready to Help"): most of its words are capitalised.
func titleCased(s *syntax.Sentence) bool {
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

// formula: a sentence of a formal text's closing formula ("IN WITNESS
// WHEREOF, I have hereunto set my hand …").
func formula(s *syntax.Sentence) bool {
	for i := range s.Words {
		if s.Words[i].Is(lexicon.Formula) {
			return true
		}
	}
	return false
}

// mainClause: word i opens no subordinate or relative clause ("as we
// mark the day", "the people we serve").
func mainClause(s *syntax.Sentence, i int) bool {
	if i == 0 {
		return true
	}
	p := &s.Words[i-1]
	switch {
	case p.Is(lexicon.Relative), p.Tag.IsWh():
		return false
	case p.Is(lexicon.Subordinator):
		l := lower(p.Text)
		return l == "and" || l == "but" || l == "or" || l == "yet" || l == "nor"
	case p.Tag.IsNoun() || p.Tag == tag.PRP:
		return false // "the people we serve"
	}
	return true
}

// question: the sentence ends with a question mark.
func question(s *syntax.Sentence) bool {
	for i := len(s.Words) - 1; i >= 0; i-- {
		w := &s.Words[i]
		if w.Tok.Kind == text.Word {
			return false
		}
		if w.Text == "?" {
			return true
		}
	}
	return false
}

// trimFinal drops the sentence's final punctuation, and closing marks of
// quotations the content does not open.
func trimFinal(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	for p.To > p.From {
		w := &s.Words[p.To-1]
		if w.Tok.Kind == text.Word || w.Quote >= 0 && opens(s, p, w.Quote) {
			break
		}
		p.To--
	}
	return p
}

// opens: the quotation q starts inside p, before its last word.
func opens(s *syntax.Sentence, p syntax.Phrase, q int32) bool {
	for j := p.From; j < p.To-1; j++ {
		if s.Words[j].Quote == q {
			return true
		}
	}
	return false
}

// matchWords is the gazetteer's longest name at the sentence's word i.
func (r *Reader) matchWords(s *syntax.Sentence, i int) (gazetteer.Hit, bool) {
	var buf [12]string
	n := 0
	for k := i; k < len(s.Words) && n < len(buf); k++ {
		buf[n] = s.Words[k].Text
		n++
	}
	return r.Index.Match(buf[:n])
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
