package views

import tea "github.com/charmbracelet/bubbletea"

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
	m, ok := motionOf(msg, k, max(p.height, 1), 3)
	if !ok {
		return false
	}
	switch m.to {
	case toTop:
		p.offset = 0
	case toBottom:
		p.offset = p.maxOffset()
	default:
		p.offset += m.by
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
