package data

import (
	"strings"
	"sync"
	"testing"
)

type wantStmt struct {
	speaker, party string
	kind           Kind
	text           string // a prefix of the statement's text
}

// knownGap skips a case the attribution engine does not yet handle, with
// why, so that the gap stays listed (go test -v shows it) rather than deleted.
// Keep these few: each is a shape issue #10 asks for.
func knownGap(t *testing.T, why string) {
	t.Helper()
	t.Skip("known gap of the attribution engine (issue #10): " + why)
}

func checkStatements(t *testing.T, b *Briefing, want []wantStmt) {
	t.Helper()
	if len(b.Statements) != len(want) {
		for _, s := range b.Statements {
			t.Logf("  %q (%q) %s: %q", s.Speaker, s.Party, s.Kind, s.Text)
		}
		t.Fatalf("%d statements, want %d", len(b.Statements), len(want))
	}
	for i, w := range want {
		s := b.Statements[i]
		if s.Speaker != w.speaker || s.Party != w.party || s.Kind != w.kind || !strings.HasPrefix(s.Text, w.text) {
			t.Errorf("statement %d: %q (%q) %s %q\nwant %q (%q) %s %q…", i, s.Speaker, s.Party, s.Kind, s.Text, w.speaker, w.party, w.kind, w.text)
		}
		p := b.Paragraphs[s.Paragraph-1].Text
		if s.Span.Start < 0 || s.Span.Start > s.Span.End || int(s.Span.End) > len(p) {
			t.Errorf("statement %d: span %v outside its paragraph", i, s.Span)
		}
	}
}

var shapesDecl = Declared{Parties: []PartyDecl{
	{Name: "Varanda", Aliases: []string{"Varandan", "Port Selin"}},
	{Name: "Kestria", Aliases: []string{"Kestrian", "Ostrava Nova"}},
}}

