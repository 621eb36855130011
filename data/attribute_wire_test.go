package data

import (
	"strings"
	"testing"
)

// News-wire shapes (Reuters, AP, AFP style), each reduced to invented
// parties and people: addressees that are media, cues followed by an
// adjunct and a colon, statements as speakers, "quoted as saying",
// trailing anonymous sources.
func TestAttributionWireShapes(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	cases := []struct {
		name   string
		paras  []string
		want   []wantStmt
		absent []string // in no statement's text
	}{
		{"a quotation before 'told' and a medium is the statement", []string{
			"“We have made good progress,” Varandan negotiator Jonas Vell told state television.",
			"“We have made good progress,” Vell told the state news agency.",
			"“We have made good progress,” Vell told a local radio station.",
			"“We have made good progress,” Vell told the newspaper.",
			"“We have made good progress,” Vell told Kestria's Channel 12.",
			"“We have made good progress,” Vell told the pro-government daily Selin Herald on Sunday.",
			"“We have made good progress,” Vell told Varanda Today in an interview."},
			[]wantStmt{{"Jonas Vell", "Varanda", Direct, "We have made good progress"},
				{"Jonas Vell", "Varanda", Direct, "We have made good progress"},
				{"Jonas Vell", "Varanda", Direct, "We have made good progress"},
				{"Jonas Vell", "Varanda", Direct, "We have made good progress"},
				{"Jonas Vell", "Varanda", Direct, "We have made good progress"},
				{"Jonas Vell", "Varanda", Direct, "We have made good progress"},
				{"Jonas Vell", "Varanda", Direct, "We have made good progress"}}, nil},
		{"a medium after 'told' is passed before the clause", []string{
			"Varandan negotiator Jonas Vell told state television that the talks had stalled.",
			"Vell told the state news agency the talks had stalled.",
			"Vell told state television."},
			[]wantStmt{{"Jonas Vell", "Varanda", Reported, "the talks had stalled"},
				{"Jonas Vell", "Varanda", Reported, "the talks had stalled"}}, nil},
		{"a cue, an adjunct and a colon before a quotation", []string{
			"Kestrian envoy Sofia Lenk wrote on Twitter: “The talks are in the final stretch.”",
			"Lenk said in a statement on Monday: “The talks are in the final stretch.”",
			"Lenk wrote on her Telegram channel: “The talks are in the final stretch.”",
			"Lenk told reporters in Port Selin: “The talks are in the final stretch.”",
			"Lenk said the plan had two parts: “a truce and a withdrawal”."},
			[]wantStmt{{"Sofia Lenk", "Kestria", Direct, "The talks are in the final stretch."},
				{"Sofia Lenk", "Kestria", Direct, "The talks are in the final stretch."},
				{"Sofia Lenk", "Kestria", Direct, "The talks are in the final stretch."},
				{"Sofia Lenk", "Kestria", Direct, "The talks are in the final stretch."},
				{"Sofia Lenk", "Kestria", Reported, "the plan had two parts: “a truce"}}, nil},
		{"a title with a prepositional phrase before the name", []string{
			"The Kestrian envoy to the talks, Sofia Lenk, wrote on Twitter: “The talks are in the final stretch.”",
			"The head of the Varandan delegation, Jonas Vell, said the deal was close.",
			"The spokesman for the ministry, Ruben Sato, said the deal was close.",
			"In a meeting with the minister, Ruben Sato said the deal was close."},
			[]wantStmt{{"Sofia Lenk", "Kestria", Direct, "The talks are in the final stretch."},
				{"Jonas Vell", "Varanda", Reported, "the deal was close"},
				{"Ruben Sato", "", Reported, "the deal was close"},
				{"Ruben Sato", "", Reported, "the deal was close"}}, nil},
		{"a titled name before a bare verb is a vocative", []string{
			"To my friend, the head of the K5 secretariat, Ruben Sato, welcome."},
			nil, nil},
		{"a statement's issuer is its speaker", []string{
			"A statement from the Varandan presidency said the two leaders had agreed to keep in close contact.",
			"A readout issued by the K5 secretariat on Sunday said the two leaders had met.",
			"Kestria's statement said the ferries would sail.",
			"A joint statement issued after the talks said the two leaders had agreed to meet again.",
			"A plan from the ministry says the port will close."},
			[]wantStmt{{"the Varandan presidency", "Varanda", Reported, "the two leaders had agreed to keep in close contact"},
				{"the K5 secretariat", "K5", Reported, "the two leaders had met"},
				{"Kestria", "Kestria", Reported, "the ferries would sail"}}, nil},
		{"quoted as saying: the one quoted speaks", []string{
			"State media quoted Varandan Deputy Foreign Minister Jonas Vell as saying that Port Selin was ready for talks.",
			"Vell was quoted as saying that the ferries would sail.",
			"Vell was quoted by the agency as saying the ferries would sail.",
			"“We are ready for talks,” the news agency quoted him as saying.",
			"Such remarks were quoted as saying little."},
			[]wantStmt{{"Jonas Vell", "Varanda", Reported, "Port Selin was ready for talks"},
				{"Jonas Vell", "Varanda", Reported, "the ferries would sail"},
				{"Jonas Vell", "Varanda", Reported, "the ferries would sail"},
				{"Jonas Vell", "Varanda", Direct, "We are ready for talks"}}, nil},
		{"an anonymous source named by what it knows", []string{
			"Port Selin is ready for talks, a source familiar with the matter said.",
			"Port Selin is ready for talks, two people briefed on the negotiations said.",
			"A diplomat close to the talks said Port Selin was ready.",
			"Port Selin is ready for talks, according to a person with direct knowledge of the plan.",
			"Port Selin is ready for talks, said a Kestrian official familiar with the talks."},
			[]wantStmt{{"a source familiar with the matter", "", Reported, "Port Selin is ready for talks"},
				{"two people briefed on the negotiations", "", Reported, "Port Selin is ready for talks"},
				{"a diplomat close to the talks", "", Reported, "Port Selin was ready"},
				{"a person with direct knowledge of the plan", "", Reported, "Port Selin is ready for talks"},
				{"a Kestrian official familiar with the talks", "Kestria", Reported, "Port Selin is ready for talks"}}, nil},
		{"an adjunct after a trailing attribution is not what was said", []string{
			"Port Selin is ready for talks, Kestrian diplomats said, citing the latest draft.",
			"Port Selin is ready for talks, Kestrian officials said, speaking on condition of anonymity.",
			"The plan, Jonas Vell said, would take years.",
			"We weighed every tool, or, as Jonas Vell said, building a ferry league."},
			// what the speakers cite is theirs too; an as-clause between
			// commas reports what follows it
			[]wantStmt{{"Kestrian diplomats", "Kestria", Reported, "Port Selin is ready for talks"},
				{"Kestrian diplomats", "Kestria", Reported, "the latest draft"},
				{"Kestrian officials", "Kestria", Reported, "Port Selin is ready for talks"},
				{"Jonas Vell", "", Reported, "The plan would take years"},
				{"Jonas Vell", "", Reported, "building a ferry league"}},
			[]string{"citing", "speaking"}},
		{"short clauses, relative clauses and comments before and after the speaker", []string{
			"Port Selin will respond, Jonas Vell said.",
			"In Port Selin, officials said.",
			"“We are ready,” said Jonas Vell, who met his Kestrian counterpart on Thursday.",
			"Port Selin will respond, Vell said in comments carried by state media."},
			[]wantStmt{{"Jonas Vell", "", Reported, "Port Selin will respond"},
				{"Jonas Vell", "", Direct, "We are ready"},
				{"Jonas Vell", "", Reported, "Port Selin will respond"}},
			[]string{"comments"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := attributeShape(a, c.paras)
			checkStatements(t, b, c.want)
			for _, s := range b.Statements {
				for _, w := range c.absent {
					if strings.Contains(s.Text, w) {
						t.Errorf("%q: has %q", s.Text, w)
					}
				}
			}
		})
	}
}
