// Package goldscore scores extracted statements against a hand annotation.
// It is a faithful port of shared/tools/score-statements, so that the
// project's tests measure attribution exactly as the acceptance scorer
// does: the same word tokeniser, the same overlap thresholds (the gold
// clause at least 40% covered, at least 50% of the predicted clause inside
// it), the same speaker and party matching, optional statements neither
// rewarded nor punished, and the same precision, recall and F1.
package goldscore

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Gold is an annotation file: shared/gold/seed-statements.json, the dev
// set, or the project's own data/testdata/attribution/*.json.
type Gold struct {
	About      string          `json:"about"`
	Source     string          `json:"source"`
	Parties    []string        `json:"parties"`
	People     []Person        `json:"people"`
	Statements []GoldStatement `json:"statements"`
	Negatives  []Negative      `json:"negatives"`
}

// Person is an entry of a gold file's people list.
type Person struct {
	Name   string  `json:"name"`
	Role   string  `json:"role"`
	Party  *string `json:"party"`
	Speaks bool    `json:"speaks"`
}

// GoldStatement is one annotated statement.
type GoldStatement struct {
	Paragraph int      `json:"paragraph"`
	Speaker   []string `json:"speaker"` // accepted names, the canonical first
	Party     any      `json:"party"`   // a name, or null for no party
	Kind      string   `json:"kind"`
	Cue       *string  `json:"cue"`
	Required  bool     `json:"required"`
	Text      string   `json:"text"`
}

// Negative is a sentence that looks like a statement but is not one.
type Negative struct {
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
}

// Prediction is one statement found by brief (`brief quotes --json`).
type Prediction struct {
	Story     string `json:"story,omitempty"`
	Paragraph int    `json:"paragraph,omitempty"`
	Speaker   string `json:"speaker"`
	Role      any    `json:"role,omitempty"`
	Party     any    `json:"party"`
	Kind      string `json:"kind,omitempty"`
	Cue       any    `json:"cue,omitempty"`
	Text      string `json:"text"`
}

// Result is what the scorer prints last.
type Result struct {
	Precision, Recall, F1 float64
	TP, FP, FN            int
	Misses                []string // one line per false positive and missed required statement
}

func (r Result) String() string {
	return fmt.Sprintf("precision=%.2f recall=%.2f f1=%.2f tp=%d fp=%d fn=%d", r.Precision, r.Recall, r.F1, r.TP, r.FP, r.FN)
}

// LoadGold reads a gold file.
func LoadGold(path string) (*Gold, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// ParsePredictions reads predictions as the scorer does: a JSON array, or
// an object with a "statements" or "quotes" array. Anything unreadable is
// no predictions at all, so every required statement is missed.
func ParsePredictions(raw []byte) []Prediction {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil
	}
	if m, ok := v.(map[string]any); ok {
		// pred.get("statements") or pred.get("quotes") or []
		v = nil
		for _, k := range []string{"statements", "quotes"} {
			if truthy(m[k]) {
				v = m[k]
				break
			}
		}
	}
	l, ok := v.([]any)
	if !ok {
		return nil
	}
	out := make([]Prediction, 0, len(l))
	for _, item := range l {
		m, ok := item.(map[string]any)
		if !ok {
			continue
		}
		p := Prediction{Party: m["party"], Role: m["role"], Cue: m["cue"]}
		p.Text, _ = m["text"].(string)
		p.Speaker, _ = m["speaker"].(string)
		p.Kind, _ = m["kind"].(string)
		p.Story, _ = m["story"].(string)
		if n, ok := m["paragraph"].(float64); ok {
			p.Paragraph = int(n)
		}
		out = append(out, p)
	}
	return out
}

// truthy is Python's truth value of a JSON value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case float64:
		return x != 0
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

var partyAliases = map[string]string{
	"us": "united states", "u.s.": "united states", "usa": "united states",
	"united states of america": "united states", "america": "united states",
	"russian federation": "russia", "eu": "europe", "european union": "europe",
}

// lowerPy lower-cases as Python's str.lower does where the two differ in a
// way that changes the words found: "İ" becomes "i" and a combining dot.
func lowerPy(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "İ", "i\u0307"))
}

