package data

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-reader/brief/internal/goldscore"
)

// The project's own annotated cases (invented countries and people), one
// for every shape of statement the engine must find, scored by the same
// rules as the seed: F1 and precision ≥ 0.90 over all of them.
func TestAttributionOwnGold(t *testing.T) {
	t.Parallel()
	golds, err := filepath.Glob(filepath.Join("testdata", "attribution", "*.json"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	a := attrTestAttributor(t)
	var tp, fp, fn, required, statements int
	for _, g := range golds {
		text := strings.TrimSuffix(g, ".json") + ".md"
		gold, err := goldscore.LoadGold(g)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range gold.Statements {
			statements++
			if s.Required {
				required++
			}
		}
		r := goldscore.Score(gold, attrPredictions(attrParse(t, a, text)), false)
		t.Logf("%s: %s", filepath.Base(g), r)
		for _, m := range r.Misses {
			t.Log("  ", m)
		}
		tp, fp, fn = tp+r.TP, fp+r.FP, fn+r.FN
	}
	if statements < 60 {
		t.Errorf("only %d annotated statements; the project keeps at least 60", statements)
	}
	p := float64(tp) / float64(max(1, tp+fp))
	rec := float64(required-fn) / float64(max(1, required))
	f1 := 0.0
	if p+rec > 0 {
		f1 = 2 * p * rec / (p + rec)
	}
	t.Logf("own gold: %d statements (%d required): precision=%.2f recall=%.2f f1=%.2f tp=%d fp=%d fn=%d", statements, required, p, rec, f1, tp, fp, fn)
	if f1 < 0.90 || p < 0.90 {
		t.Errorf("own gold: f1=%.2f precision=%.2f; want both ≥ 0.90", f1, p)
	}
}
