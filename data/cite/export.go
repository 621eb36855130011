package cite

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Format is a way to write citations to a file.
type Format string

const (
	FormatMarkdown Format = "md"
	FormatCSV      Format = "csv"
)

// Export writes citations to a new file in the first folder of dirs that
// takes it, named brief-quotes-YYYYMMDD-HHMMSS.md (or .csv) from now, and
// returns its path. It never replaces a file: a name taken gets "-2",
// "-3"... And a file is there whole or not at all: it is written under a
// temporary name and linked to its own only when complete.
func Export(dirs []string, now time.Time, format Format, cs []Citation) (string, error) {
	var buf bytes.Buffer
	var err error
	if format == FormatCSV {
		err = WriteCSV(&buf, cs)
	} else {
		format = FormatMarkdown
		err = WriteMarkdown(&buf, cs)
	}
	if err != nil {
		return "", err
	}
	if len(dirs) == 0 {
		return "", errors.New("no folder to export to")
	}
	var errs []error
	for _, dir := range dirs {
		path, err := exportTo(dir, now, format, buf.Bytes())
		if err == nil {
			return path, nil
		}
		errs = append(errs, err)
	}
	return "", errors.Join(errs...)
}

func exportTo(dir string, now time.Time, format Format, content []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, ".brief-quotes-*.tmp")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(content)
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp's 0600 would be the file's
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	base := "brief-quotes-" + now.Format("20060102-150405")
	for n := 1; n < 1000; n++ {
		name := base
		if n > 1 {
			name += fmt.Sprintf("-%d", n)
		}
		path := filepath.Join(dir, name+"."+string(format))
		err := os.Link(tmp.Name(), path)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			// A file system without hard links: the file is made
			// exclusively, then written.
			err = writeExclusive(path, content)
			if errors.Is(err, fs.ErrExist) {
				continue
			}
		}
		return path, err
	}
	return "", fmt.Errorf("%s: every name is taken", filepath.Join(dir, base))
}

// writeExclusive creates path, which must not exist, with content; it
// removes what it wrote if writing fails.
func writeExclusive(path string, content []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(content)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}
