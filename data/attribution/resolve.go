// The sentence walk, kept short so the reading order the resolver depends on stays visible.

package attribution

import (
	"slices"

	"github.com/brief-reader/brief/data/cue"
	"github.com/brief-reader/brief/data/gazetteer"
	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
	"github.com/brief-reader/brief/data/resolve"
	"github.com/brief-reader/brief/data/statement"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
	"github.com/brief-reader/brief/data/voice"
)

// named is one mention of a sentence for the resolver's memory, with
// where it stands in its clause.
type named struct {
	m   mention.Mention
	pos resolve.Position
}

// event is one step of the walk through a sentence: a mention to
// remember or a statement's speaker to resolve, in the order a reader
// meets them.
type event struct {
	order float64
	stmt  int // the statement whose speaker this is, or -1
	named
}

// resolve walks the document in order, feeding every mention to the
// resolver and resolving each statement's speaker where its cue is; the
// speakers are named at the end as the whole story names them.
func (r *run) resolve(stmts []statement.Statement) Result {
	mf := mention.Finder{Lexicon: r.engine.Lexicon, Index: r.index}
	if r.index != r.engine.Index {
		mf.Shared = r.engine.Index
	}
	story := resolve.NewStory(r.index, r.engine.Lexicon)
	story.Author = r.voice.Author
	if id, ok := r.index.PartyOfURL(r.doc.Source); ok {
		story.SetHome(id)
	} else if r.voice.Home >= 0 {
		story.SetHome(r.voice.Home) // a publisher, a transcript's host
	} else if id, ok := r.datelineParty(&mf); ok {
		// a story filed from a capital is about its government when
		// nothing else says whose: "officials said" in Port Selin
		story.SetHome(id)
	}
	if terms, err := gazetteer.BuiltinOffices(); err == nil {
		story.SetTerms(terms, r.doc.Date) // the embedded table is tested to parse
		r.officeHolders(story)
	}
	r.titleSurnames()
	r.tagAntecedents()
	for si := range r.sentences {
		pluralHeads(&r.sentences[si])
	}
	mentions := make([][]named, len(r.sentences))
	for si := range r.sentences {
		mentions[si] = r.sentenceMentions(&mf, si)
		for k := range mentions[si] {
			if m := &mentions[si][k].m; m.Kind == mention.Person {
				story.SeeName(m.Name)
			}
		}
		r.confirm(&mf, story, &r.sentences[si])
	}
	for _, si := range r.storySurnames(story) {
		mentions[si] = r.sentenceMentions(&mf, si) // read again with its surnames retagged
	}
	r.headline(&mf, story)
	var res Result
	// room for every turn and statement at once: the list grown a
	// statement at a time was copied over and over
	var ids []resolve.Speaker
	if n := len(r.voice.Turns) + len(stmts); n > 0 {
		res.Statements = make([]Statement, 0, n)
		ids = make([]resolve.Speaker, 0, n)
	}
	seenParty := map[int32]bool{}
	next := 0 // the next statement, in frame order
	turn := 0 // the next transcript turn
	for si := range r.sentences {
		s := &r.sentences[si]
		story.SetSentenceDay(r.pastDay(s))
		// "I" in a turn is its speaker, whose turn is already theirs
		story.Author = r.voice.Author
		if r.turn[s.Para] {
			story.Author = nil
		}
		for turn < len(r.voice.Turns) && r.voice.Turns[turn].Para <= s.Para {
			res.Statements = append(res.Statements, r.turnStatement(&r.voice.Turns[turn], story))
			ids = append(ids, resolve.Speaker{})
			turn++
		}
		para := r.text.Paragraphs[s.Para].Text
		first := next
		for next < len(stmts) && r.frames[stmts[next].Frame].Sentence == si {
			next++
		}
		events := r.events(&mf, s, para, si, mentions[si], stmts[first:next], first)
		speakers := make([]resolve.Speaker, next-first)
		resolved := make([]bool, next-first)
		for _, ev := range events {
			if p := story.PartyOf(&ev.m); p >= 0 && !seenParty[p] {
				seenParty[p] = true
				res.Parties = append(res.Parties, r.index.Party(p).Name)
			}
			if ev.stmt < 0 {
				story.Mention(ev.m, ev.pos)
				continue
			}
			if own := r.ownBody(s, ev.m.Phrase, story.Author); own != nil || story.Author == nil && r.publisherWe(s, ev.m.Phrase) {
				if own == nil {
					own = r.voice.Publisher
				}
				speakers[ev.stmt-first], resolved[ev.stmt-first] = *own, true
				continue
			}
			speakers[ev.stmt-first], resolved[ev.stmt-first] = story.Speaker(ev.m)
			if r.turn[s.Para] && (!voice.ReportedInTurn(s, &r.frames[stmts[ev.stmt].Frame], &ev.m) || r.ownGovernment(s.Para, speakers[ev.stmt-first], &ev.m)) {
				resolved[ev.stmt-first] = false
			}
		}
		for k := first; k < next; k++ {
			sp := speakers[k-first]
			if !resolved[k-first] || sp.Name == "" {
				continue
			}
			st := &stmts[k]
			res.Statements = append(res.Statements, r.output(st, &r.frames[st.Frame], s, para, sp))
			ids = append(ids, sp)
		}
	}
	for ; turn < len(r.voice.Turns); turn++ {
		res.Statements = append(res.Statements, r.turnStatement(&r.voice.Turns[turn], story))
		ids = append(ids, resolve.Speaker{})
	}
	for i, sp := range ids {
		if sp.ID == 0 {
			continue
		}
		f := story.Final(sp)
		st := &res.Statements[i]
		st.Speaker, st.Role, st.Person, st.Group = f.Name, f.Role, f.Person, f.Group
		st.Party = ""
		if f.Party >= 0 {
			st.Party = r.index.Party(f.Party).Name
		}
	}
	if len(res.Statements) == 0 {
		res.Statements = nil // none found is none, as before the room was made
	}
	return res
}

