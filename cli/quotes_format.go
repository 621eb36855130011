package cli

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
)

// quoteFormat is how "brief quotes" writes: text lines or Markdown
// citations as statements come, or, once every story is in, JSON or CSV
// with the other stories that report each statement.
type quoteFormat string

const (
	formatText     quoteFormat = "text"
	formatJSON     quoteFormat = "json"
	formatCSV      quoteFormat = "csv"
	formatMarkdown quoteFormat = "md"
)

// register adds --format and --csv, and returns the check that makes one
// format of them and --json: --json and --csv are --format json and csv.
func (q *quoteFormat) register(fs *flag.FlagSet) func() error {
	var name string
	var asCSV bool
	fs.StringVar(&name, "format", "", "text, json, csv or md")
	fs.BoolVar(&asCSV, "csv", false, "CSV output")
	return func() error {
		asJSON := fs.Lookup("json").Value.String() == "true"
		var chosen []quoteFormat
		if name != "" {
			switch f := quoteFormat(strings.ToLower(name)); f {
			case formatText, formatJSON, formatCSV, formatMarkdown:
				chosen = append(chosen, f)
			case "markdown":
				chosen = append(chosen, formatMarkdown)
			default:
				return fmt.Errorf("unknown format %q: text, json, csv or md", name)
			}
		}
		if asJSON {
			chosen = append(chosen, formatJSON)
		}
		if asCSV {
			chosen = append(chosen, formatCSV)
		}
		*q = formatText
		for _, f := range chosen {
			if f != chosen[0] {
				return errors.New("--format, --json and --csv ask for different formats")
			}
			*q = f
		}
		return nil
	}
}

// quoteSet is the statements of "brief quotes" in a format that says
// where else each was reported (JSON, CSV), held in memory: every story's
// statements are grouped, those that pass the filters kept. It holds
// what a citation needs, not the stories' bodies. The command streams
// instead (quoteStream); this is for a few stories (quoteRecords), and
// the reference the tests hold the stream to.
type quoteSet struct {
	reports *provenance.Index
	stories []*data.Briefing // ID, title, date and source only
	storyOf []int32          // statement number -> its story
	kept    []keptStatement
	order   storyOrder // the stories' places newest first
}

type keptStatement struct {
	number int
	story  int32
	s      data.Statement
}

func newQuoteSet() *quoteSet { return &quoteSet{reports: provenance.New()} }

// add groups b's statements with the others and keeps those keep takes.
func (qs *quoteSet) add(b *data.Briefing, keep func(data.Statement) bool) {
	si := int32(len(qs.stories))
	qs.order.add(b)
	// Cloned, as the statements below: the strings may be parts of the
	// story's text, which is not kept.
	qs.stories = append(qs.stories, &data.Briefing{ID: strings.Clone(b.ID), Title: strings.Clone(b.Title), Date: b.Date, Source: strings.Clone(b.Source)})
	for _, st := range b.Statements {
		n := qs.reports.Add(provenance.Statement{Story: int(si), Date: b.Date, Speaker: st.Speaker, Party: st.Party, Text: st.Text})
		qs.storyOf = append(qs.storyOf, si)
		if keep(st) {
			// Cloned: a statement's words are part of its paragraph,
			// which is not kept.
			st.Text, st.Speaker, st.Role, st.Party, st.Cue = strings.Clone(st.Text), strings.Clone(st.Speaker),
				strings.Clone(st.Role), strings.Clone(st.Party), strings.Clone(st.Cue)
			qs.kept = append(qs.kept, keptStatement{number: n, story: si, s: st})
		}
	}
}

// alsoIn is the other stories that report statement n, earliest first.
func (qs *quoteSet) alsoIn(n int) []*data.Briefing {
	var out []*data.Briefing
	for _, o := range qs.reports.Others(n) {
		out = append(out, qs.stories[qs.storyOf[o]])
	}
	return out
}

// record is a kept statement as JSON.
func (qs *quoteSet) record(k keptStatement) quoteJSON {
	q := quoteOf(qs.stories[k.story], k.s)
	q.AlsoIn = []storyRefJSON{}
	for _, b := range qs.alsoIn(k.number) {
		q.AlsoIn = append(q.AlsoIn, storyRefOf(b))
	}
	return q
}

// storyRefJSON is a story that reports a statement, in "also_in".
type storyRefJSON struct {
	Story  string  `json:"story"`
	Title  string  `json:"title"`
	Date   *string `json:"date"`
	Source *string `json:"source"`
}

func storyRefOf(b *data.Briefing) storyRefJSON {
	return storyRefJSON{Story: b.ID, Title: b.Title, Date: nullable(dateOnly(b.Date)), Source: nullable(b.Source)}
}

func dateOnly(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
