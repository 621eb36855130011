// Package feed turns what publishers put on the web — RSS 2.0, Atom and
// JSON Feed documents, and article pages — into briefings, and fetches them
// over HTTP with the limits an unattended reader needs.
//
// Briefings made here carry paragraphs of plain prose but no attribution:
// whoever loads them (data.Load, the library) attributes them.
package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/mmcdole/gofeed"
)

// Feed is a parsed feed document, reduced to what a reader keeps.
type Feed struct {
	Title string // the feed's name, used as each item's publisher
	Link  string // the site the feed belongs to
	Items []Item
}

// Item is one entry of a feed. It is also what the library stores, so its
// JSON form is part of the on-disk format: add fields, never rename them.
type Item struct {
	GUID      string    `json:"guid,omitempty"`
	Link      string    `json:"link,omitempty"`
	Title     string    `json:"title,omitempty"`
	Author    string    `json:"author,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Updated   time.Time `json:"updated,omitzero"`
	// HTML is the body as the feed gave it: the full content
	// (content:encoded) when there is one, else the description. It is kept
	// raw so that better extraction later improves stored items too.
	HTML string `json:"html,omitempty"`
}

// ErrNotFeed is returned for a document that is not RSS, Atom or JSON Feed
// (an HTML page, say).
var ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")

// IsFeed reports whether a document looks like a feed from its first few
// hundred bytes: an XML document whose root is rss, feed or rdf:RDF, or a
// JSON object that names the JSON Feed version. It only looks at the
// start, so a cut-off head still answers.
func IsFeed(head []byte) bool {
	h := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(h) > 0 && h[0] == '{' {
		return bytes.Contains(h, []byte("jsonfeed.org/version"))
	}
	_, root := sniffMarkup(h)
	switch root {
	case "rss", "feed", "rdf:rdf", "rdf":
		return true
	}
	return false
}

// sniffMarkup reads the start of an XML or HTML document: the doctype
// name, if any, and the name of the first element, both lower-cased,
// after the XML declaration, comments and processing instructions.
func sniffMarkup(head []byte) (doctype, root string) {
	h := bytes.TrimLeft(head, " \t\r\n\ufeff")
	for len(h) > 0 && h[0] == '<' {
		var end []byte
		switch {
		case bytes.HasPrefix(h, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(h, []byte("<!--")):
			end = []byte("-->")
		case len(h) >= 9 && strings.EqualFold(string(h[:9]), "<!doctype"):
			doctype = strings.ToLower(string(firstWord(bytes.TrimLeft(h[9:], " \t\r\n"))))
			end = []byte(">")
		case bytes.HasPrefix(h, []byte("<!")):
			end = []byte(">")
		default:
			return doctype, strings.ToLower(string(firstWord(h[1:])))
		}
		i := bytes.Index(h, end)
		if i < 0 {
			return doctype, ""
		}
		h = bytes.TrimLeft(h[i+len(end):], " \t\r\n")
	}
	return doctype, ""
}

func firstWord(b []byte) []byte {
	if i := bytes.IndexAny(b, " \t\r\n/>["); i >= 0 {
		return b[:i]
	}
	return b
}

// Parse reads an RSS, Atom or JSON Feed document.
func Parse(raw []byte) (*Feed, error) {
	if gofeed.DetectFeedType(bytes.NewReader(raw)) == gofeed.FeedTypeUnknown {
		return nil, ErrNotFeed
	}
	p := gofeed.NewParser()
	// We drop images, so the translator's hunt for one (a whole HTML
	// parse of every item) is wasted work.
	p.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	f, err := p.Parse(bytes.NewReader(raw))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, ErrNotFeed
		}
		return nil, fmt.Errorf("malformed feed: %w", err)
	}
	out := &Feed{Title: inlineText(f.Title), Link: strings.TrimSpace(f.Link)}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		out.Items = append(out.Items, convertItem(it))
	}
	return out, nil
}

func convertItem(it *gofeed.Item) Item {
	out := Item{
		GUID:  strings.TrimSpace(it.GUID),
		Link:  strings.TrimSpace(it.Link),
		Title: it.Title,
		HTML:  it.Content,
	}
	if strings.TrimSpace(out.HTML) == "" {
		out.HTML = it.Description
	}
	if out.Link == "" && len(it.Links) > 0 {
		out.Link = strings.TrimSpace(it.Links[0])
	}
	out.Author = author(it)
	if it.PublishedParsed != nil {
		out.Published = it.PublishedParsed.UTC()
	}
	if it.UpdatedParsed != nil {
		out.Updated = it.UpdatedParsed.UTC()
	}
	return out
}

// author is the item's byline. A Dublin Core creator is taken as written:
// it is a name, and gofeed's "name (email)" reading of it mangles bylines
// such as "Envoy for the Rights of … (LGBTQI+) Persons".
func author(it *gofeed.Item) string {
	if dc := it.DublinCoreExt; dc != nil {
		for _, names := range [][]string{dc.Creator, dc.Author} {
			if s := strings.Join(nonEmpty(names), ", "); s != "" {
				return s
			}
		}
	}
	var names []string
	for _, p := range it.Authors {
		if p != nil {
			names = append(names, p.Name)
		}
	}
	return strings.Join(nonEmpty(names), ", ")
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Key identifies an item across fetches: its GUID, else its link, else a
// hash of what it says, so that the same story is stored once.
func (it Item) Key() string {
	if it.GUID != "" {
		return "guid:" + it.GUID
	}
	if it.Link != "" {
		return "link:" + it.Link
	}
	h := sha256.Sum256([]byte(it.Title + "\x00" + it.Published.String() + "\x00" + it.HTML))
	return "sum:" + hex.EncodeToString(h[:])
}

// Date is when the item was published, or else last updated; zero when the
// feed says neither.
func (it Item) Date() time.Time {
	if !it.Published.IsZero() {
		return it.Published
	}
	return it.Updated
}

// Briefing makes a briefing of the item, with publisher as the name of the
// feed it came from and path as where the feed was read from. Its ID is
// the item's (Item.ID), as the library gives it, so that one story has
// one ID however it is read.
func (it Item) Briefing(publisher, path string) (*data.Briefing, error) {
	b, err := build(meta{
		path:      path,
		title:     it.Title,
		author:    it.Author,
		publisher: publisher,
		source:    it.Link,
		date:      it.Date(),
	}, htmlBlocks(it.HTML))
	if err != nil {
		return nil, err
	}
	b.ID = it.ID()
	return b, nil
}
