package model

import "testing"

// TestReadKeysSayWhatTheyDid: m and M always leave a word in the status
// line: in the quote view where read marks are not kept, and M again with
// nothing left unread.
func TestReadKeysSayWhatTheyDid(t *testing.T) {
	t.Parallel()
	m := readingModel(t, newReadingLibrary(), 80, 24)
	assertContains(t, screenText(press(t, m, "tab", "m")), "read marks are kept on the story list")
	assertContains(t, screenText(press(t, m, "tab", "M")), "read marks are kept on the story list")
	m = press(t, m, "M")
	assertContains(t, screenText(m), "marked 5 stories read")
	assertContains(t, screenText(press(t, m, "j", "M")), "no unread stories here")
	m = readingModel(t, newReadingLibrary(), 80, 24)
	m = press(t, m, "m") // the library is shared by the model's copies: go on from here
	assertContains(t, screenText(m), "marked read (m marks it unread)")
	assertContains(t, screenText(press(t, m, "m")), "marked unread")
}
