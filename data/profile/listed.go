package profile

// A reader that keeps a large library's statements in compact entries of
// its own need not have the index keep a list of each speaker's and each
// party's statements too (issue #11 point 4: 8 to 20 bytes a statement):
// with ListStatementsWith the index asks for them when it makes a
// profile, and the reader walks its own entries.

// StatementLister calls each with every statement of the stories added
// whose speaker's key (the index's key of the name as written) is one of
// keys, or, when keys is nil, whose party is party, or, when party is ""
// too, every statement: its place, and its speaker's key. A statement
// without a speaker is not listed.
type StatementLister func(keys []string, party string, each func(r Ref, key string))

// ListStatementsWith makes the index keep no list of each speaker's and
// party's statements and ask list for them when it makes a profile. Call
// it before any story is added.
func (x *Index) ListStatementsWith(list StatementLister) { x.list = list }

// listedOf is the statements of root's profile, as list gives them, or
// as listEveryone kept them.
func (x *Index) listedOf(root int32) []entry {
	if es, ok := x.everyone[root]; ok {
		return es
	}
	keys := make([]string, 0, len(x.members[root]))
	for _, g := range x.members[root] {
		keys = append(keys, x.groups[g].key)
	}
	var out []entry
	x.list(keys, "", func(r Ref, key string) {
		out = append(out, entry{int32(r.Story), int32(r.Statement)})
	})
	return out
}

// listedFor is party's statements, as list gives them, and the group of
// each.
func (x *Index) listedFor(party string) (refs []entry, grps []int32) {
	x.list(nil, party, func(r Ref, key string) {
		g, ok := x.keyGroup[key]
		if !ok {
			return
		}
		refs = append(refs, entry{int32(r.Story), int32(r.Statement)})
		grps = append(grps, g)
	})
	return refs, grps
}

// listEveryone lists every statement once, by profile, for Speakers: a
// list per profile would walk the statements once a profile. The lists
// are dropped with the profiles (fresh).
func (x *Index) listEveryone() {
	if x.list == nil || x.everyone != nil {
		return
	}
	x.everyone = map[int32][]entry{}
	x.list(nil, "", func(r Ref, key string) {
		if g, ok := x.keyGroup[key]; ok {
			root := x.root[g]
			x.everyone[root] = append(x.everyone[root], entry{int32(r.Story), int32(r.Statement)})
		}
	})
	for g := range x.groups {
		if root := int32(g); x.root[g] == root && x.everyone[root] == nil {
			x.everyone[root] = []entry{} // listed, with none
		}
	}
}
