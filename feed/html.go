package feed

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockKind remembers what sort of HTML block a paragraph came from, so the
// paragraph can keep its structure (heading, list item, quotation) once the
// briefing type can carry it.
type blockKind int

const (
	blockPara blockKind = iota
	blockHeading
	blockItem
	blockQuote
)

// block is one paragraph of plain prose extracted from HTML.
type block struct {
	kind  blockKind
	level int // heading level 1–6, for blockHeading
	text  string
}

// skipped elements carry no prose a reader wants: code, media, forms,
// navigation and page furniture. Their whole subtree is dropped.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Frame: true, atom.Frameset: true, atom.Object: true,
	atom.Embed: true, atom.Applet: true, atom.Form: true, atom.Input: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Img: true,
	atom.Picture: true, atom.Svg: true, atom.Math: true, atom.Video: true,
	atom.Audio: true, atom.Canvas: true, atom.Source: true, atom.Track: true,
	atom.Map: true, atom.Nav: true, atom.Head: true, atom.Meta: true,
	atom.Link: true, atom.Title: true, atom.Figure: true, atom.Aside: true,
	atom.Dialog: true, atom.Menu: true,
}

// blocks end the current paragraph when they open and when they close.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Footer: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Li: true, atom.Main: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

// htmlBlocks turns an HTML document or fragment into paragraphs of plain
// prose: one per block element, inline markup removed, entities decoded,
// whitespace collapsed. Text that is not HTML at all (a plain-text
// description) is split on blank lines instead.
func htmlBlocks(src string) []block {
	if !looksLikeHTML(src) {
		return textBlocks(html.UnescapeString(src))
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// html.Parse only fails on reader errors; a strings.Reader has none.
		return textBlocks(src)
	}
	return nodeBlocks(doc)
}

// nodeBlocks is htmlBlocks for a tree someone else has parsed.
func nodeBlocks(n *html.Node) []block {
	var w walker
	w.walk(n)
	w.flush()
	return w.out
}

// looksLikeHTML reports whether s contains a tag, a comment or a doctype:
// a "<" followed by a letter, "/" or "!".
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c == '/' || c == '!' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// textBlocks splits plain text into paragraphs at blank lines (lines of
// nothing but white space count as blank).
func textBlocks(s string) []block {
	var out []block
	var para []string
	flush := func() {
		if t := collapseSpace(strings.Join(para, " ")); t != "" {
			out = append(out, block{kind: blockPara, text: t})
		}
		para = para[:0]
	}
	for _, line := range strings.Split(s, "\n") {
		if collapseSpace(line) == "" {
			flush()
			continue
		}
		para = append(para, line)
	}
	flush()
	return out
}

// collapseSpace trims s and turns every run of white space, including
// no-break and other Unicode spaces, into one ASCII space: attribution and
// statement spans work on single-spaced prose.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007'
}

// blockCtx is what the walker knows about the elements enclosing a node.
type blockCtx struct {
	kind  blockKind
	level int
}

type walker struct {
	out   []block
	buf   strings.Builder
	space bool     // a space is owed before the next visible character
	style blockCtx // style of the paragraph being built
	ctx   blockCtx // style a paragraph starting here would have
}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		w.element(n)
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func (w *walker) element(n *html.Node) {
	if skipped[n.DataAtom] || hidden(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.flush()
		return
	case atom.Td, atom.Th:
		if w.buf.Len() > 0 {
			w.buf.WriteString(" ·")
			w.space = true
		}
	}
	isBlock := blocks[n.DataAtom]
	saved := w.ctx
	if isBlock {
		w.flush()
		w.ctx = enter(w.ctx, n.DataAtom)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if isBlock {
		w.flush()
		w.ctx = saved
	}
}

// enter gives the style of paragraphs inside element a: a quotation stays
// a quotation all the way down, a heading or list item marks its own text.
func enter(ctx blockCtx, a atom.Atom) blockCtx {
	if ctx.kind == blockQuote {
		return ctx
	}
	switch a {
	case atom.Blockquote:
		return blockCtx{kind: blockQuote}
	case atom.Li, atom.Dd:
		return blockCtx{kind: blockItem}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return blockCtx{kind: blockHeading, level: int(a.String()[1] - '0')}
	}
	return ctx
}

// hidden reports elements the page itself keeps out of sight.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func (w *walker) text(s string) {
	for i := 0; i < len(s); {
		if n := spaceLen(s[i:]); n > 0 {
			w.space = w.buf.Len() > 0
			i += n
			continue
		}
		// A run of visible characters is copied in one go.
		j := i + 1
		for j < len(s) && spaceLen(s[j:]) == 0 {
			j++
		}
		if w.buf.Len() == 0 {
			w.style = w.ctx
		} else if w.space {
			w.buf.WriteByte(' ')
		}
		w.space = false
		w.buf.WriteString(s[i:j])
		i = j
	}
}

// spaceLen is the length in bytes of the white-space character s starts
// with, 0 when it starts with anything else (or in the middle of one).
func spaceLen(s string) int {
	c := s[0]
	if c < utf8.RuneSelf {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			return 1
		}
		return 0
	}
	if !utf8.RuneStart(c) {
		return 0
	}
	r, size := utf8.DecodeRuneInString(s)
	if isSpace(r) {
		return size
	}
	return 0
}

func (w *walker) flush() {
	if w.buf.Len() > 0 {
		w.out = append(w.out, block{kind: w.style.kind, level: w.style.level, text: w.buf.String()})
		w.buf.Reset()
	}
	w.space = false
}
