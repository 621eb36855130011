package library

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/feed"
	"github.com/brief-reader/brief/store"
)

// record is one stored item: the item as the feed gave it, and where and
// when it came from. It is the on-disk format of DATA/items/*.json: add
// fields, never rename them.
type record struct {
	Version   int       `json:"version"`
	ID        string    `json:"id"`
	Key       string    `json:"key"`
	Feed      string    `json:"feed"`
	FeedTitle string    `json:"feed_title,omitempty"`
	Fetched   time.Time `json:"fetched"`
	Item      feed.Item `json:"item"`
}

// fileName is where an item is stored: named by a hash of its key (GUID,
// else link), so that two processes storing the same item write the same
// file.
func fileName(key string) string {
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:10]) + ".json"
}

// idHashDigits is the hash digits a new story ID ends with (see
// feed.StoryID); a clash is caught by the database and the ID made
// longer.
const idHashDigits = feed.IDHashDigits

// storyID is the ID a stored story goes by, the one a feed file or URL
// gives the same item: feed.StoryID. It is kept in the record, so it stays
// the same when the title is later edited, and older IDs (32-bit, or made
// longer on a clash) stay as they were stored.
func storyID(title, key string, digits int) string { return feed.StoryID(title, key, digits) }

// freeID is storyID made longer until no other stored item has it.
func (l *Library) freeID(title, key, id string) (string, error) {
	for digits := idHashDigits; ; digits += 4 {
		if id == "" || digits > idHashDigits {
			id = storyID(title, key, digits)
		}
		taken, err := l.db.SIDTaken(id, key)
		if err != nil || !taken || digits >= 64 {
			return id, err
		}
	}
}

// storeResult says what store did with an item.
type storeResult int

const (
	kept    storeResult = iota // already stored and unchanged
	added                      // stored for the first time
	updated                    // stored before, replaced by a later version
)

// store writes an item unless it is stored already; a stored item is
// replaced only when the feed says it was updated since. The file is
// written first and recorded in the database after: killed between the
// two, the file is taken in at the next start (reconcile).
func (l *Library) store(feedURL, feedTitle string, it feed.Item, now time.Time) (id, path string, result storeResult, err error) {
	key := it.Key()
	path = filepath.Join(l.itemsDir(), fileName(key))
	rec := record{Version: 1, Key: key, Feed: feedURL, FeedTitle: feedTitle, Fetched: now, Item: it}
	replace := false
	if old, _, err := readRecord(path); err == nil {
		if it.Updated.IsZero() || !it.Updated.After(old.Item.Updated) {
			// Stored: by this library, or by another process a moment
			// ago. The database says which feed owns it, and whether it
			// is recorded yet.
			if found, _, err := l.db.ClaimItem(key, feedURL); err != nil || found {
				return old.ID, path, kept, err
			}
			r, err := l.index(old, path, nil, false)
			if err != nil {
				return "", path, kept, err
			}
			if r == store.ItemAdded {
				return old.ID, path, added, nil
			}
			return old.ID, path, kept, nil
		}
		rec.ID = old.ID
		replace = true
	} else if _, statErr := os.Stat(path); statErr != nil && !errors.Is(statErr, os.ErrNotExist) {
		return "", path, kept, statErr
	} else if statErr == nil {
		// A file spoilt (edited by hand) where the item is stored: the
		// item is written again in its place.
		if old, found, err := l.db.LookupItem(key); err != nil {
			return "", path, kept, err
		} else if found {
			rec.ID, replace = old.SID, true
		}
	}
	// New, or a file that is not a stored item any more (edited by
	// hand): either way this item takes its place.
	if rec.ID, err = l.freeID(it.Title, key, rec.ID); err != nil {
		return "", path, kept, err
	}
	raw, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return "", path, kept, err
	}
	raw = append(raw, '\n')
	if err := writeFileAtomic(path, raw); err != nil {
		return "", path, kept, err
	}
	r, err := l.index(&rec, path, raw, replace)
	switch {
	case err != nil:
		return "", path, kept, err
	case r == store.ItemAdded:
		return rec.ID, path, added, nil
	case r == store.ItemUpdated:
		return rec.ID, path, updated, nil
	}
	return rec.ID, path, kept, nil
}

// index records a stored item in the database, with its parsed story.
// An ID another item has already (two old 32-bit IDs that clash) is made
// longer and written back to the file, so that it stays the same.
func (l *Library) index(rec *record, path string, raw []byte, replace bool) (store.ItemResult, error) {
	if taken, err := l.db.SIDTaken(rec.ID, rec.Key); err != nil {
		return store.ItemKept, err
	} else if taken {
		id, err := l.freeID(rec.Item.Title, rec.Key, "")
		if err != nil {
			return store.ItemKept, err
		}
		rec.ID = id
		if raw, err = json.MarshalIndent(rec, "", "  "); err != nil {
			return store.ItemKept, err
		}
		raw = append(raw, '\n')
		if err := writeFileAtomic(path, raw); err != nil {
			return store.ItemKept, err
		}
	}
	if raw == nil {
		var err error
		if raw, err = json.MarshalIndent(rec, "", "  "); err != nil {
			return store.ItemKept, err
		}
	}
	b, err := rec.Item.Briefing(rec.FeedTitle, path)
	if err != nil {
		return store.ItemKept, fmt.Errorf("%s: %w", path, err)
	}
	b.ID = data.SanitizeLine(rec.ID)
	return l.db.PutItem(store.Item{Key: rec.Key, SID: rec.ID, Feed: rec.Feed, File: path, Fetched: rec.Fetched, Date: b.Date},
		store.Hash(raw), b, replace)
}

func readRecord(path string) (*record, []byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var rec record
	if err := json.Unmarshal(raw, &rec); err != nil {
		return nil, nil, err
	}
	if rec.ID == "" || rec.Key == "" {
		return nil, nil, fmt.Errorf("not a stored item (no id or key)")
	}
	return &rec, raw, nil
}

// itemFiles lists the stored items, skipping files being written.
func (l *Library) itemFiles() ([]string, error) {
	entries, err := os.ReadDir(l.itemsDir())
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".json") || !e.Type().IsRegular() {
			continue
		}
		out = append(out, filepath.Join(l.itemsDir(), name))
	}
	return out, nil
}

// prune lets a feed's oldest read, unstarred stories go while it holds
// more than the cap; unread and starred stories always stay. Files go
// after the database has forgotten them: killed between the two, a file
// left over is taken in again, not lost.
func (l *Library) prune(feedURL string) (int, error) {
	items, err := l.db.PruneCandidates(feedURL, l.cap)
	if err != nil || len(items) == 0 {
		return 0, err
	}
	if err := l.db.DeleteItems(items); err != nil {
		return 0, err
	}
	for _, it := range items {
		if err := os.Remove(it.File); err != nil && !errors.Is(err, os.ErrNotExist) {
			return 0, err
		}
	}
	return len(items), nil
}
