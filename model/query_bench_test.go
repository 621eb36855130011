package model

import (
	"strings"
	"testing"
)

// BenchmarkQueryKeystroke types into the query ("/") at 10,000 stories
// and 200,000 statements, each case a key then a backspace, so that
// every step filters again:
//   - date: the last digit of after:2031-06 behind a party term, which
//     leaves after:2031-0, a bad date, and back;
//   - speaker: the last letter of a speaker's name, which leaves a name
//     nobody has, so the message suggests the nearest of 4,000;
//   - negated: -q behind a party and a kind, a negated word;
//   - unknown: a speaker nobody is named, before and after the key,
//     so that each key looks for the nearest names.
func BenchmarkQueryKeystroke(b *testing.B) {
	people := syntheticCorpus()[0].Speakers
	speaker := people[0].Name
	party := syntheticCorpus()[0].Parties[0]
	cases := []struct{ name, typed, key string }{
		{"date", "party:" + party + " after:2031-0", "6"},
		{"speaker", `speaker:"` + speaker[:len(speaker)-1], speaker[len(speaker)-1:] + `"`},
		{"negated", "party:" + party + " kind:direct -", "q"},
		{"unknown", "party:" + party + " speaker:Velkes", "q"},
	}
	for _, view := range []struct{ name, key string }{{"stories", ""}, {"quotes", "tab"}} {
		for _, c := range cases {
			b.Run(view.name+"/"+c.name, func(b *testing.B) {
				m := benchModel(b, view.key, "/", c.typed)
				typed := press(b, m, c.key)
				if s := screenText(typed); strings.Contains(s, "✗") != (c.name == "unknown") {
					b.Fatalf("the query is bad, or not:\n%s", s)
				}
				keys := keyMsgs(c.key)
				back := keyMsgs("backspace")[0]
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					for _, k := range keys {
						m = step(m, k)
					}
					for range keys {
						m = step(m, back)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(2*len(keys))/1000, "ms/key")
			})
		}
	}
}
