package model

import "testing"

// BenchmarkOpenSpeakerPicker is s: counting the speakers of what is
// shown, each person once (their names merged as in the profiles).
func BenchmarkOpenSpeakerPicker(b *testing.B) {
	for _, view := range []struct{ name, key string }{{"stories", ""}, {"quotes", "tab"}} {
		b.Run(view.name, func(b *testing.B) {
			m := benchModel(b, view.key)
			open, clear := keyMsgs("s")[0], keyMsgs("esc")[0]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m = step(m, open)
				b.StopTimer()
				m = step(m, clear)
				b.StartTimer()
			}
		})
	}
}
