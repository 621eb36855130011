package tag

import (
	"fmt"
	"strings"
	"testing"
)

// newsCases are invented sentences in news style, tokenised as the
// linguistic layer does, each token written word/TAG. A tag list such as
// JJ|NNP accepts either (GUM, the training data, is not always consistent
// with the Penn Treebank); a trailing ! marks the tags attribution depends on
// (cue verbs, the names of speakers), which must all be right. The rest may
// have a few errors: the tagger is good, not perfect.
var newsCases = []string{
	"Tesmari/NNP! Foreign/NNP Minister/NNP Ana/NNP! Velk/NNP! said/VBD! on/IN Monday/NNP that/IN the/DT talks/NNS had/VBD stalled/VBN ./.",
	"“/``! We/PRP will/MD not/RB retreat/VB ,/, ”/''! said/VBD! Jonas/NNP! Vell/NNP! ,/, a/DT retired/JJ|VBN general/NN ./.",
	"The/DT minister/NN ’s/POS! warning/NN! that/IN sanctions/NNS would/MD follow/VB was/VBD dismissed/VBN! by/IN Kestria/NNP! ./.",
	"Orlavia/NNP! has/VBZ said/VBN! it/PRP will/MD not/RB sign/VB the/DT accord/NN ./.",
	"Orlavia/NNP! has/VBZ said/VBN! it/PRP won't/MD sign/VB the/DT accord/NN ./.",
	"Orlavia/NNP! has/VBZ said/VBN! it/PRP wo/MD n't/RB sign/VB the/DT accord/NN ./.",
	"The/DT strike/NN was/VBD illegal/JJ ,/, according/VBG! to/IN|TO the/DT Kestrian/JJ|NNP Interior/NNP Ministry/NNP ./.",
	"Velk/NNP! told/VBD! reporters/NNS the/DT delegation/NN would/MD return/VB next/JJ week/NN ./.",
	"“/``! Nothing/NN has/VBZ been/VBN agreed/VBN ,/, ”/''! the/DT spokeswoman/NN for/IN President/NNP Maro/NNP! Tessin/NNP! said/VBD! ./.",
	"The/DT ministry/NN announced/VBD! that/IN it/PRP had/VBD summoned/VBN the/DT Orlavian/JJ ambassador/NN ./.",
	"Tessin/NNP! ,/, who/WP spoke/VBD to/IN the/DT broadcaster/NN ,/, denied/VBD! the/DT claims/NNS ./.",
	"“/``! It’s/PRP a/DT mistake/NN ,/, ”/''! she/PRP said/VBD! ./.",
	"He/PRP added/VBD! that/IN the/DT border/NN would/MD stay/VB closed/JJ|VBN ./.",
	"Kestrian/JJ officials/NNS ,/, speaking/VBG on/IN condition/NN of/IN anonymity/NN ,/, said/VBD! the/DT plan/NN was/VBD dead/JJ ./.",
	"Prime/NNP|JJ Minister/NNP Lia/NNP! Orsk/NNP! warned/VBD! on/IN Friday/NNP that/IN Orlavia/NNP! ’s/POS troops/NNS were/VBD massing/VBG near/IN the/DT border/NN ./.",
	"The/DT statement/NN ,/, issued/VBN! by/IN the/DT Tesmari/JJ|NNP embassy/NN ,/, called/VBD! the/DT vote/NN “/`` a/DT farce/NN ”/'' ./.",
	"\"/``! We/PRP are/VBP ready/JJ ,/, \"/''! Velk/NNP! told/VBD! reporters/NNS on/IN Tuesday/NNP ./.",
	"According/VBG! to/IN|TO a/DT report/NN by/IN the/DT United/NNP Nations/NNP|NNPS ,/, 300/CD people/NNS have/VBP fled/VBN ./.",
	"Asked/VBN whether/IN talks/NNS would/MD resume/VB ,/, Velk/NNP! said/VBD! :/: “/`` That/DT is/VBZ up/RB|IN|RP to/IN|TO Orlavia/NNP ./. ”/''",
	"The/DT Orlavian/JJ foreign/JJ ministry/NN said/VBD! in/IN a/DT statement/NN that/IN it/PRP “/`` categorically/RB rejects/VBZ! ”/'' the/DT accusations/NNS ./.",
	"Mr./NNP Velk/NNP! ,/, 64/CD ,/, has/VBZ denied/VBN! wrongdoing/NN ./.",
	"U.S./NNP officials/NNS say/VBP! the/DT deal/NN is/VBZ close/JJ|RB ./.",
	"“/`` There/EX is/VBZ no/DT crisis/NN ,/, ”/'' Tessin/NNP! insisted/VBD! —/: but/CC few/JJ believed/VBD her/PRP ./.",
	"A/DT government/NN spokesman/NN ,/, Ivo/NNP! Darr/NNP! ,/, confirmed/VBD! the/DT arrests/NNS late/RB|JJ on/IN Sunday/NNP ./.",
}

type newsToken struct {
	word string
	tags []Tag
	key  bool
}

func parseNewsCase(t *testing.T, c string) []newsToken {
	t.Helper()
	var toks []newsToken
	for _, field := range strings.Fields(c) {
		i := strings.LastIndex(field, "/")
		if i <= 0 {
			t.Fatalf("bad token %q in %q", field, c)
		}
		tok := newsToken{word: field[:i]}
		spec, key := strings.CutSuffix(field[i+1:], "!")
		tok.key = key
		for _, name := range strings.Split(spec, "|") {
			tg, ok := ParseTag(name)
			if !ok {
				t.Fatalf("bad tag %q in %q", name, c)
			}
			tok.tags = append(tok.tags, tg)
		}
		toks = append(toks, tok)
	}
	return toks
}

// newsErrors tags the cases and returns the key tags missed and the share of
// all tags right.
// With logMisses, every miss goes to the test log.
func newsErrors(t *testing.T, tg *Tagger, logMisses bool) (keyMisses []string, share float64) {
	right, total := 0, 0
	for _, c := range newsCases {
		toks := parseNewsCase(t, c)
		words := make([]string, len(toks))
		for i, tok := range toks {
			words[i] = tok.word
		}
		got := tg.Tag(words, nil)
		for i, tok := range toks {
			total++
			ok := false
			for _, want := range tok.tags {
				ok = ok || got[i] == want
			}
			if ok {
				right++
				continue
			}
			miss := fmt.Sprintf("%q in %q: got %s, want %v", tok.word, strings.Join(words, " "), got[i], tok.tags)
			if logMisses {
				t.Log(miss)
			}
			if tok.key {
				keyMisses = append(keyMisses, miss)
			}
		}
	}
	return keyMisses, float64(right) / float64(total)
}

func TestNewsSentences(t *testing.T) {
	t.Parallel()
	keyMisses, share := newsErrors(t, Default(), true)
	for _, m := range keyMisses {
		t.Errorf("key tag wrong: %s", m)
	}
	if share < 0.95 {
		t.Errorf("%.1f%% of the tags right, want at least 95%%", 100*share)
	}
}

// TestNewsSentencesRejectWeakModel shows the check above can fail: a model
// trained on a handful of sentences misses key tags.
func TestNewsSentencesRejectWeakModel(t *testing.T) {
	t.Parallel()
	weak := trainTiny(t)
	keyMisses, share := newsErrors(t, weak, false)
	if len(keyMisses) == 0 && share >= 0.95 {
		t.Errorf("a model trained on %d sentences passes the news check (%.1f%%): the check is too weak", len(tinyCorpus), 100*share)
	}
}
