package resolve

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// The home default gives a titled speaker the document's own party when
// the text ties the title to no one ("Acting Assistant Secretary Jonas
// Marr"). A title of an office the home does not have is someone else's,
// though the text does not say whose: "Prime Minister Velk" in a Tesmari
// release that has no prime minister is not Tesmar's. Which offices a
// party has is what the gazetteer's known people say: their roles.

// officeRuns are the titles the known people's roles hold, as runs of
// role words ("prime minister", "minister", "secretary general"): for
// each, whether a person of the home holds it, and how many other
// parties' people do.
type officeRuns struct {
	held map[string]officeHeld
	home int // the home's known people with a role
}

type officeHeld struct {
	home   bool
	others int // parties other than the home
}

// manyParties is how many other parties must hold a one-word title, and
// the home none, for it to be another party's: one word names many
// offices of many bodies ("Leader Schumer", "Commissioner Velk", a
// university's chancellor), and only an office most states have and the
// home lacks ("Minister") says the holder is not the home's.
const manyParties = 5

// knownHome is how many known people the home must have for their roles
// to say which offices it has: a party the gazetteer knows by a foreign
// minister alone, or not at all, lacks no office.
const knownHome = 10

// lastOffices keeps the runs of the last gazetteer read, for each home:
// every story of a run shares them, and building them reads every known
// person. Only the last gazetteer's are kept, so that a program that
// reloads its gazetteer does not keep the old ones.
var lastOffices atomic.Pointer[keptOffices]

type keptOffices struct {
	index   *gazetteer.Index
	lexicon *lexicon.Lexicon
	mu      sync.Mutex
	byHome  map[int32]officeRuns
}

// maxOfficeRun bounds the runs kept: a title longer than this is read
// by its tail.
const maxOfficeRun = 4

// officeRuns gives the office runs for the story's home, read once per
// story. An index With a document's own declarations serves that
// document alone: its runs are made for the story and not kept, where
// keeping them would throw away the gazetteer's for every story after.
func (r *Story) officeRuns() officeRuns {
	if r.offices != nil && r.offices.forHome == r.home {
		return r.offices.runs
	}
	var runs officeRuns
	if r.index.Overlay() {
		runs = r.makeOfficeRuns()
	} else {
		runs = r.keptOfficeRuns()
	}
	r.offices = &storyOffices{forHome: r.home, runs: runs}
	return runs
}

// storyOffices are the office runs a story read, for the home it had.
type storyOffices struct {
	forHome int32
	runs    officeRuns
}

func (r *Story) keptOfficeRuns() officeRuns {
	kept := lastOffices.Load()
	if kept == nil || kept.index != r.index || kept.lexicon != r.lexicon {
		kept = &keptOffices{index: r.index, lexicon: r.lexicon, byHome: map[int32]officeRuns{}}
		lastOffices.Store(kept)
	}
	kept.mu.Lock()
	defer kept.mu.Unlock()
	if runs, ok := kept.byHome[r.home]; ok {
		return runs
	}
	runs := r.makeOfficeRuns()
	kept.byHome[r.home] = runs
	return runs
}

// makeOfficeRuns reads every known person's role into runs of words and
// the parties that hold each.
func (r *Story) makeOfficeRuns() officeRuns {
	parties := map[string]map[int32]bool{}
	home := 0
	for _, p := range r.index.People() {
		pid, ok := r.index.PartyID(p.Party)
		if !ok || p.Role == "" {
			continue
		}
		if pid == r.home {
			home++
		}
		words := r.roleWords(p.Role)
		for i := range words {
			for j := i + 1; j <= len(words) && j-i <= maxOfficeRun; j++ {
				run := strings.Join(words[i:j], " ")
				if parties[run] == nil {
					parties[run] = map[int32]bool{}
				}
				parties[run][pid] = true
			}
		}
	}
	runs := officeRuns{held: make(map[string]officeHeld, len(parties)), home: home}
	for run, ps := range parties {
		h := officeHeld{home: ps[r.home], others: len(ps)}
		if h.home {
			h.others--
		}
		runs.held[run] = h
	}
	return runs
}

// foreignOffice reports a title (role words) that names an office only
// other parties' known people hold: of its tails, the longest any known
// role holds is held by no one of the home, and by many parties when it
// is one word. "Secretary General" is another party's though "general"
// ends the home's "Attorney General"; a title no known role holds says
// nothing.
func (r *Story) foreignOffice(title []string) bool {
	if r.index == nil || r.home < 0 || len(title) == 0 {
		return false
	}
	runs := r.officeRuns()
	if runs.home < knownHome {
		return false
	}
	held, n := officeHeld{}, 0
	for k := 1; k <= len(title) && k <= maxOfficeRun; k++ {
		if h, ok := runs.held[strings.Join(title[len(title)-k:], " ")]; ok {
			held, n = h, k
		}
	}
	return n > 0 && !held.home && (n > 1 || held.others >= manyParties)
}

// sharedOfficials reports a plural home group word with nothing before
// it but an article and title words ("Officials", "the senior
// officials") once someone of another party has acted or spoken in the
// story: a readout of a dialogue or a joint statement calls both sides'
// people so ("Kestrian Deputy Minister Velk led … The officials
// discussed"), and writes the home's own as its own ("Administration
// officials").
func (r *Story) sharedOfficials(m mention.Mention) bool {
	if !m.Plural || !r.counterpartSeen() {
		return false
	}
	f := strings.Fields(strings.ToLower(m.Text))
	for _, w := range f[:max(len(f)-1, 0)] {
		if e := r.lexicon.Lookup(w); e == nil || !e.Definite && e.Class&lexicon.TitleWord == 0 {
			return false
		}
	}
	return true
}

// counterpartSeen reports whether someone of a party other than the home
// has been a subject or a speaker in the story: a counterpart.
func (r *Story) counterpartSeen() bool {
	for _, e := range r.entities {
		if (e.spoke || e.subject) && e.party >= 0 && e.party != r.home {
			return true
		}
	}
	return false
}
