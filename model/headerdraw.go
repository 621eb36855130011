package model

// headerParts is what the header shows: the view's name, where the
// reader is, the query in use, the order, and what runs in the
// background, with the spinner's frame.
type headerParts struct {
	name, pos, query, order string
	busy                    bool
	spinner, doing          string
}

// drawnHeader is the header drawn once, and what it was drawn from.
// layout, at the end of every Update, draws it when that changed; a
// frame shows it as drawn, as it shows the footer layout laid out: the
// header is styled with lipgloss, part by part, which cost more than the
// rest of a frame of the story list. Each copy of the model keeps its
// own, as with the help.
type drawnHeader struct {
	from headerParts
	line string
}
