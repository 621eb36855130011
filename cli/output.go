package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/x/term"

	"github.com/brief-reader/brief/data"
)

// textOut is the only way cli writes text for people, on standard output
// or standard error: every byte passes data.Printable, whatever command
// wrote it and whatever it quotes (a server's status text, a file name, a
// hand-edited subscription, a URL with its password). It holds a line
// until its end, so that an escape sequence or a character cut between
// two writes is judged whole; flush writes what is left.
type textOut struct {
	w    io.Writer
	file *os.File // w, when it is a file: whether it is a terminal decides how show renders
	line []byte   // the start of a line not yet ended
	err  error
}

func newTextOut(w io.Writer) *textOut {
	if t, ok := w.(*textOut); ok {
		return t
	}
	f, _ := w.(*os.File)
	return &textOut{w: w, file: f}
}

func (t *textOut) Write(p []byte) (int, error) {
	if t.err != nil {
		return 0, t.err
	}
	end := bytes.LastIndexByte(p, '\n')
	if end < 0 {
		t.line = append(t.line, p...)
		return len(p), nil
	}
	text := string(p[:end+1])
	if len(t.line) > 0 {
		text = string(t.line) + text
		t.line = t.line[:0]
	}
	t.line = append(t.line, p[end+1:]...)
	if _, t.err = io.WriteString(t.w, data.Printable(text)); t.err != nil {
		return 0, t.err
	}
	return len(p), nil
}

// flush writes a last line that has no newline.
func (t *textOut) flush() error {
	if t.err == nil && len(t.line) > 0 {
		_, t.err = io.WriteString(t.w, data.Printable(string(t.line)))
		t.line = t.line[:0]
	}
	return t.err
}

// terminal is the terminal t writes to, or nil when it writes elsewhere.
func (t *textOut) terminal() *os.File {
	if t.file == nil || !term.IsTerminal(t.file.Fd()) {
		return nil
	}
	return t.file
}

// writeScreen writes text styled by brief (a story rendered by glamour)
// to a terminal: data.PrintableScreen keeps its colours, nothing else.
func (t *textOut) writeScreen(s string) error {
	if err := t.flush(); err != nil {
		return err
	}
	_, t.err = io.WriteString(t.w, data.PrintableScreen(s))
	return t.err
}

// jsonOut is where cli writes JSON: only writeJSON and newJSONArray write
// to it, and both pass the encoded bytes through data.PrintableJSON, the
// one rule for what JSON may hold raw.
type jsonOut struct{ w io.Writer }

// PrintError reports an error that ends brief, on w, through the gate.
func PrintError(w io.Writer, err error) {
	t := newTextOut(w)
	fmt.Fprintf(t, "brief: %v\n", err)
	t.flush()
}
