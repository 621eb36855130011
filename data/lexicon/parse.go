package lexicon

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// sectionClasses are the sections that list plain words of one class.
var sectionClasses = map[string]Class{
	"title heads": TitleHead, "title words": TitleWord, "abbreviations": Abbreviation,
	"enders": Ender, "openers": Opener, "relatives": Relative, "documents": Document,
	"media": Media, "organisations": Organisation, "time": Time, "name suffixes": NameSuffix,
	"auxiliaries": Auxiliary, "noun prepositions": NounPreposition, "subordinators": Subordinator,
	"non-statement heads": NonStatement, "settings": Setting,
	"locative prepositions": Locative, "indefinites": Indefinite,
	"passive auxiliaries": Passive, "content enders": ContentEnder,
	"aspectual verbs": Aspectual, "pronominal determiners": Pronominal,
	"attribution markers": Marker, "future modals": FutureModal, "negations": Negation,
	"numeral abbreviations": NumeralAbbreviation, "prepositional participles": PrepositionalParticiple,
	"complementizers": Complementizer, "charge prepositions": ChargePreposition, "agent prepositions": AgentPreposition,
	"free relatives": FreeRelative, "quoting verbs": QuotingVerb, "passive prepositions": PassivePreposition,
	"form labels": FormLabel, "label titles": LabelTitle,
	"question labels": QuestionLabel, "turn ends": TurnEnd, "rank words": RankWord, "ambiguous places": AmbiguousPlace, "quantifiers": Quantifier,
	"own voice heads": OwnVoice, "narrative verbs": Narrative,
	"formal adverbs": FormalAdverb, "formula words": Formula, "judgment subjects": Judgment, "conditionals": Conditional,
	"issued documents": IssuedDocument, "mute documents": MuteDocument, "inference verbs": Inference,
	"issuer prepositions": IssuerPreposition, "act nouns": Act,
}

