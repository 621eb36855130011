// Document-wide context (dateline, headline, sure names), read so the walk starts knowing the parties.

package attribution

import (
	"strconv"
	"strings"
	"time"

	"github.com/brief-reader/brief/data/mention"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

// datelineParty is the party whose capital (or own name) the document's
// dateline names, written in capitals or not ("PORT SELIN", "Moscow").
func (r *run) datelineParty(mf *mention.Finder) (int32, bool) {
	words := strings.FieldsFunc(r.doc.Dateline, func(c rune) bool { return c == ' ' || c == ',' || c == '\u2013' || c == '\u2014' })
	if len(words) == 0 {
		return -1, false
	}
	for _, cased := range [][]string{words, titleCase(words)} {
		if p, unsure, n := mf.PartyEvidence(cased); n == len(cased) && !unsure {
			return p, true
		}
		if p, unsure, n := mf.PartyEvidence(cased); n > 0 && !unsure && n < len(cased) && len(cased) > n && strings.HasSuffix(cased[n], ".") {
			return p, true // "Washington, D.C."
		}
	}
	return -1, false
}

// titleCase writes words in capitals as names are written ("PORT" →
// "Port").
func titleCase(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		if len(w) > 1 && strings.ToUpper(w) == w {
			w = w[:1] + strings.ToLower(w[1:])
		}
		out[i] = w
	}
	return out
}

// confirm tells the story the parties a sentence names by a name that
// leaves no doubt (a capital, a demonym, an official name), anywhere in
// it.
func (r *run) confirm(mf *mention.Finder, story *resolve.Story, s *syntax.Sentence) {
	words := r.scratch.wordsOf(s)
	for i := 0; i < len(words); i++ {
		if !s.Words[i].Tok.Has(text.Cap) {
			continue
		}
		if place, p, n := mf.Placed(s, words, i); n > 0 {
			story.Place(place, p) // "Ruvo, Kestria, …"
		}
		if p, unsure, n := mf.PartyEvidence(words[i:]); n > 0 {
			if !unsure {
				story.Confirm(p)
			}
			i += n - 1
		}
	}
}

// headline reads the document's title: the people it names are known to
// the reader ("Readout of President Velk's Meeting with …"), and the first
// is the document's principal.
func (r *run) headline(mf *mention.Finder, story *resolve.Story) {
	if r.doc.Title == "" {
		return
	}
	d := text.Analyze([]string{r.doc.Title}, r.engine.Lexicon)
	b := r.builder
	for _, span := range d.Paragraphs[0].Sentences {
		s := b.BuildTagged(d, 0, span)
		r.confirm(mf, story, &s)
		for _, n := range r.names(mf, &s, d.Paragraphs[0].Text) {
			if n.m.Kind == mention.Person && n.m.Human {
				// a person the headline says is one ("President Orsk"), not
				// a capitalised word of a headline ("Readout")
				n.m.Sentence = -1
				story.SeeName(n.m.Name)
				story.Mention(n.m, resolve.Headline)
			}
		}
	}
}

// pastDay is the day a sentence tells of when it opens on a date of an
// earlier year than the document's ("On June 16, 2006, by Executive
// Order 13405, the President declared …", "In 2014, the President …"):
// the exact day when the date is whole, else the year's last; zero for
// a sentence of the document's own time.
func (r *run) pastDay(s *syntax.Sentence) time.Time {
	if r.doc.Date.IsZero() || len(s.Words) == 0 || s.Words[0].Tag != tag.IN {
		return time.Time{}
	}
	for k := 1; k < len(s.Words); k++ {
		w := &s.Words[k]
		if w.Tag.IsFiniteVerb() || w.Quote >= 0 {
			break
		}
		if w.Tag != tag.CD || len(w.Text) != 4 {
			continue
		}
		y, err := strconv.Atoi(w.Text)
		if err != nil || y < 1900 || y >= r.doc.Date.Year() {
			continue
		}
		if k >= 3 && s.Words[k-1].Tag == tag.Comma {
			if d, err := time.Parse("January 2 2006", s.Words[k-3].Text+" "+s.Words[k-2].Text+" "+w.Text); err == nil {
				return d
			}
		}
		return time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}