func isAN(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// Words is the scorer's word set: runs of [a-z0-9] joined by single
// apostrophes, periods or hyphens, on the lower-cased text.
func Words(s string) map[string]bool {
	s = lowerPy(s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(s)
	out := map[string]bool{}
	for i := 0; i < len(s); {
		if !isAN(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isAN(s[j]) {
			j++
		}
		for j+1 < len(s) && (s[j] == '\'' || s[j] == '.' || s[j] == '-') && isAN(s[j+1]) {
			j++
			for j < len(s) && isAN(s[j]) {
				j++
			}
		}
		out[s[i:j]] = true
		i = j
	}
	return out
}

// NormName is the scorer's name normalisation: lower-case, only
// [a-z0-9' .-], no leading "the"/"its"/"their", single spaces.
func NormName(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(lowerPy(s), "\u2019", "'"))
	var sb strings.Builder
	for _, r := range s {
		if r < 128 && (isAN(byte(r)) || r == '\'' || r == ' ' || r == '.' || r == '-') {
			sb.WriteRune(r)
		} else {
			sb.WriteByte(' ')
		}
	}
	s = sb.String()
	for _, p := range []string{"the", "its", "their"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) && s[len(p)] == ' ' {
			s = strings.TrimLeft(s[len(p):], " ")
			break
		}
	}
	s = strings.Join(strings.Fields(s), " ")
	return strings.Trim(s, " .")
}

// NormParty maps a party to the scorer's key: "" for none, "US" and
// "U.S." to "united states", the EU to "europe".
func NormParty(p any) string {
	var s string
	switch v := p.(type) {
	case nil:
		return ""
	case string:
		s = v
	case float64:
		s = fmt.Sprint(v)
	case bool:
		s = map[bool]string{true: "True", false: "False"}[v]
	default:
		s = fmt.Sprint(v)
	}
	s = strings.TrimSpace(lowerPy(s))
	if a, ok := partyAliases[s]; ok {
		return a
	}
	return s
}

// SpeakerOK reports whether pred is one of the accepted names, or
// contains one as whole words.
func SpeakerOK(pred string, aliases []string) bool {
	n := NormName(pred)
	p := " " + n + " "
	for _, a := range aliases {
		a = NormName(a)
		if a != "" && (n == a || strings.Contains(p, " "+a+" ")) {
			return true
		}
	}
	return false
}

// Overlaps reports whether a predicted clause matches a gold one.
func Overlaps(pred, gold string) bool {
	a, b := Words(pred), Words(gold)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	common := 0
	for w := range a {
		if b[w] {
			common++
		}
	}
	return float64(common)/float64(len(b)) >= 0.4 && float64(common)/float64(len(a)) >= 0.5
}

// Score scores predictions against a gold annotation. ignoreParty lets
// the speaker alone decide, like the tool's --ignore-party.
func Score(g *Gold, preds []Prediction, ignoreParty bool) Result {
	var r Result
	st := g.Statements
	found := make([]bool, len(st))
	for _, q := range preds {
		var hits, right []int
		for i := range st {
			if Overlaps(q.Text, st[i].Text) {
				hits = append(hits, i)
			}
		}
		for _, i := range hits {
			if SpeakerOK(q.Speaker, st[i].Speaker) && (ignoreParty || NormParty(q.Party) == NormParty(st[i].Party)) {
				right = append(right, i)
			}
		}
		if len(right) > 0 {
			req := false
			for _, i := range right {
				found[i] = true
				req = req || st[i].Required
			}
			if req {
				r.TP++
			}
			continue
		}
		r.FP++
		why := "matches no annotated statement"
		if len(hits) > 0 {
			why = fmt.Sprintf("wrong speaker/party (gold: %s / %v)", first(st[hits[0]].Speaker), st[hits[0]].Party)
		}
		r.Misses = append(r.Misses, fmt.Sprintf("FP  %q / %v: %q -- %s", q.Speaker, q.Party, clip(q.Text), why))
	}
	required, requiredFound := 0, 0
	for i, s := range st {
		if !s.Required {
			continue
		}
		required++
		if found[i] {
			requiredFound++
		} else {
			r.FN++
			r.Misses = append(r.Misses, fmt.Sprintf("FN  %s / %v (paragraph %d): %q", first(s.Speaker), s.Party, s.Paragraph, clip(s.Text)))
		}
	}
	if r.TP+r.FP > 0 {
		r.Precision = float64(r.TP) / float64(r.TP+r.FP)
	}
	if required > 0 {
		r.Recall = float64(requiredFound) / float64(required)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}

func first(l []string) string {
	if len(l) == 0 {
		return ""
	}
	return l[0]
}

func clip(s string) string {
	if r := []rune(s); len(r) > 90 {
		return string(r[:90])
	}
	return s
}
