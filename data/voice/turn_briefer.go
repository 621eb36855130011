package voice

import "strings"

// Briefers: a government's press briefing brings out officials the
// gazetteer does not know ("MS. VELK:", introduced by the spokesperson),
// who answer the reporters' questions as the host's officials do. A
// named speaker of no party who answers questions in a release of a
// known government, in two turns or more and in half their turns at
// least, speaks for it, unless a title of theirs may be another party's
// office ("FOREIGN MINISTER VELK" at a press conference with a guest of
// another party). So does the staff member who runs the briefing, whose
// turns give the floor to a reporter ("Let's go to the line of …"), when
// no guest of another party is there to have brought their own. An
// interviewer, a town hall's host (whose turns give the floor to the
// principal) or a guest who answers one question stays of no party.

// minAnswers is how many answers (or questions called) make a briefer:
// one answer is a guest's ("PREMIER VELK: Thank you, that is right").
const minAnswers = 2

// briefers gives the home party to the briefers among the turns.
func (c *doc) briefers(turns []Turn) {
	if c.home < 0 {
		return
	}
	type tally struct{ turns, answers, calls int }
	count := map[string]*tally{}
	for i, t := range turns {
		if !unclaimed(t) {
			continue
		}
		n := count[t.Speaker.Name]
		if n == nil {
			n = &tally{}
			count[t.Speaker.Name] = n
		}
		n.turns++
		if i > 0 && turns[i-1].Question && turns[i-1].Para < t.Para {
			n.answers++
		}
		if i+1 < len(turns) && turns[i+1].Question && turns[i+1].Para > t.Para {
			n.calls++
		}
	}
	briefs := map[string]bool{}
	for i := range turns {
		t := &turns[i]
		n := count[t.Speaker.Name]
		if n == nil || !unclaimed(*t) {
			continue
		}
		answers := n.answers >= minAnswers && 2*n.answers >= n.turns
		hosts := n.calls >= minAnswers && 2*n.calls >= n.turns
		if !answers && !hosts {
			continue
		}
		ok, seen := briefs[t.Speaker.Name]
		if !seen {
			ok = answers && c.mayBrief(t.Speaker.Role) || hosts && !c.guests()
			briefs[t.Speaker.Name] = ok
		}
		if ok {
			t.Speaker.Party = c.home
		}
	}
}

// unclaimed: a turn of a person of no party, not asking.
func unclaimed(t Turn) bool {
	return !t.Question && t.Speaker.Person && t.Speaker.Party < 0 && !t.Speaker.Group
}

// mayBrief: a briefer has no title, or one that is an office of the home
// government, or any title when the document's head names no one of
// another party (a briefing "with Acting Assistant Secretary Ana Velk",
// not a press conference with a foreign minister).
func (c *doc) mayBrief(role string) bool {
	return role == "" || !c.guests() || c.homeTitle(strings.Fields(role))
}

// guests reports a document whose head names someone of a party other
// than the home's.
func (c *doc) guests() bool {
	for i := range c.cast {
		if p := c.partyOf(&c.cast[i]); p >= 0 && p != c.home {
			return true
		}
	}
	return false
}
