package profile

// RootKey is the speaker key whose profile the statements of speaker key
// key belong to ("anna verel" for "verel" when the surname is hers
// alone); false when no statement was made under key. The reader's
// speaker picker and speaker: term use it so that a person is one entry
// there as in the profiles.
func (x *Index) RootKey(key string) (string, bool) {
	g, ok := x.keyGroup[key]
	if !ok {
		return "", false
	}
	x.fresh()
	return x.groups[x.root[g]].key, true
}
