package model

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"github.com/brief-reader/brief/views"
)

// drawHelp is hm as h draws it, fitted to h's width, one line a row. The
// help is the costliest part of a frame and rarely changes from one
// frame to the next, so the last drawing of the short bar and of the full
// help is kept (issue #13). Each copy of the model keeps its own, so
// copies used side by side share nothing. h is the shared help model,
// read only: it is 4 KB of styles, which the race detector checks word
// by word at every copy, and layout draws the help at every Update.
func (m *Model) drawHelp(hm views.HelpMap, h *help.Model) []string {
	drawn := &m.helpDrawn[0]
	if h.ShowAll {
		drawn = &m.helpDrawn[1]
	}
	return drawn.get(helpSource(hm, h), true, func() []string { return strings.Split(h.View(hm.Fit(*h)), "\n") })
}

// helpSource is everything a drawing of hm by h depends on but the
// styles, which are set once, in New: the width, which help, and each
// key's help text and whether it is enabled, in order.
func helpSource(hm views.HelpMap, h *help.Model) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(h.Width))
	b.WriteString(strconv.FormatBool(h.ShowAll))
	b.WriteString(h.ShortSeparator + "\x00" + h.FullSeparator + "\x00" + h.Ellipsis)
	keys := func(bs []key.Binding) {
		b.WriteByte('\x01')
		for _, k := range bs {
			if !k.Enabled() {
				b.WriteString("\x02")
				continue
			}
			b.WriteString("\x00" + k.Help().Key + "\x03" + k.Help().Desc)
		}
	}
	keys(hm.Short)
	keys(hm.Always)
	for _, column := range hm.Full {
		keys(column)
	}
	return b.String()
}
