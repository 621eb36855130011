package cli

import (
	"context"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
)

// ReportsStored reports whether the reader lists the user's library,
// whose database keeps the grouping of the statements reported in
// several stories (MakeReports, LoadReports). Stories opened from files
// are grouped by the reader, as they are read.
func (r *Reader) ReportsStored() bool { return r.lib != nil && r.storedDone != nil }

// MakeReports brings the database's grouping of the library's
// statements under the reader's attribution up to date: worked out once,
// and again only when stories or their statements were stored or
// deleted since. One at a time: a second call waits and finds it made.
func (r *Reader) MakeReports(ctx context.Context) error {
	if r.lib == nil {
		return errNoLibrary
	}
	r.reportsMu.Lock()
	defer r.reportsMu.Unlock()
	_, err := r.lib.DB().MakeReports(ctx, r.Attributor.Version())
	return err
}

// ReportsMade reports whether the database's grouping is up to date for
// the reader's attribution (false when it cannot tell).
func (r *Reader) ReportsMade() bool {
	if r.lib == nil {
		return false
	}
	made, err := r.lib.DB().ReportsMade(r.Attributor.Version())
	return made && err == nil
}

// LoadReports reads the groups of a story's statements that other stories
// report too, as the database keeps them; none for a story it does not
// hold.
func (r *Reader) LoadReports(b *data.Briefing) ([]provenance.Stored, error) {
	doc, ok := r.bodies.doc(b)
	if !ok || r.lib == nil {
		return nil, nil
	}
	return r.lib.DB().Reports(doc, r.Attributor.Version())
}
