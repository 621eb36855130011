// Command attrdebug shows what each stage of the attribution engine makes
// of a text: the tagged sentences, the cue frames and the statements.
//
//	go run ./tools/attrdebug "“We are ready,” Velk said."
//	go run ./tools/attrdebug -f story.txt
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/brief-reader/brief/data/attribution"
	"github.com/brief-reader/brief/data/gazetteer"
)

func main() {
	file := flag.String("f", "", "a plain-text file: the headline line, then one paragraph a line")
	parties := flag.String("parties", "", "parties the document declares, as a test does: 'Varanda=Varandan,Port Selin;Kestria=Kestrian'")
	candidates := flag.Bool("candidates", false, "print the statements before resolution, as JSON")
	flag.Parse()
	var paras []string
	title := ""
	switch {
	case *file != "":
		raw, err := os.ReadFile(*file)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
		title, paras = lines[0], lines[1:]
	default:
		paras = flag.Args()
	}
	e, errs := attribution.New("")
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, err)
	}
	doc := &attribution.Document{Title: title}
	for _, decl := range strings.Split(*parties, ";") {
		name, aliases, _ := strings.Cut(decl, "=")
		if name = strings.TrimSpace(name); name != "" {
			doc.Declared.Parties = append(doc.Declared.Parties, gazetteer.PartyEntry{Name: name, Aliases: strings.Split(aliases, ",")})
		}
	}
	for _, p := range paras {
		doc.Paragraphs = append(doc.Paragraphs, attribution.Paragraph{Text: p})
	}
	if *candidates {
		json.NewEncoder(os.Stdout).Encode(e.Candidates(doc))
		return
	}
	fmt.Print(e.Explain(doc))
}
