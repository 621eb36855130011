// Command train-tagger trains the part-of-speech model embedded in
// data/tag from the CC-BY and public-domain documents of the GUM treebank
// (Universal Dependencies English GUM), and reports its accuracy on held-out
// documents.
//
//	go run ./tools/train-tagger -gum PATH_OR_GITDIR -out data/tag/model.bin
//
// PATH_OR_GITDIR is a checkout of UD_English-GUM or its git directory (bare
// or not; read with the git command at -rev). The same documents and flags
// give a byte-identical model.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/brief-reader/brief/data/tag"
)

type config struct {
	gum, rev string
	genres   []string // GUM genres to read, a subset of licensedGenres
	out      string   // where the model goes; empty: nowhere
	eval     string   // a model file to evaluate instead of training one
	verbose  bool
	fold     int // which tenth of each genre is held out
	train    tag.TrainConfig
}

func main() {
	def := tag.DefaultTrainConfig()
	var c config
	flag.StringVar(&c.gum, "gum", "", "UD_English-GUM checkout or git directory (required)")
	flag.StringVar(&c.rev, "rev", "HEAD", "revision to read when -gum is a git directory")
	flag.StringVar(&c.out, "out", "data/tag/model.bin", "model file to write")
	flag.StringVar(&c.eval, "eval", "", "evaluate this model file on the held-out documents instead of training")
	flag.IntVar(&c.fold, "fold", 4, "hold out the documents at this position modulo 10 in each genre (0-9)")
	flag.BoolVar(&c.verbose, "v", false, "also print per-genre figures and the commonest confusions")
	flag.IntVar(&c.train.Iterations, "iterations", def.Iterations, "passes over the training sentences")
	flag.Uint64Var(&c.train.Seed, "seed", def.Seed, "seed of the sentence shuffles")
	flag.IntVar(&c.train.DictMinCount, "dict-min-count", def.DictMinCount, "occurrences for the tag dictionary")
	flag.Float64Var(&c.train.DictMinShare, "dict-min-share", def.DictMinShare, "share of the commonest tag for the tag dictionary")
	flag.IntVar(&c.train.MinWeight, "min-weight", def.MinWeight, "drop quantised weights below this magnitude")
	genres := flag.String("genres", strings.Join(licensedGenres, ","), "comma-separated GUM genres to use (a subset of the default)")
	flag.Parse()
	c.genres = strings.Split(*genres, ",")
	if c.gum == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "train-tagger:", err)
		os.Exit(1)
	}
}

func run(c config, w io.Writer) error {
	docs, err := readGUM(c.gum, c.rev, c.genres)
	if err != nil {
		return err
	}
	corpus, err := prepare(docs, c.fold)
	if err != nil {
		return err
	}
	var model []byte
	if c.eval != "" {
		if model, err = os.ReadFile(c.eval); err != nil {
			return err
		}
	} else {
		if model, err = tag.Train(corpus.train, c.train); err != nil {
			return err
		}
		if c.out != "" {
			if err := os.WriteFile(c.out, model, 0o644); err != nil {
				return err
			}
		}
	}
	t, err := tag.Load(model)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "documents: %d training (%d sentences, %d tokens), %d held out\n",
		corpus.trainDocs, len(corpus.train), corpus.trainTokens, len(corpus.test))
	fmt.Fprintf(w, "model: %d bytes\n", len(model))
	if c.verbose {
		fmt.Fprint(w, "held-out documents:")
		for _, d := range corpus.test {
			fmt.Fprint(w, " ", d.name)
		}
		fmt.Fprintln(w)
	}
	report(w, evaluate(t, corpus), c.verbose)
	return nil
}

// corpus is the training sentences and the held-out documents.
type corpus struct {
	train       []tag.Sentence
	trainDocs   int
	trainTokens int
	vocab       map[string]bool // lower-cased training words, for unknown-word figures
	test        []testDoc
}

type testDoc struct {
	name, genre string
	sents       []gumSentence
}

// prepare parses the documents, holds some out, and writes some training
// sentences the other ways news is written: contractions whole, curly quotes
// for straight ones and back. Which sentences is fixed by their position, so
// the corpus, and so the model, is the same on every run.
func prepare(docs []sourceDoc, fold int) (*corpus, error) {
	c := &corpus{vocab: map[string]bool{}}
	held := heldOut(docs, fold)
	ordinal := uint64(0)
	for i, d := range docs {
		sents, err := parseCoNLLU(d.name, d.text)
		if err != nil {
			return nil, err
		}
		if held[i] {
			c.test = append(c.test, testDoc{d.name, d.genre, sents})
			continue
		}
		c.trainDocs++
		for _, s := range sents {
			ordinal++
			pick := (ordinal * 0x9E3779B97F4A7C15) >> 60
			ts := s.split()
			if len(s.mwts) > 0 && pick&1 != 0 {
				ts = s.merged()
			}
			if pick&2 != 0 && hasQuotes(ts) {
				ts = restyled(ts)
			}
			ts.Doc = c.trainDocs
			c.train = append(c.train, ts)
			c.trainTokens += len(ts.Words)
			for _, w := range ts.Words {
				c.vocab[lower(w)] = true
			}
		}
	}
	if len(c.train) == 0 || len(c.test) == 0 {
		return nil, fmt.Errorf("%d training and %d held-out documents: need both", c.trainDocs, len(c.test))
	}
	return c, nil
}
