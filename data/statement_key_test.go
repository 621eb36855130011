package data

import "testing"

func TestStatementKeyIsStable(t *testing.T) {
	t.Parallel()
	s := Statement{Speaker: "Idrena Halvek", Text: "The talks will resume in Ostrava Nova.", Paragraph: 2}
	key := StatementKey("border-talks", s)
	moved := s
	moved.Paragraph, moved.Span = 5, Span{Start: 10, End: 40}
	moved.Text = "  the talks will resume in\nOstrava Nova. "
	if got := StatementKey("border-talks", moved); got != key {
		t.Errorf("the same words elsewhere: %q, want %q", got, key)
	}
	for name, other := range map[string]struct {
		id string
		s  Statement
	}{
		"another story":   {"water-plan", s},
		"another speaker": {"border-talks", Statement{Speaker: "Tomas Orvell", Text: s.Text}},
		"other words":     {"border-talks", Statement{Speaker: s.Speaker, Text: "The talks will not resume."}},
	} {
		if StatementKey(other.id, other.s) == key {
			t.Errorf("%s: same key %q", name, key)
		}
	}
}
