package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Options bound what one request may cost. Zero values take the defaults.
type Options struct {
	Timeout      time.Duration     // per request, headers and body together; default 30s
	MaxBytes     int64             // per response body, after gzip is undone; default 16 MiB
	MaxRedirects int               // default 5
	UserAgent    string            // default "brief/1 (+feed reader)"
	Transport    http.RoundTripper // nil: the standard transport, TLS verified; tests pass httptest's
}

const (
	defaultTimeout      = 30 * time.Second
	defaultMaxBytes     = 16 << 20
	defaultMaxRedirects = 5
	defaultUserAgent    = "brief/1 (+feed reader)"
)

// Client fetches feeds and pages. It is safe for concurrent use.
type Client struct {
	http *http.Client
	opts Options
}

// ErrTooLarge is returned when a response body is over Options.MaxBytes.
var ErrTooLarge = errors.New("response too large")

// NewClient makes a Client with opts, filling in defaults.
func NewClient(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = defaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = defaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = defaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = defaultUserAgent
	}
	transport := opts.Transport
	if transport == nil {
		// A clone, not DefaultTransport itself, so no one else's tweaks
		// (or ours) leak across; it keeps certificate verification on and
		// asks for gzip, undoing it transparently.
		transport = http.DefaultTransport.(*http.Transport).Clone()
	}
	max := opts.MaxRedirects
	c := &http.Client{
		Transport: transport,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if !httpScheme(req.URL) {
				return fmt.Errorf("redirect to %q refused: only http and https are followed", req.URL.Redacted())
			}
			if len(via) > max {
				return fmt.Errorf("more than %d redirects", max)
			}
			return nil
		},
	}
	return &Client{http: c, opts: opts}
}

func httpScheme(u *url.URL) bool {
	return u.Scheme == "http" || u.Scheme == "https"
}

// IsURL reports whether a path given on the command line is an http(s) URL.
func IsURL(path string) bool {
	u, err := url.Parse(path)
	return err == nil && httpScheme(u) && u.Host != ""
}

// Validators are what a server said about a response so that the next
// request for it can be conditional.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Response is a fetched document.
type Response struct {
	URL         string // after redirects
	ContentType string
	Body        []byte
	Validators  Validators
	NotModified bool // the server answered 304: what we have is current
}

// Get fetches rawURL. With validators from an earlier response the request
// is conditional, and an unchanged document costs a 304 with no body.
func (c *Client) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || !httpScheme(u) || u.Host == "" {
		return nil, fmt.Errorf("not an http or https URL: %q", rawURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, text/html;q=0.8, */*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, c.explain(err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL:         resp.Request.URL.String(),
		ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{
			ETag:         resp.Header.Get("ETag"),
			LastModified: resp.Header.Get("Last-Modified"),
		},
	}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		out.Validators = mergeValidators(out.Validators, v)
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	// One byte over the limit tells "exactly at the limit" from "cut".
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, c.explain(err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, fmt.Errorf("%w: over %s", ErrTooLarge, byteSize(c.opts.MaxBytes))
	}
	out.Body = body
	return out, nil
}

// mergeValidators keeps the old validators a 304 did not repeat.
func mergeValidators(got, had Validators) Validators {
	if got.ETag == "" {
		got.ETag = had.ETag
	}
	if got.LastModified == "" {
		got.LastModified = had.LastModified
	}
	return got
}

// explain turns transport errors into reasons a reader can act on.
func (c *Client) explain(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("timed out after %s: %w", c.opts.Timeout, err)
	}
	return err
}

// IsOffline reports whether err means the network could not be reached at
// all (no route, no DNS, connection refused), as opposed to a server that
// answered badly.
func IsOffline(err error) bool {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial"
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// contentTypeIs reports whether a Content-Type header names one of types.
func contentTypeIs(header string, types ...string) bool {
	mt, _, _ := strings.Cut(strings.ToLower(header), ";")
	mt = strings.TrimSpace(mt)
	for _, t := range types {
		if mt == t {
			return true
		}
	}
	return false
}
