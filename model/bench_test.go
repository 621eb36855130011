package model

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// The benchmarks run the reader over a synthetic corpus the size the
// issue asks for: 10,000 stories and 200,000 statements, by invented
// people for invented parties. Each measures Update and View, as the
// program pays them for one key.

const (
	benchStories    = 10000
	benchStatements = 20 // per story
)

var syntheticCorpus = sync.OnceValue(func() []*data.Briefing {
	syllables := []string{"var", "kes", "sor", "mer", "ald", "tov", "ril", "an", "ost", "pel", "dun", "ira", "vel", "tam", "qor", "lis"}
	name := func(i, parts int) string {
		var b strings.Builder
		for k := 0; k < parts; k++ {
			b.WriteString(syllables[(i>>(4*k))%len(syllables)])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	parties := make([]string, 120)
	for i := range parties {
		parties[i] = name(i*7+3, 3) + "ia"
	}
	people := make([]data.Speaker, 4000)
	for i := range people {
		people[i] = data.Speaker{Name: name(i, 2) + " " + name(i*13+5, 3), Role: "Minister", Party: parties[i%len(parties)], Person: true}
	}
	topics := []string{"the ceasefire along the river", "fishing quotas in the gulf", "the water-sharing accord",
		"tariffs on steel and grain", "the exchange of detainees", "a new round of border talks"}
	date := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	bs := make([]*data.Briefing, benchStories)
	for s := range bs {
		b := &data.Briefing{
			ID: fmt.Sprintf("synthetic-%05d", s), Title: fmt.Sprintf("%s and %s Discuss %s", parties[s%120], parties[(s*7+1)%120], topics[s%len(topics)]),
			Dateline: name(s, 2) + " " + name(s+1, 2), Date: date.AddDate(0, 0, s%900), Shape: data.ShapePlain,
		}
		seen := map[string]bool{}
		for k := 0; k < benchStatements; k++ {
			p := people[(s*31+k*17)%len(people)]
			text := fmt.Sprintf("%s was discussed in round %d and %s would report back within %d days", topics[(s+k)%len(topics)], k+1, p.Party, k+3)
			para := fmt.Sprintf("%s %s said that %s.", p.Role, p.Name, text)
			at := strings.Index(para, text)
			b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: para})
			kind := data.Reported
			if k%3 == 0 {
				kind = data.Direct
			}
			b.Statements = append(b.Statements, data.Statement{Speaker: p.Name, Role: p.Role, Party: p.Party, Kind: kind,
				Cue: "said", Text: text, Paragraph: int32(k + 1), Span: data.Span{Start: int32(at), End: int32(at + len(text))}})
			if !seen[p.Name] {
				seen[p.Name] = true
				b.Speakers = append(b.Speakers, p)
			}
			if !seen[p.Party] {
				seen[p.Party] = true
				b.Parties = append(b.Parties, p.Party)
			}
		}
		bs[s] = b
	}
	return bs
})

func benchModel(b *testing.B, keys ...string) Model {
	b.Helper()
	m := newModel(b, 120, 40, syntheticCorpus())
	if n := m.lib.StatementCount(); n != benchStories*benchStatements {
		b.Fatalf("%d statements", n)
	}
	return press(b, m, keys...)
}

// alternate steps through a, then c, then a again, b.N steps in all, so
// that the screen ends each pair where it began.
func alternate(b *testing.B, m Model, a, c tea.Msg) {
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			m = step(m, a)
		} else {
			m = step(m, c)
		}
	}
}

// step is one key through Update, then View.
func step(m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	m = next.(Model)
	_ = m.View()
	return m
}

func BenchmarkCursorMove(b *testing.B) {
	for _, view := range []struct{ name, key string }{{"stories", ""}, {"quotes", "tab"}} {
		b.Run(view.name, func(b *testing.B) {
			m := benchModel(b, view.key)
			m = press(b, m, "G", "k", "k", "k") // far from the top: the window is 200,000 long
			down, up := keyMsgs("j")[0], keyMsgs("k")[0]
			b.ResetTimer()
			alternate(b, m, down, up)
		})
	}
}

