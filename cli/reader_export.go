package cli

import "os"

// ExportDirs is where the reader's "x" writes the statements it shows:
// the current folder, else brief's data folder when the current one
// does not take the file (a read-only checkout, "/").
func (r *Reader) ExportDirs() []string {
	var out []string
	if wd, err := os.Getwd(); err == nil {
		out = append(out, wd)
	}
	if data, _, err := dirsFrom(r.getenv); err == nil {
		out = append(out, data)
	}
	return out
}