// sentenceMentions is the names and companies of sentence si.
func (r *run) sentenceMentions(mf *mention.Finder, si int) []named {
	s := &r.sentences[si]
	if int32(s.Para) == r.voice.IssuerByline {
		// "Office of the Spokesperson" over a release names the office
		// that issues it, no one its sentences go on about: a "they"
		// with no one else before it is no one's, not an "Office"'s
		return nil
	}
	para := r.text.Paragraphs[s.Para].Text
	out := r.names(mf, s, para)
	out = append(out, r.companies(mf, s, para, out)...)
	for k := range out {
		out[k].m.Sentence = si
	}
	return out
}

// tagAntecedents tags fully the sentences just before a pronoun that
// speaks: a sentence with no cue word has shallow tags, too poor to find
// the people "they" stands for in it ("The two ministers also discussed
// the dam. They …").
func (r *run) tagAntecedents() {
	b := r.builder
	for _, f := range r.frames {
		sp := f.Speaker
		if sp.Len() != 1 {
			continue
		}
		w := &r.sentences[f.Sentence].Words[sp.From]
		if !w.Is(lexicon.Pronoun) || w.Entry.Pronoun.Person != 3 {
			continue
		}
		for k := max(0, f.Sentence-2); k < f.Sentence; k++ {
			if s := &r.sentences[k]; !s.Tagged() {
				*s = b.BuildTagged(r.text, s.Para, s.Span)
			}
		}
	}
}

// pluralHeads retags as a plural noun a person's or group's head that the
// tagger took for a verb after a name: "her K5 counterparts/VBZ to
// discuss" (a finite verb does not follow a name and a possessive).
func pluralHeads(s *syntax.Sentence) {
	for i := 1; i < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Tag == tag.VBZ && personHead(w) && s.Words[i-1].Tag.IsProperNoun() && i >= 2 && s.Words[i-2].Tag == tag.PRPS {
			w.Tag = tag.NNS
		}
	}
}

// ownBody is the author a speaker phrase names as the body they speak
// as, with a first-person possessive: "My Administration has announced
// …", "our Government urges …" in the author's text are the author's
// own words; "our" also the publisher's, whose "we" the text is. Nil for
// any other phrase, and for the phrases of a transcript's turns (author
// is nil there).
func (r *run) ownBody(s *syntax.Sentence, p syntax.Phrase, author *resolve.Speaker) *resolve.Speaker {
	if p.Len() < 2 {
		return nil
	}
	w := &s.Words[p.From]
	if w.Quote >= 0 || !w.Is(lexicon.Pronoun) || w.Entry.Pronoun.Person != 1 || w.Entry.Pronoun.Case != 'p' || !s.Words[s.Head(p)].Is(lexicon.OwnVoice) {
		return nil
	}
	if author == nil && w.Entry.Pronoun.Plural && !r.turn[s.Para] {
		author = r.voice.Publisher
	}
	return author
}

