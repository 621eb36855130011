package text

import "testing"

func TestRunInHeading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Members of the Assembly – Senators", true},
		{"Elected Officials", true},
		{"Regional Leaders and Mayors", true},
		{"We agree with the minister.", false},
		{"Thank you", false},                             // lower-case word of speech
		{"The Minister of Foreign Affairs said:", false}, // ends with a colon
		{"“The Bridge Must Open”", false},
		{"", false},
		{"Absolutely", false}, // one word may be a whole answer
		{"Hello, Wisconsin. (Applause.)", false},
		{"Members Of The Assembly Of The Two States Who Voted For The Bridge Today", false}, // too long for a heading
	}
	for _, tt := range tests {
		if got := RunInHeading(tt.line); got != tt.want {
			t.Errorf("RunInHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
