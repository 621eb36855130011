package model

import "testing"

// TestFullHelpThatDoesNotFitIsCutNotDropped: on a screen too short for the
// full help, "?" shows its first rows and says more keys are hidden,
// rather than showing the short bar as if "?" did nothing.
func TestFullHelpThatDoesNotFitIsCutNotDropped(t *testing.T) {
	t.Parallel()
	m := press(t, newModel(t, 40, 12, fixture()), "enter")
	before := screenText(m)
	assertLacks(t, before, "½ page down")
	after := screenText(press(t, m, "?"))
	if after == before {
		t.Fatalf("? changed nothing on a 40×12 story:\n%s", after)
	}
	assertContains(t, after, "½ page down", "… ? help • q quit")
}
