// Package tag is the part-of-speech tagger of brief's linguistic layer: an
// averaged perceptron, greedy left to right, over the Penn Treebank tag set as
// the GUM treebank writes it. The trained model is embedded; see README.md for
// its provenance, licence and how to retrain it.
package tag

// Tag is a Penn Treebank part-of-speech tag. The zero value, None, is no tag.
// The numeric values are the model's class indices: appending is safe,
// reordering needs a retrained model (the model file checks the tag names).
type Tag uint8

// The Penn Treebank tags, with the punctuation and extra tags of the English
// Universal Dependencies treebanks (HYPH, NFP, ADD, AFX, GW, XX).
const (
	None       Tag = iota
	CC             // coordinating conjunction
	CD             // cardinal number
	DT             // determiner
	EX             // existential "there"
	FW             // foreign word
	IN             // preposition or subordinating conjunction
	JJ             // adjective
	JJR            // comparative adjective
	JJS            // superlative adjective
	LS             // list item marker
	MD             // modal
	NN             // singular or mass noun
	NNS            // plural noun
	NNP            // singular proper noun
	NNPS           // plural proper noun
	PDT            // predeterminer
	POS            // possessive ending
	PRP            // personal pronoun
	PRPS           // possessive pronoun, written PRP$
	RB             // adverb
	RBR            // comparative adverb
	RBS            // superlative adverb
	RP             // particle
	SYM            // symbol
	TO             // "to"
	UH             // interjection
	VB             // verb, base form
	VBD            // verb, past tense
	VBG            // verb, gerund or present participle
	VBN            // verb, past participle
	VBP            // verb, non-third-person singular present
	VBZ            // verb, third-person singular present
	WDT            // wh-determiner
	WP             // wh-pronoun
	WPS            // possessive wh-pronoun, written WP$
	WRB            // wh-adverb
	Comma          // ","
	Period         // "." and other sentence-final punctuation
	Colon          // ":" — colons, semicolons, dashes, ellipses
	OpenQuote      // "``" — opening quotation mark
	CloseQuote     // "''" — closing quotation mark
	LRB            // "-LRB-" — opening bracket
	RRB            // "-RRB-" — closing bracket
	HYPH           // hyphen joining parts of a word
	NFP            // superfluous punctuation
	Dollar         // "$" — currency sign or code
	Hash           // "#"
	ADD            // e-mail or web address
	AFX            // affix
	GW             // "goes with": a part of a word split by a typo
	XX             // unknown

	numTags // the number of tags, None included
)

var tagNames = [numTags]string{
	None: "", CC: "CC", CD: "CD", DT: "DT", EX: "EX", FW: "FW", IN: "IN",
	JJ: "JJ", JJR: "JJR", JJS: "JJS", LS: "LS", MD: "MD", NN: "NN", NNS: "NNS",
	NNP: "NNP", NNPS: "NNPS", PDT: "PDT", POS: "POS", PRP: "PRP", PRPS: "PRP$",
	RB: "RB", RBR: "RBR", RBS: "RBS", RP: "RP", SYM: "SYM", TO: "TO", UH: "UH",
	VB: "VB", VBD: "VBD", VBG: "VBG", VBN: "VBN", VBP: "VBP", VBZ: "VBZ",
	WDT: "WDT", WP: "WP", WPS: "WP$", WRB: "WRB",
	Comma: ",", Period: ".", Colon: ":", OpenQuote: "``", CloseQuote: "''",
	LRB: "-LRB-", RRB: "-RRB-", HYPH: "HYPH", NFP: "NFP", Dollar: "$",
	Hash: "#", ADD: "ADD", AFX: "AFX", GW: "GW", XX: "XX",
}

// String returns the tag as the Penn Treebank writes it ("NNP", "PRP$", "“").
func (t Tag) String() string {
	if t < numTags {
		return tagNames[t]
	}
	return "Tag(?)"
}

// ParseTag reads a tag as the Penn Treebank (and GUM's XPOS column) writes it.
func ParseTag(s string) (Tag, bool) {
	for t := Tag(1); t < numTags; t++ {
		if tagNames[t] == s {
			return t, true
		}
	}
	return None, false
}

// IsNoun reports common and proper nouns (NN, NNS, NNP, NNPS).
func (t Tag) IsNoun() bool { return t >= NN && t <= NNPS }

// IsProperNoun reports NNP and NNPS.
func (t Tag) IsProperNoun() bool { return t == NNP || t == NNPS }

// IsVerb reports the verb forms VB, VBD, VBG, VBN, VBP and VBZ (not MD).
func (t Tag) IsVerb() bool { return t >= VB && t <= VBZ }

// IsFiniteVerb reports the forms that can head a clause alone: VBD, VBP, VBZ
// and MD.
func (t Tag) IsFiniteVerb() bool { return t == VBD || t == VBP || t == VBZ || t == MD }

// IsAdj reports JJ, JJR and JJS.
func (t Tag) IsAdj() bool { return t >= JJ && t <= JJS }

// IsAdverb reports RB, RBR, RBS and WRB.
func (t Tag) IsAdverb() bool { return t >= RB && t <= RBS || t == WRB }

// IsPronoun reports personal, possessive and wh-pronouns.
func (t Tag) IsPronoun() bool { return t == PRP || t == PRPS || t == WP || t == WPS }

// IsWh reports the wh-words WDT, WP, WP$ and WRB.
func (t Tag) IsWh() bool { return t >= WDT && t <= WRB }

// IsPunct reports punctuation tags, brackets and quotation marks included.
func (t Tag) IsPunct() bool { return t >= Comma && t <= NFP }
