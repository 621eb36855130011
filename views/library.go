package views

import (
	"slices"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/profile"
	"github.com/brief-reader/brief/data/provenance"
	"github.com/brief-reader/brief/data/query"
)

// Library is every loaded story, indexed once as it arrives so that
// filtering 200,000 statements per keystroke only compares precomputed
// keys and small integers.
type Library struct {
	attr *data.Attributor

	stories   []storyEntry
	stmts     []stmtEntry
	storyKeys keys // folded headline, dateline, parties and speakers
	stmtKeys  keys // folded text; see compact_names.go for the rest

	kinds []data.Kind // by statement, beside stmts

	speakerKeyOf  []string // speaker id -> its key; see library_people_list.go
	blankSpeakers []int32  // the statements without a speaker, ascending

	compact compactStatements // the rest of each statement; see compact.go

	parties     []string // party id -> canonical name
	partyID     map[string]int32
	speakers    []SpeakerInfo // speaker id -> who
	names       names         // speaker id -> the words of its names, for speaker:
	speakerID   map[string]int32
	speakerKeys map[string]string // name as written -> attr.SpeakerKey(name)
	people      *profile.Index    // who is who across stories; see library_person.go
	person      []int32           // speaker id -> its person's id; see persons
	personAt    int               // the statements person was worked out at

	byID     map[string]int32  // story ID -> the first story with it
	indexed  int               // stories[:indexed] are in the filters' indexes; see Reserve
	fresh    int32             // refreshes that brought stories; see AddFresh
	tracking bool              // stories are marked unread; see TrackUnread
	pending  int               // stories read without their statements; see Attach
	ord      storyOrder        // the order shown; see order.go
	reports  reportGroups      // statements reported in several stories: sieve, or stored
	sieve    *provenance.Sieve // the library's own grouping; a statement's index is its number there
	stored   *storedReports    // the database's grouping; see stored_reports.go
	first    firstScratch      // see firstReports

	// bodySearch finds, through brief's full-text index, the stories
	// whose body or statements hold a query's words; nil when there is
	// no index. See SetBodySearch.
	bodySearch func(query string) func(*data.Briefing) bool

	// texts is what the library knows of the statements' texts it left
	// in the database; nil when it holds every text. See stored_texts.go.
	texts *storedTexts
}

// SetBodySearch lets the story list's text filter look in bodies too:
// search gives, for a query, the test of whether a story's body holds it
// (nil when it cannot tell). Bodies are not held in memory, so this asks
// the database's index rather than the stories.
func (l *Library) SetBodySearch(search func(query string) func(*data.Briefing) bool) {
	l.bodySearch = search
}

// SearchesBodies reports whether the story list's text filter looks in
// bodies.
func (l *Library) SearchesBodies() bool { return l.bodySearch != nil }

type storyEntry struct {
	b        *data.Briefing // nil until read; see Reserve
	parties  []int32        // every party of the story, mentioned or speaking
	speakers []int32
	fresh    int32 // the refresh that brought it; 0 for the first load
	unread   bool
	starred  bool
	pending  bool  // read without its statements; see Attach
	day      int32 // its date as YYYYMMDD, for after: and before:; 0 when undated
	kinds    uint8 // a bit per data.Kind its statements have, for kind:
	// stmtFrom and stmtTo are its statements in the library's: the
	// story list's words look in them, and the quote view lists them in
	// its stories' order.
	stmtFrom, stmtTo int32
	// recFrom is its first statement's record in the library's compact
	// records. A story whose statements' texts were left in the database
	// (textStored, see SetStatementTexts) has none, and empty search keys.
	recFrom    int32
	textStored bool
	grouped    bool // given its statements' groups from the database; see GroupStory

	reserved bool  // one of the library's rows (see Reserve), in its order
	example  bool  // one of brief's built-in examples
	keep     bool  // read since read stories were hidden; see SetHideRead
	when     int64 // its date in Unix seconds, or undated; see sortKeys
	count    int32 // its statements, for the sort
}

