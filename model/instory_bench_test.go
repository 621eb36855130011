package model

import (
	"fmt"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
)

// markedStory is a story of n paragraphs, each holding a statement, or
// the same story without them (the baseline measured in the same run).
func markedStory(n int, statements bool) *data.Briefing {
	b := &data.Briefing{ID: "marked", Title: "The Ambra Commission Sits Again"}
	for i := range n {
		said := fmt.Sprintf("the commission would sit again on day %d and that the gauges on the Ambra were read twice a day", i)
		text := "Envoy Anna Verel of Orlavia said " + said + ", and the Tesmari delegation agreed."
		b.Paragraphs = append(b.Paragraphs, data.Paragraph{Text: text})
		if statements {
			at := strings.Index(text, said)
			b.Statements = append(b.Statements, data.Statement{Speaker: "Anna Verel", Party: "Orlavia", Kind: data.Reported, Cue: "said",
				Text: said, Paragraph: int32(i + 1), Span: data.Span{Start: int32(at), End: int32(at + len(said))}})
		}
	}
	return b
}

// BenchmarkMarkedStory is what a story's statement marks cost: opening a
// story of 300 paragraphs (about 50 KB, rendered whole) and paging
// through it, with a statement in every paragraph and without any.
func BenchmarkMarkedStory(b *testing.B) {
	for _, marked := range []bool{false, true} {
		story := markedStory(300, marked)
		b.Run(fmt.Sprintf("open/statements=%v", marked), func(b *testing.B) {
			enter := keyMsgs("enter")[0]
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				m := newModel(b, 100, 40, []*data.Briefing{story})
				b.StartTimer()
				step(m, enter)
			}
		})
		b.Run(fmt.Sprintf("page/statements=%v", marked), func(b *testing.B) {
			m := press(b, newModel(b, 100, 40, []*data.Briefing{story}), "enter")
			down, top := keyMsgs("space")[0], keyMsgs("g")[0]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if i%50 == 49 {
					m = step(m, top)
					continue
				}
				m = step(m, down)
			}
		})
	}
}
