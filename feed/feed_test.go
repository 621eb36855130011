package feed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func texts(b *data.Briefing) []string {
	var out []string
	for _, p := range b.Paragraphs {
		t := p.Text
		if p.Label != "" {
			t = p.Label + ": " + t
		}
		out = append(out, t)
	}
	return out
}

func TestParseFeeds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file      string
		publisher string
		items     []wantItem
	}{
		{
			file:      "almora.rss",
			publisher: "Press Releases – Ministry of Foreign Affairs of Almora",
			items: []wantItem{{
				title:    "Foreign Minister Marrow Welcomes the Darsk Talks",
				date:     "2023-03-14T09:30:00Z",
				source:   "https://mfa.almora.example/press/darsk-talks/",
				author:   "Office of the Spokesperson",
				guid:     "https://mfa.almora.example/?p=101",
				dateline: "Vell", // data.Parse finds it and title-cases it
				paras: []string{
					"VELL – Foreign Minister Ilse Marrow said on Tuesday that the talks in Darsk had “opened a door that was shut for a decade.”",
					"“We will walk through it carefully,” she told reporters, adding that Almora expected Corvenia to honour the river accord.",
				},
			}, {
				title:  "Corvenia & Almora Agree on Prisoner Exchange",
				date:   "2023-03-13T16:00:00Z",
				source: "https://mfa.almora.example/press/exchange/",
				guid:   "https://mfa.almora.example/?p=100",
				paras:  []string{"Spokesperson Tobin Achterberg said the exchange would take place at the border crossing at Hask & that twelve detainees would be released."},
			}, {
				// No title: the start of the text stands in for it.
				title:  "The ministry confirmed that the consulate in Darsk will reopen on Monday after…",
				date:   "2023-03-12T08:00:00Z",
				source: "https://mfa.almora.example/press/untitled/",
				paras:  []string{"The ministry confirmed that the consulate in Darsk will reopen on Monday after a two-year closure."},
			}, {
				// No body: the item still loads, with its title and a warning.
				title:  "Statement on the Anniversary of the Hask Accord",
				date:   "2023-03-11T08:00:00Z",
				source: "https://mfa.almora.example/press/anniversary/",
			}},
		},
		{
			file:      "corvenia.atom",
			publisher: "Corvenian News Agency",
			items: []wantItem{{
				title:  "Darsk Says River Accord Talks Will Resume",
				date:   "2023-03-15T10:00:00Z", // only <updated>: it stands in for the date
				source: "https://news.corvenia.example/2023/03/15/river-accord",
				author: "Mira Oskarsdottir",
				guid:   "urn:uuid:corvenia-entry-1",
				paras: []string{
					"Talks to resume",
					"Corvenian Prime Minister Anton Greve said the talks would resume in April.",
					"“Water is not a weapon,” Greve said.",
					"Delegations will meet in Vell.",
					"Observers from the Northern League will attend.",
				},
				styles: []data.Block{data.BlockHeading, data.BlockText, data.BlockQuote, data.BlockItem, data.BlockItem},
			}, {
				title:  "Greve to Visit Vell",
				date:   "2023-03-14T08:00:00Z", // published wins over updated
				source: "https://news.corvenia.example/2023/03/14/greve-visit",
				guid:   "urn:uuid:corvenia-entry-2",
				paras:  []string{"The prime minister will travel to Vell next week, his office said."},
			}},
		},
		{
			file:      "council.json",
			publisher: "Northern League Council",
			items: []wantItem{{
				title:  "Council Session on the Hask Crossing",
				date:   "2023-03-16T11:00:00Z",
				source: "https://council.northern-league.example/sessions/31",
				author: "Council Secretariat",
				guid:   "nl-2023-031",
				paras: []string{
					"Chair Elin Baptiste said the council would send observers to Hask.",
					"The Corvenian delegate, Pavel Stroud, said his government \"welcomes any neutral eyes\".",
				},
			}, {
				title:  "Agenda Published",
				date:   "2023-03-10T09:00:00Z",
				source: "https://council.northern-league.example/sessions/30",
				guid:   "nl-2023-030",
				paras:  []string{"The agenda for session 31 is published."},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := Parse(readTestdata(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.publisher {
				t.Errorf("feed title %q, want %q", f.Title, tt.publisher)
			}
			if len(f.Items) != len(tt.items) {
				t.Fatalf("%d items, want %d", len(f.Items), len(tt.items))
			}
			for i, want := range tt.items {
				it := f.Items[i]
				if it.GUID != want.guid {
					t.Errorf("item %d: GUID %q, want %q", i+1, it.GUID, want.guid)
				}
				b, err := it.Briefing(f.Title, tt.file)
				if err != nil {
					t.Fatalf("item %d: %v", i+1, err)
				}
				want.check(t, b, tt.publisher, tt.file)
			}
		})
	}
}

type wantItem struct {
	title, date, source, author, guid, dateline string
	paras                                       []string
	styles                                      []data.Block
}

func (w wantItem) check(t *testing.T, b *data.Briefing, publisher, path string) {
	t.Helper()
	date, _ := time.Parse(time.RFC3339, w.date)
	if b.Title != w.title || !b.Date.Equal(date) || b.Source != w.source || b.Author != w.author {
		t.Errorf("got title %q date %v source %q author %q\nwant title %q date %v source %q author %q",
			b.Title, b.Date, b.Source, b.Author, w.title, date, w.source, w.author)
	}
	if b.Publisher != publisher || b.Path != path || b.Shape != data.ShapeMarkdown || b.Dateline != w.dateline {
		t.Errorf("%q: publisher %q path %q shape %q dateline %q", w.title, b.Publisher, b.Path, b.Shape, b.Dateline)
	}
	// The ID is the one the library gives: a slug of the title, or
	// "item" for an item without one, and 12 digits of its key's hash.
	cut := len(b.ID) - IDHashDigits - 1
	if cut < 1 || b.ID[cut] != '-' || (b.ID[:cut] != Slug(w.title) && b.ID[:cut] != "item") {
		t.Errorf("ID %q, want a slug of the title and %d hash digits", b.ID, IDHashDigits)
	}
	got := texts(b)
	if strings.Join(got, "\n") != strings.Join(w.paras, "\n") {
		t.Errorf("%q paragraphs:\n got %q\nwant %q", w.title, got, w.paras)
	}
	for i, s := range w.styles {
		if i < len(b.Paragraphs) && b.Paragraphs[i].Style.Block != s {
			t.Errorf("%q ¶%d: block %v, want %v", w.title, i+1, b.Paragraphs[i].Style.Block, s)
		}
	}
	if len(w.paras) == 0 && len(b.Warnings) == 0 {
		t.Errorf("%q: an item with no text carries no warning", w.title)
	}
}

func TestParseRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		raw     []byte
		notFeed bool // ErrNotFeed rather than a parse error
	}{
		{"malformed XML", readTestdata(t, "malformed.rss"), false},
		{"an HTML page", readTestdata(t, "article.html"), true},
		{"plain text", []byte("Almora and Corvenia met today."), true},
		{"empty", nil, true},
		{"JSON that is not a feed", []byte(`{"version": 2, "items": "none"}`), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.raw)
			if err == nil {
				t.Fatalf("no error; got %d items", len(f.Items))
			}
			if (err == ErrNotFeed) != tt.notFeed {
				t.Errorf("error %v; want ErrNotFeed: %v", err, tt.notFeed)
			}
		})
	}
}

