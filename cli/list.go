package cli

import (
	"fmt"
	"net/url"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/brief-reader/brief/data"
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
	Read       bool          `json:"read"` // opened in the reader or with "brief show"
}

type speakerJSON struct {
	Name  string  `json:"name"`
	Role  *string `json:"role"`
	Party *string `json:"party"`
}

func runList(e *env, args []string) int {
	in, f, asJSON, code, ok := e.listing("list", args)
	if !ok {
		return code
	}

	type row struct {
		n    int
		b    *data.Briefing
		read bool
	}
	var rows []row
	for i, b := range in.stories {
		if f.keepStory(in.attr, b) {
			rows = append(rows, row{i + 1, b, isRead(in.lib, b.ID)})
		}
	}

	if asJSON {
		out := make([]storyJSON, 0, len(rows))
		for _, r := range rows {
			out = append(out, storyToJSON(r.b, r.read))
		}
		if err := writeJSON(e.stdout, out); err != nil {
			e.failf("%v", err)
			return ExitError
		}
	} else {
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "#\tNEW\tID\tDATE\tSOURCE\tDATELINE\tTITLE\tPARTIES\tSTATEMENTS")
		for _, r := range rows {
			b := r.b
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", r.n, unreadMark(r.read), cell(b.ID, 40), dateOr(b, "-"),
				cell(sourceName(b), 24), cell(orDash(b.Dateline), 20), cell(b.Title, 60),
				cell(orDash(strings.Join(b.Parties, ", ")), 40), len(b.Statements))
		}
		tw.Flush()
	}
	if !in.ok {
		return ExitError
	}
	return ExitOK
}

func storyToJSON(b *data.Briefing, read bool) storyJSON {
	s := storyJSON{
		ID: b.ID, Title: b.Title, Dateline: b.Dateline, Source: b.Source, Publisher: b.Publisher, Path: b.Path,
		Parties: append([]string{}, b.Parties...), Speakers: []speakerJSON{},
		Statements: len(b.Statements), Read: read,
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

// keepStory applies --party and --speaker to a story: the party appears
// in it; the speaker has a statement in it.
func (f *filters) keepStory(attr *data.Attributor, b *data.Briefing) bool {
	if f.party != "" {
		found := false
		for _, p := range b.Parties {
			if matchParty(attr, b, f.party, p) {
				found = true
				break
			}
		}
		for i := 0; !found && i < len(b.Statements); i++ {
			found = matchParty(attr, b, f.party, b.Statements[i].Party)
		}
		if !found {
			return false
		}
	}
	if f.speaker != "" {
		for _, st := range b.Statements {
			if matchSpeaker(attr, b, f.speaker, st.Speaker) {
				return true
			}
		}
		return false
	}
	return true
}

// keepStatement applies --party and --speaker to one statement.
func (f *filters) keepStatement(attr *data.Attributor, b *data.Briefing, st data.Statement) bool {
	if f.party != "" && !matchParty(attr, b, f.party, st.Party) {
		return false
	}
	return f.speaker == "" || matchSpeaker(attr, b, f.speaker, st.Speaker)
}

// matchParty asks the attributor, which knows the gazetteer's aliases
// ("US", "Kyiv"), then the story's own front matter, which may declare
// more ("Velhaven" for Tesmar).
func matchParty(attr *data.Attributor, b *data.Briefing, query, party string) bool {
	if party == "" {
		return false
	}
	if attr.MatchParty(query, party) {
		return true
	}
	for _, d := range b.Declared.Parties {
		if strings.EqualFold(d.Name, party) && namedBy(query, d.Name, d.Aliases) {
			return true
		}
	}
	return false
}

// matchSpeaker is matchParty for speakers.
func matchSpeaker(attr *data.Attributor, b *data.Briefing, query, speaker string) bool {
	if speaker == "" {
		return false
	}
	if attr.MatchSpeaker(query, speaker) {
		return true
	}
	for _, d := range b.Declared.Speakers {
		if strings.EqualFold(d.Name, speaker) && namedBy(query, d.Name, d.Aliases) {
			return true
		}
	}
	return false
}

func namedBy(query, name string, aliases []string) bool {
	q := strings.TrimSpace(query)
	if strings.EqualFold(q, name) {
		return true
	}
	for _, a := range aliases {
		if strings.EqualFold(q, a) {
			return true
		}
	}
	return false
}

func dateOr(b *data.Briefing, none string) string {
	if b.Date.IsZero() {
		return none
	}
	return b.Date.Format("2006-01-02")
}

// unreadMark marks, like a mail reader, the stories not yet opened.
func unreadMark(read bool) string {
	if read {
		return ""
	}
	return "*"
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
	s = strings.ReplaceAll(data.SanitizeLine(s), "\t", " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