// events orders a sentence's mentions and its statements' speakers as a
// reader meets them. A mention inside the content of a frame whose
// speaker comes after it ("Velk will win, he said") is read after that
// speaker: the speaker of a clause is not found inside what it says.
func (r *run) events(mf *mention.Finder, s *syntax.Sentence, para string, si int, names []named, stmts []statement.Statement, first int) []event {
	out := r.scratch.events[:0] // the last sentence's are read
	var speakers []syntax.Phrase
	// the frames are in sentence order
	k, _ := slices.BinarySearchFunc(r.frames, si, func(f cue.Frame, si int) int { return f.Sentence - si })
	mf.Cues = r.scratch.cues[:0]
	for ; k < len(r.frames) && r.frames[k].Sentence == si; k++ {
		mf.Cues = append(mf.Cues, r.frames[k].Cue)
	}
	r.scratch.cues = mf.Cues
	defer func() { mf.Cues = nil }()
	for k := range stmts {
		fr := &r.frames[stmts[k].Frame]
		m := mf.Classify(s, para, fr.Speaker, fr.Aside)
		if !m.Issuer.Empty() {
			issued := m.Issued
			m = mf.Classify(s, para, m.Issuer, syntax.Phrase{}) // its issuer speaks
			m.Issued = issued
		}
		if m.Kind == mention.Other && act(s, fr.Speaker) && inference(s, fr.Cue) {
			m.Mute = true // "the Kremlin's recent signalling suggests …": the writer infers
		}
		if m.Kind == mention.Other && cue.EffectOfThing(s, fr) {
			m.Mute = true // "the clash raised doubts": what a thing did, no one's saying
		}
		if m.Kind == mention.Other && fr.Chained && !m.Human && !m.Plural && !namesAny(s, fr.Speaker) && !someones(s, fr.Speaker) &&
			!definiteBody(s, fr.Speaker) {
			// "The storm hit the coast and reaffirmed fears": a thing that
			// acted, no one who spoke ("the company said …, warning that
			// …" is a body's)
			m.Mute = true
		}
		m.Sentence = si
		m.Disputed = fr.Disputed
		if m.Kind == mention.Pronoun && !m.Opens {
			m.Opens = afterContent(s, fr)
		}
		out = append(out, event{order: float64(fr.Speaker.From), stmt: first + k, named: named{m: m, pos: resolve.Subject}})
		if !m.Members {
			speakers = append(speakers, fr.Speaker) // "Velk and Arno": each is a mention too
		}
	}
	for _, n := range names {
		p := n.m.Phrase
		if slices.ContainsFunc(speakers, func(sp syntax.Phrase) bool {
			// a company the speaker leads ("Velk spoke with Vell about
			// …") is still what a later "they" stands for, and the person
			// whose office speaks ("Prime Minister Ben Tavor's office
			// said") is the one "the prime minister" is after it
			return sp.From < p.To && p.From < sp.To && !(n.m.Joint && n.m.Members && p.From <= sp.From && sp.To < p.To) &&
				!(n.pos == resolve.Possessor && n.m.Kind == mention.Person && p.To < sp.To)
		}) {
			continue // the speaker's own event stands for it
		}
		order := float64(p.From)
		if n.pos == resolve.Possessor && slices.ContainsFunc(speakers, func(sp syntax.Phrase) bool { return sp.From == p.From && p.To < sp.To }) {
			order -= 0.5 // "Yoon's office said": Yoon is read first, as the office's owner
		}
		for k := range stmts {
			fr := &r.frames[stmts[k].Frame]
			for _, c := range fr.Content {
				if !c.Has(p.From) {
					continue
				}
				if out[k].m.OwnedByPerson() && fr.Speaker.From > p.From { // out[k] is stmts[k]'s speaker
					// "Jon Arno will host the talks, his office said" is
					// his office: the owner is read first, as the
					// clause's own subject, not as words someone reports
					continue
				}
				n.pos |= resolve.Embedded
				if !fr.Speaker.Empty() && fr.Speaker.From > p.From && float64(fr.Speaker.From)+0.5 > order {
					order = float64(fr.Speaker.From) + 0.5
				}
			}
		}
		out = append(out, event{order: order, stmt: -1, named: n})
	}
	slices.SortStableFunc(out, func(a, b event) int {
		switch {
		case a.order < b.order:
			return -1
		case a.order > b.order:
			return 1
		}
		return 0
	})
	r.scratch.events = out
	return out
}

