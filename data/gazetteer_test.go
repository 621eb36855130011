package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/gazetteer"
)

func TestBuiltinGazetteerLoads(t *testing.T) {
	t.Parallel()
	a, errs := testAttributor()
	for _, err := range errs {
		t.Error(err)
	}
	g, err := gazetteer.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	states := 0
	for _, p := range g.Parties {
		if p.Kind == "state" {
			states++
		}
	}
	if states != 193 {
		t.Errorf("%d UN member states in parties.yaml, want 193", states)
	}
	for _, p := range g.People {
		if p.Party == "" {
			t.Errorf("%s has no party", p.Name)
		} else if _, ok := a.CanonicalParty(p.Party); !ok {
			t.Errorf("%s: party %q is not in the gazetteer", p.Name, p.Party)
		}
	}
}

func TestCanonicalParty(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	cases := []struct{ in, want string }{
		{"US", "United States"}, {"U.S.", "United States"}, {"usa", "United States"},
		{"America", "United States"}, {"American", "United States"}, {"Washington", "United States"},
		{"the White House", "United States"}, {"State Department", "United States"}, {"Pentagon", "United States"},
		{"the Department of Justice", "United States"}, {"CDC", "United States"}, {"NSC", "United States"}, {"the National Security Council", "United States"}, {"CBO", "United States"}, {"DOL", "United States"}, {"the Biden-Harris Administration", "United States"},
		{"Russian Federation", "Russia"}, {"Russian", "Russia"}, {"Moscow", "Russia"}, {"the Kremlin", "Russia"},
		{"Kyiv", "Ukraine"}, {"Kiev", "Ukraine"}, {"Ukrainian", "Ukraine"},
		{"UK", "United Kingdom"}, {"Downing Street", "United Kingdom"}, {"No. 10", "United Kingdom"},
		{"Beijing", "China"}, {"PRC", "China"}, {"Brussels", "European Union"}, {"EU", "European Union"},
		{"European", "Europe"}, {"NATO", "NATO"}, {"UN", "United Nations"}, {"African Union", "African Union"},
		{"Hamas", "Hamas"}, {"Hizballah", "Hezbollah"}, {"the Taliban", "Taliban"}, {"Türkiye", "Turkey"},
		{"Ankara", "Turkey"}, {"Ramallah", "Palestinian Authority"}, {"ASEAN", "ASEAN"}, {"OSCE", "OSCE"},
		{"Arab League", "Arab League"}, {"G7", "G7"}, {"G-20", "G20"},
	}
	for _, c := range cases {
		got, ok := a.CanonicalParty(c.in)
		if !ok || got != c.want {
			t.Errorf("CanonicalParty(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, no := range []string{"", "us officials", "Varanda", "the"} {
		if got, ok := a.CanonicalParty(no); ok {
			t.Errorf("CanonicalParty(%q) = %q, want none", no, got)
		}
	}
}

func TestMatchPartySpeakerKey(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	party := []struct {
		q, party string
		want     bool
	}{
		{"Kyiv", "Ukraine", true}, {"us", "United States", true}, {"U.S.", "United States", true},
		{"russia", "Russia", true}, {"Russia", "Ukraine", false}, {"Varanda", "Varanda", true},
		{"varanda", "Varanda", true}, {"", "Russia", false}, {"Russia", "", false},
	}
	for _, c := range party {
		if got := a.MatchParty(c.q, c.party); got != c.want {
			t.Errorf("MatchParty(%q, %q) = %v", c.q, c.party, got)
		}
	}
	speaker := []struct {
		q, speaker string
		want       bool
	}{
		{"Ushakov", "Yuri Ushakov", true}, {"ushakov", "Yuri Ushakov", true}, {"kremlin", "the Kremlin", true},
		{"Zelenskyy", "Volodymyr Zelensky", true}, {"Ush", "Yuri Ushakov", false}, {"", "Yuri Ushakov", false},
		{"officials", "U.S. officials", true}, {"u.s. officials", "U.S. officials", true},
		{"pentagon", "the Department of Defense", true}, {"cdc", "the Centers for Disease Control and Prevention", true},
		{"cdc", "the Department of Defense", false},
	}
	for _, c := range speaker {
		if got := a.MatchSpeaker(c.q, c.speaker); got != c.want {
			t.Errorf("MatchSpeaker(%q, %q) = %v", c.q, c.speaker, got)
		}
	}
	same := [][2]string{{"Yuri Ushakov", "Ushakov"}, {"Yury Ushakov", "Yuri Ushakov"}, {"Kyiv", "Ukraine"},
		{"the Kremlin", "Kremlin"}, {"Officials in Moscow", "officials in Moscow"}, {"Joseph R. Biden Jr.", "Biden"}}
	for _, p := range same {
		if a.SpeakerKey(p[0]) != a.SpeakerKey(p[1]) {
			t.Errorf("SpeakerKey(%q)=%q != SpeakerKey(%q)=%q", p[0], a.SpeakerKey(p[0]), p[1], a.SpeakerKey(p[1]))
		}
	}
	if a.SpeakerKey("the Kremlin") == a.SpeakerKey("Russia") {
		t.Error("the Kremlin and Russia are different speakers")
	}
}

func writeGazFile(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A user extends the gazetteer without touching code; a malformed file is
// reported by name and line, and the rest still works.
func TestUserGazetteer(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeGazFile(t, dir, "parties.yaml", `# my parties
- {name: Varanda, aliases: [Republic of Varanda], demonyms: [Varandan], capital: Port Selin, seats: [Amber Palace]}
- {name: Russia, aliases: [Rossiya]}
`)
	writeGazFile(t, dir, "people.yaml", `- {name: Ilse Marrow, role: Foreign Minister, party: Varanda, gender: f}
`)
	a, errs := NewAttributor(dir)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	for in, want := range map[string]string{"Port Selin": "Varanda", "Varandan": "Varanda", "Rossiya": "Russia", "Moscow": "Russia"} {
		if got, ok := a.CanonicalParty(in); !ok || got != want {
			t.Errorf("CanonicalParty(%q) = %q, want %q", in, got, want)
		}
	}
	b := &Briefing{Title: "Talks", Paragraphs: []Paragraph{
		{Text: "Marrow said the Amber Palace had been consulted."},
		{Text: "Port Selin has insisted that the river belongs to no one."},
	}}
	a.Attribute(b)
	want := []struct{ speaker, party string }{{"Ilse Marrow", "Varanda"}, {"Varanda", "Varanda"}}
	if len(b.Statements) != len(want) {
		t.Fatalf("statements: %+v", b.Statements)
	}
	for i, w := range want {
		if s := b.Statements[i]; s.Speaker != w.speaker || s.Party != w.party {
			t.Errorf("statement %d: %q (%q), want %q (%q)", i, s.Speaker, s.Party, w.speaker, w.party)
		}
	}

	bad := []struct {
		file, text, want string
	}{
		{"parties.yaml", "- {name: Varanda}\n- {name: [oops\n", "parties.yaml: line "},
		{"parties.yaml", "- {name: Varanda}\n- {nmae: Kestria}\n", "parties.yaml: line 2: unknown field \"nmae\""},
		{"parties.yaml", "- {name: Varanda}\n- {aliases: [X]}\n", "parties.yaml: line 2: entry has no name"},
		{"parties.yaml", "name: Varanda\n", "parties.yaml: line 1: expected a list"},
		{"people.yaml", "- {name: Ilse Marrow, party: Nowhereland}\n", "people.yaml: line 1: party \"Nowhereland\" is not in the gazetteer"},
		{"people.yaml", "- {name: Ilse Marrow, gender: x}\n", "people.yaml: line 1: gender"},
		{"people.yaml", "- {name: Ilse Marrow, aliases: notalist}\n", "people.yaml: line 1: cannot unmarshal"},
	}
	for _, c := range bad {
		d := t.TempDir()
		writeGazFile(t, d, c.file, c.text)
		a, errs := NewAttributor(d)
		if len(errs) == 0 || !strings.Contains(errs[0].Error(), c.want) || !strings.Contains(errs[0].Error(), d) {
			t.Errorf("%q: errors %v, want one containing %q and the path", c.text, errs, c.want)
		}
		if got, ok := a.CanonicalParty("Kyiv"); !ok || got != "Ukraine" {
			t.Errorf("built-in gazetteer broken by a bad user file: %q", got)
		}
	}
}

// Front matter declarations extend the gazetteer for that briefing only,
// and win over the built-in data.
func TestDeclaredPartiesAndSpeakers(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	b := &Briefing{Title: "Water talks",
		Declared: Declared{
			Parties:  []PartyDecl{{Name: "Varanda", Aliases: []string{"Varandan", "Port Selin"}}, {Name: "Kestria", Aliases: []string{"Kestrian", "Ostrava Nova"}}},
			Speakers: []SpeakerDecl{{Name: "Tomas Keel", Role: "Water Minister", Party: "Kestria"}},
		},
		Paragraphs: []Paragraph{
			{Text: "Port Selin said the dam would stay open."},
			{Text: "Keel told reporters that Kestrian farmers needed the water."},
			{Text: "Varandan officials noted that the treaty was clear."},
		}}
	a.Attribute(b)
	want := []struct{ speaker, role, party string }{
		{"Varanda", "", "Varanda"}, {"Tomas Keel", "Water Minister", "Kestria"}, {"Varandan officials", "", "Varanda"},
	}
	if len(b.Statements) != len(want) {
		t.Fatalf("statements: %+v", b.Statements)
	}
	for i, w := range want {
		s := b.Statements[i]
		if s.Speaker != w.speaker || s.Role != w.role || s.Party != w.party {
			t.Errorf("statement %d: %q/%q/%q, want %q/%q/%q", i, s.Speaker, s.Role, s.Party, w.speaker, w.role, w.party)
		}
	}
	if strings.Join(b.Parties, ",") != "Varanda,Kestria" {
		t.Errorf("parties %v", b.Parties)
	}
	// the declarations did not leak into the attributor
	if _, ok := a.CanonicalParty("Varanda"); ok {
		t.Error("Varanda leaked into the shared gazetteer")
	}
}

func TestAttributorVersionFollowsUserFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, _ := NewAttributor(dir)
	b, _ := NewAttributor(dir)
	if a.Version() == "" || a.Version() != b.Version() {
		t.Fatalf("same inputs, versions %q and %q", a.Version(), b.Version())
	}
	if err := os.WriteFile(filepath.Join(dir, "people.yaml"), []byte("- {name: Ana Velk, party: Tesmar}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, _ := NewAttributor(dir)
	if c.Version() == a.Version() {
		t.Errorf("a new people.yaml left the version at %q", c.Version())
	}
}
