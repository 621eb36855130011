package views

import (
	"fmt"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/profile"
)

// Profile is a speaker's or a party's profile: who, the names they were
// found under, a bar of how often they spoke each month, then (for a
// party) who spoke for it, then their statements newest first. The
// speakers and the statements are entries under a cursor; the lines
// above them scroll away with them, so a short screen still shows
// statements.
type Profile struct {
	st   *Styles
	keys *KeyMap
	idx  *profile.Index

	speaker *profile.Speaker // one of the two is shown
	party   *profile.Party
	waiting string // or the name of one not found yet, while statements are read
	isParty bool   // a party's profile is shown, or waited for
	pending int    // stories whose statements are still being read

	blocks []block // what is drawn, in order, and where it starts
	sel    []int   // the blocks under the cursor, in order
	cursor int     // into sel
	offset int     // the first line on screen
	lines  int     // the lines of every block

	width, height int

	drawn *memo[profileRow, []string] // entries as drawn; copies of the view share it
}

// block is a piece of the profile: lines of text, or an entry under the
// cursor (a party's speaker, a statement), drawn only when on screen.
type block struct {
	top, height int
	text        []string    // lines above the entries
	pick        bool        // an entry: the cursor stops on it
	ref         profile.Ref // a statement's, when speaker is ""
	speaker     string      // a party's speaker's row
	count       int         // their statements for the party
}

// draw is the block's lines.
func (p Profile) draw(b block, selected bool) []string {
	switch {
	case !b.pick:
		return b.text
	case b.speaker != "":
		k := profileRow{speaker: b.speaker, count: b.count, selected: selected, width: p.width}
		return p.drawn.get(k, func() []string {
			return p.speakerRow(profile.Count{Name: b.speaker, Count: b.count}, selected)
		})
	}
	story, st := p.idx.Statement(b.ref)
	k := profileRow{story: story, statement: st, party: p.party != nil, selected: selected, width: p.width}
	return p.drawn.get(k, func() []string { return p.statementRow(story, st, selected) })
}

// profileRow is what an entry of a profile is drawn from: a party's
// speaker and their count, or a statement, its story and whether the
// speaker is named; the cursor and the width. The profile is drawn at
// every frame, four to six styled pieces an entry (issue #13); the
// styles are fixed when the reader starts.
type profileRow struct {
	speaker   string
	count     int
	story     *data.Briefing
	statement data.Statement
	party     bool
	selected  bool
	width     int
}

// NewProfile makes the profile view; it shows nothing until Show.
func NewProfile(st *Styles, keys *KeyMap) Profile {
	return Profile{st: st, keys: keys, drawn: newMemo[profileRow, []string](rowMemoSize)}
}

// Show shows a speaker's profile s or a party's pt, of idx, from the
// top. pending is the stories whose statements are not read yet, which
// the profile does not hold. With neither, it shows that the statements
// of name (a party's when party is set) are being read.
func (p *Profile) Show(idx *profile.Index, s *profile.Speaker, pt *profile.Party, name string, party bool, pending int) {
	p.idx, p.speaker, p.party, p.waiting, p.isParty, p.pending = idx, s, pt, name, party || pt != nil, pending
	p.cursor, p.offset = 0, 0
	p.build()
}

// Refresh shows the profile again as more statements arrived: the
// cursor stays on its statement or speaker when it can.
func (p *Profile) Refresh(s *profile.Speaker, pt *profile.Party, pending int) {
	at, hadAt := p.selectedBlock()
	p.speaker, p.party, p.pending = s, pt, pending
	cursor, offset := p.cursor, p.offset
	p.build()
	p.cursor, p.offset = cursor, offset
	if hadAt {
		for i, b := range p.sel {
			if bl := p.blocks[b]; bl.speaker == at.speaker && bl.ref == at.ref {
				p.cursor = i
				break
			}
		}
	}
	p.fit()
}

// IsParty reports whether a party's profile is shown.
func (p Profile) IsParty() bool { return p.isParty }

