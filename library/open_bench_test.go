package library

import "testing"

// BenchmarkOpenAndQuery is what every brief command pays before its own
// work: opening an existing library (its database's connection, schema
// and pragmas, the checks of Open) and one small query, then closing it.
func BenchmarkOpenAndQuery(b *testing.B) {
	dataDir, configDir := b.TempDir(), b.TempDir()
	l, err := Open(dataDir, configDir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	if err := l.Subscribe("http://feeds.tesmar.example/rss"); err != nil {
		b.Fatal(err)
	}
	l.Close()
	for b.Loop() {
		l, err := Open(dataDir, configDir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if subs, err := l.Subscriptions(); err != nil || len(subs) != 1 {
			b.Fatalf("%v %v", subs, err)
		}
		if err := l.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
