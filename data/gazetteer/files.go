// Package gazetteer holds the named parties and people brief knows
// (parties.yaml, people.yaml, extended by the user's own files and by a
// briefing's front matter) and finds their names in tokenised text.
package gazetteer

import (
	"embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// The gazetteer is data, not code: users extend it with files of the same
// format in their configuration directory.
//
//go:embed parties.yaml people.yaml
var files embed.FS

// PartyEntry is one party of the gazetteer, as written in parties.yaml.
type PartyEntry struct {
	Name     string   `yaml:"name"`
	Official string   `yaml:"official"`
	Aliases  []string `yaml:"aliases"`
	Demonyms []string `yaml:"demonyms"`
	Capital  string   `yaml:"capital"`
	Seats    []string `yaml:"seats"`
	Kind     string   `yaml:"kind"`
	Domains  []string `yaml:"domains"`

	path string // where it was read from, for messages
	line int
}

// PersonEntry is one known person, as written in people.yaml.
type PersonEntry struct {
	Name    string   `yaml:"name"`
	Surname string   `yaml:"surname"`
	Role    string   `yaml:"role"`
	Party   string   `yaml:"party"`
	Aliases []string `yaml:"aliases"`
	Gender  string   `yaml:"gender"`

	path string
	line int
}

var partyKeys = map[string]bool{"name": true, "official": true, "aliases": true, "demonyms": true,
	"capital": true, "seats": true, "kind": true, "domains": true}
var personKeys = map[string]bool{"name": true, "surname": true, "role": true, "party": true,
	"aliases": true, "gender": true}

// Bounds on a user's file: it is read at every start-up.
const (
	maxGazetteerFile  = 4 << 20
	maxGazetteerItems = 50000
)

// Builtin parses the embedded files once; the entries are never
// modified afterwards.
var Builtin = sync.OnceValues(func() (*Entries, error) {
	var g Entries
	var errs []error
	for _, f := range []struct {
		name string
		into func([]byte, string) []error
	}{
		{"parties.yaml", func(b []byte, n string) []error {
			var es []error
			g.Parties, es = parsePartiesFile(b, n)
			return es
		}},
		{"people.yaml", func(b []byte, n string) []error {
			var es []error
			g.People, es = parsePeopleFile(b, n)
			return es
		}},
	} {
		raw, err := files.ReadFile(f.name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		errs = append(errs, f.into(raw, "embedded:"+f.name)...)
	}
	return &g, errors.Join(errs...)
})

// Entries are the parties and people of one source (the built-in files,
// the user's, a briefing's front matter).
type Entries struct {
	Parties []PartyEntry
	People  []PersonEntry
}

// LoadUser reads parties.yaml and people.yaml from dir. Missing
// files are not an error; every problem in a present file is, with its
// path and line, and the good entries of that file are still used.
func LoadUser(dir string) (Entries, []error) {
	var g Entries
	var errs []error
	if dir == "" {
		return g, nil
	}
	read := func(name string) ([]byte, string, bool) {
		path := filepath.Join(dir, name)
		fi, err := os.Stat(path)
		if errors.Is(err, os.ErrNotExist) {
			return nil, path, false
		}
		if err != nil {
			errs = append(errs, err)
			return nil, path, false
		}
		if !fi.Mode().IsRegular() {
			errs = append(errs, fmt.Errorf("%s: not a regular file", path))
			return nil, path, false
		}
		if fi.Size() > maxGazetteerFile {
			errs = append(errs, fmt.Errorf("%s: larger than %d MiB", path, maxGazetteerFile>>20))
			return nil, path, false
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			errs = append(errs, err)
			return nil, path, false
		}
		return raw, path, true
	}
	if raw, path, ok := read("parties.yaml"); ok {
		p, es := parsePartiesFile(raw, path)
		g.Parties = p
		errs = append(errs, es...)
	}
	if raw, path, ok := read("people.yaml"); ok {
		p, es := parsePeopleFile(raw, path)
		g.People = p
		errs = append(errs, es...)
	}
	return g, errs
}

// Error is a problem in a parties or people file, with the line
// it is on (0 when the whole file is at fault).
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s: line %d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

var (
	yamlLineRE   = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	decodeLineRE = regexp.MustCompile(`^line (\d+): (.*)$`)
)

// yamlItems parses a YAML sequence of mappings and returns the item nodes,
// so that each item can be checked and reported by its own line.
func yamlItems(raw []byte, path string) ([]*yaml.Node, []error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		msg := err.Error()
		if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			return nil, []error{&Error{path, n, m[2]}}
		}
		return nil, []error{&Error{path, 0, strings.TrimPrefix(msg, "yaml: ")}}
	}
	if len(doc.Content) == 0 {
		return nil, nil // an empty file adds nothing
	}
	root := doc.Content[0]
	if root.Kind != yaml.SequenceNode {
		return nil, []error{&Error{path, root.Line, "expected a list of entries (\"- {name: …}\")"}}
	}
	if len(root.Content) > maxGazetteerItems {
		return nil, []error{&Error{path, 0, fmt.Sprintf("more than %d entries", maxGazetteerItems)}}
	}
	return root.Content, nil
}

