package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/profile"
	"github.com/brief-reader/brief/store"
)

// The profiles on the command line: "brief speakers", "brief speaker
// NAME" and "brief parties", over the same stories as "brief quotes",
// through data/profile, which makes one speaker of the names one person
// was found under.

// profileJSON is one speaker in "brief speakers --json", and the start
// of "brief speaker --json".
type profileJSON struct {
	Name       string   `json:"name"`
	Role       *string  `json:"role"` // the role most often given
	Roles      []string `json:"roles"`
	Party      *string  `json:"party"`
	Names      []string `json:"names"` // every name found under
	Statements int      `json:"statements"`
	First      *string  `json:"first"` // YYYY-MM-DD; null when no statement is dated
	Last       *string  `json:"last"`
}

// speakerDetailJSON is "brief speaker NAME --json": the summary, the
// count per month and the statements, newest first.
type speakerDetailJSON struct {
	profileJSON
	Months []monthJSON     `json:"months"`
	Quotes []profileQuoteJ `json:"quotes"`
}

type monthJSON struct {
	Month      string `json:"month"` // YYYY-MM
	Statements int    `json:"statements"`
}

type profileQuoteJ struct {
	Date      *string `json:"date"`
	Story     string  `json:"story"`
	Title     string  `json:"title"`
	Paragraph int     `json:"paragraph"`
	Speaker   string  `json:"speaker"` // as the story named them
	Role      *string `json:"role"`
	Party     *string `json:"party"`
	Kind      string  `json:"kind"`
	Text      string  `json:"text"`
}

// partyJSON is one party in "brief parties --json".
type partyJSON struct {
	Name       string             `json:"name"`
	Statements int                `json:"statements"`
	Speakers   []partySpeakerJSON `json:"speakers"` // most statements first
	First      *string            `json:"first"`
	Last       *string            `json:"last"`
}

type partySpeakerJSON struct {
	Name       string `json:"name"`
	Statements int    `json:"statements"`
}

// profiles reads the command line of the three commands ([--json]
// [--max-size N] [--no-cache] [PATH...]; speaker's first word is the
// name) and the stories' statements.
func (e *env) profiles(name string, args []string, wantName bool) (idx *profile.Index, in loaded, query string, asJSON bool, code int, ok bool) {
	fs := newFlags(name)
	var c common
	c.register(fs)
	fs.BoolVar(&asJSON, "json", false, "JSON output")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return nil, loaded{}, "", false, e.usageError("%s: %s", name, flagError(err)), false
	}
	if wantName {
		if len(paths) == 0 || strings.TrimSpace(paths[0]) == "" {
			return nil, loaded{}, "", false, e.usageError("%s: whose profile? Give the name, quoted when it has several words: brief speaker \"Anna Verel\" [PATH...]", name), false
		}
		query, paths = paths[0], paths[1:]
	}
	n := 0
	in = e.stream(paths, &c, store.Want{Statements: true}, func(in *loaded, b *data.Briefing) {
		if idx == nil {
			idx = profile.New(in.attr.SpeakerKey)
		}
		if idx.Add(n, b) {
			n++
		}
	})
	if idx == nil {
		idx = profile.New(in.attr.SpeakerKey)
	}
	return idx, in, query, asJSON, 0, true
}

func runSpeakers(e *env, args []string) int {
	idx, in, _, asJSON, code, ok := e.profiles("speakers", args, false)
	if !ok {
		return code
	}
	speakers := idx.Speakers()
	if asJSON {
		out := make([]profileJSON, 0, len(speakers))
		for _, s := range speakers {
			out = append(out, speakerToJSON(s))
		}
		if err := writeJSON(e.json, out); err != nil {
			e.failf("%v", err)
			return ExitError
		}
	} else {
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tROLE\tPARTY\tSTATEMENTS\tFIRST\tLAST")
		for _, s := range speakers {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", cell(s.Name, 40), cell(orDash(first(s.Roles)), 40), cell(orDash(s.Party), 30),
				len(s.Statements), dayOr(s.First, "-"), dayOr(s.Last, "-"))
		}
		tw.Flush()
	}
	return exitFor(in)
}

func runParties(e *env, args []string) int {
	idx, in, _, asJSON, code, ok := e.profiles("parties", args, false)
	if !ok {
		return code
	}
	parties := idx.Parties()
	if asJSON {
		out := make([]partyJSON, 0, len(parties))
		for _, p := range parties {
			j := partyJSON{Name: p.Name, Statements: len(p.Statements), Speakers: []partySpeakerJSON{},
				First: day(p.First), Last: day(p.Last)}
			for _, c := range p.Speakers {
				j.Speakers = append(j.Speakers, partySpeakerJSON{Name: c.Name, Statements: c.Count})
			}
			out = append(out, j)
		}
		if err := writeJSON(e.json, out); err != nil {
			e.failf("%v", err)
			return ExitError
		}
	} else {
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "PARTY\tSTATEMENTS\tSPEAKERS\tFIRST\tLAST\tMOST OFTEN")
		for _, p := range parties {
			var most []string
			for _, c := range p.Speakers[:min(len(p.Speakers), 3)] {
				most = append(most, fmt.Sprintf("%s (%d)", c.Name, c.Count))
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\n", cell(p.Name, 30), len(p.Statements), len(p.Speakers),
				dayOr(p.First, "-"), dayOr(p.Last, "-"), cell(strings.Join(most, ", "), 70))
		}
		tw.Flush()
	}
	return exitFor(in)
}

