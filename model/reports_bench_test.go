package model

import (
	"context"
	"testing"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
)

// copiedGroups is the copied corpus's groups as the database keeps them:
// each statement of the first half with its copy, a day later.
func copiedGroups(bs []*data.Briefing) map[string][]provenance.Stored {
	half := len(bs) / 2
	out := map[string][]provenance.Stored{}
	for i := range half {
		for k := range bs[i].Statements {
			g := int64(i)<<20 | int64(k)
			out[bs[i].ID] = append(out[bs[i].ID], provenance.Stored{Statement: int32(k), Group: g, Rank: 0})
			out[bs[i+half].ID] = append(out[bs[i+half].ID], provenance.Stored{Statement: int32(k), Group: g, Rank: 1})
		}
	}
	return out
}

// BenchmarkStoredReportsKeystroke is a key in the quote view where every
// statement is reported twice (the copied corpus, 10,000 stories, 200,000
// statements read as from a database), its groups as the database keeps
// them ("stored", 4 bytes a statement) against the library's own grouping
// of the statements read ("held"), in the same run.
func BenchmarkStoredReportsKeystroke(b *testing.B) {
	bs := copiedCorpus()
	groups := copiedGroups(bs)
	for _, mode := range []string{"held", "stored"} {
		start := func(b *testing.B) Model {
			cfg := compactConfig(bs)
			if mode == "stored" {
				cfg.MakeReports = func(context.Context) error { return nil }
				cfg.ReportsMade = func() bool { return true }
				cfg.LoadReports = func(x *data.Briefing) ([]provenance.Stored, error) { return groups[x.ID], nil }
			}
			return pressAndRead(b, startModel(b, 120, 40, cfg), "tab")
		}
		b.Run(mode+"/cursor", func(b *testing.B) {
			m := press(b, start(b), "G", "k", "k", "k")
			down, up := keyMsgs("j")[0], keyMsgs("k")[0]
			b.ResetTimer()
			alternate(b, m, down, up)
		})
		b.Run(mode+"/widen", func(b *testing.B) {
			m := press(b, start(b), "/")
			letter, back := keyMsgs("q")[0], keyMsgs("backspace")[0]
			b.ResetTimer()
			alternate(b, m, letter, back)
		})
	}
}
