package data

import (
	"fmt"
	"strings"

	"github.com/brief-reader/brief/internal/yamlflow"
)

// Most front matter is a few "key: value" lines and perhaps lists of
// parties and speakers, yet yaml.v3 builds a node tree for it that costs
// more than parsing the rest of the briefing. fastFrontMatter reads that
// common subset by hand into a small tree of the same shape and walks it
// as parseFrontMatter walks yaml.v3's. Whatever lies outside the subset
// (block scalars, anchors, escapes, tabs, comments after values, flow
// mappings, errors of any kind) makes it decline, and yaml.v3 reads the
// header as before, so messages stay yaml.v3's.
// TestFrontMatterFastAgrees checks both give the same result.

// fmKind is the kind of a fmNode.
type fmKind uint8

const (
	fmScalar fmKind = iota
	fmSeq
	fmMap
)

type fmNode struct {
	kind  fmKind
	value string // a scalar's text
	null  bool   // a scalar that YAML reads as null ("", "~", "null")
	line  int    // 1-based, within the front matter
	items []fmNode
	keys  []string // a mapping's keys, parallel to items
}

// Bounds of the hand parser: past them, yaml.v3 (and its limits) decide.
const (
	maxFastFMLines = 2000
	maxFastFMDepth = 4
)

type fmLine struct {
	indent int
	text   string // without the indentation, trailing spaces trimmed
	num    int
}

// fastFrontMatter parses yml by hand; ok is false when it cannot be sure
// to read it exactly as yaml.v3 and parseFrontMatter would.
func fastFrontMatter(yml string, firstLine int) (*frontMatter, bool) {
	lines := make([]fmLine, 0, strings.Count(yml, "\n")+1)
	num := 0
	for rest := yml; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		num++
		if num > maxFastFMLines || strings.ContainsAny(l, "\t\r") {
			return nil, false
		}
		t := strings.TrimLeft(l, " ")
		t = strings.TrimRight(t, " ")
		if t == "" || t[0] == '#' {
			continue
		}
		lines = append(lines, fmLine{indent: len(l) - len(strings.TrimLeft(l, " ")), text: t, num: num})
	}
	fm := &frontMatter{}
	if len(lines) == 0 {
		return fm, true // empty front matter
	}
	if lines[0].indent != 0 {
		return nil, false
	}
	p := fmParser{lines: lines}
	root, ok := p.mapping(0, 0)
	if !ok || p.i != len(lines) || root.count() > maxFrontMatterNodes/2 {
		return nil, false
	}
	return fm, fm.fill(&root, firstLine)
}

type fmParser struct {
	lines []fmLine
	i     int
}

// mapping reads "key: value" lines at exactly indent.
func (p *fmParser) mapping(indent, depth int) (fmNode, bool) {
	n := fmNode{kind: fmMap, line: p.lines[p.i].num}
	c := p.siblings(indent)
	n.keys, n.items = make([]string, 0, c), make([]fmNode, 0, c)
	for p.i < len(p.lines) && p.lines[p.i].indent == indent {
		l := p.lines[p.i]
		if strings.HasPrefix(l.text, "-") {
			return n, false
		}
		k, v, ok := splitKey(l.text)
		if !ok || !yamlflow.PlainSafe(k) || k != strings.TrimSpace(k) {
			return n, false
		}
		for _, old := range n.keys {
			if old == k {
				return n, false // yaml.v3 refuses a repeated key
			}
		}
		p.i++
		val, ok := p.value(v, l, indent, depth)
		if !ok {
			return n, false
		}
		n.keys = append(n.keys, k)
		n.items = append(n.items, val)
	}
	return n, true
}

// siblings counts the lines from the current one at exactly indent before
// the block ends, to size a node's slices once.
func (p *fmParser) siblings(indent int) int {
	c := 0
	for _, l := range p.lines[p.i:] {
		if l.indent < indent {
			break
		}
		if l.indent == indent {
			c++
		}
	}
	return c
}

