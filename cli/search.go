package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/store"
)

// searchJSON is one story in "brief search --json".
type searchJSON struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Date    *string `json:"date"`
	Path    string  `json:"path"`
	Snippet string  `json:"snippet"` // the words found between « and »
	Rank    float64 `json:"rank"`    // lower is better
}

func runSearch(e *env, args []string) int {
	fs := newFlags("search")
	var c common
	c.register(fs)
	var asJSON bool
	var limit int
	fs.BoolVar(&asJSON, "json", false, "JSON output")
	fs.IntVar(&limit, "limit", 20, "the most stories shown")
	var queryText string
	fs.StringVar(&queryText, "query", "", "only the stories the query keeps (see the README's query language)")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return e.usageError("search: %s", flagError(err))
	}
	q, ok := e.parseQuery("search", queryText)
	if !ok {
		return ExitError
	}
	if q != nil {
		// The query's words, when it has some, are what to search for,
		// and every argument is a path.
		if words := queryWords(q); words != "" {
			rest = append([]string{words}, rest...)
		}
	}
	if len(rest) == 0 || store.MatchQuery(rest[0], false) == "" {
		return e.usageError("search: what for? Give the words, quoted when there are several: brief search \"ceasefire talks\" [PATH...]")
	}
	if c.noCache {
		return e.usageError("search: --no-cache: search reads the database's index")
	}
	query, paths := rest[0], rest[1:]
	lib, err := e.openLibrary()
	if err != nil {
		e.failf("search: %s", data.SanitizeLine(err.Error()))
		return ExitError
	}
	scope := store.ScopeLibrary
	ids := map[string]string{} // path and place -> the ID a load gives
	kept := queryKeeps{}       // with --query, the IDs of the stories it keeps
	if len(paths) > 0 {
		// The files are read through the cache first, so the index has
		// them as they are now.
		scope = store.ScopeFiles
		in := e.load(paths, &c, queryWants(q, store.Want{}))
		ok = in.ok
		perFile := map[string]int{}
		for _, b := range in.stories {
			abs, _ := filepath.Abs(b.Path)
			ids[fmt.Sprint(abs, "\x00", perFile[abs])] = b.ID
			perFile[abs]++
			kept.note(q, &in, b)
		}
		ok = kept.reportUnknown(e, in.attr) && ok
	} else if q != nil {
		in := e.stream(nil, &c, queryWants(q, store.Want{}), func(in *loaded, b *data.Briefing) { kept.note(q, in, b) })
		ok = kept.reportUnknown(e, in.attr)
	}
	// A search over files asks for more than it shows: the index holds
	// files not named on this command line too.
	ask := limit
	if scope == store.ScopeFiles {
		ask = limit * 20
	}
	hits, err := lib.DB().Search(query, scope, ask)
	if err != nil {
		e.failf("search: %s", data.SanitizeLine(err.Error()))
		return ExitError
	}
	var arr *jsonArray
	if asJSON {
		arr = newJSONArray(e.json)
	}
	shown := 0
	for _, h := range hits {
		if shown >= limit {
			break
		}
		id := h.SID
		if scope == store.ScopeFiles {
			if id = ids[fmt.Sprint(h.Path, "\x00", h.N)]; id == "" {
				continue // a file cached by another command, not named here
			}
		}
		if q != nil && !kept.ids[id] {
			continue
		}
		shown++
		if asJSON {
			j := searchJSON{ID: id, Title: h.Title, Path: h.Path, Snippet: data.SanitizeLine(h.Snippet), Rank: h.Rank}
			if !h.Date.IsZero() {
				d := h.Date.Format("2006-01-02")
				j.Date = &d
			}
			arr.add(j)
			continue
		}
		date := "-"
		if !h.Date.IsZero() {
			date = h.Date.Format("2006-01-02")
		}
		fmt.Fprintf(e.stdout, "%d. %s  %s  %s\n   %s\n", shown, data.SanitizeLine(id), date, data.SanitizeLine(h.Title),
			strings.ReplaceAll(data.SanitizeLine(h.Snippet), "\n", " "))
	}
	if asJSON {
		if err := arr.close(); err != nil {
			e.failf("%v", err)
			return ExitError
		}
	} else if shown == 0 {
		fmt.Fprintf(e.stdout, "no story holds %s\n", data.SanitizeLine(query))
	}
	if !ok {
		return ExitError
	}
	return ExitOK
}
