package data

// The command line's paths become jobs here: folders walked, files that
// are not briefings skipped, URLs passed to a Format.

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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
				w := newWalker(opts)
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
//
// It opens each folder inside the one above it (os.Root), so that the
// system resolves one name per folder rather than the whole path again:
// a folder 2,000 levels deep took 49 s when each level resolved its path
// (and the resolution of a path is itself a walk down it). Only the top
// folder and symbolic links are resolved as whole paths.
type walker struct {
	opts    LoadOptions
	visited map[string]bool // real paths of the folders entered
	jobs    []job
	err     error
	// lookup, when set, is told each name the walker has the system
	// resolve: a whole path, or one name inside a folder already open.
	// Tests add up the components to keep the walk linear in depth.
	lookup func(name string)
}

func newWalker(opts LoadOptions) *walker {
	return &walker{opts: opts, visited: map[string]bool{}}
}

func (w *walker) look(name string) {
	if w.lookup != nil {
		w.lookup(name)
	}
}

// walk walks the folder the user named dir.
func (w *walker) walk(dir string) {
	dir = filepath.Clean(dir)
	w.look(dir)
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.add(job{path: dir, err: cleanErr(err)})
		return
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	w.look(real)
	root, err := os.OpenRoot(real)
	if err != nil {
		w.add(job{path: dir, err: cleanErr(err)})
		return
	}
	w.walkIn(root, dir, real)
}

// under is the path of name in the folder dir. filepath.Join would clean
// the whole path again at every level, which 2,000 levels down is most
// of the walk; dir is clean already (filepath.Clean, once, at the top).
func under(dir, name string) string {
	if dir == "" || os.IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(filepath.Separator) + name
}

// dirEntry is a folder's entry worth a look: a folder or a regular file,
// what a symbolic link points to in place of the link.
type dirEntry struct {
	name string
	dir  bool
	link bool
}

// walkIn walks the folder open as root, which the user knows as dir and
// the system as real, and closes root.
func (w *walker) walkIn(root *os.Root, dir, real string) {
	defer func() {
		if root != nil {
			root.Close()
		}
	}()
	if w.visited[real] {
		return
	}
	w.visited[real] = true
	entries, err := w.list(root, dir)
	if err != nil {
		w.add(job{path: dir, err: cleanErr(err)})
		return
	}
	for i, e := range entries {
		p := under(dir, e.name)
		switch {
		case e.dir && e.link:
			// A link may lead anywhere: its target is resolved whole, once.
			w.walk(p)
		case e.dir:
			w.look(e.name)
			child, err := root.OpenRoot(e.name)
			if err != nil {
				w.add(job{path: p, err: cleanErr(err)})
				continue
			}
			if i == len(entries)-1 {
				// Nothing left here: closed before going down, so that a
				// deep chain holds one folder open, not one per level.
				root.Close()
				root = nil
			}
			w.walkIn(child, p, under(real, e.name))
		case e.link:
			// By path: os.Root refuses a link that leads out of it.
			if w.wants(nil, e.name, p) {
				w.jobs = append(w.jobs, job{path: p})
			}
		case w.wants(root, e.name, p):
			w.jobs = append(w.jobs, job{path: p})
		}
	}
}

// list reads the folder open as root, sorted by name, without hidden
// entries; symbolic links are followed (a dangling one is left out: a
// broken link in a folder is not the user's request).
func (w *walker) list(root *os.Root, dir string) ([]dirEntry, error) {
	w.look(".")
	f, err := root.Open(".")
	if err != nil {
		return nil, err
	}
	raw, err := f.ReadDir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	slices.SortFunc(raw, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	out := make([]dirEntry, 0, len(raw))
	for _, e := range raw {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		typ, link := e.Type(), false
		if typ&fs.ModeSymlink != 0 {
			// By path: os.Root refuses a link that leads out of it.
			p := under(dir, name)
			w.look(p)
			fi, err := os.Stat(p)
			if err != nil {
				continue
			}
			typ, link = fi.Mode().Type(), true
		}
		if typ.IsDir() || typ.IsRegular() {
			out = append(out, dirEntry{name: name, dir: typ.IsDir(), link: link})
		}
	}
	return out, nil
}

func (w *walker) add(j job) {
	w.jobs = append(w.jobs, j)
	if w.err == nil {
		w.err = j.err
	}
}

// wants picks the files in a folder worth reading: text and Markdown, and
// whatever a plugged-in Format recognises from its name and first bytes.
// The file is name inside the folder open as root (nil when closed: then
// by its path p).
func (w *walker) wants(root *os.Root, name, p string) bool {
	if isBriefingFile(name) {
		return true
	}
	if len(w.opts.Formats) == 0 {
		return false
	}
	var head []byte
	if root != nil {
		w.look(name)
		head = readHeadIn(root, name)
	} else {
		w.look(p)
		head = readHead(p)
	}
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
	return head(f)
}

// readHeadIn is readHead for a file in the folder open as root.
func readHeadIn(root *os.Root, name string) []byte {
	f, err := root.OpenFile(name, os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		return nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	return head(f)
}

func head(f *os.File) []byte {
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
