package mention

import "testing"

// Two parties a name or a phrase joins with "and" or commas, or two
// demonyms of a people's descent and home ("Tesmari Orlavians"), are two
// sides, no one's; a party the phrase places or posts someone in after
// their own, or studies, leaves them their own's.
func TestJoinedPartiesAreNoOnes(t *testing.T) {
	f := testFinder(t)
	tesmar, _ := f.Index.PartyID("Tesmar")
	for _, c := range []struct {
		sentence, phrase string
		party            int32
	}{
		{"Tesmar and Orlavia Veterans said the vote was fair.", "Tesmar and Orlavia Veterans", -1},
		{"The Tesmar, Orlavia and Varn Forum said the vote was fair.", "The Tesmar , Orlavia and Varn Forum", -1},
		{"The co-chairs of Tesmar and Orlavia said the vote was fair.", "The co-chairs of Tesmar and Orlavia", -1},
		{"Tesmari Orlavians said the vote was fair.", "Tesmari Orlavians", -1},
		// one side's
		{"The Tesmari ambassador to Orlavia said the vote was fair.", "The Tesmari ambassador to Orlavia", tesmar},
		{"The Tesmari embassy in Ostra said the vote was fair.", "The Tesmari embassy in Ostra", tesmar},
		{"Tesmar and Varn officials said the vote was fair.", "Tesmar and Varn officials", tesmar},
		{"Tesmari Orlavia experts said the vote was fair.", "Tesmari Orlavia experts", tesmar},
	} {
		checkParty(t, f, c.sentence, c.phrase, "", c.party)
	}
}
