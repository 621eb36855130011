package resolve

import (
	"slices"
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
)

// Key is the identity of a speaker across stories: two statements whose
// speakers have the same key are by the same person or body however each
// story named them ("Jonas Vell", "Vell", "Foreign Minister Jonas Vell";
// "Tesmar", "the Republic of Tesmar", its capital). Within a story the
// resolver already names one person one way (their fullest name, or the
// known person's canonical name); across stories a surname alone is the
// known person who has it when only one does. A body the gazetteer knows
// by several names is its first ("the TWA", "the Tesmar Water Agency" are
// "the Water Agency"). A seat of government ("the Kremlin") stays a
// speaker of its own; any other speaker is its words, lower-cased,
// without an article, honorifics or title abbreviations, a party's name
// in it written as the party's one name, and a body's or a group's
// "Department of X", "leaders of X" as "X Department", "X leaders". An
// organisation's leaders or members ("the leaders of the Forum", "Forum
// nations") are the organisation. A government named after its leaders
// ("the Velk Administration", "the Velk-Arno Administration") is the one
// body, "the Administration"; a party's government named by the party's
// name ("the Tesmar government") is the party.
func Key(ix *gazetteer.Index, lex *lexicon.Lexicon, speaker string) string {
	k := gazetteer.Normalize(speaker)
	if ix != nil {
		if name, _, ok := ix.BodyOfKey(k); ok {
			speaker = name // "the EPA" is the Environmental Protection Agency
			k = gazetteer.Normalize(speaker)
		}
	}
	if ix != nil {
		if id, ok := ix.PersonID(k); ok {
			return gazetteer.Normalize(ix.Person(id).Name)
		}
		if ids := ix.BySurname(strings.TrimSpace(speaker)); len(ids) == 1 {
			return gazetteer.Normalize(ix.Person(ids[0]).Name)
		}
		if id, ok := knownWithInitial(ix, speaker); ok {
			return gazetteer.Normalize(ix.Person(id).Name)
		}
		if id, ok := ix.PartyID(k); ok && !ix.IsSeat(k) {
			return gazetteer.Normalize(ix.Party(id).Name)
		}
		if members, ok := knownMembers(ix, speaker); ok {
			return members
		}
	}
	if n, ok := withoutInitial(speaker); ok {
		// "Mara T. Oskin" is the Mara Oskin other stories name without
		// the initial, known or not
		return Key(ix, lex, n)
	}
	var out []string
	party := -1 // the party whose name opens the speaker's, with how many words
	ws := strings.FieldsFunc(strings.ReplaceAll(speaker, "’", "'"), func(r rune) bool {
		// "G7+" is the G7 and more, not the G7
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '.' || r == '-' || r == '+')
	})
	for i := 0; i < len(ws); i++ {
		if ix != nil {
			// a party's name inside the speaker's is the party's one name:
			// "the leaders of the Group of Seven" are "the Leaders of the G7"
			if h, ok := ix.Match(ws[i:]); ok && h.Kind == gazetteer.PartyName && h.Party >= 0 && h.Person < 0 {
				if len(out) == 0 {
					party = int(h.Party)
				}
				out = append(out, strings.Fields(gazetteer.Normalize(ix.Party(h.Party).Name))...)
				i += h.Len - 1
				continue
			}
		}
		w := strings.ToLower(strings.Trim(ws[i], "'.-"))
		if w == "" || w == "the" {
			continue
		}
		if ix != nil && i == len(ws)-2 && lex.Is(strings.ToLower(ws[i+1]), lexicon.OwnVoice) && knownSurnames(ix, ws[i]) {
			continue // "the Velk Administration", "the Velk-Arno Administration" are the Administration
		}
		if e := lex.Lookup(w + "."); len(out) == 0 && e != nil && (e.Class&lexicon.Honorific != 0 || e.Means != "") {
			continue // "Mr. Vell", "Sen. Velk": the person, not the title
		}
		out = append(out, w)
	}
	if party >= 0 && len(out) == len(strings.Fields(gazetteer.Normalize(ix.Party(int32(party)).Name)))+1 && isPartyGovernment(lex, out[len(out)-1]) {
		// "the United States government" is the United States
		return gazetteer.Normalize(ix.Party(int32(party)).Name)
	}
	if body, ok := membersOfBody(ix, lex, out); ok {
		return body
	}
	if len(out) > 2 && out[1] == "of" && party < 0 && (lex.Is(out[0], lexicon.Organisation) || lex.Is(out[0], lexicon.Group)) {
		// "the Department of State" is "the State Department", "the
		// Ministry of Defence" "the Defence Ministry", "the leaders of
		// the G7" "G7 leaders"
		out = append(out[2:], out[0])
	}
	return strings.Join(out, " ")
}

