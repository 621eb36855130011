package data

import "testing"

// BenchmarkGazetteerParse times parsing the embedded gazetteer files and
// lexicon, the part of NewAttributor that sync.Once caches.
func BenchmarkGazetteerParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, name := range []string{"gazetteer/parties.yaml", "gazetteer/people.yaml", "gazetteer/lexicon.txt"} {
			raw, err := gazetteerFiles.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			var errs []error
			switch name {
			case "gazetteer/parties.yaml":
				_, errs = parsePartiesFile(raw, name)
			case "gazetteer/people.yaml":
				_, errs = parsePeopleFile(raw, name)
			default:
				if _, err := parseLexicon(raw); err != nil {
					errs = []error{err}
				}
			}
			if len(errs) > 0 {
				b.Fatal(errs)
			}
		}
	}
}
