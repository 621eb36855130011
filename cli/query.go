package cli

import (
	"strings"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/query"
	"github.com/brief-reader/brief/library"
	"github.com/brief-reader/brief/store"
)

// parseQuery reads --query; an empty one is no query. A bad term is
// reported, naming it, and the command exits 1 without reading a story.
func (e *env) parseQuery(command, text string) (*query.Query, bool) {
	if text == "" {
		return nil, true
	}
	q, err := query.Parse(text)
	if err != nil {
		e.failf("%s: --query: %s", command, data.SanitizeLine(err.Error()))
		return nil, false
	}
	return &q, true
}

// libraryMarks is the reading state is:unread and is:starred ask about:
// the library's, and with none, as "brief list" shows it, every story
// unread and none starred.
type libraryMarks struct{ lib *library.Library }

func (m libraryMarks) Unread(id string) bool  { return !isRead(m.lib, id) }
func (m libraryMarks) Starred(id string) bool { return isStarred(m.lib, id) }

// queryWants is what a query needs read of each story beyond its row:
// the statements for who said what and how, the body for words.
func queryWants(q *query.Query, want store.Want) store.Want {
	if q == nil {
		return want
	}
	if q.Has(query.Party) || q.Has(query.Speaker) || q.Has(query.KindOf) || q.Has(query.Words) {
		want.Statements = true
	}
	if q.Has(query.Words) {
		want.Body = true
	}
	return want
}

// queryWords is the free words and phrases of q, for "brief search
// --query" without words of its own: what the index is asked for.
func queryWords(q *query.Query) string {
	var words []string
	for _, t := range q.Terms {
		if t.Field == query.Words && !t.Not {
			words = append(words, t.Value)
		}
	}
	return strings.Join(words, " ")
}

// queryKeeps is, for "brief search --query", the stories the query
// keeps, by ID, and the names its terms were checked against.
type queryKeeps struct {
	ids   map[string]bool
	match *query.Matcher
	seen  *namesSeen
}

func (k *queryKeeps) note(q *query.Query, in *loaded, b *data.Briefing) {
	if q == nil {
		return
	}
	if k.match == nil {
		k.match = query.NewMatcher(*q, in.attr, libraryMarks{in.lib})
		k.seen = newNamesSeen(filters{q: q})
		k.ids = map[string]bool{}
	}
	k.seen.note(in.attr, b)
	if k.match.Story(b) {
		k.ids[b.ID] = true
	}
}

// reportUnknown reports the query's unknown names; false when it did.
func (k *queryKeeps) reportUnknown(e *env, attr *data.Attributor) bool {
	return k.seen == nil || !k.seen.reportUnknown(e, "search", attr)
}
