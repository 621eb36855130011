package attribution

import (
	"slices"
	"strings"

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
	r.tagAntecedents()
	for si := range r.sentences {
		pluralHeads(&r.sentences[si])
	}
	mentions := make([][]named, len(r.sentences))
	for si := range r.sentences {
		s := &r.sentences[si]
		mentions[si] = r.names(&mf, s, r.text.Paragraphs[s.Para].Text)
		mentions[si] = append(mentions[si], r.companies(&mf, s, r.text.Paragraphs[s.Para].Text, mentions[si])...)
		for k := range mentions[si] {
			mentions[si][k].m.Sentence = si
			if m := &mentions[si][k].m; m.Kind == mention.Person {
				story.SeeName(m.Name)
			}
		}
		r.confirm(&mf, story, s)
	}
	r.headline(&mf, story)
	var res Result
	var ids []resolve.Speaker
	seenParty := map[int32]bool{}
	next := 0 // the next statement, in frame order
	turn := 0 // the next transcript turn
	for si := range r.sentences {
		s := &r.sentences[si]
		// "I" in a turn is its speaker, whose turn is already theirs
		story.Author = r.voice.Author
		if r.turn[s.Para] {
			story.Author = nil
		}
		for turn < len(r.voice.Turns) && r.voice.Turns[turn].Para <= s.Para {
			res.Statements = append(res.Statements, r.turnStatement(&r.voice.Turns[turn]))
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
			if own := r.ownBody(s, ev.m.Phrase, story.Author); own != nil {
				speakers[ev.stmt-first], resolved[ev.stmt-first] = *own, true
				continue
			}
			speakers[ev.stmt-first], resolved[ev.stmt-first] = story.Speaker(ev.m)
			if r.turn[s.Para] && !voice.ReportedInTurn(s, &r.frames[stmts[ev.stmt].Frame], &ev.m) {
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
		res.Statements = append(res.Statements, r.turnStatement(&r.voice.Turns[turn]))
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
	return res
}

// tagAntecedents tags fully the sentences just before a pronoun that
// speaks: a sentence with no cue word has shallow tags, too poor to find
// the people "they" stands for in it ("The two ministers also discussed
// the dam. They …").
func (r *run) tagAntecedents() {
	b := syntax.Builder{Lexicon: r.engine.Lexicon, Tagger: r.engine.Tagger}
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
	var out []event
	var speakers []syntax.Phrase
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
		if m.Kind == mention.Other && fr.Chained && !m.Human && !m.Plural && !namesAny(s, fr.Speaker) && !someones(s, fr.Speaker) {
			// "The storm hit the coast and reaffirmed fears": a thing that
			// acted, no one who spoke
			m.Mute = true
		}
		m.Sentence = si
		m.Disputed = fr.Disputed
		out = append(out, event{order: float64(fr.Speaker.From), stmt: first + k, named: named{m: m, pos: resolve.Subject}})
		if !m.Members {
			speakers = append(speakers, fr.Speaker) // "Velk and Arno": each is a mention too
		}
	}
	for _, n := range names {
		p := n.m.Phrase
		if slices.ContainsFunc(speakers, func(sp syntax.Phrase) bool { return sp.From < p.To && p.From < sp.To }) {
			continue // the speaker's own event stands for it
		}
		order := float64(p.From)
		for k := range stmts {
			fr := &r.frames[stmts[k].Frame]
			for _, c := range fr.Content {
				if !c.Has(p.From) {
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
	return out
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

// datelineParty is the party whose capital (or own name) the document's
// dateline names, written in capitals or not ("PORT SELIN", "Moscow").
func (r *run) datelineParty(mf *mention.Finder) (int32, bool) {
	words := strings.FieldsFunc(r.doc.Dateline, func(c rune) bool { return c == ' ' || c == ',' || c == '\u2013' || c == '\u2014' })
	if len(words) == 0 {
		return -1, false
	}
	for _, cased := range [][]string{words, titleCase(words)} {
		if p, unsure, n := mf.PartyEvidence(cased); n == len(cased) && !unsure {
			return p, true
		}
		if p, unsure, n := mf.PartyEvidence(cased); n > 0 && !unsure && n < len(cased) && len(cased) > n && strings.HasSuffix(cased[n], ".") {
			return p, true // "Washington, D.C."
		}
	}
	return -1, false
}

// titleCase writes words in capitals as names are written ("PORT" →
// "Port").
func titleCase(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		if len(w) > 1 && strings.ToUpper(w) == w {
			w = w[:1] + strings.ToLower(w[1:])
		}
		out[i] = w
	}
	return out
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

// confirm tells the story the parties a sentence names by a name that
// leaves no doubt (a capital, a demonym, an official name), anywhere in
// it.
func (r *run) confirm(mf *mention.Finder, story *resolve.Story, s *syntax.Sentence) {
	words := make([]string, len(s.Words))
	for i := range s.Words {
		words[i] = s.Words[i].Text
	}
	for i := 0; i < len(words); i++ {
		if !s.Words[i].Tok.Has(text.Cap) {
			continue
		}
		if place, p, n := mf.Placed(s, i); n > 0 {
			story.Place(place, p) // "Ruvo, Kestria, …"
		}
		if p, unsure, n := mf.PartyEvidence(words[i:]); n > 0 {
			if !unsure {
				story.Confirm(p)
			}
			i += n - 1
		}
	}
}

// headline reads the document's title: the people it names are known to
// the reader ("Readout of President Velk's Meeting with …"), and the first
// is the document's principal.
func (r *run) headline(mf *mention.Finder, story *resolve.Story) {
	if r.doc.Title == "" {
		return
	}
	d := text.Analyze([]string{r.doc.Title}, r.engine.Lexicon)
	b := syntax.Builder{Lexicon: r.engine.Lexicon, Tagger: r.engine.Tagger}
	for _, span := range d.Paragraphs[0].Sentences {
		s := b.BuildTagged(d, 0, span)
		r.confirm(mf, story, &s)
		for _, n := range r.names(mf, &s, d.Paragraphs[0].Text) {
			if n.m.Kind == mention.Person && n.m.Human {
				// a person the headline says is one ("President Orsk"), not
				// a capitalised word of a headline ("Readout")
				n.m.Sentence = -1
				story.Mention(n.m, resolve.Headline)
			}
		}
	}
}

// names are the mentions of a sentence the resolver remembers, outside
// quotations: proper names (with an appositive that gives their role),
// descriptions of people ("the senator", "a senior official"), groups,
// and third-person subject pronouns.
func (r *run) names(mf *mention.Finder, s *syntax.Sentence, para string) []named {
	var out []named
	add := func(p, aside syntax.Phrase) mention.Mention {
		m := mf.Classify(s, para, p, aside)
		out = append(out, named{m: m, pos: clausePosition(s, p, aside)})
		return m
	}
	done := 0 // words before done belong to an earlier mention
	cut := r.titleCaseCuts(s)
	for i := 0; i < len(s.Words); i++ {
		w := &s.Words[i]
		if w.Quote >= 0 || i < done {
			continue
		}
		switch {
		case (w.Tag == tag.PRP || w.Tag == tag.XX) && w.Is(lexicon.Pronoun):
			// a subject pronoun is a subject whatever the tags (a sentence
			// with no cue word has shallow ones)
			if pi := w.Entry.Pronoun; pi.Person == 3 && pi.Case == 's' {
				m := mf.Classify(s, para, syntax.Phrase{From: i, To: i + 1}, syntax.Phrase{})
				out = append(out, named{m: m, pos: resolve.Subject})
			}
		case (w.Tag.IsProperNoun() || shallowName(mf, s, i)) && !cut[i]:
			j := i
			for {
				for j+1 < len(s.Words) && s.Words[j+1].Tag.IsProperNoun() && s.Words[j+1].Quote < 0 && !cut[j+1] {
					j++
				}
				if k := titleJoin(s, i, j); k > j {
					j = k // "Minister for Foreign Affairs and Defense Ana Velk"
					continue
				}
				break
			}
			a := s.NounPhraseEndingAt(j)
			if a < done || a > i {
				a = i
			}
			done = j + 1
			end := s.NounPhraseAt(a)
			for end > j+1 && !s.Words[end-1].Tag.IsProperNoun() && !personHead(&s.Words[end-1]) {
				end-- // "Kestrian envoy Sofia Lenk told/NN": the tagger's noun is no head
			}
			if j+1 < len(s.Words) && s.Words[j+1].Tag == tag.XX && personHead(&s.Words[j+1]) {
				end = j + 2 // shallow tags: "Tesmari officials", "Hollin police"
				for end < len(s.Words) && s.Words[end].Tag.IsProperNoun() && s.Words[end].Quote < 0 && !cut[end] {
					end++ // and the name the title is of: "Kestrian envoy Sofia Lenk"
				}
			}
			if end > j+1 && s.Words[j+1].Tag != tag.POS && !slices.Contains(cut[j+1:end], true) {
				// a name that qualifies a noun: "the Kestrian senator",
				// "Hollin police", "Tesmar campaign spokesman Jonas Vell"
				m := mf.Classify(s, para, syntax.Phrase{From: a, To: end}, syntax.Phrase{})
				if m.Kind == mention.Role || m.Kind == mention.Group || m.Kind == mention.Person && s.Words[end-1].Tag.IsProperNoun() {
					aside := appositive(s, end)
					add(syntax.Phrase{From: a, To: end}, aside)
					done = max(end, aside.To)
					i = done - 1
					continue
				}
			}
			i = j
			p := syntax.Phrase{From: a, To: j + 1}
			if a == j && (s.Words[j].Is(lexicon.Time) || mf.Lexicon.Is(s.Words[j].Text, lexicon.Relative)) {
				continue // "on Wednesday"
			}
			aside := appositive(s, j+1)
			add(p, aside)
			if !aside.Empty() {
				// the appositive is about the name: its role, not someone else
				done = aside.To
				i = aside.To - 1
			}
		case (w.Tag == tag.NN || w.Tag == tag.NNS) && (w.Is(lexicon.TitleHead) || w.Is(lexicon.PersonNoun) || w.Is(lexicon.Group)):
			if i+1 < len(s.Words) && (s.Words[i+1].Tag.IsNoun() || s.Words[i+1].Tag == tag.POS) {
				continue // not the head
			}
			a := s.NounPhraseEndingAt(i)
			if a < done && !(done < len(s.Words) && s.Words[done].Tag == tag.POS) {
				a = done // but "the Compact’s envoys" keeps its possessor
			}
			if a < 0 || a > i {
				continue
			}
			done = i + 1
			if k := frontedName(s, i+1); k > 0 {
				// "Now the highest-ranking prosecutor in Tesmar, Velk rose":
				// the description is the name's appositive
				name := syntax.Phrase{From: k, To: k + 1}
				for name.To < len(s.Words) && s.Words[name.To].Tag.IsProperNoun() {
					name.To++
				}
				add(name, syntax.Phrase{From: a, To: k - 1})
				done, i = name.To, name.To-1
				continue
			}
			if m := mf.Classify(s, para, syntax.Phrase{From: a, To: i + 1}, syntax.Phrase{}); m.Kind == mention.Role || m.Kind == mention.Group {
				aside := appositive(s, i+1)
				add(syntax.Phrase{From: a, To: i + 1}, aside)
				if !aside.Empty() {
					done = aside.To
					i = aside.To - 1
				}
			}
		}
	}
	return out
}

// companies are the groups a sentence makes of people it names together,
// which "they" can stand for: a coordinated subject ("The Varandan envoy
// and the Kestrian envoy condemned …") and a subject with the partners
// of what it did ("Marrow met with Vell and Dorsic …", "Marrow spoke in
// Port Selin with her K5 counterparts"), named by their surnames or
// phrases ("Marrow, Vell, and Dorsic").
func (r *run) companies(mf *mention.Finder, s *syntax.Sentence, para string, names []named) []named {
	var out []named
	someone := func(m *mention.Mention) bool {
		return m.Kind == mention.Person && !m.Place || m.Kind == mention.Role || m.Kind == mention.Group && !m.Members
	}
	for k := 0; k < len(names); k++ {
		a := &names[k]
		if !someone(&a.m) || a.m.Kind == mention.Group {
			continue
		}
		// the subject: one mention, or a list of them ("Oru and Derev")
		j, list := k, mention.Mention{}
		if e := listEnd(s, names, k); e > k {
			p := syntax.Phrase{From: a.m.Phrase.From, To: names[e].m.Phrase.To}
			if m := mf.Classify(s, para, p, syntax.Phrase{}); m.Members && clausePosition(s, p, syntax.Phrase{}) == resolve.Subject {
				j, list = e, m
			}
		}
		if j == k && a.pos&^resolve.Embedded != resolve.Subject {
			continue
		}
		members := make([]*mention.Mention, 0, j-k+1)
		for i := k; i <= j; i++ {
			if !someone(&names[i].m) {
				members = nil
				break
			}
			members = append(members, &names[i].m)
		}
		partners := r.partners(s, names[j].m.Phrase.To, names[j+1:])
		for _, n := range partners {
			if members == nil || !someone(&n.m) {
				members = nil
				break
			}
			members = append(members, &n.m)
		}
		switch {
		case len(partners) > 0 && members != nil:
			// "Oru and Derev met with the Compact's envoys": all of them
			m := mention.Mention{Kind: mention.Group, Plural: true, Joint: true, Members: true, Party: -1, Person: -1, Unsure: -1,
				Para: s.Para, Phrase: syntax.Phrase{From: a.m.Phrase.From, To: partners[len(partners)-1].m.Phrase.To}, Text: together(r.engine.Lexicon, members)}
			out = append(out, named{m: m, pos: resolve.Subject})
		case j > k:
			out = append(out, named{m: list, pos: resolve.Subject})
		default:
			continue
		}
		for i := k + 1; i <= j; i++ {
			names[i].pos = resolve.Elsewhere // a list's group is the subject, not each of them
		}
		if j > k {
			names[k].pos = resolve.Elsewhere
		}
		k = j
	}
	return out
}

// listEnd is the last of the mentions from names[k] on that a list
// joins ("Velk, Arno, and Marr"), with an "and" in it; k when none.
func listEnd(s *syntax.Sentence, names []named, k int) int {
	end, and := k, false
	for j := k + 1; j < len(names); j++ {
		gap := syntax.Phrase{From: names[j-1].m.Phrase.To, To: names[j].m.Phrase.From}
		if gap.Empty() {
			break
		}
		ok := true
		for i := gap.From; i < gap.To; i++ {
			switch w := &s.Words[i]; {
			case w.Tag == tag.CC:
				and = true
			case w.Tag != tag.Comma:
				ok = false
			}
		}
		if !ok {
			break
		}
		end = j
		if and {
			break
		}
	}
	if !and {
		return k
	}
	return end
}

// partners are the mentions a comitative preposition joins to the
// clause of a subject ending at from ("met with Vell and Dorsic", "spoke
// today in Port Selin with Vell"): a run of mentions joined by commas and
// "and" right after it, before the clause ends.
func (r *run) partners(s *syntax.Sentence, from int, after []named) []named {
	verb := false
	for i := from; i < len(s.Words); i++ {
		w := &s.Words[i]
		switch {
		case w.Quote >= 0 || w.Tag == tag.Period || w.Tag == tag.Colon || w.Tag == tag.WRB || w.Tag == tag.WDT || w.Tag == tag.WP:
			return nil
		case w.Tag.IsFiniteVerb():
			if verb && !s.Words[i-1].Is(lexicon.Auxiliary) && !w.Is(lexicon.Auxiliary) {
				return nil // another clause's verb
			}
			verb = true
		case verb && w.Tag == tag.IN && w.Entry != nil && w.Entry.Comitative:
			var out []named
			next := i + 1
			for {
				// the longest mention that starts here: "the Compact’s
				// envoys", not its possessor
				var n *named
				for k := range after {
					if a := &after[k]; a.m.Phrase.From == next && (n == nil || a.m.Phrase.To > n.m.Phrase.To) {
						n = a
					}
				}
				if n == nil {
					return out
				}
				if k := len(out) - 1; k >= 0 && out[k].m.Kind == mention.Body && n.m.Kind == mention.Person && s.Words[n.m.Phrase.From-1].Tag == tag.CC {
					out = out[:k] // "Ministry of Ports and Trade Secretary Jonas Vell": one person's title
				}
				out = append(out, *n)
				next = n.m.Phrase.To
				for next < len(s.Words) && (s.Words[next].Tag == tag.Comma || s.Words[next].Tag == tag.CC) {
					next++
				}
			}
		}
	}
	return nil
}

// together names a group by its members: a person by surname, anyone
// else as written, joined as a list ("Marrow and Vell", "Marrow, Vell,
// and Dorsic", "Marrow and her K5 counterparts").
func together(lex *lexicon.Lexicon, members []*mention.Mention) string {
	names := make([]string, len(members))
	for i, m := range members {
		names[i] = m.Text
		if m.Kind == mention.Person && m.Name != "" {
			f := strings.Fields(m.Name)
			for len(f) > 1 && lex.Is(strings.Trim(f[len(f)-1], ","), lexicon.NameSuffix) {
				f = f[:len(f)-1] // "Joseph R. Biden, Jr." is Biden
			}
			names[i] = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(f[len(f)-1], ","), "'s"), "’s")
		}
	}
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// titleCaseCuts marks the words of a headline in title case ("Velk Calls
// Arno's Plan 'A Disgrace'") that are no part of a name although they
// are capitalised and tagged so: the words the tagger reads as verbs or
// function words once the sentence is lower-cased. Nil for ordinary
// sentences.
func (r *run) titleCaseCuts(s *syntax.Sentence) []bool {
	words, caps := 0, 0
	for i := range s.Words {
		if s.Words[i].Tok.Kind == text.Word {
			words++
			if s.Words[i].Tok.Has(text.Cap) {
				caps++
			}
		}
	}
	cut := make([]bool, len(s.Words))
	if words < 4 || caps*10 < words*7 || r.engine.Tagger == nil {
		return cut
	}
	lower := make([]string, len(s.Words))
	for i := range s.Words {
		lower[i] = strings.ToLower(s.Words[i].Text)
		if s.Words[i].Is(lexicon.GivenName) || s.Words[i].Is(lexicon.Honorific) || s.Words[i].Is(lexicon.TitleHead) {
			lower[i] = s.Words[i].Text
		}
	}
	tags := r.engine.Tagger.Tag(lower, nil)
	for i, t := range tags {
		switch {
		case t.IsVerb(), t == tag.IN, t == tag.DT, t == tag.CC, t == tag.TO, t == tag.PRP, t == tag.PRPS, t == tag.MD, t.IsAdverb():
			cut[i] = true
		}
	}
	return cut
}

// shallowName reports a capitalised word a sentence with shallow tags
// left untagged that the gazetteer knows: "Tesmari" opening "Tesmari
// officials met …".
func shallowName(mf *mention.Finder, s *syntax.Sentence, i int) bool {
	w := &s.Words[i]
	if w.Tag != tag.XX || !w.Tok.Has(text.Cap) || w.Quote >= 0 {
		return false
	}
	_, ok := mf.Index.Match([]string{w.Text})
	return ok
}

// personHead reports a common noun that heads a phrase naming people:
// a title, a person noun, a group's word.
func personHead(w *syntax.Word) bool {
	return !w.Tok.Has(text.Cap) && (w.Is(lexicon.TitleHead) || w.Is(lexicon.PersonNoun) || w.Is(lexicon.Group))
}

// titleJoin continues the name run [i, j] of a title over a joining
// word ("Minister for Foreign Affairs", "Affairs and Defense") when the
// run ends in a title's or an organisation's word and a capitalised word
// follows; it returns the joined word's index, or j. A sentence with
// shallow tags has no noun phrases to join them.
func titleJoin(s *syntax.Sentence, i, j int) int {
	if j+2 >= len(s.Words) {
		return j
	}
	join := strings.ToLower(s.Words[j+1].Text)
	switch join {
	case "of", "for", "to", "and", "&":
	default:
		return j
	}
	last, next := &s.Words[j], &s.Words[j+1+1]
	if !next.Tag.IsProperNoun() || next.Quote >= 0 || !(last.Is(lexicon.TitleHead) || last.Is(lexicon.TitleWord) || last.Is(lexicon.Organisation)) {
		return j
	}
	if (join == "and" || join == "&") && last.Is(lexicon.TitleHead) {
		return j // "The President and Secretary Velk": two people
	}
	return j + 2 // "Minister for Foreign Affairs", "Ambassador to Yemen"
}

// frontedName finds the name a description before it is about: the
// description (and its prepositional phrase) ends at k, a comma follows,
// then a name and a finite verb. It returns where the name starts, or -1.
func frontedName(s *syntax.Sentence, k int) int {
	for k+1 < len(s.Words) && s.Words[k].Tag == tag.IN && s.Words[k].Is(lexicon.NounPreposition) {
		e := s.NounPhraseAt(k + 1)
		if e < 0 {
			break
		}
		k = e
	}
	if k+2 >= len(s.Words) || s.Words[k].Tag != tag.Comma || !s.Words[k+1].Tag.IsProperNoun() || s.Words[k+1].Quote >= 0 {
		return -1
	}
	j := k + 1
	for j < len(s.Words) && s.Words[j].Tag.IsProperNoun() {
		j++
	}
	if j < len(s.Words) && s.Words[j].Tag.IsFiniteVerb() {
		return k + 1
	}
	return -1
}

// appositive finds the appositive that follows a name at k: ", a retired
// general," or ", 49,".
func appositive(s *syntax.Sentence, k int) syntax.Phrase {
	if k+1 >= len(s.Words) || s.Words[k].Tag != tag.Comma || s.Words[k+1].Quote >= 0 {
		return syntax.Phrase{}
	}
	if s.Words[k+1].Tag == tag.CD && k+2 < len(s.Words) && s.Words[k+2].Tag == tag.Comma {
		return syntax.Phrase{From: k + 1, To: k + 2}
	}
	if !s.Determiner(k+1) && !s.Words[k+1].Tag.IsAdj() && !s.Words[k+1].Tag.IsNoun() {
		return syntax.Phrase{}
	}
	end := s.NounPhraseAt(k + 1)
	if end < 0 {
		return syntax.Phrase{}
	}
	// "the head of the delegation": a preposition joins a second phrase
	for end+1 < len(s.Words) && s.Words[end].Is(lexicon.NounPreposition) && s.Words[end].Tag == tag.IN {
		e := s.NounPhraseAt(end + 1)
		if e < 0 {
			break
		}
		end = e
	}
	if end < len(s.Words) && s.Words[end].Tag != tag.Comma && s.Words[end].Tag != tag.Period && s.Words[end].Tag != tag.Colon {
		return syntax.Phrase{}
	}
	return syntax.Phrase{From: k + 1, To: end}
}

// clausePosition says where a mention stands in its clause: a possessor
// before "'s", a subject when a finite verb follows it (past an aside,
// adverbs and auxiliaries), else elsewhere.
func clausePosition(s *syntax.Sentence, p, aside syntax.Phrase) resolve.Position {
	k := p.To
	if k < len(s.Words) && s.Words[k].Tag == tag.POS {
		return resolve.Possessor
	}
	if !aside.Empty() && aside.From > k {
		k = aside.To
		if k < len(s.Words) && s.Words[k].Tag == tag.Comma {
			k++
		}
	} else if k+1 < len(s.Words) && s.Words[k].Tag == tag.Comma && (s.Words[k+1].Tag == tag.WP || s.Words[k+1].Tag == tag.WDT) {
		// "Velk, who will retire soon, praised …": past the relative clause
		e := k + 1
		for e < len(s.Words) && s.Words[e].Tag != tag.Comma && s.Words[e].Tag != tag.Period {
			e++
		}
		if e < len(s.Words) && s.Words[e].Tag == tag.Comma {
			k = e + 1
		}
	}
	for k < len(s.Words) && s.Words[k].Tag.IsAdverb() {
		k++
	}
	if k < len(s.Words) && (s.Words[k].Tag.IsFiniteVerb() || s.Words[k].Tag == tag.XX && s.Words[k].Tok.Kind == text.Word) {
		// a finite verb follows, or a word a sentence with shallow tags
		// leaves untagged: a subject when the phrase opens its clause
		if p.From == 0 {
			return resolve.Subject
		}
		prev := &s.Words[p.From-1]
		if prev.Tag == tag.Comma || prev.Tag == tag.CC || prev.Tag == tag.OpenQuote || prev.Tag == tag.Colon ||
			prev.Is(lexicon.Subordinator) || prev.Tag == tag.WRB || prev.Tag == tag.IN && prev.Is(lexicon.Subordinator) {
			return resolve.Subject
		}
	}
	return resolve.Elsewhere
}
