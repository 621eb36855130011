package tag

import (
	"errors"
	"fmt"
	"github.com/brief-reader/brief/internal/splitmix"
	"math"
	"slices"
)

// Sentence is a training sentence: the words as written and their gold tags.
// Doc numbers its document: the lexicon features of a sentence are trained
// with a lexicon built without the documents of its fold (Doc modulo
// jackknifeFolds), so that they are learned as they will be used, on
// documents the lexicon has never seen.
type Sentence struct {
	Words []string
	Tags  []Tag
	Doc   int
}

// jackknifeFolds is how many parts the training documents are split into to
// train the lexicon features.
const jackknifeFolds = 10

// TrainConfig sets the training of a model. Training is deterministic: the
// same sentences and configuration give byte-identical model files.
type TrainConfig struct {
	Iterations   int     // passes over the sentences
	Seed         uint64  // seeds the shuffling of the sentences between passes
	DictMinCount int     // a word joins the tag dictionary after this many occurrences...
	DictMinShare float64 // ...if one tag has at least this share of them
	MinWeight    int     // quantised weights of smaller magnitude are dropped
}

// DefaultTrainConfig is the configuration of the embedded model.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Iterations: 12, Seed: 1, DictMinCount: 12, DictMinShare: 0.98, MinWeight: 2}
}

// featWeights are one feature's weights during training, with what
// averaging needs: the running total and the step of its last change.
type featWeights struct {
	cls []Tag
	w   []int32
	tot []int64
	ts  []int64
}

type trainer struct {
	feats   map[uint32]*featWeights
	step    int64
	classes []Tag
}

// Train trains an averaged perceptron on the sentences and returns the model
// file, in the format Load reads.
func Train(sents []Sentence, cfg TrainConfig) ([]byte, error) {
	if cfg.Iterations < 1 {
		return nil, errors.New("train: at least one iteration")
	}
	var seen [numTags]bool
	padded := make([][]wordInfo, len(sents))
	for i, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("train: sentence %d has %d words and %d tags", i, len(s.Words), len(s.Tags))
		}
		for j, tg := range s.Tags {
			if tg == None || tg >= numTags {
				return nil, fmt.Errorf("train: sentence %d, word %d: no tag", i, j)
			}
			seen[tg] = true
		}
		padded[i] = padSentence(s.Words)
	}
	tr := &trainer{feats: make(map[uint32]*featWeights)}
	for tg := Tag(1); tg < numTags; tg++ {
		if seen[tg] {
			tr.classes = append(tr.classes, tg)
		}
	}
	if len(tr.classes) == 0 {
		return nil, errors.New("train: no sentences")
	}
	lex, err := jackknife(sents, padded)
	if err != nil {
		return nil, err
	}
	dict := buildDict(sents, padded, cfg)
	dictTag := make(map[uint64]Tag, len(dict))
	for _, e := range dict {
		dictTag[e.key] = e.tag
	}

	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := splitmix.Source{State: cfg.Seed}
	var feats [numFeatures]uint32
	for it := 0; it < cfg.Iterations; it++ {
		shuffle(&rng, order)
		for _, si := range order {
			s, pad := sents[si], padded[si]
			p1, p2 := None, None
			for i, gold := range s.Tags {
				w := windowOf(pad[i : i+5])
				guess := dictTag[w[2].dict]
				if guess == None {
					contextFeatures(&feats, &w, p1, p2)
					guess = tr.predict(feats[:])
					tr.update(gold, guess, feats[:])
				}
				p2, p1 = p1, guess
			}
		}
	}
	m := tr.average(cfg.MinWeight)
	m.dict = dict
	m.lex = lex
	return m.encode(), nil
}

// padSentence normalises a sentence's words, with two padding positions on
// either side: the window of word i is the slice [i, i+5).
func padSentence(words []string) []wordInfo {
	pad := make([]wordInfo, 0, len(words)+4)
	pad = append(pad, outerInfo("-START2-"), outerInfo("-START-"))
	var sc scan
	for _, w := range words {
		pad = append(pad, sc.next(w))
	}
	return append(pad, outerInfo("-END-"), outerInfo("-END2-"))
}

