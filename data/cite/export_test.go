package cite

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

func TestExportNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 12, 4, 23, 59, 58, 0, time.Local)
	cs := []Citation{New(story(), data.Statement{Speaker: "Ada Morrow", Text: "We are ready, and “we” say so.", Paragraph: 2})}
	first, err := Export([]string{dir}, now, FormatMarkdown, cs)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "brief-quotes-20261204-235958.md"); first != want {
		t.Errorf("wrote %s, want %s", first, want)
	}
	second, err := Export([]string{dir}, now, FormatMarkdown, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "brief-quotes-20261204-235958-2.md"); second != want {
		t.Errorf("second export: %s, want %s", second, want)
	}
	if b, _ := os.ReadFile(first); string(b) != cs[0].Markdown() {
		t.Errorf("the first file was changed: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left in the folder: %v", entries)
	}
	csvPath, err := Export([]string{filepath.Join(dir, "missing", "deep")}, now, FormatCSV, cs)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(csvPath)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][10] != cs[0].Quote {
		t.Errorf("%s: %q %v", csvPath, rows, err)
	}
}

func TestExportTriesTheNextFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a-file")
	os.WriteFile(file, nil, 0o644)
	path, err := Export([]string{filepath.Join(file, "sub"), dir}, time.Now(), FormatMarkdown, nil)
	if err != nil || !strings.HasPrefix(path, dir+string(filepath.Separator)+"brief-quotes-") {
		t.Errorf("got %s, %v", path, err)
	}
	if _, err := Export([]string{filepath.Join(file, "sub")}, time.Now(), FormatMarkdown, nil); err == nil {
		t.Error("no folder could take it, and no error")
	}
}