func runSpeaker(e *env, args []string) int {
	idx, in, query, asJSON, code, ok := e.profiles("speaker", args, true)
	if !ok {
		return code
	}
	s, found := idx.Speaker(query)
	if !found {
		if s = e.speakerByWords(idx, in.attr, query); s == nil {
			return ExitError
		}
	}
	if asJSON {
		out := speakerDetailJSON{profileJSON: speakerToJSON(s), Months: []monthJSON{}, Quotes: []profileQuoteJ{}}
		for _, m := range s.Months {
			out.Months = append(out.Months, monthJSON{Month: m.Month.Format("2006-01"), Statements: m.Count})
		}
		for _, r := range s.Statements {
			b, st := idx.Statement(r)
			out.Quotes = append(out.Quotes, profileQuoteJ{Date: day(b.Date), Story: b.ID, Title: b.Title,
				Paragraph: int(st.Paragraph), Speaker: st.Speaker, Role: nullable(st.Role), Party: nullable(st.Party),
				Kind: st.Kind.String(), Text: st.Text})
		}
		if err := writeJSON(e.json, out); err != nil {
			e.failf("%v", err)
			return ExitError
		}
		return exitFor(in)
	}
	writeSpeaker(e, idx, s)
	return exitFor(in)
}

// speakerByWords finds the one speaker a query names by some of the
// words of one of their names ("verel" for Anna Verel). With several,
// or none, it says so, with the nearest names, and gives nil.
func (e *env) speakerByWords(idx *profile.Index, attr *data.Attributor, query string) *profile.Speaker {
	var matches []*profile.Speaker
	for _, s := range idx.Speakers() {
		for _, n := range s.Names {
			if attr.MatchSpeaker(query, n) {
				matches = append(matches, s)
				break
			}
		}
	}
	switch {
	case len(matches) == 1:
		return matches[0]
	case len(matches) > 1:
		var names []string
		for _, s := range matches[:min(len(matches), 5)] {
			names = append(names, s.Name)
		}
		e.failf("speaker: %q names %d speakers: %s; give the whole name", data.SanitizeLine(query), len(matches), strings.Join(names, ", "))
		return nil
	}
	seen := map[string]bool{}
	for _, n := range idx.Names() {
		seen[n] = true
	}
	e.failf("speaker: nothing by the name %q is known%s", data.SanitizeLine(query), nearestSuffix(query, seen, attr.PersonNames()))
	return nil
}

// writeSpeaker writes a profile as text: who, then the statements newest
// first, each under its date, story and paragraph.
func writeSpeaker(e *env, idx *profile.Index, s *profile.Speaker) {
	w := e.stdout
	fmt.Fprintln(w, data.SanitizeLine(s.Name))
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintf(w, "  %-12s%s\n", label, data.SanitizeLine(value))
		}
	}
	line("role:", strings.Join(s.Roles, "; "))
	line("party:", s.Party)
	line("found as:", strings.Join(s.Names, ", "))
	when := fmt.Sprint(len(s.Statements))
	if !s.First.IsZero() {
		when += ", " + s.First.Format("2006-01-02")
		if !s.Last.Equal(s.First) {
			when += " – " + s.Last.Format("2006-01-02")
		}
	}
	if s.Undated > 0 {
		when += fmt.Sprintf(", %d undated", s.Undated)
	}
	line("statements:", when)
	line("by month:", profile.Bar(s.Months, 64))
	for _, r := range s.Statements {
		b, st := idx.Statement(r)
		fmt.Fprintf(w, "\n%s  %s ¶%d  %s\n", dayOr(b.Date, "undated"), oneLine(b.ID), st.Paragraph, data.SanitizeLine(b.Title))
		text := data.SanitizeLine(data.StatementLine(st.Text))
		switch st.Kind {
		case data.Direct:
			text = "“" + strings.Trim(text, "“”\"") + "”"
		case data.Question:
			text = "Q: " + text
		}
		fmt.Fprintf(w, "    %s\n", text)
	}
}

func speakerToJSON(s *profile.Speaker) profileJSON {
	return profileJSON{Name: s.Name, Role: nullable(first(s.Roles)), Roles: nonNil(s.Roles), Party: nullable(s.Party),
		Names: nonNil(s.Names), Statements: len(s.Statements), First: day(s.First), Last: day(s.Last)}
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

func day(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	d := t.Format("2006-01-02")
	return &d
}

func dayOr(t time.Time, none string) string {
	if t.IsZero() {
		return none
	}
	return t.Format("2006-01-02")
}

func exitFor(in loaded) int {
	if !in.ok {
		return ExitError
	}
	return ExitOK
}