// BenchmarkFilterKeystroke types into the free-text filter. "widen" is
// the worst case: a letter then a backspace, each filtering every item
// again; "narrow" is typing a word, where each letter refines the last.
func BenchmarkFilterKeystroke(b *testing.B) {
	for _, view := range []struct{ name, key string }{{"stories", ""}, {"quotes", "tab"}} {
		b.Run(view.name+"/widen", func(b *testing.B) {
			m := benchModel(b, view.key, "/")
			letter, back := keyMsgs("q")[0], keyMsgs("backspace")[0]
			b.ResetTimer()
			alternate(b, m, letter, back)
		})
		b.Run(view.name+"/narrow", func(b *testing.B) {
			m := benchModel(b, view.key, "/")
			word := keyMsgs("steel and grain")
			clear := tea.KeyMsg{Type: tea.KeyCtrlU}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := i % (len(word) + 1)
				if k == len(word) {
					b.StopTimer()
					m = step(m, clear)
					b.StartTimer()
					continue
				}
				m = step(m, word[k])
			}
		})
	}
}

// BenchmarkPartyPick is enter in the party picker: the filter applied to
// every story or statement, and the screen drawn.
func BenchmarkPartyPick(b *testing.B) {
	for _, view := range []struct{ name, key string }{{"stories", ""}, {"quotes", "tab"}} {
		b.Run(view.name, func(b *testing.B) {
			m := benchModel(b, view.key)
			open, pick, clear := keyMsgs("p")[0], keyMsgs("enter")[0], keyMsgs("esc")[0]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				m = step(m, open)
				b.StartTimer()
				m = step(m, pick)
				b.StopTimer()
				if !strings.Contains(m.View(), "party:") {
					b.Fatal("no party picked")
				}
				m = step(m, clear)
				b.StartTimer()
			}
		})
	}
}

// BenchmarkOpenPicker is p: counting the parties of what is shown.
func BenchmarkOpenPicker(b *testing.B) {
	m := benchModel(b, "tab")
	open, clear := keyMsgs("p")[0], keyMsgs("esc")[0]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m = step(m, open)
		b.StopTimer()
		m = step(m, clear)
		b.StartTimer()
	}
}

// bigStory is a story of about 1 MB.
func bigStory() *data.Briefing { return sessionStory(1 << 20) }

// sessionStory is a story of about size bytes, one numbered session a
// paragraph.
func sessionStory(size int) *data.Briefing {
	b := &data.Briefing{ID: "big", Title: "The Long Session of the Meridian Council", Dateline: "Aldmoor"}
	for i := 0; b.Paragraphs == nil || i < size/140; i++ {
		b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: fmt.Sprintf("In session %d, Delegate Ilsa Moor of Varanda said the council would sit again tomorrow, and the Kestrian envoy agreed.", i)})
	}
	return b
}

// BenchmarkOpenLargeStory is enter on a 1 MB story: what it costs until
// the first screen shows (the rest renders in the background). The cache
// is new each time, as for a story not opened before.
func BenchmarkOpenLargeStory(b *testing.B) {
	story := bigStory()
	enter := keyMsgs("enter")[0]
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		m := newModel(b, 100, 40, []*data.Briefing{story})
		b.StartTimer()
		m = step(m, enter)
		if !strings.Contains(m.View(), "Delegate Ilsa Moor") {
			b.Fatal("the story is not shown")
		}
	}
}

// BenchmarkScrollLargeStory is a page down in a 1 MB story, rendered.
func BenchmarkScrollLargeStory(b *testing.B) {
	m := newModel(b, 100, 40, []*data.Briefing{bigStory()})
	next, cmd := m.Update(keyMsgs("enter")[0])
	m = next.(Model)
	for _, msg := range renderedMsgs(cmd) {
		m = update(b, m, msg)
	}
	down, top := keyMsgs("space")[0], keyMsgs("g")[0]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%500 == 499 {
			m = step(m, top)
			continue
		}
		m = step(m, down)
	}
}

// refreshedBenchModel is benchModel where the last 100 stories came from
// a refresh, so that the views show them first and every change of the
// filters arranges the order shown anew.
func refreshedBenchModel(b *testing.B, keys ...string) Model {
	b.Helper()
	corpus := syntheticCorpus()
	split := len(corpus) - 100
	f := newFakeLibrary()
	f.fresh = corpus[split:]
	close(f.release)
	m := newLibraryModel(b, 120, 40, corpus[:split], f)
	m = press(b, m, "r")
	for m.refresh != nil {
		m = update(b, m, m.refresh.wait()())
	}
	if n := m.lib.StatementCount(); n != benchStories*benchStatements {
		b.Fatalf("%d statements", n)
	}
	return press(b, m, keys...)
}