// One sentence per shape the issue lists, each in its own briefing.
func TestAttributionShapes(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	cases := []struct {
		name  string
		paras []string
		want  []wantStmt
	}{
		{"that clause", []string{"Varandan Foreign Minister Ilse Marrow said that the river belongs to both nations."},
			[]wantStmt{{"Ilse Marrow", "Varanda", Reported, "the river belongs"}}},
		{"inverted clause", []string{"The dam will reopen in May, Kestrian officials said."},
			[]wantStmt{{"Kestrian officials", "Kestria", Reported, "The dam will reopen in May"}}},
		{"inverted quote, cue first", []string{"“We will not yield,” said President Anton Derev of Kestria."},
			[]wantStmt{{"Anton Derev", "Kestria", Direct, "We will not yield"}}},
		{"parenthetical", []string{"Kestrian envoy Sofia Lenk spoke.", "The closure, she suggested, was temporary."},
			[]wantStmt{{"Sofia Lenk", "Kestria", Reported, "The closure was temporary"}}},
		{"participle chain", []string{"Port Selin welcomed the talks, noting that the border was calm."},
			[]wantStmt{{"Varanda", "Varanda", Reported, "the talks, noting that"}}},
		{"describe as quote", []string{"Kestrian envoy Sofia Lenk described the offer as “a trap.”"},
			[]wantStmt{{"Sofia Lenk", "Kestria", Direct, "a trap."}}},
		{"according to", []string{"According to Varandan officials, the convoy left at dawn."},
			[]wantStmt{{"Varandan officials", "Varanda", Reported, "the convoy left at dawn"}}},
		{"according to, at the end", []string{"The convoy left at dawn, according to the Kestrian side."},
			[]wantStmt{{"the Kestrian side", "Kestria", Reported, "The convoy left at dawn"}}},
		{"told reporters", []string{"Ostrava Nova told reporters the convoy would wait."},
			[]wantStmt{{"Kestria", "Kestria", Reported, "the convoy would wait"}}},
		{"conveyed to X that", []string{"Marrow conveyed to President Derev that Varanda wanted peace."},
			[]wantStmt{{"Marrow", "", Reported, "Varanda wanted peace"}}},
		{"quotation over two sentences", []string{"“We came. We stayed,” said Marrow, a Varandan minister."},
			[]wantStmt{{"Marrow", "Varanda", Direct, "We came. We stayed"}}},
		{"guillemets and straight quotes", []string{`Kestria said the plan was «dead». "It is over," the Kestrian side added.`},
			[]wantStmt{{"Kestria", "Kestria", Reported, "the plan was «dead»"}, {"the Kestrian side", "Kestria", Direct, "It is over"}}},
		{"present and perfect tenses", []string{"Varanda says the talks failed. Kestria has stated that they did not. Varanda continues to advocate a new round."},
			[]wantStmt{{"Varanda", "Varanda", Reported, "the talks failed"}, {"Kestria", "Kestria", Reported, "they did not"}, {"Varanda", "Varanda", Reported, "a new round"}}},
		{"pronoun and possessive", []string{"Kestria has stated that it seeks a deal.", "Its leadership continues to advocate for a settlement."},
			[]wantStmt{{"Kestria", "Kestria", Reported, "it seeks"}, {"Kestria’s leadership", "Kestria", Reported, "a settlement"}}},
		{"with X describing", []string{"Varandan officials said the talks were useful, with Marrow describing them as “frank.”"},
			[]wantStmt{{"Varandan officials", "Varanda", Reported, "the talks were useful"}, {"Marrow", "", Direct, "frank."}}},
		{"according to, with the source's name after it", []string{"According to the Kestrian mediator, Ambassador Jon Vell, the two sides agreed to reopen the hotline."},
			[]wantStmt{{"Jon Vell", "Kestria", Reported, "the two sides agreed to reopen"}}},
		// speech reported inside someone's statement is its own speaker's too
		{"attribution at the end, then a participle", []string{"Varandan Foreign Minister Ilse Marrow arrived.", "Kestria has long argued that monitors are needed, she said, adding that talks would resume."},
			[]wantStmt{{"Kestria", "Kestria", Reported, "monitors are needed"}, {"Ilse Marrow", "Varanda", Reported, "Kestria has long argued"}, {"Ilse Marrow", "Varanda", Reported, "talks would resume"}}},
		{"attribution at the end to no one known", []string{"Kestria has long argued that monitors are needed, she said."},
			[]wantStmt{{"Kestria", "Kestria", Reported, "monitors are needed"}}},
		{"parenthetical before a semicolon", []string{"Kestrian envoy Sofia Lenk spoke. The plan was simple, she suggested; the politics were not."},
			[]wantStmt{{"Sofia Lenk", "Kestria", Reported, "The plan was simple"}}},
		{"relative clause after the subject", []string{"Ana Dorsic, whose son was held for a year, said she had not slept."},
			[]wantStmt{{"Ana Dorsic", "", Reported, "she had not slept"}}},
		{"inverted with a news conference", []string{"“We asked three times,” Marrow told a news conference in Port Selin."},
			[]wantStmt{{"Marrow", "", Direct, "We asked three times"}}},
		{"a title, then the name in commas", []string{"The Kestrian trade envoy, Ruben Sato, wrote that the fees were unfair."},
			[]wantStmt{{"Ruben Sato", "Kestria", Reported, "the fees were unfair"}}},
		// what the two agreed to do is a commissive, nested in what the
		// officials said: a statement of its own (a pair of two parties)
		{"a trailing attribution reports the whole clause", []string{"Varanda and Kestria agreed to extend the truce, officials from both countries said."},
			[]wantStmt{{"Varanda and Kestria", "", Reported, "extend the truce"}, {"officials from both countries", "", Reported, "Varanda and Kestria agreed"}}},
		// "so" after a verb of saying stands for what was said, as "as
		// much" does: PolNeAR annotates it so
		{"a bare so is what was said", []string{"Varandan farmers hope for rain, and the ministry has said so."},
			[]wantStmt{{"the ministry", "", Reported, "so"}}},
		{"not statements", []string{
			"The coming weeks will indicate whether the truce holds.",
			"Still, the Kestrian side’s recent signalling suggests a thaw.",
			"Kestria did not say when the talks would resume.",
			"Varanda will announce its decision on Monday.",
			"The plan was described by observers as fragile.",
			"Marrow declined to comment.",
			"The Equity Action Plan outlines new steps.",
			"As he said yesterday when meeting the press, Kestria was calm",
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := &Briefing{Title: "Test", Declared: shapesDecl}
			for _, p := range c.paras {
				b.Paragraphs = append(b.Paragraphs, Paragraph{Text: p})
			}
			a.Attribute(b)
			checkStatements(t, b, c.want)
		})
	}
}

