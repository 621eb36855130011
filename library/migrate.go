package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/brief-reader/brief/feed"
	"github.com/brief-reader/brief/store"
)

// The files the library kept before it had a database. Open takes them in
// once (migrate) and renames each NAME.migrated only when the database
// has committed what it held: a failed migration leaves them as they
// were, to be taken in at the next start.

// feedState is what feeds.json remembered about one feed.
type feedState struct {
	Title       string          `json:"title,omitempty"`
	Validators  feed.Validators `json:"validators,omitzero"`
	LastRefresh time.Time       `json:"last_refresh,omitzero"`
	LastError   string          `json:"last_error,omitempty"`
	Items       int             `json:"items"`
}

type stateFile struct {
	Version int                   `json:"version"`
	Feeds   map[string]*feedState `json:"feeds"`
}

// readList is read.json: the stories opened.
type readList struct {
	Version int      `json:"version"`
	Read    []string `json:"read"`
}

const migratedSuffix = ".migrated"

// migrate takes in the old files that are still there, and the item
// files, whose stories the database must index.
func (l *Library) migrate() error {
	var m store.Migration
	var files []string
	if raw, err := os.ReadFile(l.subscriptionsFile()); err == nil {
		m.Subscriptions = urls(strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n"))
		files = append(files, l.subscriptionsFile())
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if raw, err := os.ReadFile(l.stateFile()); err == nil {
		var sf stateFile
		if err := json.Unmarshal(raw, &sf); err != nil {
			// A damaged state file costs validators and error lines,
			// nothing a refresh cannot learn again: say so and go on.
			l.Notes = append(l.Notes, fmt.Sprintf("%s: %v; its feeds' last refresh times are lost", l.stateFile(), err))
		}
		for u, fs := range sf.Feeds {
			if fs == nil {
				continue
			}
			v, _ := json.Marshal(fs.Validators)
			m.Feeds = append(m.Feeds, store.FeedState{URL: u, Title: fs.Title, Validators: string(v),
				Checked: true, LastRefresh: fs.LastRefresh, LastError: fs.LastError})
		}
		files = append(files, l.stateFile())
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if raw, err := os.ReadFile(l.readFile()); err == nil {
		var rl readList
		if err := json.Unmarshal(raw, &rl); err != nil {
			// Not renamed: the user may mend it, and the next start
			// takes it in then.
			l.Notes = append(l.Notes, fmt.Sprintf("%s: %v; the read marks it holds were not taken in", l.readFile(), err))
		} else {
			m.Read = rl.Read
			files = append(files, l.readFile())
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if len(files) == 0 {
		return nil
	}
	if err := l.db.Import(m); err != nil {
		return fmt.Errorf("taking in %s: %w", strings.Join(files, ", "), err)
	}
	if _, err := l.reconcile(); err != nil {
		return err
	}
	for _, f := range files {
		if err := os.Rename(f, f+migratedSuffix); err != nil {
			return err
		}
	}
	l.Notes = append(l.Notes, "took "+strings.Join(files, ", ")+" into the database "+l.db.Path()+"; each is kept as NAME"+migratedSuffix)
	return nil
}

// urls picks the subscriptions out of the old file's lines, once each.
func urls(lines []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range lines {
		u := strings.TrimSpace(line)
		if u == "" || strings.HasPrefix(u, "#") || seen[u] {
			continue
		}
		seen[u] = true
		out = append(out, u)
	}
	return out
}

// reconcile indexes the item files the database does not know: after a
// migration, a rebuild, or a refresh killed between writing a file and
// recording it. A file that cannot be read is reported in Notes and left
// where it is: a story file is never deleted for being damaged.
func (l *Library) reconcile() (int, error) { return l.reconcileSettled(time.Time{}) }

// settling is how long a stored item's file may wait for its database
// record. Another process refreshing at the same moment writes the file
// and records it a moment later; a refresh here that took the file in
// first would record the item without counting it, and the other
// process would then find it recorded: new, and counted new by neither.
const settling = time.Minute

// reconcileSettled is reconcile for the files written before settled
// (all of them when it is zero); younger ones are left to the process
// writing them, or to the next start.
func (l *Library) reconcileSettled(settled time.Time) (int, error) {
	files, err := l.itemFiles()
	if err != nil {
		return 0, err
	}
	known, err := l.db.ItemFiles()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, f := range files {
		if known[f] {
			continue
		}
		rec, raw, err := readRecord(f)
		if err != nil {
			l.Notes = append(l.Notes, fmt.Sprintf("%s: %v (left as it is)", f, err))
			continue
		}
		if !settled.IsZero() {
			if info, err := os.Stat(f); err == nil && info.ModTime().After(settled) {
				continue
			}
		}
		if _, err := l.index(rec, f, raw, false); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
