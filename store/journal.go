package store

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
)

// journalName is the file beside the database where every change of
// state is appended, one line each: what a rebuilt database replays, so
// that a damaged database loses no mark, star or subscription.
const journalName = "state.log"

// journal appends lines. Each line is one write to a file opened with
// O_APPEND, which the kernel keeps whole and in order between processes.
type journal struct {
	path string
	mu   sync.Mutex
	f    *os.File
}

func openJournal(path string) (*journal, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	return &journal{path: path, f: f}, nil
}

// Journal operations.
const (
	opRead        = "read"
	opUnread      = "unread"
	opStar        = "star"
	opUnstar      = "unstar"
	opSubscribe   = "subscribe"
	opUnsubscribe = "unsubscribe"
	opStarStmt    = "star-statement"
	opUnstarStmt  = "unstar-statement"
)

// append writes one change and flushes it to disk before the database
// records it: a change the database has is always in the journal too.
func (j *journal) append(op, arg string) error {
	line := op + " " + strconv.Quote(arg) + "\n"
	j.mu.Lock()
	defer j.mu.Unlock()
	if _, err := j.f.WriteString(line); err != nil {
		return err
	}
	return j.f.Sync()
}

func (j *journal) close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.f.Close()
}

// journalEntry is one line read back.
type journalEntry struct{ op, arg string }

// readJournal reads every whole line of the journal; a line cut short by
// a crash, or garbled, is skipped.
func readJournal(path string) ([]journalEntry, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []journalEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		op, quoted, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			continue
		}
		arg, err := strconv.Unquote(quoted)
		if err != nil {
			continue
		}
		out = append(out, journalEntry{op, arg})
	}
	return out, sc.Err()
}
