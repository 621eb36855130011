package data

// The command line's paths become jobs here: folders walked, files that
// are not briefings skipped, URLs passed to a Format.

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// expand turns the command line into jobs, in order, walking folders.
func expand(paths []string, opts LoadOptions) []job {
	var jobs []job
	for _, p := range paths {
		switch {
		case p == "-":
			jobs = append(jobs, job{path: "-", stdin: true})
		case isURL(p):
			j := job{path: p, err: ErrUnsupportedURL}
			for i := range opts.Formats {
				f := &opts.Formats[i]
				if f.Match != nil && f.Read != nil && f.Match(p, nil) {
					j = job{path: p, format: f}
					break
				}
			}
			jobs = append(jobs, j)
		default:
			fi, err := os.Stat(p)
			switch {
			case err != nil:
				jobs = append(jobs, job{path: p, err: cleanErr(err)})
			case fi.IsDir():
				w := walker{opts: opts, visited: map[string]bool{}}
				w.walk(p)
				if len(w.jobs) == 0 && w.err == nil {
					w.jobs = append(w.jobs, job{path: p, err: errors.New("no briefings (.txt, .md) in this folder")})
				}
				jobs = append(jobs, w.jobs...)
			case !fi.Mode().IsRegular():
				jobs = append(jobs, job{path: p, err: ErrNotRegular})
			default:
				jobs = append(jobs, job{path: p})
			}
		}
	}
	return jobs
}

func isURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// walker collects the briefings under a folder. It follows symbolic links
// but never enters the same real folder twice, so a link loop ends.
type walker struct {
	opts    LoadOptions
	visited map[string]bool
	jobs    []job
	err     error
}

func (w *walker) walk(dir string) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.add(job{path: dir, err: cleanErr(err)})
		return
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if w.visited[real] {
		return
	}
	w.visited[real] = true
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		w.add(job{path: dir, err: cleanErr(err)})
		return
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				continue // a dangling link in a folder is not the user's request
			}
			typ = fi.Mode().Type()
		}
		switch {
		case typ.IsDir():
			w.walk(p)
		case typ.IsRegular() && w.wants(p):
			w.jobs = append(w.jobs, job{path: p})
		}
	}
}

func (w *walker) add(j job) {
	w.jobs = append(w.jobs, j)
	if w.err == nil {
		w.err = j.err
	}
}

// wants picks the files in a folder worth reading: text and Markdown, and
// whatever a plugged-in Format recognises from its name and first bytes.
func (w *walker) wants(p string) bool {
	if isBriefingFile(p) {
		return true
	}
	if len(w.opts.Formats) == 0 {
		return false
	}
	head := readHead(p)
	for _, f := range w.opts.Formats {
		if f.Match != nil && f.Read != nil && head != nil && f.Match(p, head) {
			return true
		}
	}
	return false
}

func readHead(p string) []byte {
	f, _, err := openRegular(p)
	if err != nil {
		return nil
	}
	defer f.Close()
	buf := make([]byte, 512)
	n, _ := io.ReadFull(f, buf)
	return buf[:n]
}

// isBriefingFile reports whether a file's name says it is a briefing brief
// reads itself: plain text or Markdown.
func isBriefingFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown":
		return true
	}
	return false
}
