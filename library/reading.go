package library

// MarkUnread takes back a story's read mark.
func (l *Library) MarkUnread(id string) error {
	if err := l.db.MarkUnread(id); err != nil {
		return err
	}
	l.loadMarks()
	l.mu.Lock()
	m := l.marks[id]
	m.Read = false
	l.marks[id] = m
	l.mu.Unlock()
	return nil
}

// MarkReadMany marks stories read at once ("mark all read"): one write,
// however many.
func (l *Library) MarkReadMany(ids []string) error {
	if err := l.db.MarkReadMany(ids); err != nil {
		return err
	}
	l.loadMarks()
	l.mu.Lock()
	for _, id := range ids {
		m := l.marks[id]
		m.Read = true
		l.marks[id] = m
	}
	l.mu.Unlock()
	return nil
}

// SetStatementStarred stars a statement, named by its data.StatementKey,
// or takes its star away.
func (l *Library) SetStatementStarred(key string, starred bool) error {
	if err := l.db.SetStatementStarred(key, starred); err != nil {
		return err
	}
	l.loadStatementStars()
	l.mu.Lock()
	if starred {
		l.stmtStars[key] = true
	} else {
		delete(l.stmtStars, key)
	}
	l.mu.Unlock()
	return nil
}

// IsStatementStarred reports whether the statement with this key is
// starred: as the database said when first asked, with this process's
// own stars since.
func (l *Library) IsStatementStarred(key string) bool {
	l.loadStatementStars()
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.stmtStars[key]
}

// loadStatementStars reads every statement star once.
func (l *Library) loadStatementStars() {
	l.stmtStarsOnce.Do(func() {
		stars, _ := l.db.StarredStatements() // unreadable: none shown, each new star still saved
		if stars == nil {
			stars = map[string]bool{}
		}
		l.mu.Lock()
		l.stmtStars = stars
		l.mu.Unlock()
	})
}
