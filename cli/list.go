package cli

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/query"
)

// storyJSON is one story in "brief list --json".
type storyJSON struct {
	ID         string        `json:"id"`
	Title      string        `json:"title"`
	Dateline   string        `json:"dateline"`
	Date       *string       `json:"date"` // YYYY-MM-DD; null when unknown
	Source     string        `json:"source"`
	Publisher  string        `json:"publisher"` // the feed or site; "" when unknown
	Path       string        `json:"path"`
	Parties    []string      `json:"parties"`
	Speakers   []speakerJSON `json:"speakers"`
	Statements int           `json:"statements"`
	Read       bool          `json:"read"`    // opened in the reader or with "brief show"
	Starred    bool          `json:"starred"` // starred in the reader
}

type speakerJSON struct {
	Name  string  `json:"name"`
	Role  *string `json:"role"`
	Party *string `json:"party"`
}

func runList(e *env, args []string) int {
	var arr *jsonArray
	var tw *tabwriter.Writer
	n := 0
	in, _, _, code, ok := e.listing("list", args, func(in *loaded, f filters, asJSON bool, b *data.Briefing) {
		n++
		if !f.keepStory(in.attr, b) {
			return
		}
		read := isRead(in.lib, b.ID)
		if asJSON {
			if arr == nil {
				arr = newJSONArray(e.json)
			}
			arr.add(storyToJSON(b, read, isStarred(in.lib, b.ID)))
			return
		}
		if tw == nil {
			tw = newListTable(e.stdout)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", n, listMark(read, isStarred(in.lib, b.ID)), oneLine(b.ID), dateOr(b, "-"),
			cell(sourceName(b), 24), cell(orDash(b.Dateline), 20), cell(b.Title, 60),
			cell(orDash(strings.Join(b.Parties, ", ")), 40), b.NumStatements())
	})
	if !ok {
		return code
	}
	switch {
	case arr != nil:
		if err := arr.close(); err != nil {
			e.failf("%v", err)
			return ExitError
		}
	case tw != nil:
		tw.Flush()
	case in.asJSON:
		newJSONArray(e.json).close()
	default:
		newListTable(e.stdout).Flush()
	}
	if !in.ok {
		return ExitError
	}
	return ExitOK
}

// newListTable starts the text table of "brief list".
func newListTable(w io.Writer) *tabwriter.Writer {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tNEW\tID\tDATE\tSOURCE\tDATELINE\tTITLE\tPARTIES\tSTATEMENTS")
	return tw
}

func storyToJSON(b *data.Briefing, read, starred bool) storyJSON {
	s := storyJSON{
		ID: b.ID, Title: b.Title, Dateline: b.Dateline, Source: b.Source, Publisher: b.Publisher, Path: b.Path,
		Parties: append([]string{}, b.Parties...), Speakers: []speakerJSON{},
		Statements: b.NumStatements(), Read: read, Starred: starred,
	}
	if !b.Date.IsZero() {
		d := b.Date.Format("2006-01-02")
		s.Date = &d
	}
	for _, sp := range b.Speakers {
		s.Speakers = append(s.Speakers, speakerJSON{Name: sp.Name, Role: nullable(sp.Role), Party: nullable(sp.Party)})
	}
	return s
}

// keepStory applies --party, --speaker and --query to a story: the party appears
// in it; the speaker has a statement in it.
func (f *filters) keepStory(attr *data.Attributor, b *data.Briefing) bool {
	if f.match != nil && !f.match.Story(b) {
		return false
	}
	if f.party != "" {
		found := false
		for _, p := range b.Parties {
			if query.PartyNamed(attr, b, f.party, p) {
				found = true
				break
			}
		}
		for i := 0; !found && i < len(b.Statements); i++ {
			found = query.PartyNamed(attr, b, f.party, b.Statements[i].Party)
		}
		if !found {
			return false
		}
	}
	if f.speaker != "" {
		for _, st := range b.Statements {
			if query.SpeakerNamed(attr, b, f.speaker, st.Speaker) {
				return true
			}
		}
		return false
	}
	return true
}

// keepStatement applies --party, --speaker and --query to one statement.
func (f *filters) keepStatement(attr *data.Attributor, b *data.Briefing, st data.Statement) bool {
	if f.match != nil && !f.match.Statement(b, &st) {
		return false
	}
	if f.party != "" && !query.PartyNamed(attr, b, f.party, st.Party) {
		return false
	}
	return f.speaker == "" || query.SpeakerNamed(attr, b, f.speaker, st.Speaker)
}

func dateOr(b *data.Briefing, none string) string {
	if b.Date.IsZero() {
		return none
	}
	return b.Date.Format("2006-01-02")
}

// listMark marks, like a mail reader, the stories not yet opened (*)
// and the starred ones (★).
func listMark(read, starred bool) string {
	m := "*"
	if read {
		m = ""
	}
	if starred {
		m += "★"
	}
	return m
}

// sourceName is who published a story, as short as it can be said: the
// feed or site's name, else the source unless it is a URL, else the URL's
// host.
func sourceName(b *data.Briefing) string {
	if b.Publisher != "" {
		return b.Publisher
	}
	if u, err := url.Parse(b.Source); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return orDash(b.Source)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// cell fits s in a column of at most n characters, on one line (a tab
// would break the alignment).
func cell(s string, n int) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// oneLine is s for a column it must not be cut in: an ID, which is
// copied from "brief list" to "brief show".
func oneLine(s string) string {
	return strings.ReplaceAll(data.SanitizeLine(s), "\t", " ")
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
