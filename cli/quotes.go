package cli

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/brief-reader/brief/data"
)

// quoteJSON is one statement in "brief quotes --json". The keys are fixed:
// the scorer and scripts read them. Empty role, party and cue are null.
type quoteJSON struct {
	Story     string  `json:"story"`
	Paragraph int     `json:"paragraph"`
	Speaker   string  `json:"speaker"`
	Role      *string `json:"role"`
	Party     *string `json:"party"`
	Kind      string  `json:"kind"`
	Cue       *string `json:"cue"`
	Text      string  `json:"text"`
}

func runQuotes(e *env, args []string) int {
	var arr *jsonArray
	var w *bufio.Writer
	in, _, asJSON, code, ok := e.listing("quotes", args, func(in *loaded, f filters, asJSON bool, b *data.Briefing) {
		if asJSON && arr == nil {
			arr = newJSONArray(e.json)
		} else if !asJSON && w == nil {
			w = bufio.NewWriter(e.stdout)
		}
		for _, q := range quoteRecords([]*data.Briefing{b}, in.attr, f) {
			if asJSON {
				arr.add(q)
			} else {
				fmt.Fprintln(w, quoteLine(q))
			}
		}
	})
	if !ok {
		return code
	}
	if asJSON {
		if arr == nil {
			arr = newJSONArray(e.json)
		}
		if err := arr.close(); err != nil {
			e.failf("%v", err)
			return ExitError
		}
	} else if w != nil {
		w.Flush()
	}
	if !in.ok {
		return ExitError
	}
	return ExitOK
}

// quoteLine is `story ¶N  SPEAKER (ROLE, PARTY) CUE: “TEXT”`, leaving out
// what is unknown.
func quoteLine(q quoteJSON) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s ¶%d  %s", q.Story, q.Paragraph, data.SanitizeLine(q.Speaker))
	var about []string
	for _, p := range []*string{q.Role, q.Party} {
		if p != nil {
			about = append(about, data.SanitizeLine(*p))
		}
	}
	if len(about) > 0 {
		sb.WriteString(" (" + strings.Join(about, ", ") + ")")
	}
	if q.Cue != nil {
		sb.WriteString(" " + data.SanitizeLine(*q.Cue))
	}
	// Quotation marks only around words the speaker said: reported speech
	// is the writer's paraphrase, and a question shows as one.
	text := data.SanitizeLine(q.Text)
	switch {
	case q.Kind == data.Direct.String():
		sb.WriteString(": “" + strings.Trim(text, "“”\"") + "”")
	case q.Kind == data.Question.String():
		sb.WriteString(" asks: " + text)
	case q.Cue != nil:
		sb.WriteString(" " + text)
	default:
		sb.WriteString(": " + text)
	}
	return sb.String()
}

// quoteRecords lists the statements that pass the filters, story by story
// in reading order. It is "[]", never "null", in JSON when none do.
func quoteRecords(bs []*data.Briefing, attr *data.Attributor, f filters) []quoteJSON {
	out := []quoteJSON{}
	for _, b := range bs {
		for _, st := range b.Statements {
			if f.keepStatement(attr, b, st) {
				out = append(out, quoteJSON{
					Story: b.ID, Paragraph: int(st.Paragraph), Speaker: st.Speaker,
					Role: nullable(st.Role), Party: nullable(st.Party),
					Kind: st.Kind.String(), Cue: nullable(st.Cue), Text: st.Text,
				})
			}
		}
	}
	return out
}
