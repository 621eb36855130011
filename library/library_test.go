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
	t.Parallel()
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

// The files of the library before the database (subscriptions.txt with
// the user's comments, feeds.json, read.json) are taken in once, in
// order, and kept renamed NAME.migrated.
func TestMigrationFromFiles(t *testing.T) {
	t.Parallel()
	dataDir, configDir := t.TempDir(), t.TempDir()
	hand := "# my feeds\n\nhttps://mfa.almora.example/feed/\r\n# Corvenia, added by hand:\nhttps://news.corvenia.example/rss\nhttps://mfa.almora.example/feed/\n"
	state := `{"version": 1, "feeds": {"https://mfa.almora.example/feed/": {"title": "Almora MFA",
		"validators": {"etag": "\"abc\""}, "last_refresh": "2031-05-01T10:00:00Z", "items": 3}}}`
	read := `{"version": 1, "read": ["marrow-welcomes-darsk-talks-1a2b3c4d", "000_9ff3adb9c3e641cd"]}`
	for path, body := range map[string]string{
		filepath.Join(configDir, "subscriptions.txt"): hand,
		filepath.Join(dataDir, "feeds.json"):          state,
		filepath.Join(dataDir, "read.json"):           read,
	} {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for round := range 2 { // the second open finds nothing more to take in
		l, err := Open(dataDir, configDir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		subs, err := l.Subscriptions()
		if err != nil {
			t.Fatal(err)
		}
		if len(subs) != 2 || subs[0].URL != "https://mfa.almora.example/feed/" || subs[1].URL != "https://news.corvenia.example/rss" {
			t.Fatalf("round %d: subscriptions %+v", round, subs)
		}
		if subs[0].Title != "Almora MFA" || subs[0].LastRefresh.Year() != 2031 || subs[0].validators.ETag != `"abc"` {
			t.Errorf("round %d: feed state not taken in: %+v", round, subs[0])
		}
		for _, id := range []string{"marrow-welcomes-darsk-talks-1a2b3c4d", "000_9ff3adb9c3e641cd"} {
			if !l.IsRead(id) {
				t.Errorf("round %d: %s: read mark lost", round, id)
			}
		}
		if round == 0 && (len(l.Notes) != 1 || !strings.Contains(l.Notes[0], "read.json")) {
			t.Errorf("notes %q; want one naming the files taken in", l.Notes)
		}
		if round == 1 && len(l.Notes) != 0 {
			t.Errorf("second open: notes %q", l.Notes)
		}
		l.Close()
	}
	for _, f := range []string{filepath.Join(configDir, "subscriptions.txt"), filepath.Join(dataDir, "feeds.json"), filepath.Join(dataDir, "read.json")} {
		if _, err := os.Stat(f + ".migrated"); err != nil {
			t.Errorf("%s: not kept: %v", f, err)
		}
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s: still there, to be taken in again", f)
		}
	}
}

// A read.json that cannot be read is named, kept where it is, and does
// not stop the library from opening.
func TestMigrationKeepsADamagedFile(t *testing.T) {
	t.Parallel()
	dataDir, configDir := t.TempDir(), t.TempDir()
	bad := filepath.Join(dataDir, "read.json")
	if err := os.WriteFile(bad, []byte(`{"read": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Open(dataDir, configDir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if len(l.Notes) != 1 || !strings.Contains(l.Notes[0], bad) {
		t.Errorf("notes %q; want one naming %s", l.Notes, bad)
	}
	if _, err := os.Stat(bad); err != nil {
		t.Errorf("the damaged file was moved: %v", err)
	}
}

func TestReadState(t *testing.T) {
	t.Parallel()
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
	other := reopen(t, l)
	if !other.IsRead("000_9ff3adb9c3e641cd") {
		t.Error("read state not kept on disk")
	}
	if err := other.MarkRead("greve-to-visit-vell-99aa88bb"); err != nil {
		t.Fatal(err)
	}
	if err := l.MarkRead("prisoner-exchange-agreed-12345678"); err != nil {
		t.Fatal(err)
	}
	reopened := reopen(t, l)
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
	t.Parallel()
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
	reopened := reopen(t, l)
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
	t.Parallel()
	if _, err := Open("", t.TempDir(), Options{}); err == nil {
		t.Error("no error without a data folder")
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	if _, err := Open(file, t.TempDir(), Options{}); err == nil {
		t.Error("no error with a file for a data folder")
	}
}