// stmtEntry is what the filters and the order keep of every statement:
// 12 bytes, its kind beside it in Library.kinds (a struct with it is 16).
// Its place in its story's Statements is not kept: a story's statements
// are indexed together, in order, so it is the statement's number less
// its story's stmtFrom (see stmtIndex).
type stmtEntry struct {
	story   int32
	party   int32 // -1 when unaffiliated
	speaker int32
}

// SpeakerInfo is one person or body across all stories, however each
// story named them.
type SpeakerInfo struct {
	Name   string // the fullest name seen ("Yuri Ushakov" over "Ushakov")
	Party  string
	Person bool
	Group  bool // a group ("experts", "both sides"), marked so in the picker
}

// NewLibrary makes an empty library; attr decides speaker identity and
// party aliases (nil: data.DefaultAttributor).
func NewLibrary(attr *data.Attributor) *Library {
	if attr == nil {
		attr = data.DefaultAttributor()
	}
	l := &Library{attr: attr, partyID: map[string]int32{}, speakerID: map[string]int32{}, speakerKeys: map[string]string{}, byID: map[string]int32{}}
	l.sieve = provenance.NewSieve(l.reportOf)
	l.reports = l.sieve
	return l
}

// Add indexes briefings; they keep their order of arrival. A story that
// a refresh has already brought is left out: the loader and a refresh
// that stored it meanwhile may both deliver it. Other stories sharing an
// ID (two folders with a file of the same name) are all kept.
func (l *Library) Add(bs ...*data.Briefing) {
	for _, b := range bs {
		if b == nil {
			continue
		}
		if i, ok := l.byID[b.ID]; ok && b.ID != "" && l.stories[i].fresh > 0 {
			continue
		}
		l.add(b, 0)
	}
}

func (l *Library) add(b *data.Briefing, fresh int32) {
	si := int32(len(l.stories))
	example := data.IsExample(b)
	l.stories = append(l.stories, storyEntry{b: b, fresh: fresh, example: example})
	if example {
		l.ord.examples++
	} else {
		l.ord.hideExample = true // the reader holds real stories
	}
	l.setID(b, si)
	l.arrivedStory(si)
	l.indexReady()
}

func (l *Library) setID(b *data.Briefing, si int32) {
	if _, ok := l.byID[b.ID]; !ok && b.ID != "" {
		l.byID[b.ID] = si
	}
}

// Reserve makes room for n stories read later (Fill), listed in that
// order after the stories before them: a library of 100,000 stories is
// listed whole at once, and its rows are read as they come on screen
// and, in the background, in order. The filters know a story once it
// and every story before it has been read (Indexed). Reserve returns the
// index of the first.
func (l *Library) Reserve(n int) int {
	from := len(l.stories)
	if n <= 0 {
		return from
	}
	l.stories = slices.Grow(l.stories, n)[:from+n]
	for i := from; i < from+n; i++ {
		l.stories[i] = storyEntry{reserved: true}
	}
	l.ord.hideExample, l.ord.stale = true, true // the user's library
	l.ord.reserved += n
	return from
}

// Fill gives the reserved stories from on their briefings read since,
// bs[k] to story from+k, and returns the stories it filled: a story read
// already keeps the briefing it has, and a nil briefing (a story that
// could not be read) leaves its story as it is.
func (l *Library) Fill(from int, bs []*data.Briefing) []int {
	var filled []int
	for k, b := range bs {
		i := from + k
		if b == nil || i < 0 || i >= len(l.stories) || l.stories[i].b != nil {
			continue
		}
		l.stories[i].b = b
		l.setID(b, int32(i))
		l.arrivedStory(int32(i))
		filled = append(filled, i)
	}
	l.indexReady()
	return filled
}

// Read reports whether story i has its briefing: one reserved may not
// yet (see Reserve).
func (l *Library) Read(i int) bool { return l.stories[i].b != nil }

