package cue

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// accordingScope narrows the content of a closing "…, according to X"
// to the clause next to it when that clause only hangs on the writer's
// sentence: a relative clause after a comma ("He did worst in the
// north, where most farmers live, according to a census": the census
// vouches for where the farmers live) or a phrase of "with" ("It is
// poor, with a debt of $5 billion, according to filings"). What the
// writer's own clause says is not the source's.
func accordingScope(s *syntax.Sentence, p syntax.Phrase) syntax.Phrase {
	for k := p.To - 1; k > p.From+1; k-- {
		w := &s.Words[k]
		if w.Quote >= 0 || w.Tag == tag.Colon || isDash(s, k) {
			return p
		}
		if w.Tag != tag.Comma || k+1 >= p.To {
			continue
		}
		n := &s.Words[k+1]
		if n.Quote >= 0 || !hasFiniteVerb(s, p.From, k) {
			return p
		}
		switch {
		case (n.Tag == tag.WDT || n.Tag == tag.WP || n.Tag == tag.WRB && !continuesContent(n)) && !n.Is(lexicon.Complementizer) && hasFiniteVerb(s, k+2, p.To):
			// (", when …" names the time of the whole clause)
			return syntax.Phrase{From: k + 1, To: p.To}
		case n.Entry != nil && n.Entry.Comitative && n.Tag == tag.IN && !n.Is(lexicon.Subordinator) && !hasFiniteVerb(s, k+2, p.To) && !hasGerund(s, k+2, p.To) && k+2 < p.To:
			// the phrase's noun is what the source gives: "a debt of $5
			// billion"; "with 41 percent closing" tells what the clause
			// before it counts, and goes with it
			return syntax.Phrase{From: k + 2, To: p.To}
		case n.Tag == tag.CC && !(n.Entry != nil && n.Entry.Alternative) && newClause(s, k+2, p.To):
			return syntax.Phrase{From: k + 2, To: p.To}
		}
		return p
	}
	return p
}
