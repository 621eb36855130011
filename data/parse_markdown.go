package data

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mdBlock is a Markdown block while its lines are being gathered.
type mdBlock struct {
	style Style
	lines []string
}

// parseMarkdownBody splits Markdown into paragraphs, one per block:
// paragraphs, headings, list items, block quotes and fenced code. Inline
// markup is reduced to plain prose because attribution reads Text and
// statement spans index into it. The title is the first level-1 heading,
// else the first line; haveTitle (front matter gave one) keeps every
// block as a paragraph.
func parseMarkdownBody(body string, haveTitle bool) (string, []Paragraph) {
	blocks := markdownBlocks(strings.Split(body, "\n"))
	var title string
	if !haveTitle {
		for i, blk := range blocks {
			if blk.style.Block == BlockHeading && blk.style.Level == 1 {
				title = joinLines(blk.lines)
				blocks = append(blocks[:i:i], blocks[i+1:]...)
				break
			}
		}
		if title == "" && len(blocks) > 0 {
			first := blocks[0]
			title = first.lines[0]
			if first.style.Block != BlockCode {
				title = inlineText(strings.TrimSpace(title))
			}
			if len(first.lines) > 1 {
				blocks[0].lines = first.lines[1:]
			} else {
				blocks = blocks[1:]
			}
		}
	}
	paras := make([]Paragraph, 0, len(blocks))
	for _, blk := range blocks {
		var t string
		if blk.style.Block == BlockCode {
			t = Sanitize(strings.Join(blk.lines, "\n"))
		} else {
			t = SanitizeLine(inlineText(strings.Join(trimAll(blk.lines), " ")))
		}
		if strings.TrimSpace(t) == "" {
			continue
		}
		paras = append(paras, Paragraph{Text: t, Style: blk.style})
	}
	return title, paras
}

func trimAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimSpace(l)
	}
	return out
}

// markdownBlocks is a small line-based block parser: enough of CommonMark
// for press releases and notes, not all of it.
func markdownBlocks(lines []string) []mdBlock {
	// Blocks are scratch, turned into paragraphs and dropped: one generous
	// allocation rather than a doubling per few paragraphs.
	blocks := make([]mdBlock, 0, len(lines)/2+1)
	var open mdBlock // the block being built; cur points here or is nil
	var cur *mdBlock
	flush := func() {
		if cur != nil && len(cur.lines) > 0 {
			blocks = append(blocks, *cur)
		}
		cur = nil
	}
	fence := ""
	for _, line := range lines {
		if fence != "" {
			if strings.HasPrefix(strings.TrimSpace(line), fence) && strings.Trim(strings.TrimSpace(line), fence[:1]) == "" {
				flush()
				fence = ""
				continue
			}
			cur.lines = append(cur.lines, line)
			continue
		}
		t := strings.TrimSpace(line)
		indent := len(line) - len(strings.TrimLeft(line, " "))
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			flush()
			fence = t[:3]
			open = mdBlock{style: Style{Block: BlockCode}}
			cur = &open
		case isSetextUnderline(t) && cur != nil && cur.style.Block == BlockText:
			cur.style = Style{Block: BlockHeading, Level: 2}
			if t[0] == '=' {
				cur.style.Level = 1
			}
			flush()
		case isThematicBreak(t):
			flush()
		case strings.HasPrefix(t, "[") && isLinkDefinition(t):
			flush()
		default:
			if level, rest := atxHeading(t); level > 0 {
				flush()
				blocks = append(blocks, mdBlock{style: Style{Block: BlockHeading, Level: uint8(level)}, lines: []string{rest}})
				continue
			}
			if num, rest, ok := listItem(t); ok {
				flush()
				open = mdBlock{style: Style{Block: BlockItem, Level: uint8(min(indent/2, 255)), Number: int32(num)}, lines: []string{rest}}
				cur = &open
				continue
			}
			if strings.HasPrefix(t, ">") {
				rest := strings.TrimLeft(t, "> ")
				if cur == nil || cur.style.Block != BlockQuote {
					flush()
					open = mdBlock{style: Style{Block: BlockQuote}}
					cur = &open
				}
				if rest == "" { // "> " alone separates paragraphs of a quote
					flush()
					continue
				}
				cur.lines = append(cur.lines, rest)
				continue
			}
			if cur == nil {
				open = mdBlock{}
				cur = &open
			}
			cur.lines = append(cur.lines, t)
		}
	}
	flush()
	return blocks
}

// atxHeading returns the level and text of "## Heading ##", or 0.
func atxHeading(t string) (int, string) {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(t) && t[n] != ' ' && t[n] != '\t' {
		return 0, ""
	}
	rest := strings.TrimSpace(t[n:])
	if i := strings.TrimRight(rest, "#"); len(i) < len(rest) && (i == "" || strings.HasSuffix(i, " ")) {
		rest = strings.TrimSpace(i)
	}
	return n, rest
}

func isSetextUnderline(t string) bool {
	return len(t) >= 2 && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}

