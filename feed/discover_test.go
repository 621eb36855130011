package feed

import (
	"strings"
	"testing"
)

func TestFeedLinks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, page, url string
		want            []string
	}{
		{
			name: "relative and absolute links, in order, once each",
			page: `<!DOCTYPE html><html><head>
				<link rel="alternate" type="application/rss+xml" title="Press releases" href="/press/feed/">
				<link rel="alternate" type="application/atom+xml" href="https://mfa.almora.example/atom.xml">
				<link rel="alternate" type="application/feed+json; charset=utf-8" href="feed.json">
				<link rel="alternate" type="application/rss+xml" href="/press/feed/">
				<link rel="stylesheet" type="text/css" href="/style.css">
				<link rel="alternate" hreflang="fr" href="/fr/">
				</head><body><link rel="alternate" type="application/rss+xml" href="/in-body.rss"></body></html>`,
			url:  "https://mfa.almora.example/press/index.html",
			want: []string{"https://mfa.almora.example/press/feed/", "https://mfa.almora.example/atom.xml", "https://mfa.almora.example/press/feed.json"},
		},
		{
			name: "only http(s) feeds",
			page: `<html><head><link rel="alternate" type="application/rss+xml" href="javascript:alert(1)"><link rel="alternate" type="application/rss+xml" href="ftp://x/feed"></head></html>`,
			url:  "https://mfa.almora.example/",
		},
		{name: "no feeds", page: "<html><head><title>x</title></head><body><p>Text</p></body></html>", url: "https://x.example/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FeedLinks([]byte(tt.page), tt.url)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
