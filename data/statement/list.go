package statement

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// introducedList is what the first paragraph after an introduction says
// of the ones after it. Fact sheets end an introduction with a colon
// before a list ("the Administration is announcing it will:", "the
// governments commit to:", "actions include:") whose items go on the
// introduction's words: each opens with a verb ("Provide $1 billion …",
// "Develop and launch …"; "Issuing an order …"), and the sentences after
// an item's first explain it in the writer's words. The list ends where a
// paragraph opens a clause of its own ("Today's action builds on …",
// "The partners will …", "To that end, …"), the writer's again. A
// heading before prose ("State Commitments", "CONTINUE A
// WHOLE-OF-GOVERNMENT APPROACH", "Notes to editors") ends what any introduction takes, unless
// the first paragraph has that shape too (items under titles); a line of
// that shape before another short line is a list's ("Ana Velk", "Jonas
// T. Vell"), not a heading.
type introducedList struct {
	speech   bool // the introduction is a verb of saying and its colon: what follows is speech
	items    bool // the paragraphs are items that open with a verb
	headings bool // the first paragraph is heading-shaped: a list of names or titled items
}

// speechIntro reports an introduction that opens speech, not a list: a
// colon right after a finite verb ("In a speech last July, he said:",
// "Velk added:") introduces what was said, which may well open with a
// verb ("Let no one be mistaken …"); a list's introduction ends otherwise
// ("… it will:", "… commit to:", "… including:", "… the following
// steps:").
func speechIntro(s *syntax.Sentence) bool {
	n := len(s.Words)
	return n >= 2 && s.Words[n-2].Tag.IsFiniteVerb() && s.Words[n-2].Tag != tag.MD
}

// ends reports whether paragraph k is past what the introduction takes;
// first says it is the paragraph right after it, whose shape the others
// are read against. lead gives a paragraph's first sentence, tagged.
// Speech goes on past its first paragraph until the release speaks of
// someone in the third person again (narrates).
func (l *introducedList) ends(d *text.Document, k int, first bool, lead func(int) syntax.Sentence) bool {
	if first {
		l.headings = text.RunInHeading(d.Paragraphs[k].Text)
		if !l.speech {
			s := lead(k)
			l.items = len(s.Words) > 0 && (s.Words[0].Tag == tag.VB || s.Words[0].Tag == tag.VBG) && !opensOwnClause(&s)
		}
		return false
	}
	if !l.headings && text.SectionHeading(d.Paragraphs[k].Text) && k+1 < len(d.Paragraphs) && prose(d.Paragraphs[k+1].Text) {
		return true
	}
	if l.speech {
		s := lead(k)
		return narrates(&s)
	}
	if !l.items {
		return false
	}
	s := lead(k)
	return opensOwnClause(&s)
}

// narrates reports a sentence in which the release speaks of someone in
// the third person, not in the first: by a pronoun of one person
// ("During her visit, …") or by a title after "the" ("the minister will
// also meet …"). Speech a colon introduced goes on in paragraphs that do
// neither ("This funding will provide …", "We are investing …").
func narrates(s *syntax.Sentence) bool {
	third := false
	for i := range s.Words {
		w := &s.Words[i]
		if w.Entry == nil {
			continue
		}
		if pr := w.Entry.Pronoun; w.Is(lexicon.Pronoun) {
			if pr.Person == 1 {
				return false // "we", "our": the speaker's own
			}
			third = third || pr.Person == 3 && !pr.Plural && (pr.Gender == 'm' || pr.Gender == 'f')
		}
		if w.Entry.Definite {
			e := i + 1
			for e < len(s.Words) && s.Words[e].Entry != nil && s.Words[e].Entry.Class&(lexicon.TitleHead|lexicon.TitleWord) != 0 {
				e++
			}
			third = third || e > i+1 && s.Words[e-1].Is(lexicon.TitleHead)
		}
	}
	return third
}

// opensOwnClause reports a sentence that opens with what no item of a list
// of verbs does: a determiner, a pronoun or a preposition ("The
// partners …", "We also must …", "To that end, …", "Through the group,
// …"), or a subject and its finite verb ("Clean hydrogen can reduce …").
// A verb the tagger took for a noun ("Deploy/NN modern tools") still
// opens an item.
func opensOwnClause(s *syntax.Sentence) bool {
	if len(s.Words) == 0 {
		return false
	}
	switch s.Words[0].Tag {
	case tag.DT, tag.PRP, tag.PRPS, tag.EX, tag.TO, tag.IN, tag.WDT, tag.WP, tag.WRB:
		return true
	}
	if len(s.Words) > 1 && s.Words[1].Tag == tag.POS {
		return true // "Today’s action builds/NNS on …": a possessor opens a subject
	}
	e := s.NounPhraseAt(0)
	for e > 0 && e < len(s.Words) && s.Words[e].Tag.IsAdverb() {
		e++
	}
	return e > 0 && e < len(s.Words) && (s.Words[e].Tag.IsFiniteVerb() || s.Words[e].Tag == tag.MD)
}

// prose reports a paragraph that reads as prose: it ends as a sentence
// or an introduction does, or runs long.
func prose(p string) bool {
	p = strings.TrimRight(p, " \t\"'”’)")
	if p == "" {
		return false
	}
	switch p[len(p)-1] {
	case '.', '!', '?', ':':
		return true
	}
	return len(strings.Fields(p)) > proseWords
}

// proseWords is the most words a line of a list or a heading runs to.
const proseWords = 20
