package data

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Front matter is untrusted input: it is bounded in size and in the number
// of nodes walked, so that anchors and aliases cannot multiply it.
const (
	maxFrontMatter      = 64 << 10
	maxFrontMatterNodes = 10000
)

// frontMatter is what a briefing's YAML header may say.
type frontMatter struct {
	Title     string
	Date      time.Time
	Dateline  string
	Source    string
	Author    string
	Publisher string
	Declared  Declared
	Warnings  []string
}

// splitFrontMatter separates a leading "---" … "---" (or "...") block from
// the body. It returns the YAML, the body, and the 1-based line of the file
// where the YAML starts (for error messages). ok is false when there is no
// front matter.
func splitFrontMatter(text string) (yml, body string, firstLine int, ok bool, err error) {
	first, rest, found := strings.Cut(text, "\n")
	if strings.TrimRight(first, " \t") != "---" || !found {
		return "", text, 0, false, nil
	}
	off := 0
	for off <= len(rest) {
		line, after, more := strings.Cut(rest[off:], "\n")
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			yml = rest[:off]
			if len(yml) > maxFrontMatter {
				return "", "", 0, false, fmt.Errorf("front matter: larger than %d KiB", maxFrontMatter>>10)
			}
			if !more {
				after = ""
			}
			return yml, after, 2, true, nil
		}
		if !more {
			break
		}
		off = len(rest) - len(after)
	}
	return "", "", 0, false, errors.New("front matter: no closing ---")
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlError rewrites yaml.v3's "yaml: line N: …" so N is a line of the file.
func yamlError(err error, firstLine int) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = yamlLine.ReplaceAllStringFunc(msg, func(m string) string {
		n, _ := strconv.Atoi(strings.TrimPrefix(m, "line "))
		return "line " + strconv.Itoa(n+firstLine-1)
	})
	return errors.New("front matter: " + msg)
}

// parseFrontMatter decodes the YAML header. Unknown keys are ignored so
// front matter written for other tools still loads.
func parseFrontMatter(yml string, firstLine int) (*frontMatter, error) {
	if fm, ok := fastFrontMatter(yml, firstLine); ok {
		return fm, nil
	}
	return parseFrontMatterYAML(yml, firstLine)
}

// parseFrontMatterYAML is parseFrontMatter through yaml.v3, for whatever
// the hand parser declines.
func parseFrontMatterYAML(yml string, firstLine int) (*frontMatter, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(yml), &doc); err != nil {
		return nil, yamlError(err, firstLine)
	}
	fm := &frontMatter{}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return fm, nil // empty front matter
	}
	w := &fmWalker{firstLine: firstLine}
	root := w.resolve(doc.Content[0])
	if w.err != nil {
		return nil, w.err
	}
	if root.Kind == yaml.ScalarNode && root.Value == "" {
		return fm, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, w.errorf(root, "expected key: value pairs")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := w.resolve(root.Content[i]), w.resolve(root.Content[i+1])
		switch strings.ToLower(key.Value) {
		case "title":
			fm.Title = w.str(val)
		case "date":
			s := w.str(val)
			if t, ok := parseDate(s); ok {
				fm.Date = t
			} else if s != "" {
				fm.Warnings = append(fm.Warnings, fmt.Sprintf("front matter: line %d: date %q not understood", w.line(val), s))
			}
		case "dateline":
			fm.Dateline = w.str(val)
		case "source", "url", "link":
			if fm.Source == "" {
				fm.Source = w.str(val)
			}
		case "author", "byline":
			fm.Author = w.str(val)
		case "publisher":
			fm.Publisher = w.str(val)
		case "parties":
			fm.Declared.Parties = w.parties(val)
		case "speakers":
			fm.Declared.Speakers = w.speakers(val)
		}
		if w.err != nil {
			return nil, w.err
		}
	}
	return fm, nil
}

// fmWalker walks the YAML tree, resolving aliases within a node budget and
// keeping the first error.
type fmWalker struct {
	firstLine int
	visited   int
	err       error
}

