package syntax_test

import (
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

// TestRepairPastAfterSubject: a regular past the tagger made a
// participle right after the subject opening its clause is the clause's
// verb when the clause has no other; a reduced relative, a passive and a
// participle whose subject goes on to its verb stay participles.
func TestRepairPastAfterSubject(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"a pronoun subject and an adverb at the sentence's start", "It effectively disbanded after the 2008 election, the Tesmar Journal reported in 2014.", "disbanded", tag.VBD},
		{"a noun phrase opening the sentence before an inverted cue", "The firm lobbied on behalf of the Velk Organization on gaming and taxes, said Tad Arno.", "lobbied", tag.VBD},
		{"after a relative pronoun", "The Senate debated a bill that critics called anti-gay.", "called", tag.VBD},
		{"after a free relative", "Orlavia hopes to shed what Ana Velk called “a perception problem.”", "called", tag.VBD},
		{"a verb of saying whose finite verbs are its that-clause's", "The Kestrian front-runner predicted in March that if Arno ran for president and lost, he would not run again.", "predicted", tag.VBD},
		{"a passive before by", "Officials alarmed by the vote in Orlavia met on Monday.", "alarmed", tag.VBN},
		{"a reduced relative whose subject goes on to its verb", "Officials briefed on the talks, however, said the deal was close.", "briefed", tag.VBN},
		{"a relative clause and then a second verb of the subject", "Mr. Arno generally supported Democrats during his time at Tesmar Radio, which let him go in 2015, and said he did not support Velk.", "supported", tag.VBD},
		{"a reduced relative whose subject goes on past a relative clause", "Officials briefed on the talks, which ended Friday, said the deal was close.", "briefed", tag.VBN},
		{"a comparative adverb before the verb", "The director further stated, while testifying before the council, that Velk was not truthful.", "stated", tag.VBD},
		{"a verb of saying closing the sentence after its subject", "The ferries will sail again soon, a spokesman announced Monday morning.", "announced", tag.VBD},
		{"after an opening participle's phrase", "Citing a report, Velk repeatedly accused Arno, who was raised in Kestria, of lying.", "accused", tag.VBD},
		{"a reduced relative before its preposition after an opening phrase", "For this reason, the national emergency declared in Order 9 of May 2, 2006, must continue in effect.", "declared", tag.VBN},
		{"a reduced relative whose clause goes on after an opening phrase", "In Varn, officials briefed on the talks said the deal was close.", "briefed", tag.VBN},
		{"after an apposition to the subject", "Tad Arno, a former envoy and author, poked at the plan, saying it was costly.", "poked", tag.VBD},
		{"after a name in an apposition to an office of two nouns", "The minister of trade and energy, Ana Velk, alluded to the vote during a meeting.", "alluded", tag.VBD},
		{"after a party and state in brackets", "But Sen. Ana Velk (D-Kes.) refused to entertain the idea, saying it was late.", "refused", tag.VBD},
		{"after a phrase of where and when set off by commas", "Tad Arno, in an interview on Friday, barely dwelled on the rivals.", "dwelled", tag.VBD},
		{"after an apposition past an opening phrase", "On the left, Ana Velk, the author, compared him to a heretic.", "compared", tag.VBD},
		{"a list's item is no apposition", "Apples, pears, imported from Kestria, and grapes are sold here.", "imported", tag.VBN},
		{"a reduced relative after an apposition whose subject goes on", "The bill, a measure from Kestria, passed in the Senate, would raise taxes.", "passed", tag.VBN},
		{"an irregular past after a subject and a year", "A group of doctors in 2015 sent a letter to the minister of Kestria, calling for his dismissal.", "sent", tag.VBD},
		{"an irregular past in a reduced relative whose clause goes on", "The letter sent to the minister of Kestria was long.", "sent", tag.VBN},
		{"a reduced relative before an aside between dashes", "The combined commitments announced today – part of a push to help tenants – could reach millions of Tesmaris.", "announced", tag.VBN},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}
