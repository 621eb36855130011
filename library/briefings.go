package library

import (
	"cmp"
	"runtime"
	"slices"
	"sync"

	"github.com/brief-reader/brief/data"
)

// Briefings reads every stored item as a briefing, newest first, without
// touching the network. Each is attributed with attr when it is not nil
// (the work is spread over all cores). A stored file that cannot be read
// is reported as a *data.LoadError naming it; the others still load.
func (l *Library) Briefings(attr *data.Attributor) ([]*data.Briefing, []error) {
	files, err := l.itemFiles()
	if err != nil {
		return nil, []error{&data.LoadError{Path: l.itemsDir(), Err: err}}
	}
	return readBriefings(files, attr)
}

// BriefingsIn reads the stored items in files (a refresh report's
// FeedResult.Files), as Briefings does for all of them: a reader given the
// few stories a refresh stored need not read the whole library again.
func (l *Library) BriefingsIn(files []string, attr *data.Attributor) ([]*data.Briefing, []error) {
	return readBriefings(files, attr)
}

func readBriefings(files []string, attr *data.Attributor) ([]*data.Briefing, []error) {
	bs := make([]*data.Briefing, len(files))
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				bs[i], errs[i] = briefing(files[i])
				if bs[i] != nil && attr != nil {
					attr.Attribute(bs[i])
				}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	out := make([]*data.Briefing, 0, len(bs))
	var failed []error
	for i := range files {
		if errs[i] != nil {
			failed = append(failed, &data.LoadError{Path: files[i], Err: errs[i]})
		} else {
			out = append(out, bs[i])
		}
	}
	slices.SortStableFunc(out, func(a, b *data.Briefing) int {
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out, failed
}

// briefing reads one stored item.
func briefing(path string) (*data.Briefing, error) {
	rec, err := readRecord(path)
	if err != nil {
		return nil, err
	}
	b, err := rec.Item.Briefing(rec.FeedTitle, path)
	if err != nil {
		return nil, err
	}
	b.ID = data.SanitizeLine(rec.ID)
	return b, nil
}