// splitKey cuts "key: value" or "key:".
func splitKey(t string) (key, val string, ok bool) {
	if k, ok := strings.CutSuffix(t, ":"); ok && !strings.Contains(k, ": ") {
		return k, "", true
	}
	i := strings.Index(t, ": ")
	if i <= 0 {
		return "", "", false
	}
	return t[:i], strings.TrimLeft(t[i+2:], " "), true
}

// value reads what follows "key:" on line l: a scalar or flow list on the
// same line, or a block (a sequence, or a mapping) on the next lines.
func (p *fmParser) value(v string, l fmLine, indent, depth int) (fmNode, bool) {
	if v != "" {
		return inlineValue(v, l.num)
	}
	if depth >= maxFastFMDepth || p.i == len(p.lines) {
		return fmNode{kind: fmScalar, null: true, line: l.num}, p.i == len(p.lines) || p.lines[p.i].indent <= indent
	}
	next := p.lines[p.i]
	switch {
	case strings.HasPrefix(next.text, "- ") || next.text == "-":
		// A block sequence may sit at its key's own indentation.
		if next.indent < indent {
			break
		}
		return p.sequence(next.indent, depth+1)
	case next.indent > indent:
		return p.mapping(next.indent, depth+1)
	}
	// Nothing nested: "key:" alone is null.
	return fmNode{kind: fmScalar, null: true, line: l.num}, true
}

// sequence reads "- item" lines at exactly indent.
func (p *fmParser) sequence(indent, depth int) (fmNode, bool) {
	n := fmNode{kind: fmSeq, line: p.lines[p.i].num}
	n.items = make([]fmNode, 0, p.siblings(indent))
	for p.i < len(p.lines) && p.lines[p.i].indent == indent {
		l := p.lines[p.i]
		if l.text == "-" || !strings.HasPrefix(l.text, "- ") {
			return n, false
		}
		item := strings.TrimLeft(l.text[2:], " ")
		col := indent + len(l.text) - len(item) // where the item's text starts
		if k, _, ok := splitKey(item); ok && !isQuote(item[0]) && item[0] != '[' {
			// "- key: value": a mapping whose keys line up at col.
			if !yamlflow.PlainSafe(k) || k != strings.TrimSpace(k) {
				return n, false
			}
			p.lines[p.i] = fmLine{indent: col, text: item, num: l.num}
			m, ok := p.mapping(col, depth+1)
			if !ok {
				return n, false
			}
			n.items = append(n.items, m)
			continue
		}
		p.i++
		val, ok := inlineValue(item, l.num)
		if !ok {
			return n, false
		}
		n.items = append(n.items, val)
	}
	return n, true
}

func isQuote(c byte) bool { return c == '"' || c == '\'' }

// inlineValue reads a scalar or a flow list of scalars that fills the rest
// of a line.
func inlineValue(v string, line int) (fmNode, bool) {
	if v[0] == '[' {
		n := fmNode{kind: fmSeq, line: line}
		s := strings.TrimLeft(v[1:], " ")
		if s == "]" {
			return n, true
		}
		for {
			x, rest, ok := yamlflow.Scalar(s, ",]")
			if !ok {
				return n, false
			}
			n.items = append(n.items, fmNode{kind: fmScalar, value: x, line: line})
			s = strings.TrimLeft(rest, " ")
			if s == "]" {
				return n, true
			}
			if !strings.HasPrefix(s, ",") {
				return n, false
			}
			s = strings.TrimLeft(s[1:], " ")
		}
	}
	switch v {
	case "~", "null", "Null", "NULL":
		return fmNode{kind: fmScalar, null: true, line: line}, true
	}
	if isQuote(v[0]) {
		x, rest, ok := yamlflow.Scalar(v, "")
		if !ok || rest != "" {
			return fmNode{}, false
		}
		return fmNode{kind: fmScalar, value: x, line: line}, true
	}
	if !plainBlockSafe(v) {
		return fmNode{}, false
	}
	return fmNode{kind: fmScalar, value: v, line: line}, true
}

