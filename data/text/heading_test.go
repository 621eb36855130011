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

func TestRunInLead(t *testing.T) {
	tests := []struct {
		para, want string
		ok         bool
	}{
		{"Roads: The ministry opened ten roads.", "Roads", true},
		{"Major Harbour Projects: Kestria opened bids for the port.", "Major Harbour Projects", true},
		{"Ports & Waterways: The locks reopened.", "Ports & Waterways", true},
		{"Rebuilding the Delta for All: Work began.", "Rebuilding the Delta for All", true},
		{"Foreign Minister Velk: We are glad.", "Foreign Minister Velk", true}, // a label's shape too: the caller tells
		{"The minister told reporters: the dam holds.", "", false},
		{"In short, he said: no.", "", false},
		{"Roads:", "", false}, // nothing after it
		{"At 10:30 the dam opened.", "", false},
		{"Members Of The Assembly Of The Two States Who Voted: yes", "", false}, // too long
		{"No colon here", "", false},
	}
	for _, tt := range tests {
		got, ok := RunInLead(tt.para)
		if got != tt.want || ok != tt.ok {
			t.Errorf("RunInLead(%q) = %q, %v, want %q, %v", tt.para, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSectionHeading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Background", true},
		{"Notes to editors", true},
		{"Further information", true},
		{"Elected Officials", true}, // a run-in heading is one
		{"The funding reaches Tesmar through Kestrian agencies.", false},
		{"Minister Velk said:", false},
		{"the harbour reopens", false},                           // no capital: a fragment, not a heading
		{"£10 million", false},                                   // a figure
		{"2024 budget", false},                                   // a figure opens it
		{"Notes to editors on the Kestrian harbour fund", false}, // too long in lower case
		{"", false},
	}
	for _, tt := range tests {
		if got := SectionHeading(tt.line); got != tt.want {
			t.Errorf("SectionHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
