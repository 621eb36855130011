package views

import (
	"strings"

	"github.com/brief-reader/brief/data/profile"
)

// The library's profiles keep no list of each speaker's and party's
// statements (profile.Index.ListStatementsWith): the library's own
// entries say who spoke for whom, and it walks them when a profile is
// made (a few hundred microseconds at 200,000 statements), where the
// lists were 8 to 20 bytes a statement held.

// listPeopleStatements is the library's profile.StatementLister.
func (l *Library) listPeopleStatements(keys []string, party string, each func(r profile.Ref, key string)) {
	var speakers partySet // by speaker id: the keys asked
	pid := int32(-2)      // no statement's
	switch {
	case keys != nil:
		speakers = make(partySet, len(l.speakers))
		for _, k := range keys {
			if id, ok := l.speakerID[k]; ok {
				speakers[id] = true
			}
		}
	case party != "":
		id, ok := l.partyID[party]
		if !ok {
			return
		}
		pid = id
	}
	blank := l.blankSpeakers // ascending, as i is
	for i, e := range l.stmts {
		switch {
		case keys != nil && !speakers[e.speaker], keys == nil && party != "" && e.party != pid:
			continue
		}
		for len(blank) > 0 && blank[0] < int32(i) {
			blank = blank[1:]
		}
		if len(blank) > 0 && blank[0] == int32(i) {
			continue
		}
		each(profile.Ref{Story: int(e.story), Statement: int(int32(i) - l.stories[e.story].stmtFrom)}, l.speakerKeyOf[e.speaker])
	}
}

// noteBlankSpeaker notes statement i when its speaker is blank: the
// profiles leave such statements out.
func (l *Library) noteBlankSpeaker(i int32, speaker string) {
	if strings.TrimSpace(speaker) == "" {
		l.blankSpeakers = append(l.blankSpeakers, i)
	}
}