// Indexed is how many stories, from the first, the filters know: every
// story up to the first reserved one not read yet.
func (l *Library) Indexed() int { return l.indexed }

// indexReady indexes the stories read since the last call, in order, up
// to the first that is not: the search keys are kept end to end in the
// order of the stories.
func (l *Library) indexReady() {
	for l.indexed < len(l.stories) && l.stories[l.indexed].b != nil {
		l.index(int32(l.indexed))
		l.indexed++
	}
}

// index adds story si's parties, speakers and search key to the filters'
// indexes.
func (l *Library) index(si int32) {
	e := &l.stories[si]
	b := e.b
	e.day = int32(query.DayOf(b.Date))
	l.names.declare(l, b)
	key := []string{b.Title, b.Dateline}
	for _, p := range b.Parties {
		e.parties = appendUnique(e.parties, l.party(p))
		key = append(key, p)
	}
	if len(b.Statements) == 0 && b.StatementCount > 0 {
		// A story read without its statements (a row from the
		// database): its speakers say who speaks and for whom, enough
		// for the story list; Attach indexes the statements when the
		// quote view needs them.
		e.pending = true
		l.pending++
		for _, sp := range b.Speakers {
			id := l.speaker(sp)
			if sp.Party != "" {
				e.parties = appendUnique(e.parties, l.party(sp.Party))
			}
			if !containsID(e.speakers, id) {
				e.speakers = append(e.speakers, id)
				key = append(key, sp.Name)
			}
		}
	}
	key = l.indexStatements(si, e, key)
	l.storyKeys.add(key...)
}

// indexStatements indexes the statements of story si, adding their
// parties and speakers to e, and returns key with the speakers added.
func (l *Library) indexStatements(si int32, e *storyEntry, key []string) []string {
	b := e.b
	if len(b.Statements) == 0 {
		return key
	}
	e.stmtFrom = int32(len(l.stmts))
	e.recFrom = int32(len(l.compact.recs))
	defer func() { e.stmtTo = int32(len(l.stmts)) }()
	l.ord.stmtsOK = false
	roles := map[string]data.Speaker{}
	for _, sp := range b.Speakers {
		roles[sp.Name] = sp
	}
	for _, st := range b.Statements {
		r := roles[st.Speaker]
		sp := l.speaker(data.Speaker{Name: st.Speaker, Party: st.Party, Person: r.Person, Group: r.Group})
		pid := int32(-1)
		if st.Party != "" {
			pid = l.party(st.Party)
			e.parties = appendUnique(e.parties, pid)
		}
		if !containsID(e.speakers, sp) {
			e.speakers = append(e.speakers, sp)
			key = append(key, st.Speaker)
		}
		l.stmts = append(l.stmts, stmtEntry{story: si, party: pid, speaker: sp})
		l.kinds = append(l.kinds, st.Kind)
		l.noteBlankSpeaker(int32(len(l.stmts)-1), st.Speaker)
		e.kinds |= 1 << st.Kind
		if e.textStored {
			l.stmtKeys.addEmpty() // an empty key and no record: the database answers for it
		} else {
			start := uint32(len(l.stmtKeys.buf))
			l.stmtKeys.add(st.Text)
			l.compact.add(int32(len(l.stmts)-1), st, &l.stmtKeys, start)
		}
		if l.sieve != nil {
			l.sieve.Add(provenance.Statement{Story: int(si), Date: b.Date, Speaker: st.Speaker, Party: st.Party, Text: st.Text})
		} else {
			l.stored.grow(1) // its group, if any, comes from the database: see GroupStory
		}
	}
	l.peopleIndex().Add(int(si), b)
	return key
}

// Pending lists the stories read without their statements, in order.
func (l *Library) Pending() []int {
	if l.pending == 0 {
		return nil
	}
	var out []int
	for i := range l.stories[:l.indexed] {
		if l.stories[i].pending {
			out = append(out, i)
		}
	}
	return out
}

