package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
)

// readFile is the list of stories opened.
type readList struct {
	Version int      `json:"version"`
	Read    []string `json:"read"`
}

// MarkRead records that the story with this ID has been opened. Any
// briefing's ID will do, embedded or stored.
func (l *Library) MarkRead(id string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.read[id] {
		return nil
	}
	// Merge with the file as it is now: another brief may have marked
	// stories since this one started.
	onDisk, err := l.loadRead()
	if err != nil {
		return err
	}
	for k := range onDisk {
		l.read[k] = true
	}
	l.read[id] = true
	ids := make([]string, 0, len(l.read))
	for k := range l.read {
		ids = append(ids, k)
	}
	slices.Sort(ids)
	raw, err := json.MarshalIndent(readList{Version: 1, Read: ids}, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(l.readFile(), append(raw, '\n'))
}

// IsRead reports whether the story with this ID has been opened.
func (l *Library) IsRead(id string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.read[id]
}

func (l *Library) loadRead() (map[string]bool, error) {
	out := map[string]bool{}
	raw, err := os.ReadFile(l.readFile())
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	var rl readList
	if err := json.Unmarshal(raw, &rl); err != nil {
		return nil, fmt.Errorf("%s: %w", l.readFile(), err)
	}
	for _, id := range rl.Read {
		out[id] = true
	}
	return out, nil
}
