package data

import (
	"errors"
	"path/filepath"
	"strings"
	"unicode"
)

// Block is the kind of Markdown block a paragraph came from.
type Block uint8

const (
	BlockText    Block = iota // an ordinary paragraph (and every plain-text line)
	BlockHeading              // "## Heading"
	BlockItem                 // a list item
	BlockQuote                // "> quoted"
	BlockCode                 // a fenced code block, kept verbatim
)

// Style remembers a paragraph's block so Markdown output can render it back
// the way it was written. The zero Style is an ordinary paragraph.
// It is packed into 8 bytes, as every paragraph of a big library has one.
type Style struct {
	Block  Block
	Level  uint8 // heading level 1–6; list nesting depth from 0
	Number int32 // the number of an ordered list item (at most 9 digits); 0 for a bullet
}

// Parse turns the contents of one file into a Briefing, whatever its shape:
// plain text (headline line, then one paragraph per line), Markdown with
// optional YAML front matter, or a speaker-labelled transcript in either.
// name is the file's name or path: it gives the ID and, with its
// extension, a hint of the shape. Parse does no attribution; Load does.
func Parse(name string, raw []byte) (*Briefing, error) {
	return parse(name, raw, false)
}

// parseOwned is Parse for a buffer the caller hands over and never touches
// again (a file Load has just read): the text is then the buffer itself,
// not a copy, which saves copying every byte of a large load once.
func parseOwned(name string, raw []byte) (*Briefing, error) {
	return parse(name, raw, true)
}

func parse(name string, raw []byte, owned bool) (*Briefing, error) {
	text, warnings, err := decodeText(raw, owned)
	if err != nil {
		return nil, err
	}
	text = Sanitize(text)
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("empty")
	}

	b := &Briefing{ID: Slug(name), Path: name, Shape: ShapePlain, Warnings: warnings}

	yml, body, firstLine, hasFM, err := splitFrontMatter(text)
	if err != nil {
		return nil, err
	}
	var fm *frontMatter
	if hasFM {
		if fm, err = parseFrontMatter(yml, firstLine); err != nil {
			return nil, err
		}
		b.Warnings = append(b.Warnings, fm.Warnings...)
	}

	var title string
	var paras []Paragraph
	if hasFM || isMarkdownName(name) || looksLikeMarkdown(body) {
		b.Shape = ShapeMarkdown
		title, paras = parseMarkdownBody(body, hasFM && fm.Title != "")
	} else {
		title, paras = parsePlainBody(body)
	}

	if fm != nil {
		b.Title, b.Dateline, b.Date = fm.Title, fm.Dateline, fm.Date
		b.Source, b.Author, b.Publisher = fm.Source, fm.Author, fm.Publisher
		b.Declared = fm.Declared
	}
	if b.Title == "" {
		b.Title = SanitizeLine(title)
	}
	b.Title = CapLine(b.Title, MaxTitle)
	if b.Title == "" && len(paras) == 0 {
		return nil, errors.New("empty: no title and no text")
	}

	paras, turns := markTurns(paras)
	if turns >= 2 {
		b.Shape = ShapeTranscript
	}
	b.Paragraphs = paras
	if b.Dateline == "" {
		b.Dateline = findDatelineIn(paras, b.Shape == ShapeTranscript)
	}
	return b, nil
}

// Slug makes a briefing ID from a file name: the base name without its
// extension, lower-cased, with anything but letters, digits, '_' and '-'
// turned into '-'.
func Slug(name string) string {
	base := filepath.Base(filepath.ToSlash(name))
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		base = base[i+1:]
	}
	if base == "-" || base == "." || base == "/" || base == "" {
		return "stdin"
	}
	base = strings.TrimSuffix(base, filepath.Ext(base))
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(base) {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_'
		if !ok && r > 127 && unicode.IsLetter(r) {
			ok = true
		}
		switch {
		case ok:
			sb.WriteRune(r)
			dash = false
		case !dash && sb.Len() > 0:
			sb.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimRight(sb.String(), "-")
	if s == "" {
		return "briefing"
	}
	return s
}

func isMarkdownName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}

// looksLikeMarkdown catches Markdown that arrives without a telling name
// (standard input, ".txt"): a first line that is an ATX heading.
func looksLikeMarkdown(body string) bool {
	for line := range strings.Lines(body) {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		level, _ := atxHeading(t)
		return level > 0
	}
	return false
}

// parsePlainBody reads the seed's shape: the first non-empty line is the
// headline and every following non-empty line a paragraph. Text that is
// hard-wrapped into blank-line-separated blocks is read block by block.
func parsePlainBody(body string) (string, []Paragraph) {
	lines := strings.Split(body, "\n")
	var title string
	var paras []Paragraph
	if hardWrapped(lines) {
		for _, blk := range splitBlocks(lines) {
			t := joinLines(blk)
			if title == "" {
				title = t
				continue
			}
			paras = append(paras, Paragraph{Text: t})
		}
		return title, paras
	}
	for _, line := range lines {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if title == "" {
			title = t
			continue
		}
		if paras == nil {
			// sized once: the slice lives as long as the briefing, and
			// growth would leave slack
			n := 0
			for _, l := range lines {
				if strings.TrimSpace(l) != "" {
					n++
				}
			}
			paras = make([]Paragraph, 0, n)
		}
		paras = append(paras, Paragraph{Text: SanitizeLine(t)})
	}
	return title, paras
}

// hardWrapped reports text laid out in blank-line-separated blocks of
// short lines, where a line is not a paragraph.
func hardWrapped(lines []string) bool {
	blocks := splitBlocks(lines)
	if len(blocks) < 2 {
		return false
	}
	multi := false
	for _, blk := range blocks {
		if len(blk) >= 2 {
			multi = true
		}
		for _, line := range blk[:len(blk)-1] {
			if len(line) > 100 {
				return false
			}
		}
	}
	return multi
}

func splitBlocks(lines []string) [][]string {
	var blocks [][]string
	var cur []string
	for _, line := range lines {
		if strings.TrimSpace(line) == "" {
			if cur != nil {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		blocks = append(blocks, cur)
	}
	return blocks
}

func joinLines(lines []string) string {
	parts := make([]string, 0, len(lines))
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			parts = append(parts, t)
		}
	}
	return SanitizeLine(strings.Join(parts, " "))
}
