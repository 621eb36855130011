package data

import "testing"

// TestSpeakerNamesMatchAsMatchSpeaker: the reader's way of matching many
// speakers answers as MatchSpeaker does.
func TestSpeakerNamesMatchAsMatchSpeaker(t *testing.T) {
	t.Parallel()
	a := attrTestAttributor(t)
	speakers := []string{"Idrena Halvek", "Halvek", "the Meridian Council", "Volodymyr Zelensky", "Yuri Ushakov", "U.S. officials", ""}
	queries := []string{"Halvek", "idrena halvek", "halv", "Meridian Council", "council meridian", "Zelenskyy", "Ushakov", "u.s.", "", "the"}
	for _, s := range speakers {
		names := a.SpeakerNames(s)
		for _, q := range queries {
			if got, want := names.Match(NewSpeakerQuery(q)), a.MatchSpeaker(q, s); got != want {
				t.Errorf("%q for %q: Match %v, MatchSpeaker %v", q, s, got, want)
			}
		}
	}
}
