// Command speakers prints the speaker picker's entries for a set of
// briefings, most statements first, as the reader's picker offers them:
// one entry per person or body, groups marked. It is how the picker is
// checked by hand on a large corpus.
//
//	go run ./tools/speakers -n 100 ../shared/corpus
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/views"
)

func main() {
	n := flag.Int("n", 100, "how many entries to print")
	flag.Parse()
	attr, errs := data.NewAttributor("")
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, err)
	}
	bs, errs := data.Load(flag.Args(), os.Stdin, data.LoadOptions{Attributor: attr})
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, err)
	}
	lib := views.NewLibrary(attr)
	lib.Add(bs...)
	all := make([]int32, lib.StatementCount())
	for i := range all {
		all[i] = int32(i)
	}
	items := lib.SpeakerItems(all, true)
	slices.SortStableFunc(items, func(a, b views.PickItem) int { return b.Count - a.Count })
	for i, it := range items {
		if i == *n {
			break
		}
		fmt.Printf("%4d  %-48s %s\n", it.Count, it.Label, it.Detail)
	}
}
