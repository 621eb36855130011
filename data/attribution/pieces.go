package attribution

import (
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data/statement"
	"github.com/brief-reader/brief/data/text"
)

// piecesText is the text of a statement's pieces: pieces of one paragraph
// joined by a space (around an aside cut out of them), or by " … " where
// the words left out end a sentence and the piece before ends on no
// sentence mark ("“We stay open,” Vell said. “We stay at the table”": a
// space would read "open We stay"); pieces of two paragraphs by a blank
// line, as a transcript turn over paragraphs keeps them (a space alone
// would run one paragraph into the next: "from the table The border").
func piecesText(d *text.Document, pieces []statement.Piece) string {
	var sb strings.Builder
	for i, pc := range pieces {
		if i > 0 {
			prev := pieces[i-1]
			switch {
			case pc.Para != prev.Para:
				sb.WriteString("\n\n")
			case sentenceEndsBetween(d.Paragraphs[pc.Para].Text, prev.End, pc.Start) && !endsOnSentenceMark(sb.String()):
				sb.WriteString(" … ")
			default:
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(d.Paragraphs[pc.Para].Text[pc.Start:pc.End])
	}
	return sb.String()
}

// cueWords is a cue as a statement shows it: a mark that stands for one
// (a label's colon, a signature's dash) says no more than a transcript
// turn's label, and shows as none ("Anna Verel: “…”", not "Anna Verel
// –: “…”").
func cueWords(cue string) string {
	for _, r := range cue {
		if unicode.IsLetter(r) {
			return cue
		}
	}
	return ""
}

// sentenceEndsBetween reports that the words left out between two pieces
// of a paragraph end on a sentence mark, quotation marks aside ("said. “"),
// not a comma ("said, “", "Sen. Vell said, “").
func sentenceEndsBetween(para string, from, to int32) bool {
	gap := strings.TrimRightFunc(para[from:to], func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Quotation_Mark, r) || unicode.In(r, unicode.Pi, unicode.Pf)
	})
	return strings.HasSuffix(gap, ".") || strings.HasSuffix(gap, "?") || strings.HasSuffix(gap, "!")
}

// endsOnSentenceMark reports text that ends a sentence itself, perhaps
// inside closing quotation marks.
func endsOnSentenceMark(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Quotation_Mark, r) || unicode.In(r, unicode.Pi, unicode.Pf) || r == ')'
	})
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "…")
}
