package cli

import (
	"encoding/binary"
	"encoding/csv"
	"errors"
	"runtime/debug"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/cite"
	"github.com/brief-reader/brief/data/provenance"
)

// quoteStream writes "brief quotes" as JSON or CSV, each statement with
// the other stories that report it (also_in), without holding the
// statements: those need every story in before the first is written,
// and the corpus's 66,000 held took 7 times its size (issue #11).
//
// As the stories come, every statement is screened for provenance (a
// few numbers each, see provenance.Screen) and each story's statements
// go to a temporary file (storySpool). Then the file is read twice: in
// the order the stories came, to group the few statements the screen let
// through; newest story first, to write the statements kept, each with
// its group's other stories. Memory holds the screen, then those few
// groups, and a few numbers a story.
type quoteStream struct {
	screen *provenance.Screen
	spool  *storySpool
	first  []int32 // per story by arrival: the number of its first statement
	buf    []byte
}

func newQuoteStream() *quoteStream {
	return &quoteStream{screen: provenance.NewScreen(), spool: newStorySpool()}
}

// add screens b's statements and spools them, marking those keep takes.
func (q *quoteStream) add(b *data.Briefing, keep func(data.Statement) bool) {
	si := len(q.first)
	q.first = append(q.first, int32(q.screen.Len()))
	q.spool.story(b)
	q.buf = appendSpooledStory(q.buf[:0], b)
	for _, st := range b.Statements {
		q.screen.Add(provenance.Statement{Story: si, Date: b.Date, Speaker: st.Speaker, Party: st.Party, Text: st.Text})
		q.buf = appendSpooledStatement(q.buf, st, keep(st))
	}
	q.spool.Write(q.buf)
}

// close removes the temporary file.
func (q *quoteStream) close() { q.spool.close() }

// write groups the statements the screen let through and writes the kept
// ones newest story first, as JSON or CSV.
func (q *quoteStream) write(e *env, f quoteFormat) error {
	// What is written is garbage as soon as it is (see streamTracked).
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	q.screen.Finish()
	groups, stories, err := q.group()
	if err != nil {
		return err
	}
	var arr *jsonArray
	var cw *csv.Writer
	if f == formatCSV {
		cw = csv.NewWriter(e.stdout) // as cite.WriteCSV
		cw.Write(cite.Header())
	} else {
		arr = newJSONArray(e.json)
	}
	err = q.spool.eachPart(q.spool.newestFirst(), func(si int32, part []byte) error {
		d := spoolReader{b: part}
		b := d.story()
		for n := int(q.first[si]); d.more(); n++ {
			st, kept := d.statement(true)
			if !kept {
				continue
			}
			others := groups.OtherStories(n)
			if cw != nil {
				c := cite.New(b, st)
				for _, o := range others {
					c.AlsoIn = append(c.AlsoIn, cite.RefOf(stories[int32(o)]))
				}
				cw.Write(c.Record())
				continue
			}
			r := quoteOf(b, st)
			r.AlsoIn = []storyRefJSON{}
			for _, o := range others {
				r.AlsoIn = append(r.AlsoIn, storyRefOf(stories[int32(o)]))
			}
			arr.add(r)
		}
		return d.err
	})
	if cw != nil {
		cw.Flush()
		return errors.Join(err, cw.Error())
	}
	return errors.Join(err, arr.close())
}

// group reads the spooled statements in the order they came and groups
// those the screen let through, keeping the stories they are in.
func (q *quoteStream) group() (*provenance.Sifted, map[int32]*data.Briefing, error) {
	groups := q.screen.Sift()
	stories := map[int32]*data.Briefing{}
	arrival := make([]int32, len(q.first))
	for i := range arrival {
		arrival[i] = int32(i)
	}
	err := q.spool.eachPart(arrival, func(si int32, part []byte) error {
		d := spoolReader{b: part}
		b := d.story()
		for n := int(q.first[si]); d.more(); n++ {
			if !q.screen.MayRepeat(n) {
				d.skipStatement()
				continue
			}
			st, _ := d.statement(false)
			groups.Add(n, provenance.Statement{Story: int(si), Date: b.Date, Speaker: st.Speaker, Party: st.Party, Text: st.Text})
			stories[si] = b
		}
		return d.err
	})
	groups.Seal()
	return groups, stories, err
}

