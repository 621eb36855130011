// Package library keeps the stories a user follows: the feeds they
// subscribe to (a plain file in the config folder), the items fetched from
// them (one file per item in the data folder), what has been read, and a
// refresh that fetches every subscription.
//
// Everything on disk is written atomically, so a crash or a kill at any
// moment leaves every stored file whole and the library readable. The
// library works offline: reading it never touches the network.
//
// Layout:
//
//	CONFIG/subscriptions.txt   one feed URL per line, # comments
//	DATA/items/ID.json         one stored item each
//	DATA/feeds.json            per feed: title, validators, last refresh, last error, item count
//	DATA/read.json             IDs of the stories opened
package library

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/brief-reader/brief/feed"
)

// Options tune a library; the zero value is ready to use.
type Options struct {
	Client  *feed.Client // nil: feed.NewClient with its default limits
	Workers int          // feeds fetched at once; default 4
}

// Library is one user's library. Its methods are safe for concurrent use.
type Library struct {
	dataDir, configDir string
	client             *feed.Client
	workers            int

	// mu serialises the read-modify-write of the small state files
	// within this process; across processes, atomic renames keep each
	// file whole and the last writer wins.
	mu   sync.Mutex
	read map[string]bool

	refreshing atomic.Bool
}

// Open opens the library kept in dataDir and configDir, creating the
// folders as needed, and tidies what a killed refresh may have left.
func Open(dataDir, configDir string, opts Options) (*Library, error) {
	if dataDir == "" || configDir == "" {
		return nil, errors.New("library: data and config folders are required")
	}
	for _, d := range []string{filepath.Join(dataDir, "items"), configDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	l := &Library{dataDir: dataDir, configDir: configDir, client: opts.Client, workers: opts.Workers}
	if l.client == nil {
		l.client = feed.NewClient(feed.Options{})
	}
	if l.workers <= 0 {
		l.workers = 4
	}
	removeStaleTemps(l.itemsDir(), time.Hour)
	removeStaleTemps(dataDir, time.Hour)
	removeStaleTemps(configDir, time.Hour)
	read, err := l.loadRead()
	if err != nil {
		return nil, err
	}
	l.read = read
	return l, nil
}

// Dirs gives the folders a library lives in by default: the data folder
// $XDG_DATA_HOME/brief (~/.local/share/brief when unset) and the config
// folder os.UserConfigDir()/brief.
func Dirs() (dataDir, configDir string, err error) {
	config, err := os.UserConfigDir()
	if err != nil {
		return "", "", err
	}
	data := os.Getenv("XDG_DATA_HOME")
	if !filepath.IsAbs(data) { // the XDG spec says to ignore a relative path
		home, err := os.UserHomeDir()
		if err != nil {
			return "", "", err
		}
		data = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(data, "brief"), filepath.Join(config, "brief"), nil
}

func (l *Library) itemsDir() string          { return filepath.Join(l.dataDir, "items") }
func (l *Library) stateFile() string         { return filepath.Join(l.dataDir, "feeds.json") }
func (l *Library) readFile() string          { return filepath.Join(l.dataDir, "read.json") }
func (l *Library) subscriptionsFile() string { return filepath.Join(l.configDir, "subscriptions.txt") }
