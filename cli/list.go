package cli

import (
	"cmp"
	"fmt"
	"io"
	"net/url"
	"slices"
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
	var order storyOrder
	var rows []listRow
	in, _, asJSON, code, ok := e.listing("list", args, func(in *loaded, f filters, asJSON bool, b *data.Briefing) {
		arrival := order.add(b)
		if !f.keepStory(in.attr, b) {
			return
		}
		read, starred := isRead(in.lib, b.ID), isStarred(in.lib, b.ID)
		r := listRow{arrival: arrival}
		if asJSON {
			r.json = storyToJSON(b, read, starred)
		} else {
			r.cells = fmt.Sprintf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d", listMark(read, starred), oneLine(b.ID), dateOr(b, "-"),
				cell(sourceName(b), 24), cell(orDash(b.Dateline), 20), cell(b.Title, 60),
				cell(orDash(strings.Join(b.Parties, ", ")), 40), b.NumStatements())
		}
		rows = append(rows, r)
	})
	if !ok {
		return code
	}
	// Numbered in the order shown, the stories left out by the filters
	// counted too: "brief show N" finds the same story without them.
	number := order.numbers()
	slices.SortFunc(rows, func(a, b listRow) int { return cmp.Compare(number[a.arrival], number[b.arrival]) })
	if asJSON {
		arr := newJSONArray(e.json)
		for _, r := range rows {
			arr.add(r.json)
		}
		if err := arr.close(); err != nil {
			e.failf("%v", err)
			return ExitError
		}
	} else {
		tw := newListTable(e.stdout)
		for _, r := range rows {
			fmt.Fprintf(tw, "%d\t%s\n", number[r.arrival]+1, r.cells)
		}
		tw.Flush()
	}
	if !in.ok {
		return ExitError
	}
	return ExitOK
}

// listRow is one line of "brief list", kept until every story is in to be
// sorted: the cells of a text line, or the story as JSON; never the
// story's body or statements.
type listRow struct {
	arrival int
	cells   string
	json    storyJSON
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
