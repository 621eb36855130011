package views

import (
	"strings"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/styles"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/brief-reader/brief/data"
)

const (
	// chunkSize is how much Markdown is rendered before a story is shown;
	// the rest follows in the background, so a 1 MB story opens at once
	// (glamour needs about a second for it).
	chunkSize = 32 << 10
	// minWrap is the narrowest glamour wraps at; below it glamour stops
	// wrapping altogether, so narrower screens get its lines hard-wrapped.
	minWrap = 12
	// maxDocs bounds the cache of rendered stories.
	maxDocs = 64
)

// Renderer renders stories with glamour. It builds one glamour renderer
// per width, with the style and colour profile given (never "auto", which
// asks the terminal each time), and caches each rendered story per story,
// width and highlighted statement.
type Renderer struct {
	style   string
	profile termenv.Profile
	glam    map[int]*glamRenderer
	docs    map[DocKey]*Doc
	order   []DocKey // oldest first, for eviction
}

// glamRenderer serialises use of one glamour renderer, which keeps state
// while rendering, between Update and background renders.
type glamRenderer struct {
	mu sync.Mutex
	tr *glamour.TermRenderer
	// The last Markdown rendered and glamour's output: the widths below
	// minWrap share this renderer and would render the same again.
	lastMD, lastOut string
}

// DocKey names one rendering of a story.
type DocKey struct {
	Story *data.Briefing
	Width int
}

// Doc is a rendered story: its screen lines and, once searched, the same
// lines without styling.
type Doc struct {
	Lines    []string
	Complete bool // false while the rest of a long story renders
	plain    []string
	// Order is the statements marked, in the order of the text; Places
	// is where those rendered so far are.
	Order  []int
	Places []StatementPlace
	marks  [][]markSeg // per line, the runs a statement's mark restyles
	// decorated is the lines with marks as decoratedLine styled them,
	// "" where not yet styled (see detail_marks.go).
	decorated []string
}

// DocRenderedMsg brings the rest of a long story, rendered in the
// background.
type DocRenderedMsg struct {
	Key    DocKey
	Lines  []string
	marks  [][]markSeg
	places []StatementPlace // counted from the first of Lines
}

// NewRenderer makes a renderer for a glamour standard style ("dark",
// "light", "notty") and colour profile.
func NewRenderer(style string, profile termenv.Profile) *Renderer {
	return &Renderer{style: style, profile: profile, glam: map[int]*glamRenderer{}, docs: map[DocKey]*Doc{}}
}

// Doc is the story b rendered for width cells, its statements marked. A
// long story comes back incomplete with a command that renders the rest.
func (r *Renderer) Doc(b *data.Briefing, width int) (*Doc, tea.Cmd) {
	k := DocKey{Story: b, Width: max(width, 1)}
	if d, ok := r.docs[k]; ok {
		return d, nil
	}
	src, order := markedMarkdown(b)
	// Before wrapping: a URL wrapped over two lines would keep its
	// password past the screen's gate.
	src = data.RedactPasswords(src)
	chunks := splitChunks(src, chunkSize)
	g := r.glamour(k.Width)
	mk := marker{order: order}
	d := &Doc{Lines: g.render(chunks[0], k.Width), Complete: len(chunks) == 1, Order: order}
	d.marks, d.Places = mk.take(d.Lines, 0)
	r.store(k, d)
	if d.Complete {
		return d, nil
	}
	rest := chunks[1:]
	return d, func() tea.Msg {
		var lines []string
		for _, c := range rest {
			lines = append(lines, "")
			lines = append(lines, g.render(c, k.Width)...)
		}
		marks, places := mk.take(lines, 0)
		return DocRenderedMsg{Key: k, Lines: lines, marks: marks, places: places}
	}
}

// Finish completes a story rendered in the background. It reports whether
// the story is still cached.
func (r *Renderer) Finish(msg DocRenderedMsg) bool {
	d, ok := r.docs[msg.Key]
	if !ok || d.Complete {
		return false
	}
	for _, p := range msg.places {
		p.First += len(d.Lines)
		p.Last += len(d.Lines)
		d.Places = append(d.Places, p)
	}
	d.marks = append(d.marks, msg.marks...)
	d.Lines = append(d.Lines, msg.Lines...)
	d.plain = nil
	d.Complete = true
	return true
}

