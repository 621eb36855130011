package profile

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// barLevels are the heights of a month's bar, from none to the most.
var barLevels = []rune("▁▂▃▄▅▆▇█")

// Bar is a line of one character a month, as tall as the month's
// statements against the busiest month's, "·" for a month without any,
// between the first and last month shown: "2031-01 █·▃▁ 2031-04 (most 5
// a month)", the last part when it fits. It shows the last months that
// fit in width cells, and "" when there are none. It is plain text, one
// cell a character, readable without colour.
func Bar(months []Month, width int) string {
	if len(months) == 0 {
		return ""
	}
	const label = len("2006-01 ")
	if room := max(width-2*label, 1); len(months) > room {
		months = months[len(months)-room:]
	}
	most := 0
	for _, m := range months {
		most = max(most, m.Count)
	}
	var sb strings.Builder
	sb.WriteString(months[0].Month.Format("2006-01") + " ")
	for _, m := range months {
		if m.Count == 0 {
			sb.WriteRune('·')
		} else {
			sb.WriteRune(barLevels[(m.Count*len(barLevels)-1)/most])
		}
	}
	if len(months) > 1 {
		sb.WriteString(" " + months[len(months)-1].Month.Format("2006-01"))
	}
	if scale := fmt.Sprintf(" (most %d a month)", most); utf8.RuneCountInString(sb.String())+len(scale) <= width {
		sb.WriteString(scale)
	}
	return sb.String()
}
