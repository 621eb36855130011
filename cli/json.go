package cli

import (
	"encoding/json"
	"io"
)

// writeJSON writes v indented, with "<", ">" and "&" left as they are: the
// output is for people and scripts, not for HTML.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
