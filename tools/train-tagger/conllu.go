package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/brief-reader/brief/data/tag"
)

// gumSentence is one sentence of a document: its syntactic words with their
// XPOS tags, and the multi-word tokens that group some of them as written
// ("don't" is do + n't, "Trump's" is Trump + 's).
type gumSentence struct {
	words []string
	tags  []tag.Tag
	mwts  []multiWord
}

type multiWord struct {
	first, last int // word indices, inclusive
	form        string
}

// parseCoNLLU reads the sentences of one document. Empty nodes (IDs like
// 8.1) are not words of the text and are skipped.
func parseCoNLLU(name string, text []byte) ([]gumSentence, error) {
	var sents []gumSentence
	var cur gumSentence
	flush := func() {
		if len(cur.words) > 0 {
			sents = append(sents, cur)
		}
		cur = gumSentence{}
	}
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" {
			flush()
			continue
		}
		if strings.HasPrefix(s, "#") {
			continue
		}
		fields := strings.Split(s, "\t")
		if len(fields) < 5 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 10", name, line, len(fields))
		}
		id := fields[0]
		if strings.Contains(id, ".") {
			continue
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || first < 1 || last < first {
				return nil, fmt.Errorf("%s:%d: bad range %q", name, line, id)
			}
			cur.mwts = append(cur.mwts, multiWord{first - 1, last - 1, fields[1]})
			continue
		}
		if n, err := strconv.Atoi(id); err != nil || n != len(cur.words)+1 {
			return nil, fmt.Errorf("%s:%d: word %q out of order", name, line, id)
		}
		tg, ok := tag.ParseTag(fields[4])
		if !ok {
			return nil, fmt.Errorf("%s:%d: unknown XPOS %q", name, line, fields[4])
		}
		cur.words = append(cur.words, fields[1])
		cur.tags = append(cur.tags, tg)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	flush()
	for i, s := range sents {
		for _, m := range s.mwts {
			if m.last >= len(s.words) {
				return nil, fmt.Errorf("%s: sentence %d: range %d-%d past its %d words", name, i+1, m.first+1, m.last+1, len(s.words))
			}
		}
	}
	return sents, nil
}

// split is the sentence as the treebank tokenises it: "do" + "n't".
func (s gumSentence) split() tag.Sentence {
	return tag.Sentence{Words: s.words, Tags: s.tags}
}

// merged is the sentence as a tokeniser that keeps contractions whole writes
// it: "don't", "it's", "Trump's", "gonna". The whole token takes the tag of
// its first part (VBP, PRP, NNP, VBG): the head a later stage looks for.
func (s gumSentence) merged() tag.Sentence {
	var out tag.Sentence
	next := 0
	for _, m := range s.mwts {
		if m.first < next {
			continue // overlapping ranges: keep the first
		}
		out.Words = append(out.Words, s.words[next:m.first]...)
		out.Tags = append(out.Tags, s.tags[next:m.first]...)
		out.Words = append(out.Words, m.form)
		out.Tags = append(out.Tags, s.tags[m.first])
		next = m.last + 1
	}
	out.Words = append(out.Words, s.words[next:]...)
	out.Tags = append(out.Tags, s.tags[next:]...)
	return out
}

// hasQuotes reports a straight or curly quotation mark or apostrophe.
func hasQuotes(s tag.Sentence) bool {
	for _, w := range s.Words {
		if strings.ContainsAny(w, "\"'“”‘’") {
			return true
		}
	}
	return false
}

// restyled writes the sentence's quotation marks and apostrophes the other
// way: curly if it had straight ones, straight if it had any curly one. Gold
// tags tell opening quotes from closing ones. News arrives in both styles;
// GUM is mostly straight.
func restyled(s tag.Sentence) tag.Sentence {
	curly := false
	for _, w := range s.Words {
		if strings.ContainsAny(w, "“”‘’") {
			curly = true
		}
	}
	out := tag.Sentence{Words: make([]string, len(s.Words)), Tags: s.Tags}
	for i, w := range s.Words {
		if curly {
			out.Words[i] = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'").Replace(w)
			continue
		}
		switch {
		case w == `"` && s.Tags[i] == tag.OpenQuote:
			out.Words[i] = "“"
		case w == `"`:
			out.Words[i] = "”"
		case w == "'" && s.Tags[i] == tag.OpenQuote:
			out.Words[i] = "‘"
		default:
			out.Words[i] = strings.ReplaceAll(w, "'", "’")
		}
	}
	return out
}
