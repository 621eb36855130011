package store

import (
	"encoding/binary"
	"errors"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
)

// The database keeps a briefing in three parts: its text columns (title,
// body, statement texts, which the full-text index reads), a compact
// binary record of the rest of what parsing found (meta), and one record
// per attribution-engine version of what attribution found. The records
// are a private format, versioned by the schema: a change to them is a
// migration that drops what the old code wrote.

var errCorruptRecord = errors.New("damaged record")

type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) bool(v bool)   { e.b = append(e.b, boolByte(v)) }
func (e *encoder) strs(s []string) {
	e.uint(uint64(len(s)))
	for _, x := range s {
		e.str(x)
	}
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) str() string {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) bool() bool {
	if len(d.b) == 0 {
		d.fail()
		return false
	}
	v := d.b[0] != 0
	d.b = d.b[1:]
	return v
}

// count reads a length, refusing one larger than the bytes left could
// hold, so that a damaged record cannot ask for a huge allocation.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCorruptRecord
	}
	d.b = nil
}

// paragraphSep joins paragraph texts in the body column. The meta record
// holds each paragraph's length, so a separator inside a text (a code
// block has blank lines) does not matter.
const paragraphSep = "\n\n"

// bodyText is the body column: every paragraph's text, in order.
func bodyText(b *data.Briefing) string {
	n := 0
	for _, p := range b.Paragraphs {
		n += len(p.Text) + len(paragraphSep)
	}
	var sb strings.Builder
	sb.Grow(n)
	for i, p := range b.Paragraphs {
		if i > 0 {
			sb.WriteString(paragraphSep)
		}
		sb.WriteString(p.Text)
	}
	return sb.String()
}

// statementText is the statements column, for the full-text index.
func statementText(b *data.Briefing) string {
	var sb strings.Builder
	for i, st := range b.Statements {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(st.Text)
	}
	return sb.String()
}

// encodeMeta records what parsing found beyond the text columns.
func encodeMeta(b *data.Briefing) []byte {
	e := encoder{b: make([]byte, 0, 64+len(b.Paragraphs)*6)}
	e.uint(1) // record version
	e.str(b.ID)
	e.str(b.Source)
	e.str(b.Author)
	e.str(string(b.Shape))
	e.uint(uint64(len(b.Paragraphs)))
	for _, p := range b.Paragraphs {
		e.uint(uint64(len(p.Text)))
		e.str(p.Label)
		e.uint(uint64(p.Style.Block))
		e.uint(uint64(p.Style.Level))
		e.int(int64(p.Style.Number))
	}
	e.uint(uint64(len(b.Declared.Parties)))
	for _, p := range b.Declared.Parties {
		e.str(p.Name)
		e.strs(p.Aliases)
	}
	e.uint(uint64(len(b.Declared.Speakers)))
	for _, s := range b.Declared.Speakers {
		e.str(s.Name)
		e.str(s.Role)
		e.str(s.Party)
		e.strs(s.Aliases)
	}
	e.strs(b.Warnings)
	return e.b
}

// row is a briefing's columns as the database keeps them.
type row struct {
	Title, Dateline, Publisher, Body string
	Date                             int64 // Unix seconds; 0 when unknown
	Meta                             []byte
}

// decodeBriefing rebuilds what parsing found. With body false the
// paragraphs are left out (a compact record: a list needs no body).
func decodeBriefing(r row, path string, withBody bool) (*data.Briefing, error) {
	d := decoder{b: r.Meta}
	if d.uint() != 1 {
		return nil, errCorruptRecord
	}
	b := &data.Briefing{Path: path, Title: r.Title, Dateline: r.Dateline, Publisher: r.Publisher}
	if r.Date != 0 {
		b.Date = time.Unix(r.Date, 0).UTC()
	}
	b.ID = d.str()
	b.Source = d.str()
	b.Author = d.str()
	b.Shape = data.Shape(d.str())
	np := d.count()
	if withBody {
		b.Paragraphs = make([]data.Paragraph, np)
	}
	body := r.Body
	for i := range np {
		n := d.uint()
		label := d.str()
		st := data.Style{Block: data.Block(d.uint()), Level: uint8(d.uint()), Number: int32(d.int())}
		if !withBody {
			continue
		}
		if i > 0 {
			if !strings.HasPrefix(body, paragraphSep) {
				return nil, errCorruptRecord
			}
			body = body[len(paragraphSep):]
		}
		if n > uint64(len(body)) {
			return nil, errCorruptRecord
		}
		b.Paragraphs[i] = data.Paragraph{Label: label, Text: body[:n], Style: st}
		body = body[n:]
	}
	if n := d.count(); n > 0 {
		b.Declared.Parties = make([]data.PartyDecl, n)
		for i := range b.Declared.Parties {
			b.Declared.Parties[i] = data.PartyDecl{Name: d.str(), Aliases: d.strs()}
		}
	}
	if n := d.count(); n > 0 {
		b.Declared.Speakers = make([]data.SpeakerDecl, n)
		for i := range b.Declared.Speakers {
			b.Declared.Speakers[i] = data.SpeakerDecl{Name: d.str(), Role: d.str(), Party: d.str(), Aliases: d.strs()}
		}
	}
	b.Warnings = d.strs()
	return b, d.err
}