// sectionFlags is the sections whose words set a field of their entry
// rather than a Class bit: the 64 bits of Class are all taken.
var sectionFlags = map[string]func(*Entry) *bool{
	"comitative prepositions":  func(e *Entry) *bool { return &e.Comitative },
	"topic nouns":              func(e *Entry) *bool { return &e.Topic },
	"arrangement nouns":        func(e *Entry) *bool { return &e.Arrangement },
	"cardinal numbers":         func(e *Entry) *bool { return &e.Cardinal },
	"disputing words":          func(e *Entry) *bool { return &e.Disputes },
	"passive cues":             func(e *Entry) *bool { return &e.PassiveCue },
	"verb-only cues":           func(e *Entry) *bool { return &e.VerbOnly },
	"restating verbs":          func(e *Entry) *bool { return &e.Restates },
	"reflexive pronouns":       func(e *Entry) *bool { return &e.Reflexive },
	"party governments":        func(e *Entry) *bool { return &e.PartyGovernment },
	"members of a body":        func(e *Entry) *bool { return &e.MembersSpeak },
	"effect verbs":             func(e *Entry) *bool { return &e.Effect },
	"setting prepositions":     func(e *Entry) *bool { return &e.SettingPreposition },
	"place abbreviations":      func(e *Entry) *bool { return &e.PlaceAbbreviation },
	"empty objects":            func(e *Entry) *bool { return &e.EmptyObject },
	"asking participles":       func(e *Entry) *bool { return &e.AsksBy },
	"perceiving participles":   func(e *Entry) *bool { return &e.PerceivesSpeech },
	"irregular pasts":          func(e *Entry) *bool { return &e.IrregularPast },
	"name months":              func(e *Entry) *bool { return &e.NameMonth },
	"press titles":             func(e *Entry) *bool { return &e.PressTitle },
	"continuing subordinators": func(e *Entry) *bool { return &e.ContinuesContent },
	"gerund prepositions":      func(e *Entry) *bool { return &e.GerundHost },
	"concessive prepositions":  func(e *Entry) *bool { return &e.Concedes },
	"perfect auxiliaries":      func(e *Entry) *bool { return &e.Perfect },
	"answer labels":            func(e *Entry) *bool { return &e.AnswerLabel },
	"figure verbs":             func(e *Entry) *bool { return &e.ReportsFigures },
	"partner verbs":            func(e *Entry) *bool { return &e.JoinsPartner },
	"title prepositions":       func(e *Entry) *bool { return &e.TitlePreposition },
	"relaying verbs":           func(e *Entry) *bool { return &e.RelaysSpeech },
	"finding verbs":            func(e *Entry) *bool { return &e.Finds },
	"source verbs":             func(e *Entry) *bool { return &e.NamesSource },
	"infinitive urges":         func(e *Entry) *bool { return &e.NeedsInfinitive },
	"answering verbs":          func(e *Entry) *bool { return &e.AnswersObject },
	"hosting verbs":            func(e *Entry) *bool { return &e.HostsGuest },
	"asked nouns":              func(e *Entry) *bool { return &e.Asked },
	"name particles":           func(e *Entry) *bool { return &e.NameParticle },
	"anaphoric objects":        func(e *Entry) *bool { return &e.StandsForSaying },
	"anaphoric adverbs":        func(e *Entry) *bool { return &e.SaysSo },
	"alternative conjunctions": func(e *Entry) *bool { return &e.Alternative },
	"personal relatives":       func(e *Entry) *bool { return &e.PersonalRelative },
	"role prepositions":        func(e *Entry) *bool { return &e.RolePreposition },
	"posting prepositions":     func(e *Entry) *bool { return &e.Posting },
	"definite articles":        func(e *Entry) *bool { return &e.Definite },
	"infinitive subjects":      func(e *Entry) *bool { return &e.SharesSubject },
	"describing verbs":         func(e *Entry) *bool { return &e.DescribesObject },
	"new places":               func(e *Entry) *bool { return &e.NewPlace },
	"study nouns":              func(e *Entry) *bool { return &e.StudiesSubject },
	"civil bodies":             func(e *Entry) *bool { return &e.CivilBody },
	"fields of study":          func(e *Entry) *bool { return &e.FieldOfStudy },
	"voices of a person":       func(e *Entry) *bool { return &e.VoiceOfPerson },
	"spokesperson nouns":       func(e *Entry) *bool { return &e.SpeaksFor },
	"family-first names":       func(e *Entry) *bool { return &e.FamilyFirst },
	"coordinators":             func(e *Entry) *bool { return &e.Coordinator },
	"quantifier prepositions":  func(e *Entry) *bool { return &e.InQuantifier },
	"quantifiers after at":     func(e *Entry) *bool { return &e.AfterAt },
	"name joiners":             func(e *Entry) *bool { return &e.JoinsNames },
	"object subordinators":     func(e *Entry) *bool { return &e.ContinuesObject },
	"role fillers":             func(e *Entry) *bool { return &e.RoleFiller },
	"articles":                 func(e *Entry) *bool { return &e.Article },
	"speaker prefixes":         func(e *Entry) *bool { return &e.SpeakerPrefix },
	"list conjunctions":        func(e *Entry) *bool { return &e.JoinsList },
	"title joiners":            func(e *Entry) *bool { return &e.JoinsTitle },
	"month names":              func(e *Entry) *bool { return &e.Month },
	"non-place openers":        func(e *Entry) *bool { return &e.OpensNoPlace },
	"lead-in words":            func(e *Entry) *bool { return &e.LeadIn },
	"place connectors":         func(e *Entry) *bool { return &e.PlaceConnector },
	"joint conjunctions":       func(e *Entry) *bool { return &e.JoinsSpeakers },
	"byline links":             func(e *Entry) *bool { return &e.BylineLink },
	"clause lead-ins":          func(e *Entry) *bool { return &e.LeadsClause },
	"office links":             func(e *Entry) *bool { return &e.OfficeLink },
	"number markers":           func(e *Entry) *bool { return &e.MarksNumber },
	"clock suffixes":           func(e *Entry) *bool { return &e.ClockSuffix },
	"label links":              func(e *Entry) *bool { return &e.LabelLink },
	"remit links":              func(e *Entry) *bool { return &e.RemitLink },
	"likening words":           func(e *Entry) *bool { return &e.Likens },
	"clause links":             func(e *Entry) *bool { return &e.LinksClause },
	"partitive prepositions":   func(e *Entry) *bool { return &e.Partitive },
	"object possessives":       func(e *Entry) *bool { return &e.ObjectPossessive },
	"abroad words":             func(e *Entry) *bool { return &e.Abroad },
}

