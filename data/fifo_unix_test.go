//go:build unix

package data

import (
	"syscall"
	"testing"
)

// makeFIFO makes a named pipe at path; a reader that opened it would wait
// for a writer forever.
func makeFIFO(t *testing.T, path string) bool {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return true
}