func (w *fmWalker) line(n *yaml.Node) int { return n.Line + w.firstLine - 1 }

func (w *fmWalker) errorf(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("front matter: line %d: %s", w.line(n), fmt.Sprintf(format, args...))
}

func (w *fmWalker) fail(n *yaml.Node, format string, args ...any) {
	if w.err == nil {
		w.err = w.errorf(n, format, args...)
	}
}

func (w *fmWalker) resolve(n *yaml.Node) *yaml.Node {
	for depth := 0; n.Kind == yaml.AliasNode && n.Alias != nil; depth++ {
		if depth > 100 {
			w.fail(n, "alias chain too long")
			return &yaml.Node{Kind: yaml.ScalarNode}
		}
		n = n.Alias
	}
	w.visited++
	if w.visited > maxFrontMatterNodes {
		w.fail(n, "too many values (more than %d, aliases included)", maxFrontMatterNodes)
		return &yaml.Node{Kind: yaml.ScalarNode}
	}
	return n
}

func (w *fmWalker) str(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		w.fail(n, "expected a single value, not a list or mapping")
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return SanitizeLine(n.Value)
}

func (w *fmWalker) list(n *yaml.Node) []*yaml.Node {
	switch n.Kind {
	case yaml.SequenceNode:
		out := make([]*yaml.Node, 0, len(n.Content))
		for _, c := range n.Content {
			out = append(out, w.resolve(c))
		}
		return out
	case yaml.ScalarNode:
		if n.Tag == "!!null" || n.Value == "" {
			return nil
		}
		return []*yaml.Node{n} // "parties: Varanda" means a list of one
	}
	w.fail(n, "expected a list")
	return nil
}

func (w *fmWalker) strings(n *yaml.Node) []string {
	var out []string
	for _, c := range w.list(n) {
		if s := w.str(c); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// fields calls f for each key of a mapping.
func (w *fmWalker) fields(n *yaml.Node, f func(key string, val *yaml.Node)) {
	for i := 0; i+1 < len(n.Content) && w.err == nil; i += 2 {
		f(strings.ToLower(w.resolve(n.Content[i]).Value), w.resolve(n.Content[i+1]))
	}
}

func (w *fmWalker) parties(n *yaml.Node) []PartyDecl {
	var out []PartyDecl
	for _, c := range w.list(n) {
		var p PartyDecl
		switch c.Kind {
		case yaml.ScalarNode:
			p.Name = w.str(c)
		case yaml.MappingNode:
			w.fields(c, func(k string, v *yaml.Node) {
				switch k {
				case "name":
					p.Name = w.str(v)
				case "aliases", "alias":
					p.Aliases = w.strings(v)
				}
			})
		default:
			w.fail(c, "a party is a name or {name, aliases}")
		}
		if p.Name == "" && w.err == nil {
			w.fail(c, "party without a name")
		}
		if w.err != nil {
			return nil
		}
		out = append(out, p)
	}
	return out
}

func (w *fmWalker) speakers(n *yaml.Node) []SpeakerDecl {
	var out []SpeakerDecl
	for _, c := range w.list(n) {
		var s SpeakerDecl
		switch c.Kind {
		case yaml.ScalarNode:
			s.Name = w.str(c)
		case yaml.MappingNode:
			w.fields(c, func(k string, v *yaml.Node) {
				switch k {
				case "name":
					s.Name = w.str(v)
				case "role":
					s.Role = w.str(v)
				case "party":
					s.Party = w.str(v)
				case "aliases", "alias":
					s.Aliases = w.strings(v)
				}
			})
		default:
			w.fail(c, "a speaker is a name or {name, role, party, aliases}")
		}
		if s.Name == "" && w.err == nil {
			w.fail(c, "speaker without a name")
		}
		if w.err != nil {
			return nil
		}
		out = append(out, s)
	}
	return out
}

var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	time.RFC1123Z,
	time.RFC1123,
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"2006/01/02",
}

// parseDate accepts the date forms people write in front matter.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