// A spooled story is its ID, title, source and date, then per statement
// whether it is kept, its speaker, party and text, and for a kept one its
// role, cue, paragraph and kind: strings as their length and bytes.

func appendSpooledStory(buf []byte, b *data.Briefing) []byte {
	buf = appendSpooledString(buf, b.ID)
	buf = appendSpooledString(buf, b.Title)
	buf = appendSpooledString(buf, b.Source)
	if b.Date.IsZero() {
		return append(buf, 0)
	}
	// The instant and the zone's offset: what a date is written from.
	_, offset := b.Date.Zone()
	buf = append(buf, 1)
	buf = binary.AppendVarint(buf, b.Date.Unix())
	buf = binary.AppendVarint(buf, int64(b.Date.Nanosecond()))
	return binary.AppendVarint(buf, int64(offset))
}

func appendSpooledStatement(buf []byte, st data.Statement, kept bool) []byte {
	if !kept {
		buf = append(buf, 0)
	} else {
		buf = append(buf, 1)
	}
	buf = appendSpooledString(buf, st.Speaker)
	buf = appendSpooledString(buf, st.Party)
	buf = appendSpooledString(buf, st.Text)
	if kept {
		buf = appendSpooledString(buf, st.Role)
		buf = appendSpooledString(buf, st.Cue)
		buf = binary.AppendVarint(buf, int64(st.Paragraph))
		buf = binary.AppendVarint(buf, int64(st.Kind))
	}
	return buf
}

func appendSpooledString(buf []byte, s string) []byte {
	return append(binary.AppendUvarint(buf, uint64(len(s))), s...)
}

// spoolReader reads a spooled story back; err is the first problem (a
// spool cut short), after which it reads nothing.
type spoolReader struct {
	b   []byte
	err error
}

var errSpoolShort = errors.New("the temporary file of the statements was cut short")

func (d *spoolReader) story() *data.Briefing {
	b := &data.Briefing{ID: d.string(), Title: d.string(), Source: d.string()}
	if d.byte() == 1 {
		sec, nsec, offset := d.varint(), d.varint(), d.varint()
		b.Date = time.Unix(sec, nsec).In(time.FixedZone("", int(offset)))
	}
	return b
}

// more reports whether a statement follows.
func (d *spoolReader) more() bool { return d.err == nil && len(d.b) > 0 }

// statement reads a statement: all of it when full, else what grouping
// needs (speaker, party, text).
func (d *spoolReader) statement(full bool) (data.Statement, bool) {
	kept := d.byte() == 1
	st := data.Statement{Speaker: d.string(), Party: d.string(), Text: d.string()}
	if kept {
		if !full {
			d.bytes()
			d.bytes()
			d.varint()
			d.varint()
		} else {
			st.Role, st.Cue = d.string(), d.string()
			st.Paragraph, st.Kind = int32(d.varint()), data.Kind(d.varint())
		}
	}
	return st, kept
}

func (d *spoolReader) skipStatement() {
	kept := d.byte() == 1
	fields := 3
	if kept {
		fields = 5
	}
	for range fields {
		d.bytes()
	}
	if kept {
		d.varint()
		d.varint()
	}
}

func (d *spoolReader) byte() byte {
	if d.err != nil || len(d.b) == 0 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *spoolReader) bytes() []byte {
	n, k := binary.Uvarint(d.b)
	if d.err != nil || k <= 0 || uint64(len(d.b)-k) < n {
		d.fail()
		return nil
	}
	s := d.b[k : k+int(n)]
	d.b = d.b[k+int(n):]
	return s
}

func (d *spoolReader) string() string { return string(d.bytes()) }

func (d *spoolReader) varint() int64 {
	v, k := binary.Varint(d.b)
	if d.err != nil || k <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[k:]
	return v
}

func (d *spoolReader) fail() {
	if d.err == nil {
		d.err = errSpoolShort
	}
	d.b = nil
}
