// Package varcodec writes and reads the project's private binary
// records: unsigned and signed varints, and strings as their length and
// bytes. The store's records and the CLI's temporary spool of statements
// are both made of these.
package varcodec

import (
	"encoding/binary"
	"errors"
)

// ErrDamaged is a Decoder's error when a record is cut short or holds a
// length past its end.
var ErrDamaged = errors.New("damaged record")

// Encoder appends to B.
type Encoder struct{ B []byte }

func (e *Encoder) Uint(v uint64) { e.B = binary.AppendUvarint(e.B, v) }
func (e *Encoder) Int(v int64)   { e.B = binary.AppendVarint(e.B, v) }
func (e *Encoder) Str(s string)  { e.Uint(uint64(len(s))); e.B = append(e.B, s...) }
func (e *Encoder) Bool(v bool) {
	if v {
		e.B = append(e.B, 1)
	} else {
		e.B = append(e.B, 0)
	}
}

// Strs writes a count, then each string.
func (e *Encoder) Strs(s []string) {
	e.Uint(uint64(len(s)))
	for _, x := range s {
		e.Str(x)
	}
}

// Decoder reads B from its start. Err is the first problem (ErrDamaged),
// after which every read gives the zero value.
type Decoder struct {
	B   []byte
	Err error
}

func (d *Decoder) Uint() uint64 {
	v, n := binary.Uvarint(d.B)
	if n <= 0 {
		d.Fail()
		return 0
	}
	d.B = d.B[n:]
	return v
}

func (d *Decoder) Int() int64 {
	v, n := binary.Varint(d.B)
	if n <= 0 {
		d.Fail()
		return 0
	}
	d.B = d.B[n:]
	return v
}

// Bytes is a string's bytes, not copied: they are B's.
func (d *Decoder) Bytes() []byte {
	n := d.Uint()
	if n > uint64(len(d.B)) {
		d.Fail()
		return nil
	}
	s := d.B[:n:n]
	d.B = d.B[n:]
	return s
}

func (d *Decoder) Str() string { return string(d.Bytes()) }

// StrOf is a string as a part of src, a string of the bytes the Decoder
// was given, B as it was at first: not copied, so that the strings of a
// record made a string once share it.
func (d *Decoder) StrOf(src string) string {
	b := d.Bytes()
	end := len(src) - len(d.B)
	if d.Err != nil || end < len(b) || end > len(src) {
		d.Fail()
		return ""
	}
	return src[end-len(b) : end]
}

func (d *Decoder) Bool() bool {
	if len(d.B) == 0 {
		d.Fail()
		return false
	}
	v := d.B[0] != 0
	d.B = d.B[1:]
	return v
}

// Count reads a length, refusing one larger than the bytes left could
// hold, so that a damaged record cannot ask for a huge allocation.
func (d *Decoder) Count() int {
	n := d.Uint()
	if n > uint64(len(d.B)) {
		d.Fail()
		return 0
	}
	return int(n)
}

// Strs reads what Strs wrote.
func (d *Decoder) Strs() []string {
	n := d.Count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.Str()
	}
	return out
}

// Fail marks the record damaged and stops reading it.
func (d *Decoder) Fail() {
	if d.Err == nil {
		d.Err = ErrDamaged
	}
	d.B = nil
}
