package cue

import "github.com/brief-reader/brief/data/lexicon"

// invertible reports a frame whose verb news puts before its speaker
// after the content: "“…,” said Velk", "…, wrote Velk", "“…,” urged
// Velk". A verb that takes an object or an addressee, or a stance, is
// not inverted: in "Vell summed up Arno as “weak,” denounced her record
// and …" and "Shortly after the vote, Velk, now a candidate, proposed a
// new law" the subject comes before the verb, and "“…,” Velk told the
// council" has its addressee after it.
func invertible(k lexicon.Frame) bool {
	return k == lexicon.Say || k == lexicon.That || k == lexicon.Urge
}