// Selected is what the cursor is on: a statement (ref), or in a party's
// profile a speaker (speaker, by the name the index knows them by).
func (p Profile) Selected() (ref profile.Ref, speaker string, ok bool) {
	b, ok := p.selectedBlock()
	return b.ref, b.speaker, ok
}

func (p Profile) selectedBlock() (block, bool) {
	if p.cursor < 0 || p.cursor >= len(p.sel) {
		return block{}, false
	}
	return p.blocks[p.sel[p.cursor]], true
}

// Position is the cursor's 1-based place among the entries, and their
// number.
func (p Profile) Position() (int, int) {
	if len(p.sel) == 0 {
		return 0, 0
	}
	return p.cursor + 1, len(p.sel)
}

// SetSize lays the profile out in width x height cells.
func (p *Profile) SetSize(width, height int) {
	if width != p.width {
		p.width, p.height = width, height
		p.build() // the bar is as wide as the screen
	}
	p.width, p.height = width, height
	p.fit()
}

// Update moves the cursor.
func (p Profile) Update(msg tea.Msg) Profile {
	m, ok := motionOf(msg, p.keys, max(p.height/2, 1), 1)
	if !ok || len(p.sel) == 0 {
		return p
	}
	switch m.to {
	case toTop:
		p.cursor = 0
	case toBottom:
		p.cursor = len(p.sel) - 1
	default:
		p.cursor += m.by
	}
	p.fit()
	return p
}

// fit keeps the cursor on an entry and its entry on screen; on the first
// entry the lines above it are shown too.
func (p *Profile) fit() {
	if len(p.sel) == 0 {
		p.cursor, p.offset = 0, 0
		return
	}
	p.cursor = clamp(p.cursor, 0, len(p.sel)-1)
	b := p.blocks[p.sel[p.cursor]]
	h := max(p.height, 1)
	if p.cursor == 0 {
		p.offset = 0
	}
	if b.top < p.offset {
		p.offset = b.top
	}
	if b.top+b.height > p.offset+h {
		p.offset = b.top + b.height - h
	}
	if p.cursor == 0 && b.top+b.height > h {
		p.offset = b.top + b.height - h // the first entry over the lines above it
	}
	p.offset = clamp(p.offset, 0, max(p.lines-h, 0))
}

// View draws the lines on screen.
func (p Profile) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	var lines []string
	end := p.offset + p.height
	for i, b := range p.blocks {
		if b.top+b.height <= p.offset {
			continue
		}
		if b.top >= end {
			break
		}
		selected := b.pick && len(p.sel) > 0 && p.sel[p.cursor] == i
		drawn := p.draw(b, selected)
		for k, l := range drawn {
			if y := b.top + k; y >= p.offset && y < end {
				lines = append(lines, l)
			}
		}
	}
	return Fit(lines, p.width, p.height)
}

