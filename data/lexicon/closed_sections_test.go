package lexicon

import (
	"slices"
	"testing"
)

// TestClosedWordSections: the small closed classes that the engine once
// spelled out in Go read exactly these words from the files. A word added
// to one changes how sentences are read, so it must be added here too.
func TestClosedWordSections(t *testing.T) {
	l := mustDefault(t)
	cases := []struct {
		section string
		flag    func(*Entry) bool
		words   []string
	}{
		{"coordinators", func(e *Entry) bool { return e.Coordinator }, []string{"and", "but", "nor", "or", "yet"}},
		{"alternative conjunctions", func(e *Entry) bool { return e.Alternative }, []string{"nor", "or"}},
		{"quantifier prepositions", func(e *Entry) bool { return e.InQuantifier }, []string{"than"}},
		{"quantifiers after at", func(e *Entry) bool { return e.AfterAt }, []string{"least"}},
		{"name joiners", func(e *Entry) bool { return e.JoinsNames }, []string{"and", "the"}},
		{"object subordinators", func(e *Entry) bool { return e.ContinuesObject }, []string{"as", "that"}},
		{"articles", func(e *Entry) bool { return e.Article }, []string{"a", "an", "the"}},
		{"speaker prefixes", func(e *Entry) bool { return e.SpeakerPrefix }, []string{"dr", "minister", "mr", "mrs", "ms", "president", "sir", "the"}},
		{"list conjunctions", func(e *Entry) bool { return e.JoinsList }, []string{"and", "or"}},
		{"title joiners", func(e *Entry) bool { return e.JoinsTitle }, []string{"&", "and", "for", "of", "to"}},
		{"month names", func(e *Entry) bool { return e.Month }, []string{"apr", "april", "aug", "august", "dec", "december", "feb", "february", "jan", "january", "jul", "july", "jun", "june", "mar", "march", "may", "nov", "november", "oct", "october", "sep", "sept", "september"}},
		{"non-place openers", func(e *Entry) bool { return e.OpensNoPlace }, []string{"a", "after", "an", "and", "as", "at", "before", "but", "earlier", "he", "her", "his", "however", "i", "in", "it", "its", "later", "meanwhile", "officials", "on", "or", "our", "she", "so", "still", "that", "the", "their", "these", "they", "this", "those", "today", "we", "while", "yesterday", "yet", "you"}},
		{"lead-in words", func(e *Entry) bool { return e.LeadIn }, []string{"actions", "and", "are", "as", "by", "costs", "fact", "for", "from", "is", "jr.", "memorandum", "note", "president", "proclamation", "readout", "release", "remarks", "report", "secretary", "sheet", "statement", "to", "update", "was", "will", "with"}},
		{"place connectors", func(e *Entry) bool { return e.PlaceConnector }, []string{"al", "am", "an", "da", "de", "del", "der", "di", "du", "el", "la", "le", "of", "on", "the", "upon"}},
		{"joint conjunctions", func(e *Entry) bool { return e.JoinsSpeakers }, []string{"&", "and"}},
		{"byline links", func(e *Entry) bool { return e.BylineLink }, []string{"and", "for", "of", "the"}},
		{"clause lead-ins", func(e *Entry) bool { return e.LeadsClause }, []string{"and", "but", "the"}},
		{"office links", func(e *Entry) bool { return e.OfficeLink }, []string{"and", "of"}},
		{"number markers", func(e *Entry) bool { return e.MarksNumber }, []string{"no.", "number"}},
		{"clock suffixes", func(e *Entry) bool { return e.ClockSuffix }, []string{"a.m.", "am", "p.m.", "pm"}},
		{"label links", func(e *Entry) bool { return e.LabelLink }, []string{"of", "the"}},
		{"remit links", func(e *Entry) bool { return e.RemitLink }, []string{"and", "of", "the"}},
		{"abroad words", func(e *Entry) bool { return e.Abroad }, []string{"foreign", "overseas"}},
		{"role fillers", func(e *Entry) bool { return e.RoleFiller }, []string{"'s", "a", "an", "and", "for", "of", "the", "to"}},
	}
	for _, c := range cases {
		var got []string
		for w, e := range l.words {
			if c.flag(e) {
				got = append(got, w)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.words) {
			t.Errorf("[%s] = %q, want %q", c.section, got, c.words)
		}
	}
}

// TestClosedSectionsAreFlags: each of those sections sets its field in a
// lexicon of its own, so the field is read from the file and from no list
// in Go.
func TestClosedSectionsAreFlags(t *testing.T) {
	l, err := Parse([]byte("[coordinators]\nplus\n[quantifier prepositions]\nbeyond\n[quantifiers after at]\nmost\n[name joiners]\nund\n[posting prepositions]\ntoward\n[title joiners]\nvon\n"))
	if err != nil {
		t.Fatal(err)
	}
	if e := l.Lookup("Plus"); e == nil || !e.Coordinator || e.Posting {
		t.Errorf("plus: %+v", e)
	}
	if e := l.Lookup("beyond"); e == nil || !e.InQuantifier {
		t.Errorf("beyond: %+v", e)
	}
	if e := l.Lookup("most"); e == nil || !e.AfterAt {
		t.Errorf("most: %+v", e)
	}
	if e := l.Lookup("und"); e == nil || !e.JoinsNames {
		t.Errorf("und: %+v", e)
	}
	if e := l.Lookup("toward"); e == nil || !e.Posting || e.JoinsNames {
		t.Errorf("toward: %+v", e)
	}
	if e := l.Lookup("von"); e == nil || !e.JoinsTitle || e.TitlePreposition {
		t.Errorf("von: %+v", e)
	}
	if l.Lookup("and") != nil {
		t.Error("and is in no section of this lexicon")
	}
}
