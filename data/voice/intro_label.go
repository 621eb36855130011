package voice

import (
	"strings"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/text"
)

// A statement introduced by a label of its own: releases that gather
// several people's statements print each under a line that names it
// ("Statement from Foreign Minister Ana Velk:", "Joint Statement of
// Kestria and Tesmar") and then the statement, most often as one
// quotation over one or more paragraphs. The label is a document opener
// of an author or of signatories, then the speakers, and nothing else;
// the statement is the paragraphs after it, quoted or not, up to the
// next label or introduction, a heading, or a paragraph of the release's
// own narration (one that is neither a quotation nor in the first
// person, after the first).

// labelled reads a paragraph that is a statement's label: the speakers
// it names, and the opener's noun as the cue ("statement").
func (c *doc) labelled(s string) (sp resolve.Speaker, cue string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > 160 {
		return sp, "", false
	}
	s = strings.TrimSuffix(s, ":")
	if !c.r.startsIn(s, lexicon.DocumentOpener, 1) {
		return sp, "", false
	}
	ws := c.r.words(s)
	ph, found := c.r.phraseAt(ws, 0, lexicon.DocumentOpener)
	if !found || ph.Arg != "author" && ph.Arg != "joint" || len(ph.Words) >= len(ws) {
		return sp, "", false
	}
	ms, e := c.r.memberList(s, ws, len(ph.Words))
	if e != len(ws) || len(ms) == 0 || !c.evidence(ms) || ph.Arg == "joint" && !allSomeone(c.r.Lexicon, ms) {
		return sp, "", false
	}
	if len(ms) == 1 && ms[0].kind == personMember && !ms[0].named() {
		return sp, "", false // "Statement from the Governor:" is the resolver's to tell
	}
	if len(ms) > 1 && ms[0].kind == personMember && ms[0].named() && !joins(ws) {
		// "Statement of Ana Velk, Director, Kestrian Water Council": the
		// body after her title is hers, no second speaker, and says whose
		// she is
		for k := 1; k < len(ms) && ms[0].party < 0 && ms[0].person < 0; k++ {
			ms[0].party = ms[k].party
		}
		ms = ms[:1]
	}
	c.resolveSurnames(ms)
	cue = text.Lower(ws[0].text)
	for k := range ph.Words {
		if ws[k].is(lexicon.Document) {
			cue = text.Lower(ws[k].text) // "statement" of "Joint Statement of"
		}
	}
	return c.named(ms, s), cue, true
}

// labelledTurns makes the paragraphs after the label at intro the
// labelled speaker's turns; it returns them and the last paragraph taken.
func (c *doc) labelledTurns(intro int, sp resolve.Speaker, cue string) ([]Turn, int) {
	var out []Turn
	last := intro
	quoted := false // the last paragraph taken goes on with an open quotation
	for k := intro + 1; k < len(c.d.Paragraphs) && k <= intro+maxIntroduced; k++ {
		q := &c.d.Paragraphs[k]
		body := strings.TrimSpace(q.Text)
		if q.Heading || q.Label != "" || body == "" {
			break
		}
		if _, _, again := c.labelled(body); again {
			break
		}
		if _, _, _, again := c.introduction(body); again {
			break
		}
		opens := strings.IndexAny(body, "“\"") == 0
		if k > intro+1 && !opens && !quoted && !firstPerson(c.r.words(body)) {
			break // the release's narration is back
		}
		if !opens && hasQuote(body) && !quoted {
			break // a quotation inside narration is the statement stage's
		}
		t := Turn{Para: k, Speaker: sp, Cue: cue}
		if t.Start, t.End = span(c.r.Lexicon, q.Text, 0); t.Start < t.End {
			out = append(out, t)
			last = k
		}
		quoted = opens && !strings.ContainsAny(body[len(body)-min(len(body), 4):], "”\"")
	}
	return out, last
}

// joins: the words join two or more speakers ([joint conjunctions]).
func joins(ws []word) bool {
	for i := range ws {
		if e := ws[i].entry; e != nil && e.JoinsSpeakers {
			return true
		}
	}
	return false
}
