package cli

import (
	"slices"
	"testing"
)

func TestBrowserCommand(t *testing.T) {
	t.Parallel()
	const u = "https://news.example/tesmar/ceasefire?x=1&y=2"
	tests := []struct {
		name, browser, goos string
		want                []string
	}{
		{"xdg-open on Linux", "", "linux", []string{"xdg-open", u}},
		{"open on macOS", "", "darwin", []string{"open", u}},
		{"$BROWSER wins", "firefox", "linux", []string{"firefox", u}},
		{"$BROWSER with options", "firefox --new-tab", "darwin", []string{"firefox", "--new-tab", u}},
		{"%s stands for the address", "lynx -dump %s -nolist", "linux", []string{"lynx", "-dump", u, "-nolist"}},
		{"the first of a list", ":w3m:lynx", "linux", []string{"w3m", u}},
		{"a blank $BROWSER is none", "  ", "linux", []string{"xdg-open", u}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := browserCommand(u, tt.browser, tt.goos)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	for _, bad := range []string{"file:///etc/passwd", "javascript:alert(1)", "-https://x.example", "https://", "example (invented for brief)", "ftp://x.example/f"} {
		if argv, err := browserCommand(bad, "", "linux"); err == nil {
			t.Errorf("%q: %q, want refused", bad, argv)
		}
	}
}
