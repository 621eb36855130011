package data

import (
	"hash/fnv"
	"strconv"
	"strings"
)

// StatementKey names a statement of the story with this ID stably, for
// marks kept about it (a star): the story's ID, then a hash of who said
// it and its words, spaces and case aside. It does not depend on the
// paragraph's number or the statement's place, which a better
// attributor may change, only on what was said and by whom.
func StatementKey(storyID string, s Statement) string {
	h := fnv.New64a()
	h.Write([]byte(strings.ToLower(strings.Join(strings.Fields(s.Speaker), " "))))
	h.Write([]byte{0})
	h.Write([]byte(strings.ToLower(strings.Join(strings.Fields(s.Text), " "))))
	return storyID + "#" + strconv.FormatUint(h.Sum64(), 16)
}
