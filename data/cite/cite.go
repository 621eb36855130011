// Package cite is the one form of a citation of a statement: what the
// reader's "y" copies, and what "brief quotes --format" and the reader's
// export write, in Markdown, CSV and JSON. It knows nothing of the
// terminal.
package cite

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
)

// Ref is a story that reports a statement.
type Ref struct {
	Story  string    // its ID
	Title  string    //
	Date   time.Time // zero when unknown
	Source string    // where it came from: a URL, or a description
}

// Citation is a statement with all that names its origin. Its strings
// are one line each, sanitised: a citation goes to a clipboard and to
// files that other programs show.
type Citation struct {
	Quote     string    // the words, as the story gives them
	Kind      data.Kind // a quotation, reported speech or a question
	Speaker   string
	Role      string // "" when unknown
	Party     string // "" when unaffiliated
	Cue       string // the verb ("said"); "" for a transcript turn
	Paragraph int    // 1-based, in the story
	Ref              // the story
	AlsoIn    []Ref  // the other stories that report it, earliest first
}

// RefOf is b as a Ref.
func RefOf(b *data.Briefing) Ref {
	return Ref{Story: line(b.ID), Title: line(b.Title), Date: b.Date, Source: line(data.RedactPasswords(b.Source))}
}

// New is the citation of statement s of story b.
func New(b *data.Briefing, s data.Statement) Citation {
	return Citation{
		Quote: line(data.StatementLine(s.Text)), Kind: s.Kind, Speaker: line(s.Speaker), Role: line(s.Role),
		Party: line(s.Party), Cue: line(s.Cue), Paragraph: int(s.Paragraph), Ref: RefOf(b),
	}
}

func line(s string) string { return strings.Join(strings.Fields(data.SanitizeLine(s)), " ") }

// URL is the story's source when it is a web address, else "".
func (r Ref) URL() string {
	s := strings.ToLower(r.Source)
	if strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") {
		return r.Source
	}
	return ""
}

// DateISO is the date as 2006-01-02; "" when unknown.
func (r Ref) DateISO() string {
	if r.Date.IsZero() {
		return ""
	}
	return r.Date.Format(time.DateOnly)
}

// Markdown is the citation as Markdown: the quote as a block quote, then
// who said it and where, the story's title a link to its source; then the
// other stories that report it, when the citation has them.
//
//	> “We will not withdraw.”
//	>
//	> — Ada Morrow, Foreign Minister, Tesmar; [Talks Resume](https://…), 3 November 2026, ¶4
func (c Citation) Markdown() string {
	var quote string
	switch c.Kind {
	case data.Direct:
		quote = "“" + escape(strings.Trim(c.Quote, `"“”`)) + "”"
	case data.Question:
		quote = "Q: " + escape(c.Quote)
	default:
		quote = escape(c.Quote)
	}
	who := []string{escape(c.Speaker)}
	if c.Kind == data.Reported {
		who[0] += " (reported speech)"
	}
	for _, s := range []string{c.Role, c.Party} {
		if s != "" && !strings.EqualFold(s, c.Speaker) {
			who = append(who, escape(s))
		}
	}
	where := []string{c.Ref.markdownTitle()}
	if !c.Date.IsZero() {
		where = append(where, c.Date.Format("2 January 2006"))
	}
	if c.Paragraph > 0 {
		where = append(where, "¶"+strconv.Itoa(c.Paragraph))
	}
	md := "> " + quote + "\n>\n> — " + strings.Join(who, ", ") + "; " + strings.Join(where, ", ") + "\n"
	if len(c.AlsoIn) > 0 {
		also := make([]string, len(c.AlsoIn))
		for i, r := range c.AlsoIn {
			also[i] = r.markdownTitle()
			if !r.Date.IsZero() {
				also[i] += ", " + r.Date.Format("2 January 2006")
			}
		}
		md += ">\n> Also reported in: " + strings.Join(also, "; ") + "\n"
	}
	return md
}

// markdownTitle is the title, a link to the source when it is a web
// address, in italics when it is not.
func (r Ref) markdownTitle() string {
	title := escape(r.Title)
	if title == "" {
		title = escape(r.Story)
	}
	if u := r.URL(); u != "" {
		return "[" + title + "](" + linkTarget(u) + ")"
	}
	return "*" + title + "*"
}

// linkTarget is a URL that ends a Markdown link only at its end.
func linkTarget(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}

// escape keeps text literal in Markdown: the characters that would make
// emphasis, links, code or HTML, and a line start that would make a
// heading or a list.
func escape(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|':
			b.WriteByte('\\')
		case '#', '-', '+':
			if i == 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// WriteMarkdown writes one citation per statement, a blank line between.
func WriteMarkdown(w io.Writer, cs []Citation) error {
	for i, c := range cs {
		text := c.Markdown()
		if i > 0 {
			text = "\n" + text
		}
		if _, err := io.WriteString(w, text); err != nil {
			return err
		}
	}
	return nil
}

// Header is the CSV header: every field of a citation.
func Header() []string {
	return []string{"story", "title", "date", "source", "paragraph", "speaker", "role", "party", "kind", "cue", "text", "also_in"}
}

// Record is the citation as a CSV record under Header; also_in is the
// other stories' IDs, earliest first, separated by spaces.
func (c Citation) Record() []string {
	also := make([]string, len(c.AlsoIn))
	for i, r := range c.AlsoIn {
		also[i] = r.Story
	}
	return []string{c.Story, c.Title, c.DateISO(), c.Source, strconv.Itoa(c.Paragraph), c.Speaker, c.Role,
		c.Party, c.Kind.String(), c.Cue, c.Quote, strings.Join(also, " ")}
}

// WriteCSV writes the header and a record per citation: RFC 4180's
// quoting, through encoding/csv.
func WriteCSV(w io.Writer, cs []Citation) error {
	// Lines end in LF, as encoding/csv writes by default and every CSV
	// reader takes: text brief prints passes a gate that drops CR.
	cw := csv.NewWriter(w)
	if err := cw.Write(Header()); err != nil {
		return err
	}
	for _, c := range cs {
		if err := cw.Write(c.Record()); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