// afterContent reports a speaker phrase that only what it says comes
// before: "Velk “lied,” he said" opens with the reported words, not the
// writer's.
func afterContent(s *syntax.Sentence, fr *cue.Frame) bool {
	for i := range fr.Speaker.From {
		if s.Words[i].Tag.IsPunct() || s.Words[i].Quote >= 0 {
			continue
		}
		if !slices.ContainsFunc(fr.Content[:], func(c syntax.Phrase) bool { return c.Has(i) }) {
			return false
		}
	}
	return fr.Speaker.From > 0
}

// act reports a speaker phrase headed by an act ("the Kremlin's recent
// signalling", "the move"), before any phrase joined to it.
func act(s *syntax.Sentence, p syntax.Phrase) bool {
	w := &s.Words[s.Head(s.Core(p))]
	return w.Is(lexicon.Act) || w.Tag == tag.VBG
}

// someones reports a phrase opened by a third person's possessive: "his
// ex-wife", "her aide" are people whatever the head ("its impact", "our
// private sector" are not).
func someones(s *syntax.Sentence, p syntax.Phrase) bool {
	w := &s.Words[p.From]
	return w.Tag == tag.PRPS && w.Is(lexicon.Pronoun) && w.Entry.Pronoun.Person == 3 && w.Entry.Pronoun.Gender != 'n'
}

// namesAny reports a name or a number in the phrase p: a proper noun,
// a capitalised word inside the sentence, an acronym ("INL"), "the two".
func namesAny(s *syntax.Sentence, p syntax.Phrase) bool {
	for i := p.From; i < p.To; i++ {
		w := &s.Words[i]
		if w.Tag.IsProperNoun() || w.Tag == tag.CD || w.Tok.Has(text.Upper) || i > 0 && w.Tok.Has(text.Cap) {
			return true
		}
	}
	return false
}

// inference reports a cue whose verb is one of the writer's inference
// ("suggests", "indicates").
func inference(s *syntax.Sentence, cue syntax.Phrase) bool {
	for i := cue.From; i < cue.To; i++ {
		if s.Words[i].Is(lexicon.Inference) && s.Words[i].Tag.IsVerb() {
			return true
		}
	}
	return false
}

// officeHolders names the document's voice and its transcript turns by
// the office holder of the day when they are the home's bare title
// ("THE PRESIDENT:"), as the resolver names a bare title in the text.
func (r *run) officeHolders(story *resolve.Story) {
	if a := r.voice.Author; a != nil {
		if sp, ok := story.TitleHolder(*a); ok {
			r.voice.Author = &sp
		}
	}
	for i := range r.voice.Turns {
		if sp, ok := story.TitleHolder(r.voice.Turns[i].Speaker); ok {
			r.voice.Turns[i].Speaker = sp
		}
	}
}

// ownGovernment reports a statement inside an introduced speech whose
// speaker is the speech's own government ("Foreign Secretary Anna Brell
// said: The UK welcomes …"): the speaker says it in its name, and the
// paragraph is already the speaker's.
func (r *run) ownGovernment(para int, sp resolve.Speaker, m *mention.Mention) bool {
	if m.Kind != mention.Body || sp.Party < 0 || sp.Person {
		return false
	}
	for i := range r.voice.Turns {
		if t := &r.voice.Turns[i]; t.Para == para {
			return t.Cue != "" && t.Speaker.Party == sp.Party && !t.Speaker.Group
		}
	}
	return false
}

// definiteBody reports a speaker phrase that names one body by its common
// noun: "the company", "the agency" (not "any company", "whose party").
func definiteBody(s *syntax.Sentence, p syntax.Phrase) bool {
	if p.Empty() {
		return false // no word to read: an empty phrase at word 0 has its head at -1
	}
	d := &s.Words[p.From]
	return d.Entry != nil && d.Entry.Definite && d.Tag == tag.DT && s.Words[s.Head(s.Core(p))].Is(lexicon.Organisation)
}
