package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

// TestByTail: a name without its given name is the known people whose
// names or aliases are so after the given name, however many; a lone
// surname, a whole name or a shorter end is not a tail.
func TestByTail(t *testing.T) {
	ix, errs := New(testWords{}, &Entries{
		Parties: []PartyEntry{{Name: "Zemlia"}, {Name: "Corvania"}},
		People: []PersonEntry{
			{Name: "Tarek bin Saud", Role: "President", Party: "Zemlia", Aliases: []string{"Tarek bin Saud Al Varani"}},
			{Name: "Omar bin Saud", Role: "Foreign Minister", Party: "Zemlia", Aliases: []string{"Omar bin Saud Al Varani"}},
			{Name: "Luca Di Corva", Role: "Prime Minister", Party: "Corvania"},
		},
	})
	for _, e := range errs {
		t.Fatal(e)
	}
	over, errs := ix.With(Entries{People: []PersonEntry{{Name: "Nina Di Corva Bell", Party: "Corvania"}}})
	for _, e := range errs {
		t.Fatal(e)
	}
	names := func(ix *Index, ids []int32) []string {
		var out []string
		for _, id := range ids {
			out = append(out, ix.Person(id).Name)
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		ix   *Index
		tail string
		want []string
	}{
		{ix, "Bin Saud Al Varani", []string{"Omar bin Saud", "Tarek bin Saud"}},
		{ix, "bin saud", []string{"Omar bin Saud", "Tarek bin Saud"}},
		{ix, "Di Corva", []string{"Luca Di Corva"}},
		{ix, "DI CORVA", []string{"Luca Di Corva"}},
		{ix, "Corva", nil},         // a lone surname is BySurname's
		{ix, "Luca Di Corva", nil}, // the whole name leaves no given name out
		{ix, "Saud Al", nil},       // not the name's end
		{over, "Di Corva", []string{"Luca Di Corva"}},
		{over, "Di Corva Bell", []string{"Nina Di Corva Bell"}},
	} {
		if got := names(c.ix, c.ix.ByTail(strings.Fields(c.tail))); !slices.Equal(got, c.want) {
			t.Errorf("ByTail(%q) = %q, want %q", c.tail, got, c.want)
		}
	}
}
