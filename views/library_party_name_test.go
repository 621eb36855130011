package views

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/brief-reader/brief/data"
)

// A party's government named by the party's name is the party: one
// picker entry, shown by the party's own name whichever came first.
func TestSpeakerPickerOffersAPartyAndItsGovernmentOnce(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	yaml := "- {name: Varanda, demonyms: [Varandan], capital: Port Selin, kind: state}\n"
	if err := os.WriteFile(filepath.Join(dir, "parties.yaml"), []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	attr, errs := data.NewAttributor(dir)
	for _, err := range errs {
		t.Fatal(err)
	}
	lib := NewLibrary(attr)
	st := func(speaker, text string) data.Statement {
		return data.Statement{Speaker: speaker, Party: "Varanda", Text: text, Kind: data.Reported, Paragraph: 1}
	}
	story := func(title string, sts ...data.Statement) *data.Briefing {
		b := &data.Briefing{Title: title, Parties: []string{"Varanda"}, Statements: sts}
		for _, s := range sts {
			b.Speakers = append(b.Speakers, data.Speaker{Name: s.Speaker, Party: s.Party})
		}
		return b
	}
	lib.Add(
		story("Strait", st("the Varanda government", "the strait stays open")),
		story("Fees", st("Varanda", "fees stay")),
		story("Ferries", st("the Varanda government", "ferries sail")),
	)
	got := counts(lib.SpeakerItems([]int32{0, 1, 2}, true))
	if want := map[string]int{"Varanda|": 3}; !equalCounts(got, want) {
		t.Errorf("got %v, want %v (the party once, by its own name)", got, want)
	}
}
