package model

import (
	"fmt"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/profile"
	"github.com/brief-reader/brief/views"
)

// BenchmarkOpenProfile opens, from the quote view at 10,000 stories, the
// profile of a statement's speaker (i: about 50 statements) or party (I:
// about 1,700 statements and 33 speakers), then goes back (esc): each
// key one Update and its View. "after a new story" first adds a story
// by someone else, so that who is who is worked out again and the
// profile built again, as when stories arrive while the reader runs.
func BenchmarkOpenProfile(b *testing.B) {
	for _, c := range []struct{ name, key string }{{"speaker", "i"}, {"party", "I"}} {
		b.Run(c.name, func(b *testing.B) {
			m := benchModel(b, "tab", "G", "k", "k")
			open, back := keyMsgs(c.key)[0], keyMsgs("esc")[0]
			b.ResetTimer()
			alternate(b, m, open, back)
		})
		b.Run(c.name+"_after_a_new_story", func(b *testing.B) {
			m := benchModel(b, "tab", "G", "k", "k")
			open, back := keyMsgs(c.key)[0], keyMsgs("esc")[0]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				m.lib.People().Add(benchStories+i, newcomer(i))
				b.StartTimer()
				m = step(m, open)
				m = step(m, back)
			}
		})
	}
}

// BenchmarkProfileCursor moves the cursor in a party's profile.
func BenchmarkProfileCursor(b *testing.B) {
	m := benchModel(b, "tab", "I", "G", "k", "k")
	down, up := keyMsgs("j")[0], keyMsgs("k")[0]
	b.ResetTimer()
	alternate(b, m, down, up)
}

// BenchmarkProfileIndex takes the 10,000 stories' 200,000 statements
// into a profile index: "add" is what the reader pays once per load,
// beside "library", the quote view's own indexing of the same stories,
// measured as the baseline; "every_profile" also builds every speaker's
// and party's profile, as "brief speakers" and "brief parties" do.
func BenchmarkProfileIndex(b *testing.B) {
	bs := syntheticCorpus()
	attr, _ := data.NewAttributor("")
	b.Run("library", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			views.NewLibrary(attr).Add(bs...)
		}
	})
	add := func() *profile.Index {
		x := profile.New(attr.SpeakerKey)
		for k, s := range bs {
			x.Add(k, s)
		}
		return x
	}
	b.Run("add", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			add()
		}
	})
	b.Run("every_profile", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			x := add()
			if len(x.Speakers()) == 0 || len(x.Parties()) == 0 {
				b.Fatal("no profiles")
			}
		}
	})
}

// newcomer is a one-statement story by a speaker of its own.
func newcomer(i int) *data.Briefing {
	name := fmt.Sprintf("Newcomer %d", i)
	text := "the talks would resume"
	return &data.Briefing{ID: fmt.Sprintf("newcomer-%d", i), Title: "A Newcomer Speaks", Date: time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC),
		Paragraphs: []data.Paragraph{{Text: name + " said the talks would resume."}},
		Speakers:   []data.Speaker{{Name: name, Person: true}},
		Statements: []data.Statement{{Speaker: name, Text: text, Paragraph: 1, Kind: data.Reported}}}
}
