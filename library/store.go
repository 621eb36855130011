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

	"github.com/brief-reader/brief/feed"
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
// else link), so that checking whether an item is already stored is one
// stat, with no index to keep in step with the files.
func fileName(key string) string {
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:10]) + ".json"
}

// storyID is the ID a stored story goes by: a slug of its first title and
// a short hash of its key, so it reads well, is unique, and stays the same
// when the title is later edited (the ID is kept in the record).
func storyID(title, key string) string {
	h := sha256.Sum256([]byte(key))
	short := hex.EncodeToString(h[:4])
	if s := feed.Slug(title); s != "" {
		return s + "-" + short
	}
	return "item-" + short
}

// storeResult says what store did with an item.
type storeResult int

const (
	kept    storeResult = iota // already stored and unchanged
	added                      // stored for the first time
	updated                    // stored before, replaced by a later version
)

// store writes an item unless it is stored already; a stored item is
// replaced only when the feed says it was updated since.
func (l *Library) store(feedURL, feedTitle string, it feed.Item, now time.Time) (id, path string, result storeResult, err error) {
	key := it.Key()
	path = filepath.Join(l.itemsDir(), fileName(key))
	rec := record{Version: 1, Key: key, Feed: feedURL, FeedTitle: feedTitle, Fetched: now, Item: it}
	result = added
	if old, err := readRecord(path); err == nil {
		if it.Updated.IsZero() || !it.Updated.After(old.Item.Updated) {
			return old.ID, path, kept, nil
		}
		rec.ID = old.ID
		result = updated
	} else if _, statErr := os.Stat(path); statErr != nil && !errors.Is(statErr, os.ErrNotExist) {
		return "", path, kept, statErr
	} else {
		// New, or a file that is not a stored item any more (edited by
		// hand): either way this item takes its place.
		rec.ID = storyID(it.Title, key)
	}
	raw, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return "", path, kept, err
	}
	if err := writeFileAtomic(path, append(raw, '\n')); err != nil {
		return "", path, kept, err
	}
	return rec.ID, path, result, nil
}

func readRecord(path string) (*record, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rec record
	if err := json.Unmarshal(raw, &rec); err != nil {
		return nil, err
	}
	if rec.ID == "" || rec.Key == "" {
		return nil, fmt.Errorf("not a stored item (no id or key)")
	}
	return &rec, nil
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
