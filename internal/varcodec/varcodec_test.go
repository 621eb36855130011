package varcodec

import (
	"errors"
	"slices"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var e Encoder
	e.Uint(300)
	e.Int(-7)
	e.Str("Tesmar")
	e.Bool(true)
	e.Strs([]string{"Orlavia", "", "Kestria"})
	d := Decoder{B: e.B}
	if u, i, s, b, ss := d.Uint(), d.Int(), d.Str(), d.Bool(), d.Strs(); u != 300 || i != -7 || s != "Tesmar" || !b ||
		!slices.Equal(ss, []string{"Orlavia", "", "Kestria"}) || d.Err != nil || len(d.B) != 0 {
		t.Errorf("read back %d %d %q %v %q, err %v, %d bytes left", u, i, s, b, ss, d.Err, len(d.B))
	}
}

// A record cut anywhere reads as damaged, never past its end, and a
// length larger than the record asks for no allocation.
func TestCutShortIsDamaged(t *testing.T) {
	var e Encoder
	e.Str("Ambra Line")
	e.Strs([]string{"Hollin", "Velhaven"})
	for cut := range len(e.B) {
		d := Decoder{B: e.B[:cut]}
		d.Str()
		d.Strs()
		if !errors.Is(d.Err, ErrDamaged) {
			t.Errorf("cut at %d of %d: err %v, want ErrDamaged", cut, len(e.B), d.Err)
		}
	}
	huge := Encoder{}
	huge.Uint(1 << 40)
	d := Decoder{B: huge.B}
	if d.Strs() != nil || d.Err == nil {
		t.Errorf("a count past the record's end was read: err %v", d.Err)
	}
}

// StrOf gives the strings Str would, as parts of the record made a
// string, and a record cut short reads as damaged.
func TestStrOfIsPartOfTheRecord(t *testing.T) {
	var e Encoder
	e.Uint(2)
	e.Str("Tesmar")
	e.Str("")
	e.Str("Ambra Line")
	src := string(e.B)
	d := Decoder{B: e.B}
	if n, a, b, c := d.Uint(), d.StrOf(src), d.StrOf(src), d.StrOf(src); n != 2 || a != "Tesmar" || b != "" || c != "Ambra Line" || d.Err != nil {
		t.Errorf("read back %d %q %q %q, err %v", n, a, b, c, d.Err)
	}
	for cut := 1; cut < len(e.B); cut++ {
		d := Decoder{B: e.B[:cut]}
		d.Uint()
		d.StrOf(src[:cut])
		d.StrOf(src[:cut])
		d.StrOf(src[:cut])
		if !errors.Is(d.Err, ErrDamaged) {
			t.Errorf("cut at %d: err %v, want ErrDamaged", cut, d.Err)
		}
	}
}
