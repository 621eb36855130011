package model

// headerParts is what the header shows: the view's name, where the
// reader is, the query in use, the order, and what runs in the
// background, with the spinner's frame.
type headerParts struct {
	name, pos, query, order string
	busy                    bool
	spinner, doing          string
}
