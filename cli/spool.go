package cli

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"slices"

	"github.com/brief-reader/brief/data"
)

// storySpool holds a streaming command's output story by story until
// every story is in, then writes it newest story first (storyOrder). The
// output waits in a temporary file, so memory does not grow with it
// ("brief quotes" on the corpus writes 40 MB); in memory only when no
// temporary file can be made.
type storySpool struct {
	order storyOrder
	file  *os.File // nil: in mem
	mem   bytes.Buffer
	w     *bufio.Writer // to file or mem
	size  int64         // bytes written so far
	parts []spoolPart   // by arrival
}

// spoolPart is where one story's output lies in the spool.
type spoolPart struct{ off, n int64 }

func newStorySpool() *storySpool {
	s := &storySpool{}
	if f, err := os.CreateTemp("", "brief-spool-*"); err == nil {
		s.file = f
		s.w = bufio.NewWriterSize(f, 64<<10)
	} else {
		s.w = bufio.NewWriterSize(&s.mem, 64<<10)
	}
	return s
}

// story starts b's output: what is written until the next call is b's.
func (s *storySpool) story(b *data.Briefing) {
	s.order.add(b)
	s.parts = append(s.parts, spoolPart{off: s.size})
}

func (s *storySpool) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	s.size += int64(n)
	s.parts[len(s.parts)-1].n += int64(n)
	return n, err
}

func (s *storySpool) WriteString(p string) (int, error) { return s.Write([]byte(p)) }

// writeTo writes the stories' output to w newest story first, less the
// first skip bytes of it all (a separator written before every item,
// the first one's dropped), and removes the temporary file.
func (s *storySpool) writeTo(w io.Writer, skip int64) error {
	defer s.close()
	if err := s.w.Flush(); err != nil {
		return err
	}
	for _, i := range s.newestFirst() {
		p := s.parts[i]
		cut := min(skip, p.n)
		skip -= cut
		p.off, p.n = p.off+cut, p.n-cut
		if p.n == 0 {
			continue
		}
		var err error
		if s.file == nil {
			_, err = w.Write(s.mem.Bytes()[p.off : p.off+p.n])
		} else {
			_, err = io.Copy(w, io.NewSectionReader(s.file, p.off, p.n))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// newestFirst is the stories' arrival indices, newest story first.
func (s *storySpool) newestFirst() []int32 {
	number := s.order.numbers()
	byDate := make([]int32, len(number))
	for i, place := range number {
		byDate[place] = int32(i)
	}
	return byDate
}

// eachPart calls each with the output of every story in order (arrival
// indices); the bytes are each's only until it returns.
func (s *storySpool) eachPart(order []int32, each func(story int32, part []byte) error) error {
	if err := s.w.Flush(); err != nil {
		return err
	}
	var buf []byte
	for _, i := range order {
		p := s.parts[i]
		if s.file == nil {
			if err := each(i, s.mem.Bytes()[p.off:p.off+p.n]); err != nil {
				return err
			}
			continue
		}
		buf = slices.Grow(buf[:0], int(p.n))[:p.n]
		if _, err := s.file.ReadAt(buf, p.off); err != nil {
			return err
		}
		if err := each(i, buf); err != nil {
			return err
		}
	}
	return nil
}

// close removes the temporary file; the spool is not used again.
func (s *storySpool) close() {
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
		s.file = nil
	}
}
