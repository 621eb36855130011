package goldscore

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

// shared is the read-only material beside the project; the tests that need
// it skip when it is absent (a user's clone has none).
func shared(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available", p)
	}
	return p
}

// The expected figures were printed by shared/tools/score-statements itself
// (python3) on the same gold and prediction files.
func TestScoreAgreesWithPythonTool(t *testing.T) {
	cases := []struct {
		gold, pred  string
		ignoreParty bool
		want        string
	}{
		{"gold/seed-statements.json", "testdata/seed-predictions.json", false, "precision=0.67 recall=0.47 f1=0.55 tp=8 fp=4 fn=9"},
		{"gold/seed-statements.json", "testdata/seed-predictions.json", true, "precision=0.75 recall=0.53 f1=0.62 tp=9 fp=3 fn=8"},
		{"gold/dev/state-briefing-2022-05-17.json", "testdata/briefing-predictions.json", false, "precision=0.33 recall=0.12 f1=0.18 tp=1 fp=2 fn=7"},
		{"gold/dev/state-briefing-2022-05-17.json", "testdata/briefing-predictions.json", true, "precision=1.00 recall=0.25 f1=0.40 tp=2 fp=0 fn=6"},
		{"gold/seed-statements.json", "testdata/not-json.txt", false, "precision=0.00 recall=0.00 f1=0.00 tp=0 fp=0 fn=17"},
	}
	for _, c := range cases {
		g, err := LoadGold(shared(t, c.gold))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(c.pred)
		if err != nil {
			t.Fatal(err)
		}
		if got := Score(g, ParsePredictions(raw), c.ignoreParty).String(); got != c.want {
			t.Errorf("%s vs %s (ignore party %v):\n got %s\nwant %s", c.pred, c.gold, c.ignoreParty, got, c.want)
		}
	}
}

// Word sets and names, checked against the python tool's regular
// expressions (printed with python3 on the same strings).
func TestWordsAndNames(t *testing.T) {
	words := []struct {
		in   string
		want []string
	}{
		{"U.S.-drafted peace, long-term a.m. Washington’s co-op 3.8 2,000 ‘quoted’ x--y",
			[]string{"000", "2", "3.8", "a.m", "co-op", "drafted", "long-term", "peace", "quoted", "u.s", "washington's", "x", "y"}},
		{"Erdoğan’s İstanbul naïve it’s", []string{"an's", "erdo", "i", "it's", "na", "stanbul", "ve"}},
		{"...hello...world..", []string{"hello", "world"}},
		{"", nil},
	}
	for _, c := range words {
		var got []string
		for w := range Words(c.in) {
			got = append(got, w)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	names := []struct{ in, want string }{
		{"  The Kremlin ", "kremlin"},
		{"Its leadership", "leadership"},
		{"the", "the"},
		{"theory of X", "theory of x"},
		{"U.S. officials.", "u.s. officials"},
		{"Ukraine’s leadership!", "ukraine's leadership"},
		{"Thé  Big—Body", "th big body"},
	}
	for _, c := range names {
		if got := NormName(c.in); got != c.want {
			t.Errorf("NormName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMatching(t *testing.T) {
	speakers := []struct {
		pred    string
		aliases []string
		want    bool
	}{
		{"Senior Kremlin adviser Yuri Ushakov", []string{"Yuri Ushakov"}, true},
		{"MR PRICE", []string{"Ned Price", "Price"}, true},
		{"the Kremlin", []string{"Kremlin"}, true},
		{"Kremlin officials", []string{"the Kremlin"}, true},
		{"Ushakovsky", []string{"Ushakov"}, false},
		{"He", []string{"Yuri Ushakov"}, false},
		{"", []string{""}, false},
	}
	for _, c := range speakers {
		if got := SpeakerOK(c.pred, c.aliases); got != c.want {
			t.Errorf("SpeakerOK(%q, %q) = %v", c.pred, c.aliases, got)
		}
	}
	parties := []struct {
		in   any
		want string
	}{{nil, ""}, {"US", "united states"}, {" U.S. ", "united states"}, {"EU", "europe"}, {"Russian Federation", "russia"}, {"Ukraine", "ukraine"}}
	for _, c := range parties {
		if got := NormParty(c.in); got != c.want {
			t.Errorf("NormParty(%v) = %q, want %q", c.in, got, c.want)
		}
	}
	overlaps := []struct {
		pred, gold string
		want       bool
	}{
		{"the talks had been productive", "the talks had been productive", true},
		{"the talks had been productive, with President Donald Trump describing the atmosphere as reasonably good", "the talks had been productive", false},
		{"talks", "the talks had been productive", false},
		{"", "x", false},
	}
	for _, c := range overlaps {
		if got := Overlaps(c.pred, c.gold); got != c.want {
			t.Errorf("Overlaps(%q, %q) = %v", c.pred, c.gold, got)
		}
	}
}

func TestParsePredictionsShapes(t *testing.T) {
	cases := []struct {
		raw  string
		want int
	}{
		{`[]`, 0},
		{`[{"speaker":"A","text":"x"},{"speaker":"B","party":null,"text":"y"}]`, 2},
		{`{"statements":[],"quotes":[{"speaker":"A","text":"x"}]}`, 1},
		{`{"statements":[{"speaker":"A","text":"x"}]}`, 1},
		{`{"other":[1]}`, 0},
		{`not json`, 0},
		{`[1, "x", {"speaker":"A","text":"x"}]`, 1},
	}
	for _, c := range cases {
		if got := len(ParsePredictions([]byte(c.raw))); got != c.want {
			t.Errorf("ParsePredictions(%s): %d predictions, want %d", c.raw, got, c.want)
		}
	}
}
