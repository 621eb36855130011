package feed

import (
	"context"
	"fmt"
	"strings"
)

// NotFeedError is Check's answer for a document that is not a feed: a
// web page (with the feeds it links to, if any), or something else.
type NotFeedError struct {
	ContentType string   // as the server said; "" when it said nothing
	Page        bool     // an HTML page
	Feeds       []string // the feeds the page advertises, absolute URLs
}

func (e *NotFeedError) Error() string {
	switch {
	case e.Page && len(e.Feeds) == 1:
		return "a web page, not a feed; it links to " + e.Feeds[0]
	case e.Page && len(e.Feeds) > 1:
		return "a web page, not a feed; it links to " + strings.Join(e.Feeds, ", ")
	case e.Page:
		return "a web page, not a feed, and it links to none"
	case e.ContentType == "":
		return "not a feed (no Content-Type)"
	}
	return fmt.Sprintf("not a feed (%s)", e.ContentType)
}

// Check fetches url once and returns nil when it is a feed brief can
// read (RSS, Atom or JSON Feed, even one with no items yet), or why not:
// the request's failure ("HTTP 404 Not Found"), a *NotFeedError, or a
// malformed feed. A subscription is checked so, once, rather than left
// to fail at every refresh.
func (c *Client) Check(ctx context.Context, url string) error {
	resp, err := c.Get(ctx, url, Validators{})
	if err != nil {
		return err
	}
	if IsFeed(resp.Body) || contentTypeIs(resp.ContentType, "application/rss+xml", "application/atom+xml", "application/feed+json") {
		_, err := Parse(resp.Body)
		return err
	}
	if IsHTML(resp.Body) || contentTypeIs(resp.ContentType, "text/html", "application/xhtml+xml") {
		return &NotFeedError{ContentType: resp.ContentType, Page: true, Feeds: FeedLinks(resp.Body, resp.URL)}
	}
	return &NotFeedError{ContentType: resp.ContentType}
}