// membersOfBody is the organisation or group of parties that a key's
// words name by its members speaking ("forum leaders", "leaders of
// forum"), by its one name; not ok for any other words.
func membersOfBody(ix *gazetteer.Index, lex *lexicon.Lexicon, out []string) (string, bool) {
	if ix == nil || len(out) < 2 {
		return "", false
	}
	if k, ok := membersSpeak(ix, lex, out[len(out)-1], out[:len(out)-1]); ok {
		return k, true // "forum leaders"
	}
	if len(out) > 2 && out[1] == "of" {
		return membersSpeak(ix, lex, out[0], out[2:]) // "leaders of forum"
	}
	return "", false
}

// membersSpeak: the words name an organisation or a group of parties,
// not a seat of one, and members is a word for its members speaking.
func membersSpeak(ix *gazetteer.Index, lex *lexicon.Lexicon, members string, words []string) (string, bool) {
	if e := lex.Lookup(members); e == nil || !e.MembersSpeak {
		return "", false
	}
	name := strings.Join(words, " ")
	id, ok := ix.PartyID(name)
	if !ok || ix.IsSeat(name) {
		return "", false // "the members of the Security Council" are no voice of the UN's
	}
	switch ix.Party(id).Kind {
	case "organisation", "group":
		return gazetteer.Normalize(ix.Party(id).Name), true
	}
	return "", false
}

// knownSurnames: the word is the surname of a known person, or surnames
// joined by hyphens ("Velk-Arno").
func knownSurnames(ix *gazetteer.Index, w string) bool {
	for _, part := range strings.Split(w, "-") {
		if len(ix.BySurname(part)) == 0 {
			return false
		}
	}
	return w != ""
}

// knownWithInitial is the known person a name with a middle initial
// names when the gazetteer has the name without it: "Jonas K. Vell" of a
// known Jonas Vell, the one known person with that surname.
func knownWithInitial(ix *gazetteer.Index, speaker string) (int32, bool) {
	f := strings.Fields(speaker)
	if len(f) != 3 || len(f[1]) != 2 || f[1][1] != '.' {
		return -1, false
	}
	ids := ix.BySurname(f[2])
	if len(ids) != 1 {
		return -1, false
	}
	if known := strings.Fields(ix.Person(ids[0]).Name); len(known) == 2 && known[0] == f[0] {
		return ids[0], true
	}
	return -1, false
}

// knownMembers keys a coordination of parties and known people ("the
// United States and Tesmar", "Tesmar, Orlavia, and Jonas Vell") by its
// members, in one order: "Tesmar and the United States" is the same
// group. Not ok when a member is anything else ("the Department of
// Health and Human Services" is one body).
func knownMembers(ix *gazetteer.Index, speaker string) (string, bool) {
	s := strings.ReplaceAll(speaker, ", and ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	parts := strings.Split(s, ", ")
	if len(parts) < 2 {
		return "", false
	}
	keys := make([]string, 0, len(parts))
	for _, p := range parts {
		n := gazetteer.Normalize(p)
		if id, ok := ix.PersonID(n); ok {
			keys = append(keys, gazetteer.Normalize(ix.Person(id).Name))
		} else if id, ok := ix.PartyID(n); ok && !ix.IsSeat(n) {
			keys = append(keys, gazetteer.Normalize(ix.Party(id).Name))
		} else {
			return "", false
		}
	}
	slices.Sort(keys)
	return strings.Join(slices.Compact(keys), " and "), true
}

func isPartyGovernment(lex *lexicon.Lexicon, word string) bool {
	e := lex.Lookup(word)
	return e != nil && e.PartyGovernment
}

// withoutInitial is a person's name of three words whose middle one is an
// initial ("Mara T. Oskin"), without it; not ok for any other speaker.
func withoutInitial(speaker string) (string, bool) {
	f := strings.Fields(speaker)
	if len(f) != 3 || len(f[1]) != 2 || f[1][1] != '.' || !unicode.IsUpper(rune(f[1][0])) {
		return "", false
	}
	for _, w := range []string{f[0], f[2]} {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) {
			return "", false // "U.S. Department", "the K. Street"
		}
	}
	return f[0] + " " + f[2], true
}
