package views

import "strings"

// plainPadding rewrites a line glamour rendered so that each space it
// styled on its own, "\x1b[38;5;252m \x1b[0m" (it pads every line to the
// wrap width a cell at a time), is a plain space where that looks the
// same: the style sets only what a space does not show (a foreground
// colour, bold, faint, italic) and nothing is styled before it. A blank
// line 60 cells wide was 900 bytes, not 64; the detail view cuts, gates
// and writes every line of every frame (issue #13).
func plainPadding(line string) string {
	const reset = "\x1b[0m"
	if !strings.Contains(line, "m "+reset) {
		return line
	}
	var b strings.Builder
	plain := false // nothing is styled here: a reset came last
	for i := 0; i < len(line); {
		if line[i] != '\x1b' {
			b.WriteByte(line[i])
			i++
			continue
		}
		end := sgrEnd(line, i)
		if end < 0 { // not SGR: copied, and what it does is not known
			b.WriteByte(line[i])
			plain = false
			i++
			continue
		}
		params := line[i+2 : end]
		if plain && spaceLooksPlain(params) && strings.HasPrefix(line[end+1:], " "+reset) {
			b.WriteByte(' ')
			i = end + 2 + len(reset) // still plain: the reset ends it
			continue
		}
		b.WriteString(line[i : end+1])
		plain = params == "" || params == "0"
		i = end + 1
	}
	return b.String()
}

// sgrEnd is the index of the 'm' ending the SGR sequence at i, or -1.
func sgrEnd(line string, i int) int {
	if i+1 >= len(line) || line[i+1] != '[' {
		return -1
	}
	for j := i + 2; j < len(line); j++ {
		switch c := line[j]; {
		case c == 'm':
			return j
		case c >= '0' && c <= '9' || c == ';':
		default:
			return -1
		}
	}
	return -1
}

// spaceLooksPlain reports whether SGR parameters only set what a space
// does not show: a foreground colour (30–37, 90–97, 39, 38;5;n,
// 38;2;r;g;b), bold, faint or italic (1, 2, 3, 22, 23).
func spaceLooksPlain(params string) bool {
	if params == "" {
		return false
	}
	codes := strings.Split(params, ";")
	for i := 0; i < len(codes); i++ {
		switch c := codes[i]; c {
		case "1", "2", "3", "22", "23", "39",
			"30", "31", "32", "33", "34", "35", "36", "37",
			"90", "91", "92", "93", "94", "95", "96", "97":
		case "38":
			switch {
			case i+2 < len(codes) && codes[i+1] == "5" && isNumber(codes[i+2]):
				i += 2
			case i+4 < len(codes) && codes[i+1] == "2" && isNumber(codes[i+2]) && isNumber(codes[i+3]) && isNumber(codes[i+4]):
				i += 4
			default:
				return false
			}
		default:
			return false
		}
	}
	return true
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
