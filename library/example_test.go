package library_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/library"
)

// How the CLI and the reader use a library: subscribe, refresh, read the
// stored stories, remember which were opened.
func Example() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"1"`)
		if r.Header.Get("If-None-Match") == `"1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Almora Ministry</title>
<item><guid>1</guid><title>Marrow Welcomes Darsk Talks</title><pubDate>Tue, 14 Mar 2023 09:30:00 +0000</pubDate>
<description>Foreign Minister Ilse Marrow said the talks had opened a door.</description></item>
</channel></rss>`)
	}))
	defer srv.Close()
	dataDir, _ := os.MkdirTemp("", "brief-data")
	configDir, _ := os.MkdirTemp("", "brief-config")
	defer os.RemoveAll(dataDir)
	defer os.RemoveAll(configDir)

	// In brief: dataDir, configDir, err := library.Dirs()
	lib, err := library.Open(dataDir, configDir, library.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := lib.Subscribe(srv.URL + "/feed"); err != nil {
		fmt.Println(err)
	}
	for range 2 {
		report, err := lib.Refresh(context.Background(), nil)
		if err != nil {
			fmt.Println(err) // library.ErrOffline when no feed could be reached
		}
		for _, f := range report.Feeds {
			fmt.Println(f) // failures too, each with its reason
		}
	}
	attr, _ := data.NewAttributor("")
	stories, errs := lib.Briefings(attr)
	for _, b := range stories {
		fmt.Printf("%s · %s · %s · read: %v\n", b.Title, b.Publisher, b.Date.Format("2 Jan 2006"), lib.IsRead(b.ID))
		lib.MarkRead(b.ID)
		fmt.Println("read:", lib.IsRead(b.ID))
	}
	fmt.Println(len(errs), "unreadable")
	// Output:
	// Almora Ministry: 1 new
	// Almora Ministry: unchanged
	// Marrow Welcomes Darsk Talks · Almora Ministry · 14 Mar 2023 · read: false
	// read: true
	// 0 unreadable
}
