package lexicon

import (
	"slices"
	"strings"
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
		{"claim", CueNoun}, {"unless", Conditional}, {"Excellency", Honorific}, {"Honorable", Honorific},
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

func TestPhrases(t *testing.T) {
	l := mustDefault(t)
	words := func(s string) []string { return strings.Fields(s) }
	cases := []struct {
		text  string
		c     Class
		words int    // the phrase's length, 0 for none
		arg   string // its argument
	}{
		{"Joint Statement by Kestria and Tesmar", DocumentOpener, 3, "joint"}, // the longest phrase first
		{"Joint Statement on the Strait", DocumentOpener, 2, "joint"},
		{"Statement by President Velk", DocumentOpener, 2, "author"},
		{"Readout of the call", DocumentOpener, 2, "narration"},
		{"Statement on the Strait", DocumentOpener, 1, "before"}, // its speakers come before it, if any
		{"Readout on the Strait", DocumentOpener, 1, "narration"},
		{"Office of the Spokesperson", IssuerByline, 4, "State Department"},
		{"released by the Governments of", ReleaseLine, 2, "after"},
		{"issue the following joint statement", ReleaseLine, 3, "before"},
		{"Master of Ceremonies", NeutralLabel, 3, ""},
		{"Moderator", NeutralLabel, 1, ""},
		{"Office of the Spokesperson", DocumentOpener, 0, ""}, // another class
	}
	for _, c := range cases {
		p, ok := l.PhraseAt(words(c.text), c.c)
		if c.words == 0 {
			if ok {
				t.Errorf("%q: phrase %v", c.text, p.Words)
			}
			continue
		}
		if !ok || len(p.Words) != c.words || p.Arg != c.arg {
			t.Errorf("%q: %v %q (found %v), want %d words, %q", c.text, p.Words, p.Arg, ok, c.words, c.arg)
		}
	}
	if !l.IsPhrase(words("Master of Ceremonies"), NeutralLabel) || l.IsPhrase(words("Moderator Velk"), NeutralLabel) {
		t.Error("IsPhrase takes the words whole")
	}
	for _, w := range []string{"Q", "question", "reporter"} {
		if !l.Is(w, QuestionLabel) {
			t.Errorf("%q is no question label", w)
		}
	}
	if !l.Is("moderator", NeutralLabel) || !l.Is("END", TurnEnd) {
		t.Error("one-word phrases and plain words keep their class")
	}
}