var groupKinds = map[string]GroupKind{"party": PartyGroup, "home": HomeGroup, "free": FreeGroup, "joint": JointGroup}

// Parse reads a lexicon in the format of lexicon.txt.
func Parse(raw []byte) (*Lexicon, error) {
	l := newLexicon()
	if err := l.parse("lexicon.txt", raw); err != nil {
		return nil, err
	}
	l.finish()
	return l, nil
}

func newLexicon() *Lexicon {
	return &Lexicon{words: make(map[string]*Entry, 4096), phrases: map[string][]Phrase{}}
}

// parse adds the words of one file; name is for messages.
func (l *Lexicon) parse(name string, raw []byte) error {
	entry := func(w string) *Entry {
		e := l.words[w]
		if e == nil {
			e = &Entry{}
			l.words[w] = e
		}
		return e
	}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(raw))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		if strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") {
			section = text[1 : len(text)-1]
			continue
		}
		f := strings.Fields(text)
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%s: line %d: %s", name, line, fmt.Sprintf(format, args...))
		}
		switch section {
		case "cues":
			if err := addCueVerb(entry, f); err != nil {
				return bad("%v", err)
			}
		case "cue nouns":
			if len(f) != 2 || frameNames[f[1]] == 0 {
				return bad("want NOUN FRAME")
			}
			e := entry(f[0])
			e.Class |= CueNoun
			e.Cues = append(e.Cues, Cue{Lemma: f[0], Frame: frameNames[f[1]], Noun: true})
		case "given names":
			if len(f) != 2 {
				return bad("want NAME GENDER")
			}
			e := entry(f[0])
			e.Class |= GivenName
			if f[1] != "-" {
				e.Gender = f[1][0]
			}
		case "person nouns":
			if len(f) != 2 {
				return bad("want NOUN GENDER")
			}
			e := entry(f[0])
			e.Class |= PersonNoun
			if f[1] != "-" {
				e.Gender = f[1][0]
			}
		case "title abbreviations":
			if len(f) != 2 {
				return bad("want ABBREVIATION WORD")
			}
			entry(f[0]).Means = f[1]
		case "honorifics":
			if len(f) != 2 {
				return bad("want WORD GENDER")
			}
			e := entry(f[0])
			e.Class |= Honorific
			if f[1] != "-" {
				e.Gender = f[1][0]
			}
		case "pronouns":
			if len(f) != 5 {
				return bad("want WORD GENDER NUMBER PERSON CASE")
			}
			e := entry(f[0])
			e.Class |= Pronoun
			p := PronounInfo{Plural: f[2] == "p", Any: f[2] == "-", Person: f[3][0] - '0', Case: f[4][0]}
			if f[1] != "-" {
				p.Gender = f[1][0]
			}
			e.Pronoun = p
		case "groups":
			if len(f) != 2 || groupKinds[f[1]] == 0 {
				return bad("want WORD CLASS (party, home, free or joint)")
			}
			e := entry(f[0])
			e.Class |= Group
			e.Group = groupKinds[f[1]]
		default:
			if c, ok := phraseClasses[section]; ok {
				l.addPhrase(entry, c, f)
				continue
			}
			if flag, ok := sectionFlags[section]; ok {
				for _, w := range f {
					*flag(entry(w)) = true
				}
				continue
			}
			c, ok := sectionClasses[section]
			if !ok {
				return bad("unknown section %q", section)
			}
			for _, w := range f {
				entry(w).Class |= c
			}
		}
	}
	return sc.Err()
}

