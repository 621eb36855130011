package attribution

import "testing"

// TestItIsNoPlaceMetInPassing: "it" does not stand for a name the story
// met only as where something happens.
func TestItIsNoPlaceMetInPassing(t *testing.T) {
	e := testEngine(t)
	doc := Document{Paragraphs: paragraphs(
		"Sen. Tomas Velk spent the week in Dorva Hill and Ostrel Kane, where the first votes fall.",
		"The strategy that Velk outlined was notable. Now his team is bracing supporters for a drawn-out race that it says will ultimately reward his versatility.",
	)}
	doc.Declared.Parties = inventedParties.Parties
	for _, st := range e.Attribute(&doc).Statements {
		if st.Speaker == "Ostrel Kane" || st.Speaker == "Dorva Hill" {
			t.Errorf("%q said by the place %q", st.Text, st.Speaker)
		}
	}
}
