package model

import (
	"strings"
	"testing"
)

// In profileFixture Idrena Halvek speaks twice in full and once, in a
// later story, as "Halvek": one person, as her profile has it.

func TestSpeakerPickerOffersOnePersonOnce(t *testing.T) {
	t.Parallel()
	m := newModel(t, 80, 24, profileFixture())
	m = press(t, m, "tab", "s", "Halvek")
	s := screenText(m)
	var entries []string
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, "Halvek") && !strings.Contains(line, "›") {
			entries = append(entries, strings.Join(strings.Fields(strings.Trim(line, " ▌")), " "))
		}
	}
	if len(entries) != 1 || entries[0] != "Idrena Halvek (Varanda) 3" {
		t.Errorf("picker entries %q, want one, Idrena Halvek counting her 3 statements:\n%s", entries, s)
	}
	m = press(t, m, "enter")
	s = screenText(m)
	assertContains(t, s, `1/3 speaker:"Idrena Halvek"`, "— Halvek · Varanda", "— Idrena Halvek, Foreign Minister")
}

func TestSpeakerTermKeepsEveryNameOfThePerson(t *testing.T) {
	t.Parallel()
	for _, typed := range []string{"speaker:Halvek", `speaker:"Idrena Halvek"`} {
		m := newModel(t, 80, 24, profileFixture())
		m = press(t, m, "tab", "/", typed, "enter")
		s := screenText(m)
		assertContains(t, s, "1/3 "+typed, "— Halvek · Varanda", "— Idrena Halvek, Foreign Minister")
	}
}
