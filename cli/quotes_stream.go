package cli

import (
	"encoding/csv"
	"errors"
	"runtime/debug"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/cite"
	"github.com/brief-reader/brief/data/provenance"
	"github.com/brief-reader/brief/internal/varcodec"
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
		d := newSpoolReader(part)
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
		return d.err()
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
		d := newSpoolReader(part)
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
		return d.err()
	})
	groups.Seal()
	return groups, stories, err
}

// A spooled story is its ID, title, source and date, then per statement
// whether it is kept, its speaker, party and text, and for a kept one its
// role, cue, paragraph and kind (varcodec's varints and strings).

func appendSpooledStory(buf []byte, b *data.Briefing) []byte {
	e := varcodec.Encoder{B: buf}
	e.Str(b.ID)
	e.Str(b.Title)
	e.Str(b.Source)
	e.Bool(!b.Date.IsZero())
	if !b.Date.IsZero() {
		// The instant and the zone's offset: what a date is written from.
		_, offset := b.Date.Zone()
		e.Int(b.Date.Unix())
		e.Int(int64(b.Date.Nanosecond()))
		e.Int(int64(offset))
	}
	return e.B
}

func appendSpooledStatement(buf []byte, st data.Statement, kept bool) []byte {
	e := varcodec.Encoder{B: buf}
	e.Bool(kept)
	e.Str(st.Speaker)
	e.Str(st.Party)
	e.Str(st.Text)
	if kept {
		e.Str(st.Role)
		e.Str(st.Cue)
		e.Int(int64(st.Paragraph))
		e.Int(int64(st.Kind))
	}
	return e.B
}

// spoolReader reads a spooled story back; its Err is the first problem
// (a spool cut short), after which it reads nothing.
type spoolReader struct{ varcodec.Decoder }

var errSpoolShort = errors.New("the temporary file of the statements was cut short")

func newSpoolReader(part []byte) *spoolReader {
	return &spoolReader{varcodec.Decoder{B: part}}
}

// err is errSpoolShort once something could not be read.
func (d *spoolReader) err() error {
	if d.Err != nil {
		return errSpoolShort
	}
	return nil
}

func (d *spoolReader) story() *data.Briefing {
	b := &data.Briefing{ID: d.Str(), Title: d.Str(), Source: d.Str()}
	if d.Bool() {
		sec, nsec, offset := d.Int(), d.Int(), d.Int()
		b.Date = time.Unix(sec, nsec).In(time.FixedZone("", int(offset)))
	}
	return b
}

// more reports whether a statement follows.
func (d *spoolReader) more() bool { return d.Err == nil && len(d.B) > 0 }

// statement reads a statement: all of it when full, else what grouping
// needs (speaker, party, text).
func (d *spoolReader) statement(full bool) (data.Statement, bool) {
	kept := d.Bool()
	st := data.Statement{Speaker: d.Str(), Party: d.Str(), Text: d.Str()}
	if kept && full {
		st.Role, st.Cue = d.Str(), d.Str()
		st.Paragraph, st.Kind = int32(d.Int()), data.Kind(d.Int())
	} else if kept {
		d.Bytes()
		d.Bytes()
		d.Int()
		d.Int()
	}
	return st, kept
}

func (d *spoolReader) skipStatement() {
	kept := d.Bool()
	d.Bytes()
	d.Bytes()
	d.Bytes()
	if kept {
		d.Bytes()
		d.Bytes()
		d.Int()
		d.Int()
	}
}
