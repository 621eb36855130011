package feed

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data"
)

// Feeds and pages load through data.Load like any other path, mixed with
// plain files, and URLs are fetched.
func TestFormatsWithLoad(t *testing.T) {
	t.Parallel()
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			http.ServeFile(w, r, filepath.Join("testdata", "almora.rss"))
		case "/feed-as-text": // a server that mislabels its feed
			w.Header().Set("Content-Type", "text/plain")
			w.Write(readTestdata(t, "corvenia.atom"))
		case "/article":
			http.ServeFile(w, r, filepath.Join("testdata", "article.html"))
		case "/image":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		default:
			http.NotFound(w, r)
		}
	})
	plain := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(plain, []byte("Vell Talks\n\nThe minister said the talks went well.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		paths      []string
		wantTitles []string
		wantErrs   []string
	}{
		{
			name:       "feed file",
			paths:      []string{"testdata/corvenia.atom"},
			wantTitles: []string{"Darsk Says River Accord Talks Will Resume", "Greve to Visit Vell"},
		},
		{
			name:       "page file and a plain file",
			paths:      []string{"testdata/article.html", plain},
			wantTitles: []string{"Almora and Corvenia Sign Water Accord", "Vell Talks"},
		},
		{
			name:       "JSON Feed file",
			paths:      []string{"testdata/council.json"},
			wantTitles: []string{"Council Session on the Hask Crossing", "Agenda Published"},
		},
		{
			name:       "feed URL",
			paths:      []string{srv.URL + "/feed"},
			wantTitles: []string{"Foreign Minister Marrow Welcomes the Darsk Talks", "Corvenia & Almora Agree on Prisoner Exchange", "The ministry confirmed that the consulate in Darsk will reopen on Monday after…", "Statement on the Anniversary of the Hask Accord"},
		},
		{
			name:       "feed URL served as text/plain",
			paths:      []string{srv.URL + "/feed-as-text"},
			wantTitles: []string{"Darsk Says River Accord Talks Will Resume", "Greve to Visit Vell"},
		},
		{
			name:       "page URL",
			paths:      []string{srv.URL + "/article"},
			wantTitles: []string{"Almora and Corvenia Sign Water Accord"},
		},
		{
			name:       "URLs that fail are reported, the rest load",
			paths:      []string{srv.URL + "/missing", srv.URL + "/image", "testdata/malformed.rss", "testdata/corvenia.atom"},
			wantErrs:   []string{"/missing: HTTP 404 Not Found", "/image: neither a feed nor a web page (image/png)", "malformed.rss: malformed feed"},
			wantTitles: []string{"Darsk Says River Accord Talks Will Resume", "Greve to Visit Vell"},
		},
	}
	opts := data.LoadOptions{Formats: Formats(NewClient(Options{}))}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs, errs := data.Load(tt.paths, nil, opts)
			var titles []string
			for _, b := range bs {
				titles = append(titles, b.Title)
				if b.Shape != data.ShapeMarkdown && b.Shape != data.ShapeTranscript && b.Shape != data.ShapePlain {
					t.Errorf("%q: shape %q", b.Title, b.Shape)
				}
			}
			if strings.Join(titles, "\n") != strings.Join(tt.wantTitles, "\n") {
				t.Errorf("titles %q\nwant   %q", titles, tt.wantTitles)
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors %v, want %d", errs, len(tt.wantErrs))
			}
			for i, err := range errs {
				if !strings.Contains(err.Error(), tt.wantErrs[i]) {
					t.Errorf("error %q, want it to contain %q", err, tt.wantErrs[i])
				}
			}
		})
	}
}

// A folder of feeds, pages and text loads whole: the loader asks the
// formats about files whose extension it does not know.
func TestFormatsInAFolder(t *testing.T) {
	t.Parallel()
	bs, errs := data.Load([]string{"testdata"}, nil, data.LoadOptions{Formats: Formats(nil)})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "malformed.rss") {
		t.Errorf("errors %v, want only malformed.rss", errs)
	}
	publishers := map[string]int{}
	for _, b := range bs {
		publishers[b.Publisher]++
	}
	var got []string
	for p, n := range publishers {
		got = append(got, fmt.Sprintf("%s:%d", p, n))
	}
	sort.Strings(got)
	want := []string{"Corvenian News Agency:2", "Northern League Council:2", "Press Releases – Ministry of Foreign Affairs of Almora:4", "Vell Herald:1"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("stories by publisher %v, want %v", got, want)
	}
}

// The acceptance: the State Department snapshot lists its ten
// items with clean text, attributed by the loader.
func TestSharedFeedThroughLoad(t *testing.T) {
	t.Parallel()
	sharedFeeds(t)
	path := filepath.Join("..", "..", "shared", "feeds", "state-dept-press-releases-2022-08-03.rss")
	bs, errs := data.Load([]string{path}, nil, data.LoadOptions{Formats: Formats(nil)})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(bs) != 10 {
		t.Fatalf("%d stories, want 10", len(bs))
	}
	ids := map[string]bool{}
	statements := 0
	for _, b := range bs {
		if ids[b.ID] {
			t.Errorf("duplicate ID %q", b.ID)
		}
		ids[b.ID] = true
		statements += len(b.Statements)
	}
	t.Logf("%d statements in 10 items", statements)
	probe := &data.Briefing{Paragraphs: []data.Paragraph{{Text: "Foreign Minister Ilse Marrow said that the talks would resume."}}}
	attr, _ := data.NewAttributor("")
	if attr.Attribute(probe); len(probe.Statements) == 0 {
		t.Log("the attributor finds nothing yet: statements not checked")
		return
	}
	if statements == 0 {
		t.Error("the loader attributed no statement in the snapshot")
	}
}
