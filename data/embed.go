package data

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"gopkg.in/yaml.v3"
)

// examplePartiesFile declares the invented parties of the examples, which
// the plain-text ones cannot declare in front matter of their own.
const examplePartiesFile = "parties.yaml"

// articles holds the briefings a new user sees with no paths: the seed and
// the examples written for brief (invented countries and people).
//
//go:embed articles
var articles embed.FS

// embedded parses the built-in briefings and attributes them with a,
// sorted by file name. Their Path is "embedded:NAME".
func embedded(a *Attributor) ([]*Briefing, []error) {
	entries, err := fs.ReadDir(articles, "articles") // sorted by name
	if err != nil {
		return nil, []error{err}
	}
	var bs []*Briefing
	var errs []error
	examples, err := exampleParties()
	if err != nil {
		errs = append(errs, &LoadError{Path: "embedded:" + examplePartiesFile, Err: err})
	}
	ids := map[string]int{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name[0] == '.' || !isBriefingFile(name) {
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
		b.Declared.Parties = withParties(b.Declared.Parties, examples)
		a.Attribute(b)
		bs = append(bs, b)
	}
	return bs, errs
}

func exampleParties() ([]PartyDecl, error) {
	raw, err := articles.ReadFile(path.Join("articles", examplePartiesFile))
	if err != nil {
		return nil, nil // no examples file: nothing to declare
	}
	var decls []PartyDecl
	if err := yaml.Unmarshal(raw, &decls); err != nil {
		return nil, fmt.Errorf("example parties: %w", err)
	}
	return decls, nil
}

// withParties adds the declarations in extra whose party the briefing does
// not declare itself: its own front matter wins.
func withParties(own, extra []PartyDecl) []PartyDecl {
	declared := make(map[string]bool, len(own))
	for _, p := range own {
		declared[strings.ToLower(p.Name)] = true
	}
	out := own
	for _, p := range extra {
		if !declared[strings.ToLower(p.Name)] {
			out = append(out, p)
		}
	}
	return out
}

// embeddedPrefix begins the Path of the built-in briefings.
const embeddedPrefix = "embedded:"

// IsExample reports whether b is one of brief's built-in briefings,
// which a reader holding real stories leaves out.
func IsExample(b *Briefing) bool { return strings.HasPrefix(b.Path, embeddedPrefix) }
