package views

import (
	"strings"

	"github.com/brief-reader/brief/data"
)

// The statements of a library's rows are not kept as data.Statement
// structs once indexed (issue #11): 3.6 million of them, five strings
// each, took 2.4 GB for a library of 100,000 stories. A statement is
// its search key (its folded text, which the filters keep anyway), a
// bit per capital letter that folding lowered, and a compact record of
// the rest, its names interned (and searched once per query, see
// compact_names.go). Statement puts it together again when it
// is shown; a story opened gets its statements whole from the database
// (see Attach).

// stmtRecord is what a statement's search key (its text folded) does not
// hold.
type stmtRecord struct {
	speaker, role, cue uint32 // in compactStatements.strs, as the story wrote them
	paragraph          int32
	span               data.Span
}

// compactStatements holds the statements of the library, by number
// (parallel to Library.stmts).
type compactStatements struct {
	recs  []stmtRecord
	upper []uint64 // a bit per byte of the statements' search keys: a capital A to Z there
	// verbatim holds the texts that folding changed beyond ASCII
	// capitals ("Ölund"), which the bits cannot give back: few.
	verbatim map[int32]string
	strs     []string
	folded   []string // strs folded, for the text filter; see compact_names.go
	strID    map[string]uint32
}

// intern is the number of s among the strings of the statements.
func (c *compactStatements) intern(s string) uint32 {
	if id, ok := c.strID[s]; ok {
		return id
	}
	if c.strID == nil {
		c.strID = map[string]uint32{}
	}
	id := uint32(len(c.strs))
	s = strings.Clone(s) // a story's text may hold it: that must not be kept
	c.strs = append(c.strs, s)
	c.folded = append(c.folded, fold(s))
	c.strID[s] = id
	return id
}

// add records statement i, whose search key starts at start in keys,
// once the key is added.
func (c *compactStatements) add(i int32, st data.Statement, k *keys, start uint32) {
	c.recs = append(c.recs, stmtRecord{
		speaker: c.intern(st.Speaker), role: c.intern(st.Role), cue: c.intern(st.Cue),
		paragraph: st.Paragraph, span: st.Span,
	})
	for need := (len(k.buf) + 63) / 64; len(c.upper) < need; {
		c.upper = append(c.upper, 0)
	}
	folded := k.buf[start : int(start)+len(st.Text)]
	for p := range len(st.Text) {
		switch ch := st.Text[p]; {
		case ch == folded[p]:
		case 'A' <= ch && ch <= 'Z':
			at := int(start) + p
			c.upper[at/64] |= 1 << (at % 64)
		default:
			if c.verbatim == nil {
				c.verbatim = map[int32]string{}
			}
			c.verbatim[i] = strings.Clone(st.Text)
			return
		}
	}
}

// text is statement i's text, from its search key, which is its text
// folded.
func (c *compactStatements) text(i int32, k *keys) string {
	if s, ok := c.verbatim[i]; ok {
		return s
	}
	start := int(k.keyStart(i))
	out := []byte(string(k.key(i)))
	for p := range out {
		at := start + p
		if c.upper[at/64]&(1<<(at%64)) != 0 {
			out[p] -= 'a' - 'A'
		}
	}
	return string(out)
}

// compactStatement is statement i put together from its record, or read
// again when its story's texts are stored.
func (l *Library) compactStatement(i int32) data.Statement {
	e := l.stmts[i]
	story := &l.stories[e.story]
	if story.textStored {
		return l.storedStatement(e.story, i-story.stmtFrom)
	}
	r := l.compact.recs[story.recFrom+i-story.stmtFrom]
	st := data.Statement{
		Speaker: l.compact.strs[r.speaker], Role: l.compact.strs[r.role], Cue: l.compact.strs[r.cue],
		Text: l.compact.text(i, &l.stmtKeys), Paragraph: r.paragraph, Span: r.span, Kind: l.kinds[i],
	}
	if e.party >= 0 {
		st.Party = l.parties[e.party]
	}
	return st
}

// storyStatement is statement k of story si: held by the story, or put
// together from its record.
func (l *Library) storyStatement(si, k int) (data.Statement, bool) {
	if si < 0 || si >= len(l.stories) || l.stories[si].b == nil || k < 0 {
		return data.Statement{}, false
	}
	e := &l.stories[si]
	if k < len(e.b.Statements) {
		return e.b.Statements[k], true
	}
	i := e.stmtFrom + int32(k)
	if i >= e.stmtTo {
		return data.Statement{}, false
	}
	return l.compactStatement(i), true
}
