package lexicon

import (
	"slices"
	"testing"
)

func mustDefault(t *testing.T) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestCueForms(t *testing.T) {
	l := mustDefault(t)
	cases := []struct {
		word  string
		lemma string
		frame Frame
		form  Form
	}{
		{"said", "say", Say, Past},
		{"Says", "say", Say, Third},
		{"told", "tell", Tell, Past},
		{"urged", "urge", Urge, Past},
		{"accusing", "accuse", Accuse, Gerund},
		{"criticised", "criticize", Accuse, Past},
		{"criticized", "criticize", Accuse, Past},
		{"denies", "deny", Object, Third},
		{"slammed", "slam", Object, Past},
		{"wrote", "write", That, Past},
		{"called", "call for", Object, Past}, // the longest phrase comes first
		{"hopes", "hope", Attitude, Third},
		{"admitted", "admit", Say, Past},
		{"echoes", "echo", Say, Third},
	}
	for _, c := range cases {
		e := l.Lookup(c.word)
		if e == nil || e.Class&CueVerb == 0 {
			t.Errorf("%q is no cue verb", c.word)
			continue
		}
		cue := e.Cues[0]
		if cue.Lemma != c.lemma || cue.Frame != c.frame || !slices.Contains(cue.Forms, c.form) {
			t.Errorf("%q: got %s/%v/%v, want %s/%v/%v", c.word, cue.Lemma, cue.Frame, cue.Forms, c.lemma, c.frame, c.form)
		}
	}
}

func TestIssueVerbsCovered(t *testing.T) {
	// the reporting verbs issue #10 names
	l := mustDefault(t)
	for _, w := range []string{"say", "tell", "warn", "claim", "accuse", "deny", "insist", "argue", "urge", "call", "condemn", "vow", "threaten", "reject", "promise"} {
		if !l.Is(w, CueVerb) {
			t.Errorf("%q is not a cue verb", w)
		}
	}
}

func TestClasses(t *testing.T) {
	l := mustDefault(t)
	cases := []struct {
		word string
		c    Class
	}{
		{"minister", TitleHead}, {"foreign", TitleWord}, {"Gen.", Abbreviation}, {"U.S.", Ender},
		{"He", Opener}, {"Mrs.", Honorific}, {"she", Pronoun}, {"who", Relative},
		{"officials", Group}, {"statement", Document}, {"television", Media}, {"Monday", Time},
		{"claim", CueNoun},
	}
	for _, c := range cases {
		if !l.Is(c.word, c.c) {
			t.Errorf("%q is not in class %b", c.word, c.c)
		}
	}
	if l.Is("table", TitleHead) || l.Lookup("zzz") != nil {
		t.Error("words outside the lexicon have classes")
	}
	if p := l.Lookup("She").Pronoun; p.Gender != 'f' || p.Plural || p.Person != 3 || p.Case != 's' {
		t.Errorf("she: %+v", p)
	}
	if g := l.Lookup("analysts").Group; g != FreeGroup {
		t.Errorf("analysts: group %v", g)
	}
}

func TestInflect(t *testing.T) {
	cases := map[string][4]string{
		"say":   {"says", "sayed", "sayed", "saying"}, // irregular forms are listed in the file
		"deny":  {"denies", "denied", "denied", "denying"},
		"note":  {"notes", "noted", "noted", "noting"},
		"slam":  {"slams", "slammed", "slammed", "slamming"},
		"press": {"presses", "pressed", "pressed", "pressing"},
		"warn":  {"warns", "warned", "warned", "warning"},
	}
	for v, want := range cases {
		if got := inflect(v); got != want {
			t.Errorf("inflect(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	for _, bad := range []string{"[cues]\nsay\n", "[nosuch]\nword\n", "[pronouns]\nhe m\n", "[groups]\nofficials maybe\n"} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}
