package voice

import (
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/text"
)

// The parts of a title and a name that government releases print around
// a holder: a remit after "for" ("Minister for the Middle East"), a
// portfolio of two ("Business and Trade Secretary"), a peer's place
// ("Lord Marr of Eastwick").

// remitEnd is the end of a title's remit after "for" that runs in
// capitals to a comma or the phrase's end ("Development", "the Middle
// East", "Trade Policy"), or k when there is none.
func remitEnd(ws []word, k int) int {
	e := k
	if e < len(ws) && ws[e].definite() {
		e++
	}
	from := e
	for e < len(ws) && e < from+maxRemit && ws[e].tok.Kind == text.Word && (ws[e].cap() && !ws[e].stops() || ws[e].spelled("and") && e > from) {
		e++
	}
	if e == from || e < len(ws) && !ws[e].punct(",") || ws[e-1].spelled("and") {
		return k
	}
	return e
}

// portfolioHead reports capitalised words from k that end on a title's
// head ("Trade Secretary", "Net Zero Minister"): the rest
// of a portfolio whose first word came before "and".
func portfolioHead(ws []word, k int) bool {
	for e := k; e < len(ws) && e <= k+maxRemit; e++ {
		switch {
		case ws[e].is(lexicon.TitleHead):
			return e > k
		case ws[e].tok.Kind != text.Word || !ws[e].cap() || ws[e].is(lexicon.Honorific) || ws[e].stops():
			return false
		}
	}
	return false
}

// honorificsOnly: every word of the title is an honorific ("Lord").
func honorificsOnly(l *lexicon.Lexicon, title []string) bool {
	for _, t := range title {
		if !l.Is(t, lexicon.Honorific) {
			return false
		}
	}
	return true
}

// designation is the end of a place's name from k, in capitals and no
// title or body, that ends a name's phrase at a comma or a verb of
// saying ("Eastwick" of "Lord Marr of Eastwick,"), or k when there is
// none.
func designation(ws []word, k int) int {
	e := k
	for e < len(ws) && e < k+2 && ws[e].tok.Kind == text.Word && ws[e].cap() && !ws[e].stops() && !ws[e].titleWord() && !ws[e].is(lexicon.Organisation) {
		e++
	}
	if e == k || e < len(ws) && !ws[e].punct(",") && !ws[e].is(lexicon.CueVerb) {
		return k
	}
	return e
}

// maxRemit is the most words of a remit.
const maxRemit = 5

// complementName is where the name starts in a title's complement of
// capitalised words, which "and" may join, that a person's name ends:
// the given name followed by one or two name words up to the run's end.
// It is k when the run ends in no such name.
func complementName(ws []word, k int) int {
	e := k
	for e < len(ws) && ws[e].tok.Kind == text.Word && (ws[e].cap() && !ws[e].stops() || ws[e].spelled("and")) {
		e++
	}
	for g := e - 3; g < e-1; g++ {
		if g <= k || !ws[g].is(lexicon.GivenName) {
			continue
		}
		name := true
		for _, w := range ws[g+1 : e] {
			name = name && w.nameWord()
		}
		if name {
			return g
		}
	}
	return k
}
