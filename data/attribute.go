package data

import "strings"

// Attributor finds parties, speakers and statements in briefings. It holds
// the gazetteer (parties and their aliases) and the known-people list; it is
// safe for concurrent use once built.
//
// STUB: the attribution helper replaces this file.
type Attributor struct{}

// NewAttributor builds an attributor from the built-in gazetteer and
// known-people list, extended by the user's files in configDir (the
// "brief" folder under os.UserConfigDir(); "" for none). Problems with the
// user's files are returned; the built-in data still works.
func NewAttributor(configDir string) (*Attributor, []error) { return &Attributor{}, nil }

// Attribute fills b.Parties, b.Speakers and b.Statements from b.Paragraphs
// and b.Declared.
func (a *Attributor) Attribute(b *Briefing) {}

// CanonicalParty maps any name of a party ("US", "U.S.", "Kyiv", "Russian")
// to its canonical name ("United States", "Ukraine", "Russia").
func (a *Attributor) CanonicalParty(name string) (string, bool) { return name, name != "" }

// MatchParty reports whether a user's query ("us", "Kyiv") names party.
func (a *Attributor) MatchParty(query, party string) bool {
	c, ok := a.CanonicalParty(query)
	return ok && strings.EqualFold(c, party)
}

// MatchSpeaker reports whether a user's query ("Ushakov", "kremlin") names
// speaker: case-insensitive, on whole words of the name or an alias.
func (a *Attributor) MatchSpeaker(query, speaker string) bool {
	return strings.Contains(strings.ToLower(speaker), strings.ToLower(strings.TrimSpace(query)))
}

// SpeakerKey is the identity of a speaker across stories: two statements
// with the same key are by the same person or body however they were named
// ("Yuri Ushakov", "Ushakov").
func (a *Attributor) SpeakerKey(speaker string) string { return strings.ToLower(speaker) }
