package cli

import (
	"strings"
	"testing"
)

// TestUnknownPartyOrSpeaker: a filter naming nobody brief knows used to
// print nothing and exit 0, as if the stories were simply silent. Now it
// says so, names the nearest names it does know (from the stories and
// the gazetteer), and exits 1. A known name that the stories lack is
// still an empty answer, not an error.
func TestUnknownPartyOrSpeaker(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir := t.TempDir()
	turn := writeStory(t, dir, "turn.md", turnStory)
	calm := writeStory(t, dir, "calm.txt", calmStory)
	tests := []struct {
		name      string
		args      []string
		code      int
		stderrHas []string
		stdoutHas string
	}{
		{"unknown party", []string{"list", "--party", "Narnia", turn, calm}, ExitError,
			[]string{`brief: list: no party known as "Narnia"; nearest: `}, "#"},
		{"misspelt declared party", []string{"quotes", "--party", "Tesmr", turn}, ExitError,
			[]string{`brief: quotes: no party known as "Tesmr"; nearest: Tesmar`}, ""},
		{"unknown speaker", []string{"quotes", "--speaker", "Nobody", turn}, ExitError,
			[]string{`brief: quotes: no speaker known as "Nobody"; nearest: `}, ""},
		{"misspelt speaker", []string{"list", "--json", "--speaker", "Salow", turn}, ExitError,
			[]string{`no speaker known as "Salow"; nearest: Ms. Sallow`}, "[]"},
		{"both unknown", []string{"quotes", "--party", "Narnia", "--speaker", "Nobody", turn}, ExitError,
			[]string{`no party known as "Narnia"`, `no speaker known as "Nobody"`}, ""},
		{"known speaker", []string{"quotes", "--speaker", "Sallow", turn}, ExitOK, nil, "Ms. Sallow"},
		{"declared party by alias", []string{"list", "--party", "Velhaven", turn}, ExitOK, nil, "#"},
		// The user's gazetteer knows them; no story here does.
		{"known party absent from the stories", []string{"list", "--party", "Kestria", calm}, ExitOK, nil, "#"},
		{"known person absent from the stories", []string{"quotes", "--speaker", "Venn", turn}, ExitOK, nil, ""},
		{"misspelt known person", []string{"quotes", "--speaker", "Vennn", turn}, ExitError,
			[]string{`nearest: Oskar Venn`}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			config := w.vars[envConfigDir]
			writeStory(t, config, "parties.yaml", "- {name: Kestria, demonyms: [Kestrian, Kestrians], capital: Varn, kind: state}\n")
			writeStory(t, config, "people.yaml", "- {name: Oskar Venn, role: Trade Minister, party: Kestria}\n")
			code, out, errs := w.run("", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errs)
			}
			for _, want := range tt.stderrHas {
				if !strings.Contains(errs, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errs)
				}
			}
			if tt.stderrHas == nil && errs != "" {
				t.Errorf("stderr: %s", errs)
			}
			if !strings.Contains(out, tt.stdoutHas) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdoutHas, out)
			}
		})
	}
}