// Later mentions are the same person; pronouns go to the last compatible
// speaker; the lists of parties and speakers are filled.
func TestAttributionPeopleAndLists(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	b := &Briefing{Title: "Moscow and Kyiv trade words", Paragraphs: []Paragraph{
		{Text: "Senior Kremlin adviser Yuri Ushakov said the talks were useful."},
		{Text: "Ushakov added that more meetings were planned. He noted that Kyiv had not replied."},
		{Text: "The adviser also stressed that Washington was informed."},
		{Text: "Kyiv has stated that it wants guarantees. Analysts say little will change."},
	}}
	a.Attribute(b)
	checkStatements(t, b, []wantStmt{
		{"Yuri Ushakov", "Russia", Reported, "the talks were useful"},
		{"Yuri Ushakov", "Russia", Reported, "more meetings"},
		{"Yuri Ushakov", "Russia", Reported, "Kyiv had not replied"},
		{"Yuri Ushakov", "Russia", Reported, "Washington was informed"},
		{"Ukraine", "Ukraine", Reported, "it wants guarantees"},
		{"Analysts", "", Reported, "little will change"},
	})
	if b.Statements[0].Role != "Senior Kremlin adviser" {
		t.Errorf("role %q", b.Statements[0].Role)
	}
	if got := strings.Join(b.Parties, ","); got != "Russia,Ukraine,United States" {
		t.Errorf("parties %q", got)
	}
	want := []Speaker{
		{Name: "Yuri Ushakov", Role: "Senior Kremlin adviser", Party: "Russia", Person: true},
		{Name: "Ukraine", Party: "Ukraine"},
		{Name: "Analysts", Group: true},
	}
	if len(b.Speakers) != len(want) {
		t.Fatalf("speakers %+v", b.Speakers)
	}
	for i, w := range want {
		if b.Speakers[i] != w {
			t.Errorf("speaker %d: %+v, want %+v", i, b.Speakers[i], w)
		}
	}
	// a second call replaces, not appends
	a.Attribute(b)
	if len(b.Statements) != 6 || len(b.Speakers) != 3 {
		t.Errorf("second Attribute: %d statements, %d speakers", len(b.Statements), len(b.Speakers))
	}
}

func TestAttributionTranscript(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	b := &Briefing{Title: "Department Press Briefing", Shape: ShapeTranscript, Paragraphs: []Paragraph{
		{Text: "Ned Price, Department Spokesperson"},
		{Label: "MR PRICE", Text: "Good afternoon. We have nothing at the top."},
		// "President Erdoğan": the new engine names a known person by a
		// surname only with a title or a fuller name before it (a bare
		// surname is often someone else's), and keeps a turn's report
		// only when the turn names its speaker so (voice.ReportedInTurn)
		{Label: "QUESTION", Text: "President Erdoğan said yesterday that the delegations should not come. Is that a problem?"},
		{Label: "MR PRICE", Text: "We are confident. You heard the Secretary."},
		{Label: "MODERATOR", Text: "Next question."},
		{Label: "Q", Text: "And you said that was private?"},
	}}
	a.Attribute(b)
	checkStatements(t, b, []wantStmt{
		{"Ned Price", "United States", Direct, "Good afternoon. We have nothing at the top."},
		{"Reporter", "", Question, "President Erdoğan said yesterday"},
		{"Recep Tayyip Erdoğan", "Turkey", Reported, "the delegations should not come"},
		{"Ned Price", "United States", Direct, "We are confident."},
		{"Moderator", "", Direct, "Next question."}, // whose moderator, the page does not say
		{"Reporter", "", Question, "And you said"},
	})
}