// GrowStatements makes room for n statements about to be attached: the
// lists kept of every statement are grown once, not an append at a time,
// which left each list's earlier copies, 1.25 times larger each, behind
// while a large library's statements were read.
func (l *Library) GrowStatements(n int) {
	l.stmts = slices.Grow(l.stmts, n)
	l.kinds = slices.Grow(l.kinds, n)
}

// Attach gives story i, read without its statements, the statements
// read since, and indexes them for the quote view. They go after the
// statements indexed before, in a run of their own refresh, so the quote
// view still shows them with their story's refresh. The story does not
// keep them: the library holds them compact (see compact.go), and a
// story opened reads them again.
func (l *Library) Attach(i int, stmts []data.Statement) {
	e := &l.stories[i]
	if !e.pending {
		return
	}
	e.pending = false
	l.pending--
	e.textStored = l.texts != nil
	e.b.Statements, e.b.StatementCount = stmts, 0
	l.indexStatements(int32(i), e, nil)
	if e.textStored {
		l.extendAnswers(e.stmtFrom, stmts)
		l.texts.remember(int32(i), stmts, l.readingForSieve())
	}
	e.b.Statements, e.b.StatementCount = nil, len(stmts)
}

func (l *Library) party(name string) int32 {
	if id, ok := l.partyID[name]; ok {
		return id
	}
	id := int32(len(l.parties))
	l.parties = append(l.parties, name)
	l.partyID[name] = id
	l.names.version++
	return id
}

func (l *Library) speaker(who data.Speaker) int32 {
	name, party, person := who.Name, who.Party, who.Person
	// The same names come back story after story: the attributor's key
	// for a name is worked out once (it was half the time of taking in
	// a library's rows).
	k, ok := l.speakerKeys[name]
	if !ok {
		k = l.attr.SpeakerKey(name)
		l.speakerKeys[name] = k
	}
	id, ok := l.speakerID[k]
	if !ok {
		id = int32(len(l.speakers))
		l.speakers = append(l.speakers, SpeakerInfo{Name: name, Party: party, Person: person, Group: who.Group})
		l.speakerID[k] = id
		l.speakerKeyOf = append(l.speakerKeyOf, k)
		l.names.add(l.attr, name)
		return id
	}
	s := &l.speakers[id]
	if len(name) > len(s.Name) && !isPartyName(s.Name, s.Party) || isPartyName(name, party) && extendsPartyName(s.Name, party) {
		s.Name = name
		l.names.rename(l.attr, id, name)
	}
	if s.Party == "" {
		s.Party = party
	}
	s.Person = s.Person || person
	s.Group = s.Group && who.Group && !s.Person
	return id
}

// Len is the number of stories, reserved ones included.
func (l *Library) Len() int { return len(l.stories) }

// Story is the i-th story in order of arrival; nil for a reserved story
// not read yet.
func (l *Library) Story(i int) *data.Briefing { return l.stories[i].b }

// StatementCount is the number of statements in all stories.
func (l *Library) StatementCount() int { return len(l.stmts) }

// Statement is the i-th statement of the library, with its story's index.
func (l *Library) Statement(i int) (story int, st data.Statement) {
	e := l.stmts[i]
	if held, k := l.stories[e.story].b.Statements, l.stmtIndex(int32(i)); int(k) < len(held) {
		return int(e.story), held[k]
	}
	return int(e.story), l.compactStatement(int32(i))
}

// stmtIndex is statement i's place among its story's statements.
func (l *Library) stmtIndex(i int32) int32 { return i - l.stories[l.stmts[i].story].stmtFrom }

// StatementStory is the index of statement i's story: all that is needed
// of another report of a statement, which the statement itself, read
// again from the database when its texts are stored, would cost.
func (l *Library) StatementStory(i int) int { return int(l.stmts[i].story) }

// Speaker is what the library knows of a speaker id.
func (l *Library) Speaker(id int32) SpeakerInfo { return l.speakers[id] }

// PartyName is the canonical name of a party id.
func (l *Library) PartyName(id int32) string { return l.parties[id] }