func isThematicBreak(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isLinkDefinition matches "[ref]: https://…", which renders as nothing.
func isLinkDefinition(t string) bool {
	end := strings.Index(t, "]:")
	return end > 1 && !strings.ContainsAny(t[:end], "[]") && !strings.Contains(strings.TrimSpace(t[end+2:]), " ")
}

// listItem recognises "- item", "* item", "+ item", "3. item" and "3) item".
func listItem(t string) (num int, rest string, ok bool) {
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
		return 0, strings.TrimSpace(t[2:]), true
	}
	i := 0
	for i < len(t) && i < 9 && t[i] >= '0' && t[i] <= '9' {
		num = num*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || i+1 >= len(t) || t[i] != '.' && t[i] != ')' || t[i+1] != ' ' {
		return 0, "", false
	}
	if num == 0 {
		num = 1 // "0." would read as a bullet; keep it ordered
	}
	return num, strings.TrimSpace(t[i+2:]), true
}

// inlineText reduces inline Markdown to the prose a reader sees: emphasis
// markers dropped, links and images to their text, code spans to their
// content, autolinks to their address, HTML tags dropped, entities and
// backslash escapes resolved. Brackets that are not links ("[sic]") stay.
func inlineText(s string) string {
	if !strings.ContainsAny(s, "*_~`[]<&\\!") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\\':
			if i+1 < len(s) && isASCIIPunct(s[i+1]) {
				b.WriteByte(s[i+1])
				i += 2
				continue
			}
		case '`':
			n := runLen(s, i, '`')
			if end := strings.Index(s[i+n:], s[i:i+n]); end >= 0 {
				b.WriteString(strings.TrimSpace(s[i+n : i+n+end]))
				i += n + end + n
				continue
			}
			b.WriteString(s[i : i+n])
			i += n
			continue
		case '!', '[':
			start := i
			if c == '!' {
				if i+1 >= len(s) || s[i+1] != '[' {
					break
				}
				start = i + 1
			}
			if text, next, ok := link(s, start); ok {
				b.WriteString(inlineText(text))
				i = next
				continue
			}
		case '<':
			if end := strings.IndexByte(s[i:], '>'); end > 1 {
				inner := s[i+1 : i+end]
				switch {
				case isAutolink(inner):
					b.WriteString(strings.TrimPrefix(inner, "mailto:"))
					i += end + 1
					continue
				case isHTMLTag(inner):
					if tag := strings.ToLower(strings.Trim(inner, "/ ")); tag == "br" {
						b.WriteByte(' ')
					}
					i += end + 1
					continue
				}
			}
		case '&':
			if end := strings.IndexByte(s[i:], ';'); end > 1 && end <= 32 {
				ent := s[i : i+end+1]
				if u := html.UnescapeString(ent); u != ent {
					b.WriteString(u)
					i += end + 1
					continue
				}
			}
		case '*', '_', '~':
			n := runLen(s, i, c)
			if c == '~' && n < 2 {
				break
			}
			if emphasisDelimiter(s, i, n, c) {
				i += n
				continue
			}
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// link parses "[text](url)", "[text][ref]" or "[text][]" at s[i] == '['.
func link(s string, i int) (text string, next int, ok bool) {
	depth := 0
	j := i
	for ; j < len(s); j++ {
		if s[j] == '\\' {
			j++
			continue
		}
		if s[j] == '[' {
			depth++
		} else if s[j] == ']' {
			depth--
			if depth == 0 {
				break
			}
		}
	}
	if j >= len(s) || j+1 >= len(s) {
		return "", 0, false
	}
	text = s[i+1 : j]
	switch s[j+1] {
	case '(':
		depth := 0
		for k := j + 1; k < len(s); k++ {
			switch s[k] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return text, k + 1, true
				}
			}
		}
	case '[':
		if end := strings.IndexByte(s[j+1:], ']'); end >= 0 {
			return text, j + 1 + end + 1, true
		}
	}
	return "", 0, false
}

func runLen(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// emphasisDelimiter applies CommonMark's flanking rules to the run of n
// delimiters at s[i]: a run that can open or close emphasis is markup; a
// run between spaces ("5 * 3") or inside a word with '_' (snake_case) is
// text.
func emphasisDelimiter(s string, i, n int, c byte) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+n:])
	if i == 0 {
		before = ' '
	}
	if i+n == len(s) {
		after = ' '
	}
	spaceB, spaceA := unicode.IsSpace(before), unicode.IsSpace(after)
	punctB, punctA := isPunct(before), isPunct(after)
	left := !spaceA && (!punctA || spaceB || punctB)
	right := !spaceB && (!punctB || spaceA || punctA)
	if c == '_' {
		return left && (!right || punctB) || right && (!left || punctA)
	}
	if left && right && unicode.IsDigit(before) && unicode.IsDigit(after) {
		return false // arithmetic: "5*3"
	}
	return left || right
}

func isPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func isAutolink(inner string) bool {
	if strings.ContainsAny(inner, " <>") {
		return false
	}
	return strings.HasPrefix(inner, "http://") || strings.HasPrefix(inner, "https://") ||
		strings.HasPrefix(inner, "mailto:")
}

// isHTMLTag matches "<b>", "</em>", "<br/>", "<a href=…>", "<!-- … -->".
func isHTMLTag(inner string) bool {
	if strings.HasPrefix(inner, "!--") {
		return true
	}
	inner = strings.TrimPrefix(inner, "/")
	if inner == "" || !(inner[0] >= 'a' && inner[0] <= 'z' || inner[0] >= 'A' && inner[0] <= 'Z') {
		return false
	}
	name := inner
	if k := strings.IndexAny(inner, " /\t"); k >= 0 {
		name = inner[:k]
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
