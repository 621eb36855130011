package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/brief-reader/brief/feed"
)

// feedState is what the library remembers about one feed between
// refreshes.
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

// loadState reads feeds.json; l.mu must be held.
func (l *Library) loadState() (map[string]*feedState, error) {
	raw, err := os.ReadFile(l.stateFile())
	if errors.Is(err, os.ErrNotExist) {
		return map[string]*feedState{}, nil
	}
	if err != nil {
		return nil, err
	}
	var sf stateFile
	if err := json.Unmarshal(raw, &sf); err != nil {
		// The file is only ever replaced whole, so this is not a torn
		// write but someone's edit: say where, and lose nothing.
		return nil, fmt.Errorf("%s: %w", l.stateFile(), err)
	}
	if sf.Feeds == nil {
		sf.Feeds = map[string]*feedState{}
	}
	return sf.Feeds, nil
}

// updateState applies change to the state as it is on disk now, so that
// what other writers saved meanwhile is kept; l.mu must be held.
func (l *Library) updateState(change func(map[string]*feedState)) error {
	st, err := l.loadState()
	if err != nil {
		return err
	}
	change(st)
	raw, err := json.MarshalIndent(stateFile{Version: 1, Feeds: st}, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(l.stateFile(), append(raw, '\n'))
}