// encodeSummary records what a list needs of attribution: the parties,
// the speakers and how many statements there are.
func encodeSummary(b *data.Briefing) []byte {
	e := encoder{b: make([]byte, 0, 64+len(b.Speakers)*24)}
	e.uint(2) // record version: 2 keeps a speaker's kind as flags
	e.strs(b.Parties)
	e.uint(uint64(len(b.Speakers)))
	for _, s := range b.Speakers {
		e.str(s.Name)
		e.str(s.Role)
		e.str(s.Party)
		var flags uint64
		if s.Person {
			flags |= 1
		}
		if s.Group {
			flags |= 2
		}
		e.uint(flags)
	}
	e.uint(uint64(len(b.Statements)))
	return e.b
}

// decodeSummary fills b's parties and speakers, and StatementCount.
func decodeSummary(b *data.Briefing, rec []byte) error {
	d := decoder{b: rec}
	version := d.uint()
	if version != 1 && version != 2 {
		return errCorruptRecord
	}
	b.Parties = d.strs()
	b.Speakers = nil
	if n := d.count(); n > 0 {
		b.Speakers = make([]data.Speaker, n)
		for i := range b.Speakers {
			sp := data.Speaker{Name: d.str(), Role: d.str(), Party: d.str()}
			if version == 1 {
				sp.Person = d.bool()
			} else {
				flags := d.uint()
				sp.Person, sp.Group = flags&1 != 0, flags&2 != 0
			}
			b.Speakers[i] = sp
		}
	}
	b.StatementCount = int(d.uint())
	return d.err
}

// encodeStatements records the statements. Speaker, role, party and cue
// repeat from statement to statement, so they are written once in a
// table of strings and referred to by number.
func encodeStatements(b *data.Briefing) []byte {
	e := encoder{b: make([]byte, 0, 32+len(b.Statements)*24)}
	var table []string
	index := map[string]uint64{}
	ref := func(s string) uint64 {
		if i, ok := index[s]; ok {
			return i
		}
		i := uint64(len(table))
		index[s] = i
		table = append(table, s)
		return i
	}
	refs := make([]uint64, 0, len(b.Statements)*4)
	for _, st := range b.Statements {
		refs = append(refs, ref(st.Speaker), ref(st.Role), ref(st.Party), ref(st.Cue))
	}
	e.uint(2) // record version
	e.strs(table)
	e.uint(uint64(len(b.Statements)))
	k := 0
	for _, st := range b.Statements {
		for range 4 {
			e.uint(refs[k])
			k++
		}
		e.uint(uint64(st.Paragraph))
		e.uint(uint64(st.Span.Start))
		e.uint(uint64(st.Span.End))
		e.uint(uint64(st.Kind))
		e.str(st.Text)
	}
	return e.b
}

// decodeStatements fills b's statements; StatementCount goes back to 0.
func decodeStatements(b *data.Briefing, rec []byte) error {
	d := decoder{b: rec}
	if d.uint() != 2 {
		return errCorruptRecord
	}
	table := d.strs()
	s := func() string {
		i := d.uint()
		if i >= uint64(len(table)) {
			d.fail()
			return ""
		}
		return table[i]
	}
	b.Statements, b.StatementCount = nil, 0
	if n := d.count(); n > 0 {
		b.Statements = make([]data.Statement, n)
		for i := range b.Statements {
			st := &b.Statements[i]
			st.Speaker, st.Role, st.Party, st.Cue = s(), s(), s(), s()
			st.Paragraph = int32(d.uint())
			st.Span = data.Span{Start: int32(d.uint()), End: int32(d.uint())}
			st.Kind = data.Kind(d.uint())
			st.Text = d.str()
		}
	}
	return d.err
}
