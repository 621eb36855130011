// Command quotesjson prints the statements brief finds in files as the JSON
// the scorer reads (the keys of `brief quotes --json`), so attribution can
// be measured with shared/tools/score-statements before and apart from the
// CLI:
//
//	go run ./internal/goldscore/cmd/quotesjson FILE... > pred.json
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/brief-reader/brief/data"
)

type quote struct {
	Story     string  `json:"story"`
	Paragraph int     `json:"paragraph"`
	Speaker   string  `json:"speaker"`
	Role      *string `json:"role"`
	Party     *string `json:"party"`
	Kind      string  `json:"kind"`
	Cue       *string `json:"cue"`
	Text      string  `json:"text"`
}

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func main() {
	attr, errs := data.NewAttributor("")
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, "quotesjson:", err)
	}
	out := []quote{}
	status := 0
	for _, path := range os.Args[1:] {
		raw, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "quotesjson:", err)
			status = 1
			continue
		}
		b, err := data.Parse(path, raw)
		if err != nil {
			fmt.Fprintf(os.Stderr, "quotesjson: %s: %v\n", path, err)
			status = 1
			continue
		}
		attr.Attribute(b)
		for _, s := range b.Statements {
			out = append(out, quote{b.ID, s.Paragraph, s.Speaker, orNull(s.Role), orNull(s.Party), string(s.Kind), orNull(s.Cue), s.Text})
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "quotesjson:", err)
		status = 1
	}
	os.Exit(status)
}
