package data

import (
	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

// documentOf is what the attribution engine reads of a briefing.
func documentOf(b *Briefing) *attribution.Document {
	d := &attribution.Document{
		Title: b.Title, Source: b.Source, Author: b.Author, Publisher: b.Publisher, Dateline: b.Dateline, Date: b.Date,
		Paragraphs: make([]attribution.Paragraph, len(b.Paragraphs)),
	}
	for i, p := range b.Paragraphs {
		d.Paragraphs[i] = attribution.Paragraph{Text: p.Text, Label: p.Label,
			Heading: p.Style.Block == BlockHeading, Skip: p.Style.Block == BlockCode}
	}
	for _, p := range b.Declared.Parties {
		d.Declared.Parties = append(d.Declared.Parties, gazetteer.PartyEntry{Name: p.Name, Aliases: p.Aliases})
	}
	for _, s := range b.Declared.Speakers {
		d.Declared.People = append(d.Declared.People, gazetteer.PersonEntry{Name: s.Name, Role: s.Role, Party: s.Party, Aliases: s.Aliases})
	}
	return d
}

// fill writes the engine's result into the briefing.
func fill(b *Briefing, r attribution.Result) {
	b.Parties = r.Parties
	b.Statements = b.Statements[:0]
	b.Speakers = b.Speakers[:0]
	seen := map[string]bool{}
	for _, s := range r.Statements {
		kind := Reported
		switch s.Kind {
		case attribution.Direct:
			kind = Direct
		case attribution.Question:
			kind = Question
		}
		b.Statements = append(b.Statements, Statement{
			Speaker: s.Speaker, Role: s.Role, Party: s.Party, Cue: s.Cue, Text: s.Text,
			Paragraph: int32(s.Para + 1), Span: Span{s.Start, s.End}, Kind: kind,
		})
		if !seen[s.Speaker] {
			seen[s.Speaker] = true
			b.Speakers = append(b.Speakers, Speaker{Name: s.Speaker, Role: s.Role, Party: s.Party, Person: s.Person, Group: s.Group})
		}
	}
	if len(b.Statements) == 0 {
		b.Statements = nil
	}
	if len(b.Speakers) == 0 {
		b.Speakers = nil
	}
}