// checkItem rejects what Decode would silently accept: a non-mapping, an
// unknown key (a typo would otherwise drop data), a missing name.
func checkItem(n *yaml.Node, path string, keys map[string]bool) error {
	if n.Kind != yaml.MappingNode {
		return &Error{path, n.Line, "expected a mapping with at least a name"}
	}
	hasName := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !keys[k.Value] {
			return &Error{path, k.Line, fmt.Sprintf("unknown field %q", k.Value)}
		}
		if k.Value == "name" && strings.TrimSpace(n.Content[i+1].Value) != "" {
			hasName = true
		}
	}
	if !hasName {
		return &Error{path, n.Line, "entry has no name"}
	}
	return nil
}

func decodeError(err error, path string, line int) error {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: unmarshal errors:\n")
	msg = strings.TrimSpace(msg)
	if m := decodeLineRE.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return &Error{path, n, m[2]}
	}
	return &Error{path, line, msg}
}

func parsePartiesFile(raw []byte, path string) ([]PartyEntry, []error) {
	if out, ok := fastParties(raw, path); ok {
		return out, nil
	}
	return parsePartiesYAML(raw, path)
}

func parsePartiesYAML(raw []byte, path string) ([]PartyEntry, []error) {
	items, errs := yamlItems(raw, path)
	var out []PartyEntry
	for _, n := range items {
		if err := checkItem(n, path, partyKeys); err != nil {
			errs = append(errs, err)
			continue
		}
		var p PartyEntry
		if err := n.Decode(&p); err != nil {
			errs = append(errs, decodeError(err, path, n.Line))
			continue
		}
		p.Name = strings.TrimSpace(p.Name)
		p.path, p.line = path, n.Line
		out = append(out, p)
	}
	return out, errs
}

func parsePeopleFile(raw []byte, path string) ([]PersonEntry, []error) {
	if out, ok := fastPeople(raw, path); ok {
		return out, nil
	}
	return parsePeopleYAML(raw, path)
}

func parsePeopleYAML(raw []byte, path string) ([]PersonEntry, []error) {
	items, errs := yamlItems(raw, path)
	var out []PersonEntry
	for _, n := range items {
		if err := checkItem(n, path, personKeys); err != nil {
			errs = append(errs, err)
			continue
		}
		var p PersonEntry
		if err := n.Decode(&p); err != nil {
			errs = append(errs, decodeError(err, path, n.Line))
			continue
		}
		switch p.Gender {
		case "", "f", "m":
		default:
			errs = append(errs, &Error{path, n.Line, fmt.Sprintf("gender %q: want f or m", p.Gender)})
			p.Gender = ""
		}
		p.Name = strings.TrimSpace(p.Name)
		p.path, p.line = path, n.Line
		out = append(out, p)
	}
	return out, errs
}
