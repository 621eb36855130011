package data

import (
	"embed"
	"io/fs"
	"path"
)

// articles holds the briefings a new user sees with no paths: the seed and
// the examples written for brief (invented countries and people).
//
//go:embed articles
var articles embed.FS

// Embedded parses and attributes the built-in briefings, sorted by file
// name. Their Path is "embedded:NAME".
func Embedded(opts LoadOptions) ([]*Briefing, []error) {
	entries, err := fs.ReadDir(articles, "articles") // sorted by name
	if err != nil {
		return nil, []error{err}
	}
	a := opts.attributor()
	var bs []*Briefing
	var errs []error
	ids := map[string]int{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name[0] == '.' {
			continue
		}
		raw, err := articles.ReadFile(path.Join("articles", name))
		var b *Briefing
		if err == nil {
			b, err = Parse(name, raw)
		}
		if err != nil {
			errs = append(errs, &LoadError{Path: "embedded:" + name, Err: err})
			continue
		}
		b.Path = "embedded:" + name
		b.ID = uniqueID(ids, b.ID)
		a.Attribute(b)
		bs = append(bs, b)
	}
	return bs, errs
}
