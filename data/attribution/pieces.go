package attribution

import (
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data/statement"
	"github.com/brief-reader/brief/data/text"
)

// piecesText is the text of a statement's pieces: pieces of one paragraph
// joined by a space (around an aside cut out of them), pieces of two
// paragraphs by a blank line, as a transcript turn over paragraphs keeps
// them. A space alone would run one paragraph into the next ("from the
// table The border") where the paragraph before ends on no sentence mark.
func piecesText(d *text.Document, pieces []statement.Piece) string {
	var sb strings.Builder
	for i, pc := range pieces {
		if i > 0 {
			if pc.Para != pieces[i-1].Para {
				sb.WriteString("\n\n")
			} else {
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
