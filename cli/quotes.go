package cli

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/cite"
)

// quoteJSON is one statement in "brief quotes --json". The keys are fixed:
// the scorer and scripts read them. Empty role, party, cue, date and
// source are null. also_in is the other stories that report the
// statement, earliest first.
type quoteJSON struct {
	Story     string         `json:"story"`
	Title     string         `json:"title"`
	Date      *string        `json:"date"`
	Source    *string        `json:"source"`
	Paragraph int            `json:"paragraph"`
	Speaker   string         `json:"speaker"`
	Role      *string        `json:"role"`
	Party     *string        `json:"party"`
	Kind      string         `json:"kind"`
	Cue       *string        `json:"cue"`
	Text      string         `json:"text"`
	AlsoIn    []storyRefJSON `json:"also_in"`
}

// runQuotes writes the statements newest story first (as "brief list"
// orders the stories), as text lines or Markdown citations, each story's
// kept in a temporary file until every story is in; as JSON or CSV each
// with the other stories that report it, the statements kept in a
// temporary file too (quoteStream).
func runQuotes(e *env, args []string) int {
	var spool *storySpool
	var format quoteFormat
	var stream *quoteStream
	in, _, _, code, ok := e.listing("quotes", args, func(in *loaded, f filters, _ bool, b *data.Briefing) {
		if format == formatJSON || format == formatCSV {
			if stream == nil {
				stream = newQuoteStream()
			}
			stream.add(b, func(st data.Statement) bool { return f.keepStatement(in.attr, b, st) })
			return
		}
		if spool == nil {
			spool = newStorySpool()
		}
		spool.story(b)
		for _, st := range b.Statements {
			switch {
			case !f.keepStatement(in.attr, b, st):
			case format == formatMarkdown: // no also_in: it streams
				// A blank line before every citation, the first one's
				// dropped when the spool is written.
				spool.WriteString("\n")
				spool.WriteString(cite.New(b, st).Markdown())
			default:
				fmt.Fprintln(spool, quoteLine(quoteOf(b, st)))
			}
		}
	}, format.register)
	if spool != nil {
		defer spool.close()
	}
	if stream != nil {
		defer stream.close()
	}
	if !ok {
		return code
	}
	if format == formatJSON || format == formatCSV {
		if stream == nil {
			stream = newQuoteStream() // no story: "[]", or the CSV header
			defer stream.close()
		}
		if err := stream.write(e, format); err != nil {
			e.failf("%v", err)
			return ExitError
		}
	} else if spool != nil {
		w := bufio.NewWriter(e.stdout)
		skip := int64(0)
		if format == formatMarkdown {
			skip = 1
		}
		err := spool.writeTo(w, skip)
		if err == nil {
			err = w.Flush()
		}
		if err != nil {
			e.failf("%v", err)
			return ExitError
		}
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
	text := data.SanitizeLine(data.StatementLine(q.Text))
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
// in reading order, each with the other stories among bs that report it.
// It is "[]", never "null", in JSON when none do.
func quoteRecords(bs []*data.Briefing, attr *data.Attributor, f filters) []quoteJSON {
	set := newQuoteSet()
	for _, b := range bs {
		set.add(b, func(st data.Statement) bool { return f.keepStatement(attr, b, st) })
	}
	out := []quoteJSON{}
	for _, k := range set.kept {
		out = append(out, set.record(k))
	}
	return out
}

// quoteOf is statement st of story b, without also_in.
func quoteOf(b *data.Briefing, st data.Statement) quoteJSON {
	return quoteJSON{
		Story: b.ID, Title: b.Title, Date: nullable(dateOnly(b.Date)), Source: nullable(b.Source),
		Paragraph: int(st.Paragraph), Speaker: st.Speaker,
		Role: nullable(st.Role), Party: nullable(st.Party),
		Kind: st.Kind.String(), Cue: nullable(st.Cue), Text: st.Text,
	}
}