func TestAttributeEmptyAndConcurrent(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	a.Attribute(nil)
	empty := &Briefing{}
	a.Attribute(empty)
	if len(empty.Statements) != 0 || len(empty.Parties) != 0 {
		t.Errorf("empty briefing: %+v", empty)
	}
	// one Attributor, many goroutines (go test -race)
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := &Briefing{Title: "T", Paragraphs: []Paragraph{{Text: "Russia said the talks failed. “No,” Ukraine said."}}}
			a.Attribute(b)
			results[i] = len(b.Statements)
		}()
	}
	wg.Wait()
	for i, n := range results {
		if n != 2 {
			t.Errorf("goroutine %d: %d statements", i, n)
		}
	}
}

// A label the front matter declares as a speaker's alias names that
// speaker; an unknown official's label takes the party of the others.
func TestAttributionTranscriptDeclaredLabels(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	b := &Briefing{Title: "Council session", Shape: ShapeTranscript,
		Declared: Declared{
			Parties:  []PartyDecl{{Name: "Concord", Aliases: []string{"the Council"}}, {Name: "Varanda", Aliases: []string{"Varandan"}}},
			Speakers: []SpeakerDecl{{Name: "Lio Farrant", Role: "President of the Council", Party: "Concord", Aliases: []string{"THE PRESIDENT"}}, {Name: "Ilse Marrow", Role: "Foreign Minister", Party: "Varanda"}},
		},
		Paragraphs: []Paragraph{
			{Label: "THE PRESIDENT", Text: "I give the floor to the Minister."},
			{Label: "MINISTER MARROW", Text: "Thank you. Varanda keeps its word."},
			{Label: "SENIOR OFFICIAL", Text: "Let me add one point."},
			{Label: "THE PRESIDENT", Text: "Thank you."},
		}}
	a.Attribute(b)
	checkStatements(t, b, []wantStmt{
		{"Lio Farrant", "Concord", Direct, "I give the floor"},
		{"Ilse Marrow", "Varanda", Direct, "Thank you."},
		// whose official, the label does not say: two parties speak in
		// the session and the page names no host, so no party is guessed
		// (as for "officials with no home party stay null")
		{"Senior Official", "", Direct, "Let me add"},
		{"Lio Farrant", "Concord", Direct, "Thank you."},
	})
}

// TestSpeakerGroupMarks: the speaker picker marks a group of speakers,
// grammatically plural, and not a body that is one speaker.
func TestSpeakerGroupMarks(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	b := &Briefing{Title: "Joint Statement", Paragraphs: []Paragraph{
		{Text: "The two Presidents reaffirmed their commitment to the dam."},
		{Text: "Participants highlighted their support for the river talks."},
		{Text: "The Council reiterated the need to share the water."},
	}}
	a.Attribute(b)
	// speakers keep their article ("the two Presidents"), a convention
	// of the staged engine
	want := map[string]bool{"the two Presidents": true, "Participants": true, "the Council": false}
	for _, sp := range b.Speakers {
		g, ok := want[sp.Name]
		if !ok {
			t.Errorf("unexpected speaker %+v", sp)
			continue
		}
		if sp.Group != g {
			t.Errorf("%s: group %v, want %v", sp.Name, sp.Group, g)
		}
		delete(want, sp.Name)
	}
	for name := range want {
		t.Errorf("speaker %q missing (speakers %+v)", name, b.Speakers)
	}
}
