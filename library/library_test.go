package library

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

func TestSubscriptions(t *testing.T) {
	l := open(t)
	const (
		almora   = "https://mfa.almora.example/feed/"
		corvenia = "https://news.corvenia.example/rss"
		council  = "http://council.northern-league.example/feed.json"
	)
	subscribe(t, l, almora, corvenia, council)

	tests := []struct {
		name    string
		do      func() error
		wantErr error  // errors.Is target
		errText string // or text the error must contain
		want    []string
	}{
		{"subscribe twice", func() error { return l.Subscribe(" " + almora + " ") }, ErrAlreadySubscribed, "", []string{almora, corvenia, council}},
		{"not a URL", func() error { return l.Subscribe("feed.rss") }, nil, "not an http or https URL", []string{almora, corvenia, council}},
		{"another scheme", func() error { return l.Subscribe("file:///etc/passwd") }, nil, "not an http or https URL", []string{almora, corvenia, council}},
		{"unsubscribe by number", func() error { _, err := l.Unsubscribe("2"); return err }, nil, "", []string{almora, council}},
		{"unsubscribe by URL", func() error { _, err := l.Unsubscribe(council); return err }, nil, "", []string{almora}},
		{"unsubscribe unknown URL", func() error { _, err := l.Unsubscribe(corvenia); return err }, ErrNotSubscribed, "", []string{almora}},
		{"number out of range", func() error { _, err := l.Unsubscribe("2"); return err }, nil, "no subscription number 2 (there are 1)", []string{almora}},
		{"number zero", func() error { _, err := l.Unsubscribe("0"); return err }, nil, "no subscription number 0", []string{almora}},
		{"subscribe again", func() error { return l.Subscribe(corvenia) }, nil, "", []string{almora, corvenia}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.do()
			switch {
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Errorf("error %v, want %v", err, tt.wantErr)
			case tt.errText != "" && (err == nil || !strings.Contains(err.Error(), tt.errText)):
				t.Errorf("error %v, want one containing %q", err, tt.errText)
			case tt.wantErr == nil && tt.errText == "" && err != nil:
				t.Errorf("error %v", err)
			}
			subs, err := l.Subscriptions()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range subs {
				got = append(got, s.URL)
				if s.Name() != s.URL || !s.LastRefresh.IsZero() {
					t.Errorf("never refreshed, yet %+v", s)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("subscriptions %q, want %q", got, tt.want)
			}
		})
	}
}

// The subscriptions file is plain text a user may edit: comments and
// blank lines survive changes, and hand-added URLs count.
func TestSubscriptionsFileIsPlainText(t *testing.T) {
	l := open(t)
	hand := "# my feeds\n\nhttps://mfa.almora.example/feed/\r\n# Corvenia, added by hand:\nhttps://news.corvenia.example/rss\n"
	if err := os.WriteFile(l.subscriptionsFile(), []byte(hand), 0o644); err != nil {
		t.Fatal(err)
	}
	subscribe(t, l, "https://council.northern-league.example/feed.json")
	if _, err := l.Unsubscribe("https://mfa.almora.example/feed/"); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(l.subscriptionsFile())
	if err != nil {
		t.Fatal(err)
	}
	want := "# my feeds\n\n# Corvenia, added by hand:\nhttps://news.corvenia.example/rss\nhttps://council.northern-league.example/feed.json\n"
	if string(raw) != want {
		t.Errorf("file:\n%s\nwant:\n%s", raw, want)
	}
	fresh := open(t)
	subscribe(t, fresh, "https://news.corvenia.example/rss")
	raw, _ = os.ReadFile(fresh.subscriptionsFile())
	if !strings.HasPrefix(string(raw), "# brief subscriptions") || !strings.HasSuffix(string(raw), "\nhttps://news.corvenia.example/rss\n") {
		t.Errorf("new file:\n%s", raw)
	}
}

func TestReadState(t *testing.T) {
	l := open(t)
	if l.IsRead("marrow-welcomes-darsk-talks-1a2b3c4d") {
		t.Fatal("read before anything was opened")
	}
	for _, id := range []string{"marrow-welcomes-darsk-talks-1a2b3c4d", "000_9ff3adb9c3e641cd", "marrow-welcomes-darsk-talks-1a2b3c4d"} {
		if err := l.MarkRead(id); err != nil {
			t.Fatal(err)
		}
	}
	// Another brief running on the same library marks stories too.
	other, err := Open(l.dataDir, l.configDir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !other.IsRead("000_9ff3adb9c3e641cd") {
		t.Error("read state not kept on disk")
	}
	if err := other.MarkRead("greve-to-visit-vell-99aa88bb"); err != nil {
		t.Fatal(err)
	}
	if err := l.MarkRead("prisoner-exchange-agreed-12345678"); err != nil {
		t.Fatal(err)
	}
	reopened, err := Open(l.dataDir, l.configDir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"marrow-welcomes-darsk-talks-1a2b3c4d", "000_9ff3adb9c3e641cd", "greve-to-visit-vell-99aa88bb", "prisoner-exchange-agreed-12345678"} {
		if !reopened.IsRead(id) {
			t.Errorf("%s: mark lost", id)
		}
	}
	if reopened.IsRead("consulate-reopens-00000000") {
		t.Error("a story never opened is read")
	}
}

func TestMarkReadConcurrently(t *testing.T) {
	l := open(t)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.MarkRead(fmt.Sprintf("story-%d", i)); err != nil {
				t.Error(err)
			}
			l.IsRead("story-0")
		}()
	}
	wg.Wait()
	reopened, err := Open(l.dataDir, l.configDir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		if !reopened.IsRead(fmt.Sprintf("story-%d", i)) {
			t.Errorf("story-%d: mark lost", i)
		}
	}
}

func TestDirs(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the XDG layout is the Linux one")
	}
	home := t.TempDir()
	tests := []struct {
		name, dataHome, configHome string
		wantData, wantConfig       string
	}{
		{"XDG variables", "/srv/xdg/data", "/srv/xdg/config", "/srv/xdg/data/brief", "/srv/xdg/config/brief"},
		{"defaults", "", "", filepath.Join(home, ".local", "share", "brief"), filepath.Join(home, ".config", "brief")},
		{"a relative XDG_DATA_HOME is ignored", "relative/data", "", filepath.Join(home, ".local", "share", "brief"), filepath.Join(home, ".config", "brief")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("HOME", home)
			t.Setenv("XDG_DATA_HOME", tt.dataHome)
			t.Setenv("XDG_CONFIG_HOME", tt.configHome)
			data, config, err := Dirs()
			if err != nil {
				t.Fatal(err)
			}
			if data != tt.wantData || config != tt.wantConfig {
				t.Errorf("Dirs() = %q, %q; want %q, %q", data, config, tt.wantData, tt.wantConfig)
			}
		})
	}
}

func TestOpenNeedsFolders(t *testing.T) {
	if _, err := Open("", t.TempDir(), Options{}); err == nil {
		t.Error("no error without a data folder")
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	if _, err := Open(file, t.TempDir(), Options{}); err == nil {
		t.Error("no error with a file for a data folder")
	}
}
