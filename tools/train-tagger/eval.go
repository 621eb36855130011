package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/brief-reader/brief/data/tag"
)

// score counts right tags among all, and among words unseen in training.
type score struct {
	right, total               int
	unknownRight, unknownTotal int
}

func (s *score) add(o score) {
	s.right += o.right
	s.total += o.total
	s.unknownRight += o.unknownRight
	s.unknownTotal += o.unknownTotal
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func (s score) String() string {
	return fmt.Sprintf("%6.2f%% of %6d tokens, unknown words %6.2f%% of %5d",
		pct(s.right, s.total), s.total, pct(s.unknownRight, s.unknownTotal), s.unknownTotal)
}

// variant is one way of writing the held-out sentences.
type variant struct {
	name    string
	rewrite func(gumSentence) tag.Sentence
}

var variants = []variant{
	{"as written in GUM", gumSentence.split},
	{"contractions whole", gumSentence.merged},
	{"quotes restyled", func(s gumSentence) tag.Sentence { return restyled(s.split()) }},
}

type confusion struct{ gold, guess tag.Tag }

// cueVerbs are common speech verbs: attribution needs them tagged as verbs,
// and in the right form (said VBD or VBN).
var cueVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "saying": true, "tell": true, "tells": true, "told": true,
	"add": true, "adds": true, "added": true, "announce": true, "announced": true, "claim": true,
	"claimed": true, "deny": true, "denied": true, "explain": true, "explained": true, "note": true,
	"noted": true, "report": true, "reported": true, "state": true, "stated": true, "warn": true,
	"warned": true, "ask": true, "asked": true, "according": true,
}

// evaluation is the figures of each variant, overall and by genre.
type evaluation struct {
	overall   []score
	byGenre   []map[string]*score
	confusion map[confusion]int // as written
	cues      score             // cue verbs as written, when tagged as verbs in GUM
}

func evaluate(t *tag.Tagger, c *corpus) evaluation {
	ev := evaluation{
		overall:   make([]score, len(variants)),
		byGenre:   make([]map[string]*score, len(variants)),
		confusion: map[confusion]int{},
	}
	var out []tag.Tag
	for vi, v := range variants {
		ev.byGenre[vi] = map[string]*score{}
		for _, d := range c.test {
			g := ev.byGenre[vi][d.genre]
			if g == nil {
				g = &score{}
				ev.byGenre[vi][d.genre] = g
			}
			for _, gs := range d.sents {
				s := v.rewrite(gs)
				out = t.Tag(s.Words, out)
				var sc score
				for i, gold := range s.Tags {
					right := out[i] == gold
					if vi == 0 && cueVerbs[lower(s.Words[i])] && gold.IsVerb() {
						ev.cues.total++
						if right {
							ev.cues.right++
						}
					}
					known := c.vocab[lower(s.Words[i])]
					sc.total++
					if right {
						sc.right++
					} else if vi == 0 {
						ev.confusion[confusion{gold, out[i]}]++
					}
					if !known {
						sc.unknownTotal++
						if right {
							sc.unknownRight++
						}
					}
				}
				g.add(sc)
				ev.overall[vi].add(sc)
			}
		}
	}
	return ev
}

func report(w io.Writer, ev evaluation, verbose bool) {
	for vi, v := range variants {
		fmt.Fprintf(w, "held out, %s:\n  all   %s\n", v.name, ev.overall[vi])
		genres := make([]string, 0, len(ev.byGenre[vi]))
		for g := range ev.byGenre[vi] {
			genres = append(genres, g)
		}
		slices.Sort(genres)
		for _, g := range genres {
			if g == "news" || verbose {
				fmt.Fprintf(w, "  %-5.5s %s\n", g, *ev.byGenre[vi][g])
			}
		}
	}
	fmt.Fprintf(w, "cue verbs (say, told, added, according...) tagged as verbs in GUM: %.2f%% of %d right\n",
		pct(ev.cues.right, ev.cues.total), ev.cues.total)
	if !verbose {
		return
	}
	type row struct {
		c confusion
		n int
	}
	var rows []row
	for c, n := range ev.confusion {
		rows = append(rows, row{c, n})
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(b.n-a.n, int(a.c.gold)-int(b.c.gold), int(a.c.guess)-int(b.c.guess))
	})
	fmt.Fprintln(w, "commonest confusions (gold -> tagged), as written:")
	for _, r := range rows[:min(len(rows), 20)] {
		fmt.Fprintf(w, "  %-5s -> %-5s %d\n", r.c.gold, r.c.guess, r.n)
	}
}

func lower(w string) string { return strings.ToLower(w) }
