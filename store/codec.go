package store

import (
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/internal/varcodec"
)

// The database keeps a briefing in three parts: its text columns (title,
// body, statement texts, which the full-text index reads), a compact
// binary record of the rest of what parsing found (meta), and one record
// per attribution-engine version of what attribution found. The records
// are a private format, versioned by the schema: a change to them is a
// migration that drops what the old code wrote.

var errCorruptRecord = varcodec.ErrDamaged

type (
	encoder = varcodec.Encoder
	decoder = varcodec.Decoder
)

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
	e := encoder{B: make([]byte, 0, 64+len(b.Paragraphs)*6)}
	e.Uint(1) // record version
	e.Str(b.ID)
	e.Str(b.Source)
	e.Str(b.Author)
	e.Str(string(b.Shape))
	e.Uint(uint64(len(b.Paragraphs)))
	for _, p := range b.Paragraphs {
		e.Uint(uint64(len(p.Text)))
		e.Str(p.Label)
		e.Uint(uint64(p.Style.Block))
		e.Uint(uint64(p.Style.Level))
		e.Int(int64(p.Style.Number))
	}
	e.Uint(uint64(len(b.Declared.Parties)))
	for _, p := range b.Declared.Parties {
		e.Str(p.Name)
		e.Strs(p.Aliases)
	}
	e.Uint(uint64(len(b.Declared.Speakers)))
	for _, s := range b.Declared.Speakers {
		e.Str(s.Name)
		e.Str(s.Role)
		e.Str(s.Party)
		e.Strs(s.Aliases)
	}
	e.Strs(b.Warnings)
	return e.B
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
	d := decoder{B: r.Meta}
	if d.Uint() != 1 {
		return nil, errCorruptRecord
	}
	b := &data.Briefing{Path: path, Title: r.Title, Dateline: r.Dateline, Publisher: r.Publisher}
	if r.Date != 0 {
		b.Date = time.Unix(r.Date, 0).UTC()
	}
	b.ID = d.Str()
	b.Source = d.Str()
	b.Author = d.Str()
	b.Shape = data.Shape(d.Str())
	np := d.Count()
	if withBody {
		b.Paragraphs = make([]data.Paragraph, np)
	}
	body := r.Body
	for i := range np {
		n := d.Uint()
		label := d.Str()
		st := data.Style{Block: data.Block(d.Uint()), Level: uint8(d.Uint()), Number: int32(d.Int())}
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
	if n := d.Count(); n > 0 {
		b.Declared.Parties = make([]data.PartyDecl, n)
		for i := range b.Declared.Parties {
			b.Declared.Parties[i] = data.PartyDecl{Name: d.Str(), Aliases: d.Strs()}
		}
	}
	if n := d.Count(); n > 0 {
		b.Declared.Speakers = make([]data.SpeakerDecl, n)
		for i := range b.Declared.Speakers {
			b.Declared.Speakers[i] = data.SpeakerDecl{Name: d.Str(), Role: d.Str(), Party: d.Str(), Aliases: d.Strs()}
		}
	}
	b.Warnings = d.Strs()
	return b, d.Err
}

// encodeSummary records what a list needs of attribution: the parties,
// the speakers and how many statements there are.
func encodeSummary(b *data.Briefing) []byte {
	e := encoder{B: make([]byte, 0, 64+len(b.Speakers)*24)}
	e.Uint(2) // record version: 2 keeps a speaker's kind as flags
	e.Strs(b.Parties)
	e.Uint(uint64(len(b.Speakers)))
	for _, s := range b.Speakers {
		e.Str(s.Name)
		e.Str(s.Role)
		e.Str(s.Party)
		var flags uint64
		if s.Person {
			flags |= 1
		}
		if s.Group {
			flags |= 2
		}
		e.Uint(flags)
	}
	e.Uint(uint64(len(b.Statements)))
	return e.B
}

// decodeSummary fills b's parties and speakers, and StatementCount.
func decodeSummary(b *data.Briefing, rec []byte) error {
	d := decoder{B: rec}
	version := d.Uint()
	if version != 1 && version != 2 {
		return errCorruptRecord
	}
	b.Parties = d.Strs()
	b.Speakers = nil
	if n := d.Count(); n > 0 {
		b.Speakers = make([]data.Speaker, n)
		for i := range b.Speakers {
			sp := data.Speaker{Name: d.Str(), Role: d.Str(), Party: d.Str()}
			if version == 1 {
				sp.Person = d.Bool()
			} else {
				flags := d.Uint()
				sp.Person, sp.Group = flags&1 != 0, flags&2 != 0
			}
			b.Speakers[i] = sp
		}
	}
	b.StatementCount = int(d.Uint())
	return d.Err
}

// encodeStatements records the statements. Speaker, role, party and cue
// repeat from statement to statement, so they are written once in a
// table of strings and referred to by number.
func encodeStatements(b *data.Briefing) []byte {
	e := encoder{B: make([]byte, 0, 32+len(b.Statements)*24)}
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
	e.Uint(2) // record version
	e.Strs(table)
	e.Uint(uint64(len(b.Statements)))
	k := 0
	for _, st := range b.Statements {
		for range 4 {
			e.Uint(refs[k])
			k++
		}
		e.Uint(uint64(st.Paragraph))
		e.Uint(uint64(st.Span.Start))
		e.Uint(uint64(st.Span.End))
		e.Uint(uint64(st.Kind))
		e.Str(st.Text)
	}
	return e.B
}

// decodeStatements fills b's statements; StatementCount goes back to 0.
func decodeStatements(b *data.Briefing, rec []byte) error {
	return decodeStatementsOf(b, rec, string(rec))
}

// decodeStatementsOf is decodeStatements with src, rec as a string:
// every string of the statements is a part of it, one allocation where
// each text was one.
func decodeStatementsOf(b *data.Briefing, rec []byte, src string) error {
	d := decoder{B: rec}
	if d.Uint() != 2 {
		return errCorruptRecord
	}
	table := make([]string, d.Count())
	for i := range table {
		table[i] = d.StrOf(src)
	}
	s := func() string {
		i := d.Uint()
		if i >= uint64(len(table)) {
			d.Fail()
			return ""
		}
		return table[i]
	}
	b.Statements, b.StatementCount = nil, 0
	if n := d.Count(); n > 0 {
		b.Statements = make([]data.Statement, n)
		for i := range b.Statements {
			st := &b.Statements[i]
			st.Speaker, st.Role, st.Party, st.Cue = s(), s(), s(), s()
			st.Paragraph = int32(d.Uint())
			st.Span = data.Span{Start: int32(d.Uint()), End: int32(d.Uint())}
			st.Kind = data.Kind(d.Uint())
			st.Text = d.StrOf(src)
		}
	}
	return d.Err
}
