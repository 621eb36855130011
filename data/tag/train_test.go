package tag

import (
	"bytes"
	"strings"
	"testing"
)

// tinyCorpus is a few invented sentences, enough to train a (weak) model.
var tinyCorpus = func() []Sentence {
	lines := []string{
		"The/DT minister/NN said/VBD the/DT talks/NNS failed/VBD ./.",
		"Velk/NNP told/VBD reporters/NNS that/IN Kestria/NNP would/MD wait/VB ./.",
		"“/`` We/PRP are/VBP ready/JJ ,/, ”/'' she/PRP said/VBD ./.",
		"Orlavia/NNP has/VBZ rejected/VBN the/DT plan/NN ./.",
		"The/DT ministers/NNS of/IN Tesmar/NNP met/VBD on/IN Monday/NNP ./.",
		"It/PRP is/VBZ not/RB clear/JJ whether/IN the/DT border/NN will/MD open/VB ./.",
	}
	var out []Sentence
	for i, l := range lines {
		var s Sentence
		for _, f := range strings.Fields(l) {
			j := strings.LastIndex(f, "/")
			tg, ok := ParseTag(f[j+1:])
			if !ok {
				panic("bad tag in tinyCorpus: " + f)
			}
			s.Words = append(s.Words, f[:j])
			s.Tags = append(s.Tags, tg)
		}
		s.Doc = i
		out = append(out, s)
	}
	return out
}()

func trainTiny(t *testing.T) *Tagger {
	t.Helper()
	cfg := DefaultTrainConfig()
	cfg.DictMinCount = 3
	file, err := Train(tinyCorpus, cfg)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestTrainIsDeterministic(t *testing.T) {
	t.Parallel()
	cfg := DefaultTrainConfig()
	cfg.DictMinCount = 3
	a, err := Train(tinyCorpus, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(tinyCorpus, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same sentences gave different models")
	}
	cfg.Seed++
	c, err := Train(tinyCorpus, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a, c) {
		t.Error("the seed changes nothing: is the shuffle used?")
	}
}

func TestTrainLearnsItsCorpus(t *testing.T) {
	t.Parallel()
	tg := trainTiny(t)
	for _, s := range tinyCorpus {
		got := tg.Tag(s.Words, nil)
		for i := range got {
			if got[i] != s.Tags[i] {
				t.Errorf("%q in %q: got %s, want %s", s.Words[i], strings.Join(s.Words, " "), got[i], s.Tags[i])
			}
		}
	}
}

func TestTrainRejectsBadInput(t *testing.T) {
	t.Parallel()
	cfg := DefaultTrainConfig()
	for name, sents := range map[string][]Sentence{
		"no sentences":   nil,
		"length differs": {{Words: []string{"a", "b"}, Tags: []Tag{DT}}},
		"no tag":         {{Words: []string{"a"}, Tags: []Tag{None}}},
		"tag too big":    {{Words: []string{"a"}, Tags: []Tag{numTags}}},
	} {
		if _, err := Train(sents, cfg); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	cfg.Iterations = 0
	if _, err := Train(tinyCorpus, cfg); err == nil {
		t.Error("zero iterations: no error")
	}
}
