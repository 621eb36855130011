package cli

import (
	"bufio"
	"bytes"
	"encoding/json"

	"github.com/brief-reader/brief/data"
)

// writeJSON writes v indented, with "<", ">" and "&" left as they are: the
// output is for people and scripts, not for HTML.
func writeJSON(out jsonOut, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := out.w.Write(data.PrintableJSON(buf.Bytes()))
	return err
}

// jsonArray writes a JSON array one element at a time, byte for byte as
// writeJSON writes the whole slice: a command streaming thousands of
// stories holds one element, not the array.
type jsonArray struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	n   int
	err error
}

func newJSONArray(out jsonOut) *jsonArray {
	a := &jsonArray{w: bufio.NewWriterSize(out.w, 64<<10)}
	a.enc = json.NewEncoder(&a.buf)
	a.enc.SetEscapeHTML(false)
	a.enc.SetIndent("  ", "  ")
	return a
}

func (a *jsonArray) add(v any) {
	if a.err != nil {
		return
	}
	a.buf.Reset()
	if a.err = a.enc.Encode(v); a.err != nil {
		return
	}
	if a.n == 0 {
		a.w.WriteString("[\n  ")
	} else {
		a.w.WriteString(",\n  ")
	}
	a.w.Write(data.PrintableJSON(bytes.TrimSuffix(a.buf.Bytes(), []byte("\n"))))
	a.n++
}

// close ends the array ("[]" when it had no element) and flushes it.
func (a *jsonArray) close() error {
	if a.err != nil {
		return a.err
	}
	if a.n == 0 {
		a.w.WriteString("[]\n")
	} else {
		a.w.WriteString("\n]\n")
	}
	return a.w.Flush()
}
