package views

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// pager is the scroll position over a column of lines rendered elsewhere.
// It does not hold the lines, so scrolling never copies or re-measures
// them, and the caller can restyle the visible ones (search matches).
type pager struct {
	offset, height, total int
}

func (p *pager) setSize(height, total int) {
	p.height, p.total = max(height, 0), total
	p.clamp()
}

func (p *pager) maxOffset() int { return max(p.total-p.height, 0) }

func (p *pager) clamp() { p.offset = clamp(p.offset, 0, p.maxOffset()) }

// scrollTo puts line at the top of the screen, or as near as the end allows.
func (p *pager) scrollTo(line int) {
	p.offset = line
	p.clamp()
}

// show scrolls the least that makes line visible, with a line of context.
func (p *pager) show(line int) {
	if line < p.offset || line >= p.offset+p.height {
		p.scrollTo(line - min(1, p.height/4))
	}
}

// update scrolls for a scrolling key or the mouse wheel, and reports
// whether msg was one.
func (p *pager) update(msg tea.Msg, k *KeyMap) bool {
	page := max(p.height, 1)
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			p.offset--
		case key.Matches(msg, k.Down):
			p.offset++
		case key.Matches(msg, k.PageDown):
			p.offset += page
		case key.Matches(msg, k.PageUp):
			p.offset -= page
		case key.Matches(msg, k.HalfPageDown):
			p.offset += max(page/2, 1)
		case key.Matches(msg, k.HalfPageUp):
			p.offset -= max(page/2, 1)
		case key.Matches(msg, k.Top):
			p.offset = 0
		case key.Matches(msg, k.Bottom):
			p.offset = p.maxOffset()
		default:
			return false
		}
	case tea.MouseMsg:
		if msg.Action != tea.MouseActionPress {
			return false
		}
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			p.offset -= 3
		case tea.MouseButtonWheelDown:
			p.offset += 3
		default:
			return false
		}
	default:
		return false
	}
	p.clamp()
	return true
}

// visible is the range of lines on screen.
func (p pager) visible() (from, to int) {
	return p.offset, min(p.offset+p.height, p.total)
}

// percent is how far down the bottom of the screen is.
func (p pager) percent() int {
	if p.total <= p.height || p.total == 0 {
		return 100
	}
	return (p.offset + p.height) * 100 / p.total
}
