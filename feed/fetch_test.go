package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const smallFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Almora</title>
<item><title>One</title><guid>1</guid><description>Text.</description></item></channel></rss>`

// serve starts a loopback server for one test.
func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	t.Parallel()
	// 2 MiB of zeros, twice the client's limit below, that travel as a
	// few KiB. (8 MiB crossed no other limit, and compressing them was
	// most of this test's time under -race: issue #13.)
	var zipped bytes.Buffer
	gz := gzip.NewWriter(&zipped)
	gz.Write(make([]byte, 2<<20))
	gz.Close()
	bomb := zipped.Bytes()

	const etag = `"v1"`
	const lastMod = "Tue, 14 Mar 2023 09:30:00 GMT"
	conditional := func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(smallFeed))
	}
	tests := []struct {
		name         string
		handler      http.HandlerFunc
		path         string
		validators   Validators
		wantBody     string
		notModified  bool
		wantValidate Validators
		wantErr      string
		timeout      time.Duration // default 10s: only the slow server waits for it
	}{
		{name: "normal", handler: conditional, wantBody: smallFeed, wantValidate: Validators{etag, lastMod}},
		{name: "304 on ETag", handler: conditional, validators: Validators{ETag: etag}, notModified: true, wantValidate: Validators{ETag: etag}},
		{name: "304 on Last-Modified", handler: conditional, validators: Validators{LastModified: lastMod}, notModified: true, wantValidate: Validators{LastModified: lastMod}},
		{name: "stale validators fetch again", handler: conditional, validators: Validators{ETag: `"v0"`}, wantBody: smallFeed, wantValidate: Validators{etag, lastMod}},
		{name: "HTTP error", handler: http.NotFound, wantErr: "HTTP 404 Not Found"},
		{
			name: "redirect followed",
			handler: func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/old" {
					http.Redirect(w, r, "/new", http.StatusMovedPermanently)
					return
				}
				w.Write([]byte(smallFeed))
			},
			path:     "/old",
			wantBody: smallFeed,
		},
		{
			name: "redirect loop",
			handler: func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, r.URL.Path, http.StatusFound)
			},
			wantErr: "more than 3 redirects",
		},
		{
			name: "redirect to another scheme",
			handler: func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
			},
			wantErr: "only http and https are followed",
		},
		{
			name: "slow server",
			handler: func(w http.ResponseWriter, r *http.Request) {
				select {
				case <-r.Context().Done():
				case <-time.After(10 * time.Second):
				}
			},
			timeout: 200 * time.Millisecond,
			wantErr: "timed out after 200ms",
		},
		{
			name: "50 MB response is cut at the limit",
			handler: func(w http.ResponseWriter, r *http.Request) {
				chunk := bytes.Repeat([]byte("<p>Almora</p>\n"), 4096)
				for sent := 0; sent < 50<<20; sent += len(chunk) {
					if _, err := w.Write(chunk); err != nil {
						return // the client hung up at its limit
					}
				}
			},
			wantErr: "response too large: over 1 MiB",
		},
		{
			name: "exactly at the limit is fine",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Write(bytes.Repeat([]byte("a"), 1<<20))
			},
			wantBody: strings.Repeat("a", 1<<20),
		},
		{
			name: "gzip is asked for and undone",
			handler: func(w http.ResponseWriter, r *http.Request) {
				if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
					http.Error(w, "gzip only", http.StatusNotAcceptable)
					return
				}
				w.Header().Set("Content-Encoding", "gzip")
				gz := gzip.NewWriter(w)
				gz.Write([]byte(smallFeed))
				gz.Close()
			},
			wantBody: smallFeed,
		},
		{
			name: "a gzip bomb is cut at the limit",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(bomb)
			},
			wantErr: "response too large",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.handler)
			timeout := tt.timeout
			if timeout == 0 {
				timeout = 10 * time.Second
			}
			c := NewClient(Options{Timeout: timeout, MaxBytes: 1 << 20, MaxRedirects: 3})
			resp, err := c.Get(context.Background(), srv.URL+tt.path, tt.validators)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(resp.Body) != tt.wantBody || resp.NotModified != tt.notModified {
				t.Errorf("body %d bytes, not modified %v; want %d bytes, %v", len(resp.Body), resp.NotModified, len(tt.wantBody), tt.notModified)
			}
			if tt.wantValidate != (Validators{}) && resp.Validators != tt.wantValidate {
				t.Errorf("validators %+v, want %+v", resp.Validators, tt.wantValidate)
			}
		})
	}
}

func TestGetTLS(t *testing.T) {
	t.Parallel()
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(smallFeed))
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake is expected
	srv.StartTLS()
	defer srv.Close()
	// The test server's certificate is self-signed: a client that verifies
	// certificates, as the default one does, must refuse it.
	if _, err := NewClient(Options{}).Get(context.Background(), srv.URL, Validators{}); err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Errorf("unverified certificate accepted: error %v", err)
	}
	// One that trusts the test CA fetches it.
	resp, err := NewClient(Options{Transport: srv.Client().Transport}).Get(context.Background(), srv.URL, Validators{})
	if err != nil || string(resp.Body) != smallFeed {
		t.Errorf("trusted server: error %v", err)
	}
}

func TestGetRefusesOtherSchemes(t *testing.T) {
	t.Parallel()
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/feed", "javascript:alert(1)", "example.org/feed", ""} {
		if _, err := NewClient(Options{}).Get(context.Background(), u, Validators{}); err == nil {
			t.Errorf("%q: no error", u)
		}
	}
}

func TestIsOffline(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close() // nothing listens there now: connection refused
	_, refused := NewClient(Options{}).Get(context.Background(), closed.URL, Validators{})
	notFound := serve(t, http.NotFound)
	_, status := NewClient(Options{}).Get(context.Background(), notFound.URL, Validators{})
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"connection refused", refused, true},
		{"HTTP error", status, false},
		{"too large", ErrTooLarge, false},
		{"cancelled", context.Canceled, false},
	}
	for _, tt := range tests {
		if tt.err == nil {
			t.Fatalf("%s: no error", tt.name)
		}
		if got := IsOffline(tt.err); got != tt.want {
			t.Errorf("%s: IsOffline(%v) = %v, want %v", tt.name, tt.err, got, tt.want)
		}
	}
}
