package model

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data/profile"
	"github.com/brief-reader/brief/views"
)

// Profiles: a speaker's or a party's statements across every story. The
// library's index takes in each story once, as its statements are
// indexed, and builds a profile only when one is opened, so no keystroke
// pays for the whole library.

// profileTarget is the profile on screen, or one esc returns to.
type profileTarget struct {
	name  string // as the index knows it
	party bool
}

// profileStep is where esc returns from a profile: the view it was
// opened from, the picker, or the party's profile a speaker's was
// opened from.
type profileStep struct {
	screen  screen
	picking bool
	target  profileTarget // when screen is screenProfile
	view    views.Profile // that profile, with its cursor
}

// syncProfiles reports whether the library's profiles took in stories
// since the last call: the library adds each story as its statements are
// indexed, those read in the background included, so the profiles and
// the speaker picker share one index.
func (m *Model) syncProfiles() bool {
	n := m.lib.People().Stories()
	changed := n != m.profiled
	m.profiled = n
	return changed
}

// unprofiled is how many stories the profiles do not hold yet: their
// statements, or the stories themselves, are still being read.
func (m *Model) unprofiled() int {
	return len(m.lib.Pending()) + m.lib.Len() - m.lib.Indexed()
}

// openProfile shows target's profile, remembering where esc returns.
func (m *Model) openProfile(target profileTarget, from profileStep) tea.Cmd {
	m.syncProfiles()
	s, pt := m.lookupProfile(target)
	pending := m.unprofiled()
	if from.screen != screenProfile {
		// A fresh start: a trail left by leaving a profile another way
		// (tab from its story) leads nowhere now.
		m.profileTrail = m.profileTrail[:0]
	}
	m.profileTrail = append(m.profileTrail, from)
	m.profileOn = target
	m.profile.Show(m.lib.People(), s, pt, target.name, target.party, pending)
	m.picking = false
	m.screen = screenProfile
	return m.startStatements()
}

func (m *Model) lookupProfile(t profileTarget) (*profile.Speaker, *profile.Party) {
	if t.party {
		pt, _ := m.lib.People().Party(t.name)
		return nil, pt
	}
	s, _ := m.lib.People().Speaker(t.name)
	return s, nil
}

// refreshProfile shows the profile on screen again with the statements
// that arrived.
func (m *Model) refreshProfile() {
	s, pt := m.lookupProfile(m.profileOn)
	m.profile.Refresh(s, pt, m.unprofiled())
}

// here is the step back to the view on screen.
func (m *Model) here() profileStep {
	return profileStep{screen: m.screen, picking: m.picking, target: m.profileOn, view: m.profile}
}

// quoteProfile opens the profile of the speaker (or party) of the
// statement under the quote view's cursor.
func (m *Model) quoteProfile(party bool) tea.Cmd {
	i, ok := m.quotes.Selected()
	if !ok {
		return nil
	}
	_, st := m.lib.Statement(i)
	name := st.Speaker
	if party {
		if st.Party == "" {
			m.notice = notice{text: "this statement was made for no party"}
			return nil
		}
		name = st.Party
	}
	return m.openProfile(profileTarget{name: name, party: party}, m.here())
}

// pickedProfile opens the profile of the picker's highlighted entry.
func (m *Model) pickedProfile() tea.Cmd {
	f, ok := m.picker.Chosen()
	if !ok {
		return nil
	}
	name := f.Label
	if f.Kind == views.FilterSpeaker {
		name = m.lib.Speaker(f.ID).Name
	}
	return m.openProfile(profileTarget{name: name, party: f.Kind == views.FilterParty}, m.here())
}

// profileKey handles the profile view.
func (m Model) profileKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	m.notice = notice{}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.help.setShowAll(!m.help.showAll())
	case key.Matches(msg, k.Back):
		m.closeProfile()
	case key.Matches(msg, k.Open):
		return m, m.openFromProfile()
	default:
		m.profile = m.profile.Update(msg)
	}
	return m, nil
}

// openFromProfile opens the statement under the cursor in its story, at
// its paragraph, or the speaker under it in a party's profile.
func (m *Model) openFromProfile() tea.Cmd {
	ref, speaker, ok := m.profile.Selected()
	if !ok {
		return nil
	}
	if speaker != "" {
		return m.openProfile(profileTarget{name: speaker}, m.here())
	}
	b, st := m.lib.People().Statement(ref)
	if b == nil {
		return nil
	}
	m.current = ref.Story
	m.detail.Open(m.withBody(ref.Story), &st)
	m.opened(ref.Story)
	m.back, m.screen = screenProfile, screenDetail
	return nil
}

// closeProfile goes back to where the profile was opened from.
func (m *Model) closeProfile() {
	n := len(m.profileTrail)
	if n == 0 {
		m.screen = screenList
		return
	}
	step := m.profileTrail[n-1]
	m.profileTrail = m.profileTrail[:n-1]
	m.screen, m.picking = step.screen, step.picking
	if step.screen == screenProfile {
		m.profileOn, m.profile = step.target, step.view
		m.refreshProfile() // statements may have arrived meanwhile
	}
}