// plainBlockSafe reports a plain scalar on a line of its own that yaml.v3
// reads as exactly its text: no indicator first, no ": " or " #" inside,
// no flow brackets or commas (allowed, but left to yaml.v3).
func plainBlockSafe(v string) bool {
	if v == "" || strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", v[0]) >= 0 || strings.HasSuffix(v, ":") {
		return false
	}
	return !strings.ContainsAny(v, "[]{},") && !strings.Contains(v, ": ") && !strings.Contains(v, " #")
}

// count is the number of nodes in the tree.
func (n *fmNode) count() int {
	c := 1
	for i := range n.items {
		c += n.items[i].count()
	}
	return c
}

// fill is parseFrontMatter's walk over the hand-parsed tree; false where
// the walk would report an error.
func (fm *frontMatter) fill(root *fmNode, firstLine int) bool {
	for i, key := range root.keys {
		val := &root.items[i]
		var ok bool
		switch strings.ToLower(key) {
		case "title":
			fm.Title, ok = val.str()
		case "date":
			var s string
			if s, ok = val.str(); ok {
				if t, good := parseDate(s); good {
					fm.Date = t
				} else if s != "" {
					fm.Warnings = append(fm.Warnings, fmt.Sprintf("front matter: line %d: date %q not understood", val.line+firstLine-1, s))
				}
			}
		case "dateline":
			fm.Dateline, ok = val.str()
		case "source", "url", "link":
			ok = true
			if fm.Source == "" {
				fm.Source, ok = val.str()
			}
		case "author", "byline":
			fm.Author, ok = val.str()
		case "publisher":
			fm.Publisher, ok = val.str()
		case "parties":
			fm.Declared.Parties, ok = val.parties()
		case "speakers":
			fm.Declared.Speakers, ok = val.speakers()
		default:
			ok = true
		}
		if !ok {
			return false
		}
	}
	return true
}

func (n *fmNode) str() (string, bool) {
	if n.kind != fmScalar {
		return "", false
	}
	if n.null {
		return "", true
	}
	return SanitizeLine(n.value), true
}

func (n *fmNode) list() ([]fmNode, bool) {
	switch n.kind {
	case fmSeq:
		return n.items, true
	case fmScalar:
		if n.null || n.value == "" {
			return nil, true
		}
		return []fmNode{*n}, true
	}
	return nil, false
}

func (n *fmNode) strings() ([]string, bool) {
	l, ok := n.list()
	var out []string
	for i := range l {
		s, good := l[i].str()
		if !good {
			return nil, false
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out, ok
}

func (n *fmNode) parties() ([]PartyDecl, bool) {
	l, ok := n.list()
	if !ok {
		return nil, false
	}
	var out []PartyDecl
	for i := range l {
		c := &l[i]
		var p PartyDecl
		switch c.kind {
		case fmScalar:
			p.Name, ok = c.str()
		case fmMap:
			for j, k := range c.keys {
				v := &c.items[j]
				switch strings.ToLower(k) {
				case "name":
					p.Name, ok = v.str()
				case "aliases", "alias":
					p.Aliases, ok = v.strings()
				}
				if !ok {
					return nil, false
				}
			}
		default:
			ok = false
		}
		if !ok || p.Name == "" {
			return nil, false
		}
		out = append(out, p)
	}
	return out, true
}

func (n *fmNode) speakers() ([]SpeakerDecl, bool) {
	l, ok := n.list()
	if !ok {
		return nil, false
	}
	var out []SpeakerDecl
	for i := range l {
		c := &l[i]
		var s SpeakerDecl
		switch c.kind {
		case fmScalar:
			s.Name, ok = c.str()
		case fmMap:
			for j, k := range c.keys {
				v := &c.items[j]
				switch strings.ToLower(k) {
				case "name":
					s.Name, ok = v.str()
				case "role":
					s.Role, ok = v.str()
				case "party":
					s.Party, ok = v.str()
				case "aliases", "alias":
					s.Aliases, ok = v.strings()
				}
				if !ok {
					return nil, false
				}
			}
		default:
			ok = false
		}
		if !ok || s.Name == "" {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}
