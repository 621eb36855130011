// Package library keeps the stories a user follows: the feeds they
// subscribe to, the items fetched from them (one file per item in the
// data folder), what has been read or starred, and a refresh that fetches
// every subscription.
//
// The item files are the stories' one true copy, written atomically; the
// database (package store) indexes them with their parsed text and
// attribution, and keeps the subscriptions, the marks and a refresh log.
// A damaged database is rebuilt from the files and the store's journal;
// the library works offline: reading it never touches the network.
//
// Layout:
//
//	DATA/brief.db              the database (store.FileName), WAL mode
//	DATA/state.log             every mark, star and subscription, appended
//	DATA/items/ID.json         one stored item each
//
// Before the database, the library kept CONFIG/subscriptions.txt,
// DATA/feeds.json and DATA/read.json; Open takes them in once and renames
// them NAME.migrated when that has succeeded.
package library

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/brief-reader/brief/feed"
	"github.com/brief-reader/brief/store"
)

// DefaultCap is the most items a feed keeps, and stores in one refresh,
// when Options.Cap is 0.
const DefaultCap = 2000

// Options tune a library; the zero value is ready to use.
type Options struct {
	Client  *feed.Client // nil: feed.NewClient with its default limits
	Workers int          // feeds fetched at once; default 4
	Cap     int          // items per feed, per refresh and in all; default DefaultCap
}

// Library is one user's library. Its methods are safe for concurrent use.
type Library struct {
	dataDir, configDir string
	client             *feed.Client
	workers            int
	cap                int
	db                 *store.DB

	// Notes are what Open did that a user should hear of: a migration,
	// a damaged database rebuilt, stored files that could not be read.
	Notes []string

	mu        sync.Mutex
	marks     map[string]store.Mark // loaded on first use; see IsRead
	marksOnce sync.Once
	marksErr  error

	stmtStars     map[string]bool // starred statements by key; see IsStatementStarred
	stmtStarsOnce sync.Once

	refreshing atomic.Bool
}

// Open opens the library kept in dataDir and configDir, creating the
// folders as needed: it opens the database (rebuilding a damaged one from
// the item files), takes in the files of older versions, and takes in the
// items a killed refresh stored but did not record.
func Open(dataDir, configDir string, opts Options) (*Library, error) {
	if dataDir == "" || configDir == "" {
		return nil, errors.New("library: data and config folders are required")
	}
	for _, d := range []string{filepath.Join(dataDir, "items"), configDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			if errors.Is(err, os.ErrPermission) {
				return nil, fmt.Errorf("%s: %w: brief cannot write there (%v)", d, store.ErrReadOnly, err)
			}
			return nil, err
		}
	}
	l := &Library{dataDir: dataDir, configDir: configDir, client: opts.Client, workers: opts.Workers, cap: opts.Cap}
	if l.client == nil {
		l.client = feed.NewClient(feed.Options{})
	}
	if l.workers <= 0 {
		l.workers = 4
	}
	if l.cap <= 0 {
		l.cap = DefaultCap
	}
	removeStaleTemps(l.itemsDir(), time.Hour)
	removeStaleTemps(dataDir, time.Hour)
	removeStaleTemps(configDir, time.Hour)
	db, err := store.OpenOrRebuild(dataDir)
	if err != nil {
		return nil, err
	}
	l.db = db
	if err := l.afterOpen(); err != nil {
		db.Close()
		return nil, err
	}
	return l, nil
}

// afterOpen brings the database level with the files.
func (l *Library) afterOpen() error {
	if l.db.Rebuilt != "" {
		n, err := l.reconcile()
		if err != nil {
			return err
		}
		l.Notes = append(l.Notes, "the database was damaged ("+l.db.Rebuilt+"); it was moved to "+
			l.db.DamagedCopy+" and rebuilt from "+plural(n, "stored story", "stored stories")+" and "+filepath.Join(l.dataDir, "state.log"))
	}
	if err := l.migrate(); err != nil {
		return err
	}
	if unfinished, err := l.db.UnfinishedRefresh(); err != nil {
		return err
	} else if unfinished && !l.refreshing.Load() {
		if _, err := l.reconcile(); err != nil {
			return err
		}
	}
	return nil
}

// Close closes the database.
func (l *Library) Close() error { return l.db.Close() }

// DB is the library's database, for the file cache and search.
func (l *Library) DB() *store.DB { return l.db }

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