func (r *Renderer) store(k DocKey, d *Doc) {
	if len(r.order) >= maxDocs {
		delete(r.docs, r.order[0])
		r.order = r.order[1:]
	}
	r.docs[k] = d
	r.order = append(r.order, k)
}

func (r *Renderer) glamour(width int) *glamRenderer {
	wrap := max(width, minWrap)
	if g, ok := r.glam[wrap]; ok {
		return g
	}
	style, ok := styles.DefaultStyles[r.style]
	if !ok {
		// Only an unknown style name fails, and the styles are ours.
		panic("views: glamour style " + r.style)
	}
	cfg := *style
	// glamour pads a headline with a cell each side, but a headline that
	// wraps gets the padding on its first line only, which then stands a
	// cell right of the rest: no padding, so every line starts together.
	if strings.TrimSpace(cfg.H1.Prefix) == "" {
		cfg.H1.Prefix, cfg.H1.Suffix = "", ""
	}
	// A code block in a briefing is shown in the theme's code colour,
	// not highlighted token by token: with no chroma theme glamour takes
	// its plain path, and brief links no highlighter (see go.mod: the
	// highlighter's start-up cost fell on every command).
	cfg.CodeBlock.Chroma, cfg.CodeBlock.Theme = nil, ""
	tr, err := glamour.NewTermRenderer(
		glamour.WithStyles(cfg),
		glamour.WithWordWrap(wrap),
		glamour.WithColorProfile(r.profile),
	)
	if err != nil {
		panic("views: glamour renderer: " + err.Error())
	}
	g := &glamRenderer{tr: tr}
	r.glam[wrap] = g
	return g
}

// render renders Markdown to lines no wider than width: glamour leaves a
// word longer than the line (a URL) whole, and those are hard-wrapped;
// it also pads some lines a cell or two past the width, which is cut.
func (g *glamRenderer) render(md string, width int) []string {
	out := g.glamour(md)
	lines := strings.Split(out, "\n")
	lines = trimBlank(lines)
	wrapped := lines[:0:0]
	for _, l := range lines {
		l = plainPadding(l)
		switch {
		case ansi.StringWidth(l) <= width:
			wrapped = append(wrapped, l)
		case ansi.StringWidth(strings.TrimRight(ansi.Strip(l), " ")) <= width:
			wrapped = append(wrapped, ansi.Truncate(l, width, ""))
		default:
			wrapped = append(wrapped, strings.Split(ansi.Hardwrap(l, width, true), "\n")...)
		}
	}
	return wrapped
}

// glamour is md as glamour renders it at this renderer's wrap width.
func (g *glamRenderer) glamour(md string) string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if md == g.lastMD && g.lastOut != "" {
		return g.lastOut
	}
	out, err := g.tr.Render(md)
	if err != nil {
		return md // goldmark does not fail on text; show it raw if it ever does
	}
	g.lastMD, g.lastOut = md, out
	return out
}

// trimBlank drops the blank lines glamour puts around a document, so that
// chunks rendered apart join with exactly one blank line.
func trimBlank(lines []string) []string {
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// splitChunks cuts Markdown into pieces of about size bytes at blank lines,
// where a paragraph ends: the Markdown of a story has no block that spans
// a blank line except fenced code, which is not cut.
func splitChunks(md string, size int) []string {
	var chunks []string
	for len(md) > size {
		cut := cutPoint(md, size)
		if cut < 0 {
			break
		}
		chunks = append(chunks, md[:cut])
		md = md[cut:]
	}
	return append(chunks, md)
}

// cutPoint is the first paragraph break at or after size that is not in
// fenced code, or -1.
func cutPoint(md string, size int) int {
	fenced := false
	for i := 0; i < len(md); {
		end := strings.IndexByte(md[i:], '\n')
		if end < 0 {
			return -1
		}
		line := md[i : i+end]
		if strings.HasPrefix(line, "```") {
			fenced = !fenced
		}
		i += end + 1
		if !fenced && i >= size && i < len(md) && md[i] == '\n' {
			return i + 1
		}
	}
	return -1
}
