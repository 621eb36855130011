package data

import (
	"os"
	"path/filepath"
	"testing"
)

// Without the user's gazetteer files, AttributorFor shares the default
// attributor, which finds what NewAttributor would; with one, it builds
// an attributor that knows the file's people, and says what is wrong
// with a file it cannot read.
func TestAttributorFor(t *testing.T) {
	t.Parallel()
	empty := t.TempDir()
	a, errs := AttributorFor(empty)
	if a != DefaultAttributor() || len(errs) > 0 {
		t.Fatalf("no user files: %p (default %p), %v", a, DefaultAttributor(), errs)
	}
	own, _ := NewAttributor(empty)
	if a.Version() != own.Version() {
		t.Errorf("versions differ: %s, built for the folder %s", a.Version(), own.Version())
	}

	withPeople := t.TempDir()
	if err := os.WriteFile(filepath.Join(withPeople, "people.yaml"), []byte("- {name: Oskar Venn, role: Trade Minister}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, errs := AttributorFor(withPeople)
	if b == DefaultAttributor() || len(errs) > 0 || !b.KnowsSpeaker("Oskar Venn") || b.Version() == a.Version() {
		t.Errorf("people.yaml: shared %v, errors %v, knows Oskar Venn %v, version %s", b == DefaultAttributor(), errs, b.KnowsSpeaker("Oskar Venn"), b.Version())
	}

	notAFile := t.TempDir()
	if err := os.Mkdir(filepath.Join(notAFile, "parties.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, errs := AttributorFor(notAFile); len(errs) == 0 {
		t.Error("a folder named parties.yaml: no error")
	}
}
