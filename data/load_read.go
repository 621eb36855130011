package data

// Reading a file within bounds: regular files only, the size checked
// before and during the read, into blocks several small files share.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

// readFile reads a regular file of at most max bytes. The size is checked
// before reading, and the read is bounded too, for a file that grows.
func readFile(p string, max int64, s *slab) ([]byte, error) {
	f, size, err := openRegular(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if size > max {
		return nil, tooLarge(size, max)
	}
	if size <= 0 || size > max {
		return readLimited(f, max, size)
	}
	buf := s.alloc(int(size))
	n, err := io.ReadFull(f, buf)
	if err == nil {
		var probe [1]byte
		if m, _ := f.Read(probe[:]); m == 0 {
			return buf, nil // the common case: exactly the size Stat gave
		}
	}
	// The file changed size while being read: start again without the
	// slab, which keeps what it handed out.
	if _, serr := f.Seek(0, io.SeekStart); serr != nil {
		if err == nil || err == io.ErrUnexpectedEOF {
			err = serr
		}
		return nil, cleanErr(err)
	}
	_ = n
	return readLimited(f, max, 0)
}

// slab hands out the buffers files are read into, carved from blocks
// shared by several files. Parsed text points into those buffers for as
// long as a briefing lives, and a buffer of its own per file would be
// rounded up to the allocator's next size class: about a tenth more than
// the corpus, kept for good. A slab belongs to one worker, so it needs no
// lock; a block lives until every briefing read into it is gone, which for
// a reader that keeps what it loads is no cost.
type slab struct{ block []byte }

const (
	slabBlock = 256 << 10
	slabOwn   = slabBlock / 8 // bigger files get a buffer of their own
)

func (s *slab) alloc(n int) []byte {
	if s == nil || n > slabOwn {
		return make([]byte, n)
	}
	if cap(s.block)-len(s.block) < n {
		s.block = make([]byte, 0, slabBlock)
	}
	start := len(s.block)
	s.block = s.block[:start+n]
	return s.block[start : start+n : start+n]
}

// openRegular opens p for reading without blocking (a FIFO swapped in
// after the Stat would otherwise wait for a writer) and refuses anything
// but a regular file. It returns the size too, so a reader need not Stat
// again.
func openRegular(p string) (*os.File, int64, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		return nil, 0, cleanErr(err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, cleanErr(err)
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, 0, ErrNotRegular
	}
	return f, fi.Size(), nil
}

// readLimited reads r to the end, failing past max bytes. sizeHint is the
// expected size (from Stat; 0 when unknown). With a hint the buffer is
// allocated once at exactly that size: parsed text points into it for as
// long as the briefing lives, so any slack would stay allocated too.
func readLimited(r io.Reader, max, sizeHint int64) ([]byte, error) {
	if r == nil {
		return nil, errors.New("empty")
	}
	var buf []byte
	if sizeHint > 0 && sizeHint <= max {
		buf = make([]byte, sizeHint)
		n, err := io.ReadFull(r, buf)
		switch {
		case err == io.EOF || err == io.ErrUnexpectedEOF: // the file shrank
			buf = buf[:n]
		case err != nil:
			return nil, cleanErr(err)
		default:
			var probe [1]byte
			m, err := io.ReadFull(r, probe[:])
			if m == 0 && (err == io.EOF || err == io.ErrUnexpectedEOF) {
				return buf, nil // the common case: exactly the size Stat gave
			}
			if err != nil && m == 0 {
				return nil, cleanErr(err)
			}
			buf = append(buf, probe[:m]...) // the file grew: read on
		}
		if len(buf) < int(sizeHint) {
			if len(buf) == 0 {
				return nil, errors.New("empty")
			}
			return buf, nil
		}
	}
	b := bytes.NewBuffer(buf)
	n, err := io.Copy(b, io.LimitReader(r, max+1-int64(len(buf))))
	if err != nil {
		return nil, cleanErr(err)
	}
	if n+int64(len(buf)) > max {
		return nil, tooLarge(-1, max)
	}
	if b.Len() == 0 {
		return nil, errors.New("empty")
	}
	return b.Bytes(), nil
}

func tooLarge(size, max int64) error {
	if size < 0 {
		return fmt.Errorf("%w: more than %s (see --max-size)", ErrTooLarge, FormatSize(max))
	}
	return fmt.Errorf("%w: %s, the limit is %s (see --max-size)", ErrTooLarge, FormatSize(size), FormatSize(max))
}

// FormatSize writes a byte count the way people read it: "8 MiB", "512 B".
func FormatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " B"
}

// cleanErr drops the operation and path from an *fs.PathError: the
// LoadError around it already names the path.
func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
