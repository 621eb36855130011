package feed

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
)

// meta is what a feed item or a page says about itself beside its text.
type meta struct {
	path      string // the feed or page it was read from
	title     string // may hold HTML, unless plain
	author    string // may hold HTML, unless plain
	publisher string // may hold HTML, unless plain
	plain     bool   // the fields above are text already: decoding them again would be wrong
	source    string // the item's or page's own address
	date      time.Time
}

// build makes a briefing from extracted blocks by writing them as Markdown
// and handing that to data.Parse, the parser every briefing goes through:
// feed items and pages get the same sanitising, transcript turns ("MR
// PRICE: …") and datelines as files do.
func build(m meta, blocks []block) (*data.Briefing, error) {
	text := inlineText
	if m.plain {
		text = clean
	}
	title := text(m.title)
	if title == "" && len(blocks) > 0 {
		title = firstWords(clean(blocks[0].text), 80)
	}
	if title == "" {
		title = "(untitled)"
	}
	// Cut here, not when the story is parsed: a title of a megabyte would
	// not fit the front matter written below, and the item would never load.
	title = data.CapLine(title, data.MaxTitle)
	var doc strings.Builder
	doc.WriteString("---\ntitle: ")
	doc.WriteString(yamlString(title))
	doc.WriteString("\n---\n\n")
	doc.WriteString(markdown(blocks))
	b, err := data.Parse("item.md", []byte(doc.String()))
	if err != nil {
		return nil, err
	}
	b.ID = Slug(title)
	if b.ID == "" {
		b.ID = "item"
	}
	b.Path = m.path
	b.Title = title
	b.Author = data.CapLine(text(m.author), data.MaxTitle)
	b.Publisher = data.CapLine(text(m.publisher), data.MaxTitle)
	b.Source = clean(m.source) // a URL: "&copy=1" in a query is not an entity
	b.Date = m.date
	if len(b.Paragraphs) == 0 {
		b.Warnings = append(b.Warnings, "no text")
	}
	return b, nil
}

// yamlString quotes s as a YAML scalar: a JSON string is a valid YAML
// double-quoted one, whatever s holds.
func yamlString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // encoding a string cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}
