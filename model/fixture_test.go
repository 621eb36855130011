package model

import (
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
)

// The stories of the tests: invented countries (Varanda, capital Port
// Selin; Kestria, capital Ostrava Nova; Sorreland) and invented people,
// attributed by hand so that the tests do not depend on the attribution
// engine.

type said struct {
	para                       int // 1-based
	text                       string
	speaker, role, party, kind string
}

func story(id, title, dateline string, date time.Time, paras []string, parties []string, speakers []data.Speaker, stmts ...said) *data.Briefing {
	b := &data.Briefing{
		ID: id, Path: "fixture/" + id + ".md", Title: title, Dateline: dateline, Date: date,
		Source: "example (invented for brief)", Shape: data.ShapePlain,
		Parties: parties, Speakers: speakers,
	}
	for _, p := range paras {
		b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: p})
	}
	for _, s := range stmts {
		text := b.Paragraphs[s.para-1].Text
		at := strings.Index(text, s.text)
		if at < 0 {
			panic("fixture: " + s.text + " not in paragraph")
		}
		b.Statements = append(b.Statements, data.Statement{
			Speaker: s.speaker, Role: s.role, Party: s.party, Kind: mustKind(s.kind),
			Cue: "said", Text: s.text, Paragraph: int32(s.para), Span: data.Span{Start: int32(at), End: int32(at + len(s.text))},
		})
	}
	return b
}

func fixture() []*data.Briefing {
	halvek := data.Speaker{Name: "Idrena Halvek", Role: "Foreign Minister", Party: "Varanda", Person: true}
	orvell := data.Speaker{Name: "Tomas Orvell", Role: "Kestrian spokesperson", Party: "Kestria", Person: true}
	council := data.Speaker{Name: "the Meridian Council", Party: "Meridian Union"}
	sarn := data.Speaker{Name: "Belo Sarn", Role: "Interior Minister", Party: "Sorreland", Person: true}
	return []*data.Briefing{
		story("border-talks", "Varanda and Kestria Agree to Resume Border Talks", "Port Selin",
			time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC),
			[]string{
				"Port Selin – Varanda and Kestria agreed on Tuesday to resume talks on their disputed river border after a pause of eight months.",
				"Foreign Minister Idrena Halvek said the first round would open in Ostrava Nova next week and that both delegations had been given a broad mandate.",
				"“We are not there yet, but the mood is reasonably calm,” Halvek told reporters after the meeting.",
				"A Kestrian spokesperson, Tomas Orvell, said Ostrava Nova welcomed the decision and hoped for an early agreement on fishing rights.",
				"The Meridian Council urged both sides to keep the ceasefire along the river in place while the talks go on.",
			},
			[]string{"Varanda", "Kestria", "Meridian Union"},
			[]data.Speaker{halvek, orvell, council},
			said{2, "the first round would open in Ostrava Nova next week and that both delegations had been given a broad mandate", "Idrena Halvek", "Foreign Minister", "Varanda", "reported"},
			said{3, "We are not there yet, but the mood is reasonably calm,", "Idrena Halvek", "Foreign Minister", "Varanda", "direct"},
			said{4, "Ostrava Nova welcomed the decision and hoped for an early agreement on fishing rights", "Tomas Orvell", "Kestrian spokesperson", "Kestria", "reported"},
			said{5, "both sides to keep the ceasefire along the river in place while the talks go on", "the Meridian Council", "", "Meridian Union", "reported"},
		),
		story("water-plan", "Meridian Council Weighs a Water-Sharing Plan", "Aldmoor",
			time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC),
			[]string{
				"Aldmoor – The Meridian Council met on Friday to weigh a plan for sharing the waters of the Selin basin among its members.",
				"Sorreland's Interior Minister Belo Sarn said the plan asked too much of upstream farmers.",
				"“A plan that dries our valleys is not a plan,” Sarn said.",
				"Varanda's delegation said it would back the plan if the quotas were reviewed every year.",
			},
			[]string{"Meridian Union", "Sorreland", "Varanda"},
			[]data.Speaker{council, sarn, {Name: "Varanda's delegation", Party: "Varanda"}},
			said{2, "the plan asked too much of upstream farmers", "Belo Sarn", "Interior Minister", "Sorreland", "reported"},
			said{3, "A plan that dries our valleys is not a plan,", "Belo Sarn", "Interior Minister", "Sorreland", "direct"},
			said{4, "it would back the plan if the quotas were reviewed every year", "Varanda's delegation", "", "Varanda", "reported"},
		),
		story("fishermen", "Sorreland Frees Two Detained Kestrian Fishermen", "",
			time.Time{},
			[]string{
				"Sorreland released two Kestrian fishermen held since January, its interior ministry said.",
				"Kestrian spokesperson Tomas Orvell said the release was a welcome gesture of good faith.",
			},
			[]string{"Sorreland", "Kestria"},
			[]data.Speaker{orvell, {Name: "Sorreland's interior ministry", Party: "Sorreland"}},
			said{1, "Sorreland released two Kestrian fishermen held since January", "Sorreland's interior ministry", "", "Sorreland", "reported"},
			said{2, "the release was a welcome gesture of good faith", "Tomas Orvell", "Kestrian spokesperson", "Kestria", "reported"},
		),
	}
}

func mustKind(name string) data.Kind {
	k, ok := data.ParseKind(name)
	if !ok {
		panic("fixture: unknown kind " + name)
	}
	return k
}