// finish orders what parse gathered.
func (l *Lexicon) finish() {
	l.sortPhrases()
	for _, e := range l.words {
		// the longest phrase is tried first: "call for" before "call"
		slices.SortStableFunc(e.Cues, func(a, b Cue) int { return len(b.Rest) - len(a.Rest) })
	}
}

// addCueVerb adds every form of one [cues] line.
func addCueVerb(entry func(string) *Entry, f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want LEMMA... FRAME [FORMS]")
	}
	// a phrase is written with "_": "point_out say"
	words, frame, given := strings.Split(f[0], "_"), frameNames[f[1]], f[2:]
	topic := f[1] == "topic"
	if topic {
		frame = Object // an object frame whose object must be a topic noun
	}
	if frame == 0 {
		return fmt.Errorf("unknown frame %q", f[1])
	}
	if len(given) != 0 && len(given) != 4 {
		return fmt.Errorf("want all four forms (3rd, past, participle, -ing) or none")
	}
	head := words[0]
	forms := inflect(head)
	if len(given) == 4 {
		forms = [4]string{given[0], given[1], given[2], given[3]}
	}
	lemma := strings.Join(words, " ")
	add := func(w string, form Form) {
		e := entry(w)
		e.Class |= CueVerb
		for i := range e.Cues {
			c := &e.Cues[i]
			if c.Lemma == lemma && !c.Noun {
				if !slices.Contains(c.Forms, form) {
					c.Forms = append(c.Forms, form)
				}
				return
			}
		}
		e.Cues = append(e.Cues, Cue{Lemma: lemma, Frame: frame, Forms: []Form{form}, Rest: words[1:], Topic: topic})
	}
	add(head, Base)
	for i, w := range forms {
		add(w, Form(i+1))
	}
	if n := len(head); n > 2 && head[n-1] == 'l' && strings.IndexByte("aeiou", head[n-2]) >= 0 && strings.IndexByte("aeiou", head[n-3]) < 0 {
		// British doubling: "signalled", "signalling" beside "signaled"
		add(head+"led", Past)
		add(head+"led", Participle)
		add(head+"ling", Gerund)
	}
	if strings.HasSuffix(head, "ize") {
		british := strings.TrimSuffix(head, "ize") + "ise"
		add(british, Base)
		for i, w := range inflect(british) {
			add(w, Form(i+1))
		}
	}
	return nil
}

// inflect makes the regular forms of a verb: 3rd person, past,
// participle, -ing.
func inflect(v string) [4]string {
	third, past, ing := v+"s", v+"ed", v+"ing"
	n := len(v)
	last := v[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(v, "e"):
		past, ing = v+"d", v[:n-1]+"ing"
	case last == 'y' && n > 1 && !vowel(v[n-2]):
		third, past = v[:n-1]+"ies", v[:n-1]+"ied"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z"):
		third = v + "es"
	case n >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(v[n-2]) && !vowel(v[n-3]) && oneSyllable(v):
		// "slam" → "slammed", "quip" → "quipped"
		past, ing = v+string(last)+"ed", v+string(last)+"ing"
	}
	return [4]string{third, past, past, ing}
}

// oneSyllable is a rough test for the doubling rule: one vowel group.
func oneSyllable(v string) bool {
	groups, in := 0, false
	for i := 0; i < len(v); i++ {
		isV := strings.IndexByte("aeiou", v[i]) >= 0
		if isV && !in {
			groups++
		}
		in = isV
	}
	return groups == 1
}