// jackknife fills in the ambiguity classes of the training words, each fold
// from a lexicon of the other folds, and returns the lexicon of all the
// sentences, for the model.
func jackknife(sents []Sentence, padded [][]wordInfo) ([]lexEntry, error) {
	all := lexiconCounter{}
	var folds [jackknifeFolds]lexiconCounter
	foldOf := func(s Sentence) int { return (s.Doc%jackknifeFolds + jackknifeFolds) % jackknifeFolds }
	for i, s := range sents {
		f := foldOf(s)
		if folds[f] == nil {
			folds[f] = lexiconCounter{}
		}
		for j, tg := range s.Tags {
			all.add(padded[i][j+2].form, tg)
			folds[f].add(padded[i][j+2].form, tg)
		}
	}
	var lexes [jackknifeFolds]*lexicon
	for f, fc := range folds {
		if fc == nil {
			continue
		}
		l, err := newLexicon(all.build(fc))
		if err != nil {
			return nil, err
		}
		lexes[f] = l
	}
	for i, s := range sents {
		l := lexes[foldOf(s)]
		for j := range s.Words {
			info := &padded[i][j+2]
			info.amb = l.lookup(info.form)
		}
	}
	return all.build(nil), nil
}

// buildDict finds the frequent words that (nearly) always had one tag.
func buildDict(sents []Sentence, padded [][]wordInfo, cfg TrainConfig) []dictEntry {
	counts := make(map[uint64]*[numTags]int32)
	for i, s := range sents {
		for j, tg := range s.Tags {
			key := padded[i][j+2].dict
			c := counts[key]
			if c == nil {
				c = new([numTags]int32)
				counts[key] = c
			}
			c[tg]++
		}
	}
	var dict []dictEntry
	for key, c := range counts {
		total, best := int32(0), Tag(0)
		for tg := Tag(1); tg < numTags; tg++ {
			total += c[tg]
			if c[tg] > c[best] {
				best = tg
			}
		}
		if int(total) >= cfg.DictMinCount && float64(c[best]) >= cfg.DictMinShare*float64(total) {
			dict = append(dict, dictEntry{key, best})
		}
	}
	slices.SortFunc(dict, func(a, b dictEntry) int { return cmpUint64(a.key, b.key) })
	return dict
}

// predict scores the classes with the current (not averaged) weights.
func (tr *trainer) predict(feats []uint32) Tag {
	var scores [numTags]int64
	for _, f := range feats {
		if fw := tr.feats[f]; fw != nil {
			for k, c := range fw.cls {
				scores[c] += int64(fw.w[k])
			}
		}
	}
	best := tr.classes[0]
	for _, c := range tr.classes[1:] {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

func (tr *trainer) update(gold, guess Tag, feats []uint32) {
	tr.step++
	if gold == guess {
		return
	}
	for _, f := range feats {
		fw := tr.feats[f]
		if fw == nil {
			fw = &featWeights{}
			tr.feats[f] = fw
		}
		tr.nudge(fw, gold, 1)
		tr.nudge(fw, guess, -1)
	}
}

func (tr *trainer) nudge(fw *featWeights, c Tag, v int32) {
	k := slices.Index(fw.cls, c)
	if k < 0 {
		k = len(fw.cls)
		fw.cls = append(fw.cls, c)
		fw.w = append(fw.w, 0)
		fw.tot = append(fw.tot, 0)
		fw.ts = append(fw.ts, tr.step)
	}
	fw.tot[k] += (tr.step - fw.ts[k]) * int64(fw.w[k])
	fw.ts[k] = tr.step
	fw.w[k] += v
}

// average turns the weights into their averages over all steps, quantised to
// 16 bits with one scale for the whole model (only the order of the scores
// matters), dropping the weights that round to less than minWeight.
func (tr *trainer) average(minWeight int) *modelData {
	keys := make([]uint32, 0, len(tr.feats))
	for k := range tr.feats {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	avg := func(fw *featWeights, k int) float64 {
		return float64(fw.tot[k]+(tr.step-fw.ts[k])*int64(fw.w[k])) / float64(tr.step)
	}
	maxAbs := 0.0
	for _, key := range keys {
		fw := tr.feats[key]
		for k := range fw.cls {
			maxAbs = max(maxAbs, math.Abs(avg(fw, k)))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = math.MaxInt16 / maxAbs
	}
	m := &modelData{classes: tr.classes}
	for _, key := range keys {
		fw := tr.feats[key]
		idx := make([]int, len(fw.cls))
		for k := range idx {
			idx[k] = k
		}
		slices.SortFunc(idx, func(a, b int) int { return int(fw.cls[a]) - int(fw.cls[b]) })
		n := 0
		for _, k := range idx {
			q := math.Round(avg(fw, k) * scale)
			if math.Abs(q) < float64(minWeight) || q == 0 {
				continue
			}
			m.classOf = append(m.classOf, fw.cls[k])
			m.weight = append(m.weight, int16(q))
			n++
		}
		if n > 0 {
			m.keys = append(m.keys, key)
			m.counts = append(m.counts, uint8(n))
		}
	}
	return m
}

// shuffle is Fisher-Yates; the modulo bias is irrelevant here.
func shuffle(r *splitmix.Source, order []int) {
	for i := len(order) - 1; i > 0; i-- {
		j := int(r.Next() % uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
}