// BenchmarkAfterRefresh is BenchmarkFilterKeystroke's worst case and
// BenchmarkCursorMove once a refresh has changed the order shown.
func BenchmarkAfterRefresh(b *testing.B) {
	for _, view := range []struct{ name, key string }{{"stories", ""}, {"quotes", "tab"}} {
		b.Run(view.name+"/widen", func(b *testing.B) {
			m := refreshedBenchModel(b, view.key, "/")
			letter, back := keyMsgs("q")[0], keyMsgs("backspace")[0]
			b.ResetTimer()
			alternate(b, m, letter, back)
		})
		b.Run(view.name+"/cursor", func(b *testing.B) {
			m := refreshedBenchModel(b, view.key, "G", "k", "k")
			down, up := keyMsgs("j")[0], keyMsgs("k")[0]
			b.ResetTimer()
			alternate(b, m, down, up)
		})
	}
}

// BenchmarkRefreshMerge is the end of a refresh: 100 new stories (2,000
// statements) merged into 10,000 under a party filter, and the frame.
func BenchmarkRefreshMerge(b *testing.B) {
	corpus := syntheticCorpus()
	split := len(corpus) - 100
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := newFakeLibrary()
		f.fresh = corpus[split:]
		close(f.release)
		m := newLibraryModel(b, 120, 40, corpus[:split], f)
		m = press(b, m, "tab", "p", "enter", "r")
		msg := m.refresh.wait()()
		for {
			if _, ok := msg.(refreshDoneMsg); ok {
				break
			}
			m = update(b, m, msg)
			msg = m.refresh.wait()()
		}
		b.StartTimer()
		m = step(m, msg)
		if m.lib.Len() != len(corpus) {
			b.Fatalf("%d stories", m.lib.Len())
		}
	}
}

// BenchmarkLoadCompact times the reader taking in a library's rows as
// the database gives them (no paragraphs, no statements, only their
// number), to the full list on screen: what the reader adds to reading
// the rows. 10,000 stories a run; scale by 10 for a library of 100,000.
func BenchmarkLoadCompact(b *testing.B) {
	full := syntheticCorpus()
	rows := make([]*data.Briefing, len(full))
	for i, f := range full {
		c := *f
		c.Paragraphs, c.Statements, c.StatementCount = nil, nil, len(f.Statements)
		rows[i] = &c
	}
	for b.Loop() {
		m := startModel(b, 120, 40, testConfig(rows))
		if m.lib.Len() != len(rows) {
			b.Fatalf("%d stories", m.lib.Len())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(rows)), "µs/story")
}

// benchStored is a library of 100,000 compact rows (the synthetic corpus
// ten times over), read without a database: what the reader itself costs.
type benchStored struct{ rows []*data.Briefing }

var benchLibrary = sync.OnceValue(func() *benchStored {
	full := syntheticCorpus()
	s := &benchStored{}
	for round := range 10 {
		for _, f := range full {
			c := *f
			c.ID = fmt.Sprintf("%s-%d", f.ID, round)
			c.Paragraphs, c.Statements, c.StatementCount = nil, nil, len(f.Statements)
			s.rows = append(s.rows, &c)
		}
	}
	return s
})

func (s *benchStored) Len() int { return len(s.rows) }

func (s *benchStored) Read(from, to int) ([]*data.Briefing, error) {
	return append([]*data.Briefing(nil), s.rows[from:to]...), nil
}

// BenchmarkListLibrary is the reader's own part of listing a library of
// 100,000 stories whole: from New to the list drawn with every story
// counted, the first screen read, nothing else.
func BenchmarkListLibrary(b *testing.B) {
	lib := benchLibrary()
	cfg := testConfig(nil)
	cfg.OpenStored = func() (Stored, error) { return lib, nil }
	for b.Loop() {
		m, _ := openLibrary(b, cfg, 120, 40)
		if _, n := m.list.Position(); n != lib.Len() {
			b.Fatalf("%d stories listed", n)
		}
		_ = m.View()
	}
}

// BenchmarkReadLibrary is the background read of the same library: every
// row taken in and indexed for the filters, as Update does it.
func BenchmarkReadLibrary(b *testing.B) {
	lib := benchLibrary()
	cfg := testConfig(nil)
	cfg.OpenStored = func() (Stored, error) { return lib, nil }
	for b.Loop() {
		m, held := openLibrary(b, cfg, 120, 40)
		for _, msg := range held {
			next, cmd := m.Update(msg)
			m, _ = run(b, next.(Model), cmd, nil)
		}
		if m.lib.Indexed() != lib.Len() {
			b.Fatalf("%d indexed", m.lib.Indexed())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(lib.Len()), "µs/story")
}
