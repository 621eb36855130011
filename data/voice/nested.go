package voice

import (
	"strings"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// What a turn reports others said is theirs ("Erdoğan said yesterday
// that …", "The President believes that …"), as it is in prose. But a
// turn is talk, loose and full of questions, and the cue stage reads it
// as it reads written prose. A report is kept only where the turn says
// plainly who and what: a declarative sentence; a speaker who is named
// (a known person, or one the words show is a person by more than a
// first name, which in talk is someone addressed: "Jake, …"), a party or
// a named body, a group a party qualifies, or a title used as a name
// ("the Secretary"); and what they said is a quotation, a clause or a
// phrase of some words, not an adverbial the cue stage mistook ("said
// this morning"). Pronouns and plain descriptions ("he", "people") stand for
// someone of the conversation, whom the talk, not the text, makes known.

// minReported is how many words a report inside a turn has at least,
// unless it is a quotation or a clause.
const minReported = 4

// ReportedInTurn reports whether the statement of frame f, found in a
// turn's sentence s with the speaker mention m, is kept.
func ReportedInTurn(s *syntax.Sentence, f *cue.Frame, m *mention.Mention) bool {
	if question(s) {
		return false
	}
	words, clause := 0, false
	for _, c := range f.Content {
		for i := c.From; i < c.To; i++ {
			w := &s.Words[i]
			clause = clause || w.Quote >= 0 || w.Tag.IsVerb() || w.Tag == tag.MD
			if w.Tok.Kind == text.Word {
				words++
			}
		}
	}
	if !clause && words < minReported {
		return false
	}
	switch m.Kind {
	case mention.Person:
		if m.Person >= 0 {
			return true
		}
		return m.Human && (m.Title != "" || strings.Contains(strings.TrimSpace(m.Name), " ")) && !firstNameOnly(s, m)
	case mention.Body:
		return true
	case mention.Group:
		return m.Party >= 0 || m.Members
	case mention.Role:
		return m.Definite && m.Capital && !m.Plural
	}
	return false
}

// firstNameOnly: the phrase is one given name ("Jake").
func firstNameOnly(s *syntax.Sentence, m *mention.Mention) bool {
	return m.Phrase.Len() == 1 && s.Words[m.Phrase.From].Is(lexicon.GivenName)
}
