//go:build !unix

package data

import "testing"

func runAsNobody(t *testing.T, test string) {
	t.Skip("running as another user is only done on Unix")
}