func TestItemKey(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b Item
		same bool
	}{
		{"same GUID, other link", Item{GUID: "g1", Link: "https://a.example/1"}, Item{GUID: "g1", Link: "https://a.example/2"}, true},
		{"other GUIDs", Item{GUID: "g1"}, Item{GUID: "g2"}, false},
		{"no GUID, same link", Item{Link: "https://a.example/1", Title: "x"}, Item{Link: "https://a.example/1", Title: "y"}, true},
		{"neither, same content", Item{Title: "t", HTML: "<p>x</p>"}, Item{Title: "t", HTML: "<p>x</p>"}, true},
		{"neither, other content", Item{Title: "t", HTML: "<p>x</p>"}, Item{Title: "t", HTML: "<p>y</p>"}, false},
		{"a GUID that looks like a link is not a link", Item{GUID: "https://a.example/1"}, Item{Link: "https://a.example/1"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Key() == tt.b.Key(); got != tt.same {
				t.Errorf("keys %q and %q: same = %v, want %v", tt.a.Key(), tt.b.Key(), got, tt.same)
			}
		})
	}
}

func TestIsFeed(t *testing.T) {
	t.Parallel()
	tests := []struct {
		head string
		want bool
	}{
		{`<?xml version="1.0"?><rss version="2.0"><channel>`, true},
		{"\ufeff<?xml version=\"1.0\"?>\n<!-- a comment -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", true},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, true},
		{`{"version": "https://jsonfeed.org/version/1.1", "title": "x"}`, true},
		{`<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"><rss version="0.91">`, true},
		{`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modu`, true}, // cut off mid-tag
		{`{"title": "not a feed", "items": []}`, false},
		{`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, false},
		{`<!DOCTYPE html><html><body>`, false},
		{`Almora – plain text`, false},
	}
	for _, tt := range tests {
		if got := IsFeed([]byte(tt.head)); got != tt.want {
			t.Errorf("IsFeed(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

// Text is decoded once: an escaped entity in the feed stays visible, and a
// link's query string is not read as entities.
func TestDecodedOnce(t *testing.T) {
	t.Parallel()
	it := Item{
		Link: "https://mfa.almora.example/search?q=1&copy=2&amp;x",
		HTML: "<p>The code &amp;amp; stays, as does AT&amp;T.</p>",
	}
	b, err := it.Briefing("Almora", "x")
	if err != nil {
		t.Fatal(err)
	}
	if b.Source != it.Link {
		t.Errorf("source %q, want %q", b.Source, it.Link)
	}
	want := "The code &amp; stays, as does AT&T."
	if b.Title != want || b.Paragraphs[0].Text != want {
		t.Errorf("title %q, text %q; want %q", b.Title, b.Paragraphs[0].Text, want)
	}
}