// build lays the profile out as blocks.
func (p *Profile) build() {
	// New slices, not the old ones emptied: a copy of the view kept to
	// go back to keeps its own.
	p.blocks, p.sel, p.lines = nil, nil, 0
	n := 8
	if p.speaker != nil {
		n += len(p.speaker.Statements)
	}
	if p.party != nil {
		n += len(p.party.Speakers) + len(p.party.Statements)
	}
	p.blocks, p.sel = make([]block, 0, n), make([]int, 0, n)
	st := p.st
	if p.speaker == nil && p.party == nil {
		if p.waiting != "" {
			// Not found: not yet, or (a party only mentioned) not at all.
			why := fmt.Sprintf("reading the statements of %d stories…", p.pending)
			if p.pending == 0 && p.isParty {
				why = "no statement was made for it in the stories loaded"
			} else if p.pending == 0 {
				why = "no statement by this name in the stories loaded"
			}
			p.blocks = append(p.blocks, block{height: 2, text: []string{st.Title.Render(p.waiting), st.Muted.Render(why)}})
			p.lines = 2
		}
		return
	}
	add := func(b block) {
		b.top = p.lines
		p.lines += b.height
		if b.pick {
			p.sel = append(p.sel, len(p.blocks))
		}
		p.blocks = append(p.blocks, b)
	}
	text := func(lines ...string) {
		add(block{height: len(lines), text: lines})
	}
	var act profile.Activity
	var refs []profile.Ref
	if s := p.speaker; s != nil {
		act, refs = s.Activity, s.Statements
		text(st.Title.Render(s.Name))
		var about []string
		if len(s.Roles) > 0 {
			about = append(about, st.Meta.Render(strings.Join(s.Roles, "; ")))
		}
		if s.Party != "" {
			about = append(about, st.Party.Render(s.Party))
		}
		if len(about) > 0 {
			text(strings.Join(about, st.Meta.Render(" · ")))
		}
		if others := otherNames(s); len(others) > 0 {
			text(st.Muted.Render("also found as: ") + st.Speaker.Render(strings.Join(others, ", ")))
		}
	} else {
		pt := p.party
		act, refs = pt.Activity, pt.Statements
		text(st.Party.Render(pt.Name))
	}
	text(p.summary(len(refs), act))
	if bar := profile.Bar(act.Months, p.width-entryMargin); bar != "" {
		text(st.Meta.Render(bar))
	}
	if p.pending > 0 {
		text(st.Muted.Render(fmt.Sprintf("reading the statements of %d more stories…", p.pending)))
	}
	if pt := p.party; pt != nil && len(pt.Speakers) > 0 {
		text("", st.Prompt.Render(fmt.Sprintf("Spoke for %s (%d)", pt.Name, len(pt.Speakers))))
		for _, c := range pt.Speakers {
			add(block{height: 1, pick: true, speaker: c.Name, count: c.Count})
		}
	}
	text("", st.Prompt.Render("Statements, newest first"))
	for _, r := range refs {
		add(block{height: 2, pick: true, ref: r})
	}
	p.fit()
}

// otherNames is the names a speaker was found under besides the one shown.
func otherNames(s *profile.Speaker) []string {
	var out []string
	for _, n := range s.Names {
		if n != s.Name {
			out = append(out, n)
		}
	}
	return out
}

// summary is "12 statements · 2031-01-05 – 2031-04-20 · 1 undated".
func (p Profile) summary(n int, act profile.Activity) string {
	parts := []string{plural(n, "statement")}
	if p.party != nil {
		parts[0] += " by " + plural(len(p.party.Speakers), "speaker")
	}
	if !act.First.IsZero() {
		span := act.First.Format("2006-01-02")
		if !act.Last.Equal(act.First) {
			span += " – " + act.Last.Format("2006-01-02")
		}
		parts = append(parts, span)
	}
	if act.Undated > 0 {
		parts = append(parts, strconv.Itoa(act.Undated)+" undated")
	}
	return p.st.Meta.Render(strings.Join(parts, " · "))
}

func (p Profile) speakerRow(c profile.Count, selected bool) []string {
	count := strconv.Itoa(c.Count)
	name := p.st.Speaker.Render(c.Name)
	if selected {
		name = p.st.TitleSel.Render(c.Name)
	}
	room := max(p.width-entryMargin-len(count)-1, 1)
	name = ansi.Truncate(name, room, "…")
	gap := strings.Repeat(" ", max(room-ansi.StringWidth(name), 0)+1)
	return entry(p.st, selected, p.width, name+gap+p.st.Count.Render(count))
}

// statementRow is a statement's two lines: date, story and paragraph;
// then (in a party's profile, who and) the words.
func (p Profile) statementRow(b *data.Briefing, s data.Statement, selected bool) []string {
	date := "undated"
	if !b.Date.IsZero() {
		date = b.Date.Format("2006-01-02")
	}
	title := p.st.Title.Render(b.Title)
	if selected {
		title = p.st.TitleSel.Render(b.Title)
	}
	head := p.st.Meta.Render(date+" ") + title + p.st.Meta.Render(" ¶"+strconv.Itoa(int(s.Paragraph)))
	words, style := statementWords(p.st, s)
	said := style.Render(words)
	if p.party != nil {
		said = p.st.Speaker.Render(s.Speaker) + p.st.Meta.Render(": ") + said
	}
	return entry(p.st, selected, p.width, head, said)
}
