package gazetteer

import (
	"slices"
	"strings"
)

// A known person is often named by their full name without its given
// name: "Bin Saud Al Varani" for "Tarek bin Saud Al Varani", "Di Corva"
// for "Luca Di Corva". Such a tail of two words or more is kept for each
// name and alias; a lone surname is BySurname's.

// addTails keeps the tail of name n of person id: its words after the
// first, when two or more. Only the given name is left out: "Hamad Al
// Thani" is not Tamim bin Hamad Al Thani (it names his father).
func (ix *Index) addTails(id int32, n string) {
	f := strings.Fields(n)
	if len(f) < 3 {
		return
	}
	k := Normalize(strings.Join(f[1:], " "))
	if !slices.Contains(ix.tails[k], id) {
		ix.tails[k] = append(ix.tails[k], id)
	}
}

// ByTail lists the known people one of whose names is these words, two
// or more, after its first (the given name): "Bin Saud Al
// Varani" may be Tarek or Omar bin Saud Al Varani. The caller tells
// several apart (a title, the people a story names).
func (ix *Index) ByTail(words []string) []int32 {
	if len(words) < 2 {
		return nil
	}
	k := Normalize(strings.Join(words, " "))
	var out []int32
	for o := ix; o != nil; o = o.under {
		for _, id := range o.tails[k] {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}
