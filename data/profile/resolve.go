package profile

import (
	"slices"
	"strings"
	"unicode"
)

// Who is who across stories. The engine's speaker key already makes one
// speaker of "Yuri Ushakov", "Ushakov" and "Yury Ushakov" when the
// gazetteer knows him, and a story calls one person one way. What is
// left is people the gazetteer does not know, named in full in one story
// and by surname, or with their title, in another. Two names are merged
// only when that is safe:
//
//   - "Foreign Minister Anna Verel" is Anna Verel when the words before
//     her name are a role either name was given;
//   - "Verel" (or "Minister Verel") is Anna Verel when she is the only
//     person with that surname, whatever their party, and her party and
//     Verel's do not differ.
//
// Two full names are never merged, nor a surname that fits two people;
// a body or a group ("the Kremlin", "experts") is never merged by these
// rules at all.

// resolve works out root and members from the groups.
func (x *Index) resolve() {
	n := len(x.groups)
	x.root = make([]int32, n)
	for g := range x.root {
		x.root[g] = int32(g)
	}
	party := make([]string, n)
	for g := range x.groups {
		party[g] = mostOften(x.groups[g].parties, false)
	}
	compatible := func(a, b int32) bool {
		return party[a] == "" || party[b] == "" || party[a] == party[b]
	}
	person := func(g int32) bool { return x.groups[g].person && !x.groups[g].isGroup }
	full := func(g int32) bool { return person(g) && len(x.groups[g].words) >= 2 }

	// A full name after a role: "Foreign Minister Anna Verel".
	for g := range x.groups {
		gi := int32(g)
		w := x.groups[g].words
		if !person(gi) || len(w) < 3 {
			continue
		}
		for cut := 1; cut+2 <= len(w); cut++ {
			t, ok := x.keyGroup[strings.Join(w[cut:], " ")]
			if ok && t != gi && full(t) && compatible(gi, t) && x.isRole(w[:cut], gi, t) {
				x.root[g] = t
				break
			}
		}
	}
	// A surname alone, or after a role: "Verel", "Minister Verel".
	bySurname := make(map[string][]int32, n)
	for g := range x.groups {
		gi := int32(g)
		if full(gi) && x.root[g] == gi {
			w := x.groups[g].words
			bySurname[w[len(w)-1]] = append(bySurname[w[len(w)-1]], gi)
		}
	}
	// "Minister Verel" is a title and a surname, not a full name, when
	// another Verel was given that title.
	titled := func(g int32) bool {
		w := x.groups[g].words
		for _, c := range bySurname[w[len(w)-1]] {
			if c != g && x.isRole(w[:len(w)-1], g, c) {
				return true
			}
		}
		return false
	}
	for surname, cands := range bySurname {
		if len(cands) > 1 {
			bySurname[surname] = slices.DeleteFunc(slices.Clone(cands), titled)
		}
	}
	for g := range x.groups {
		gi := int32(g)
		w := x.groups[g].words
		if !person(gi) || x.root[g] != gi || len(w) == 0 {
			continue
		}
		cands := bySurname[w[len(w)-1]]
		if len(cands) != 1 || cands[0] == gi || !compatible(gi, cands[0]) {
			continue
		}
		if len(w) == 1 || x.isRole(w[:len(w)-1], gi, cands[0]) {
			x.root[g] = cands[0]
		}
	}
	// members, in one backing array: each root's groups together,
	// the root first.
	size := make([]int32, n)
	for _, r := range x.root {
		size[r]++
	}
	all := make([]int32, n)
	x.members = make([][]int32, n)
	at := int32(0)
	for g := range x.groups {
		if x.root[g] == int32(g) {
			x.members[g] = all[at : at+1 : at+size[g]]
			x.members[g][0] = int32(g)
			at += size[g]
		}
	}
	for g, r := range x.root {
		if int32(g) != r {
			x.members[r] = append(x.members[r], int32(g))
		}
	}
}

// isRole reports whether words, in order, are part of a role one of the
// groups was given ("foreign minister" of "Tesmar's Foreign Minister").
func (x *Index) isRole(words []string, groups ...int32) bool {
	for _, g := range groups {
		for role := range x.groups[g].roles {
			if containsRun(roleWords(role), words) {
				return true
			}
		}
	}
	return false
}

func roleWords(role string) []string {
	return strings.FieldsFunc(strings.ToLower(role), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

func containsRun(hay, run []string) bool {
	for i := 0; i+len(run) <= len(hay); i++ {
		match := true
		for j := range run {
			if hay[i+j] != run[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
