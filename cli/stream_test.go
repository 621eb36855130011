package cli

import (
	"bytes"
	"encoding/json"
	"testing"
)

// A streamed array is byte for byte what encoding the slice whole gives:
// the scorers and scripts that read "quotes --json" see no change.
func TestJSONArrayMatchesWriteJSON(t *testing.T) {
	role := "Foreign Minister"
	for _, n := range []int{0, 1, 3} {
		var qs []quoteJSON
		for i := range n {
			qs = append(qs, quoteJSON{Story: "tesmar-<1>", Paragraph: i + 1, Speaker: "Ansel Varo & co", Role: &role,
				Kind: "direct", Text: "“The line will hold,” he said <today>."})
		}
		var whole, streamed bytes.Buffer
		if qs == nil {
			qs = []quoteJSON{}
		}
		if err := writeJSON(&whole, qs); err != nil {
			t.Fatal(err)
		}
		a := newJSONArray(&streamed)
		for _, q := range qs {
			a.add(q)
		}
		if err := a.close(); err != nil {
			t.Fatal(err)
		}
		if whole.String() != streamed.String() {
			t.Errorf("%d elements: streamed\n%s\nwant\n%s", n, streamed.String(), whole.String())
		}
		if !json.Valid(streamed.Bytes()) {
			t.Errorf("%d elements: not JSON", n)
		}
	}
}
