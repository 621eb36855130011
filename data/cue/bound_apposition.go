package cue

import (
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
)

// placeBetween reports a comma at k on either side of a place's
// abbreviation inside a noun phrase: "Tulsa, Okla., police officer Ana
// Velk" names one officer; "a stop in Flint, Mich., for his wife" ends
// the place.
func placeBetween(s *syntax.Sentence, k int) bool {
	place := func(j int) bool {
		return j >= 0 && j < len(s.Words) && s.Words[j].Entry != nil && s.Words[j].Entry.PlaceAbbreviation && s.Words[j].Quote < 0
	}
	modifies := func(j int) bool { // the place is the phrase's modifier: a noun goes on
		return j < len(s.Words) && s.Words[j].Quote < 0 && (s.Words[j].Tag.IsNoun() || s.Words[j].Tag.IsAdj())
	}
	return place(k+1) && isPunct(s, k+2, ',') && modifies(k+3) || place(k-1) && isPunct(s, k-2, ',') && modifies(k+1)
}

// namesBetween reports a comma at k on either side of names in
// apposition to an object, before the rest of the clause: "charged two
// developers, Ana Velk and Jonas Vell, with fraud" names the two.
func namesBetween(s *syntax.Sentence, k, end int) bool {
	names := func(from, to int) bool { // names, joined by commas and "and"
		n := 0
		for j := from; j < to; j++ {
			w := &s.Words[j]
			switch {
			case w.Quote >= 0:
				return false
			case w.Tag == tag.NNP && !(w.Entry != nil && w.Entry.PlaceAbbreviation):
				n++ // (", Mich., for his wife" ends a place)
			case w.Tag != tag.CC && w.Tag != tag.Comma:
				return false
			}
		}
		return n > 0
	}
	// the comma that opens them: the closing comma's names run back to it
	for j := k + 1; j < end && j <= k+maxAside; j++ {
		if isPunct(s, j, ',') && j+1 < end && names(k+1, j) && s.Words[j+1].Tag == tag.IN && s.Words[j+1].Quote < 0 {
			return true
		}
	}
	for j := k - 1; j > 0 && j >= k-maxAside; j-- {
		if isPunct(s, j, ',') && names(j+1, k) && k+1 < end && s.Words[k+1].Tag == tag.IN && s.Words[k+1].Quote < 0 {
			return true
		}
	}
	return false
}
