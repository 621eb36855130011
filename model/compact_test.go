package model

import (
	"bytes"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// The statements of a library's rows are kept compact once read (issue
// #11): the quote view, its filters and pickers, the profiles and a
// story opened from them show what the same stories held whole show.
func TestCompactStatementsShowAsHeld(t *testing.T) {
	var heldClip, compactClip bytes.Buffer
	heldCfg, compactCfg := testConfig(fixture()), compactConfig(fixture())
	heldCfg.Clipboard, compactCfg.Clipboard = &heldClip, &compactClip
	held := press(t, startModel(t, 100, 30, heldCfg), "tab")
	compact := startModel(t, 100, 30, compactCfg)
	next, cmd := compact.Update(tea.KeyMsg{Type: tea.KeyTab})
	compact = runStatementCmds(t, next.(Model), cmd)
	if n := len(compact.lib.Pending()); n > 0 {
		t.Fatalf("%d stories still without statements", n)
	}
	steps := [][]string{
		{},                                    // the quote view
		{"j", "j", "j"},                       // another statement under the cursor, shown whole
		{"/", "ostrava nova"},                 // words of the text
		{"esc", "/", "spokesperson", "enter"}, // a speaker's role
		{"esc", "esc", "p"},                   // the party picker
		{"enter"},                             // its first party
		{"esc", "s"},                          // the speaker picker
		{"esc", "G", "i"},                     // the last statement's speaker's profile
		{"enter"},                             // a statement of it, in its story
		{"esc", "esc", "I"},                   // its party's profile
		{"esc", "k"},                          // back, to the statement before
	}
	for _, keys := range steps {
		held, compact = press(t, held, keys...), press(t, compact, keys...)
		if h, c := screenText(held), screenText(compact); h != c {
			t.Fatalf("after %q:\nheld whole:\n%s\ncompact:\n%s", keys, h, c)
		}
	}
	// Its citation, copied.
	for _, m := range []Model{held, compact} {
		next, cmd := m.Update(keyMsgs("y")[0])
		update(t, next.(Model), cmd())
	}
	if heldClip.String() != compactClip.String() || compactClip.Len() == 0 {
		t.Errorf("citations differ:\nheld whole: %q\ncompact: %q", heldClip.String(), compactClip.String())
	}
}
