package views

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
)

// TestRoleNotSaidTwice: the quote view's attribution line gives the
// speaker's role after the name unless the name already holds it.
func TestRoleNotSaidTwice(t *testing.T) {
	t.Parallel()
	tests := []struct {
		speaker, role, want, not string
	}{
		{"Anselm Roy", "Foreign Minister of Tesmar", "— Anselm Roy, Foreign Minister of Tesmar", ""},
		{"Foreign Minister Pellquist", "Foreign Minister", "— Foreign Minister Pellquist ·", "Pellquist, Foreign"},
		{"the Minister", "Minister", "— the Minister ·", "Minister, Minister"},
		{"Ministerial Envoy Ostrell", "Minister", "— Ministerial Envoy Ostrell, Minister", ""},
	}
	for _, tt := range tests {
		t.Run(tt.speaker, func(t *testing.T) {
			lib := NewLibrary(nil)
			lib.Add(&data.Briefing{Title: "Harbour accord", Parties: []string{"Tesmar"}, Statements: []data.Statement{
				{Speaker: tt.speaker, Role: tt.role, Party: "Tesmar", Cue: "said", Text: "the harbour stays open", Kind: data.Reported, Paragraph: 1},
			}})
			st := NewStyles(ThemeNoColor)
			keys := DefaultKeyMap()
			q := NewQuotes(lib, &st, &keys)
			q.SetSize(100, 10)
			q.Sync(nil)
			screen := ansi.Strip(q.View())
			if !strings.Contains(screen, tt.want) {
				t.Errorf("the quote view shows\n%s\nwant a line holding %q", screen, tt.want)
			}
			if tt.not != "" && strings.Contains(screen, tt.not) {
				t.Errorf("the quote view shows\n%s\nwhich says the role twice (%q)", screen, tt.not)
			}
		})
	}
}
