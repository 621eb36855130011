package cli

import (
	"io"
	"strconv"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/store"
)

func runShow(e *env, args []string) int {
	fs := newFlags("show")
	var c common
	c.register(fs)
	rest, err := parseArgs(fs, args)
	if err != nil {
		return e.usageError("show: %s", flagError(err))
	}
	if len(rest) == 0 {
		return e.usageError("show: which story? Give its ID or its number in \"brief list\"")
	}
	want, paths := rest[0], rest[1:]
	in := e.load(paths, &c, store.Want{Body: true, Statements: true})
	sortStories(in.stories) // numbered as "brief list" numbers them
	b := findStory(in.stories, want)
	if b == nil {
		e.failf("show: no story %q among %d (see \"brief list\")", want, len(in.stories))
		return ExitError
	}
	if err := render(e.stdout, b, e.getenv("NO_COLOR") != ""); err != nil {
		e.failf("show: %v", err)
		return ExitError
	}
	// Shown on a terminal is read, as in the reader. Piped to another
	// program (a script, grep, a pager of its own) nobody may have read
	// it: it stays unread. Failing to remember it is not worth failing a
	// command that did what was asked.
	if in.lib != nil && e.stdout.terminal() != nil {
		if err := in.lib.MarkRead(b.ID); err != nil {
			e.failf("show: remembering %s as read: %v", b.ID, err)
		}
	}
	if !in.ok {
		return ExitError
	}
	return ExitOK
}

// findStory finds a story by ID or, failing that, by its 1-based number in
// the list (bs sorted as "brief list" shows them: sortStories).
func findStory(bs []*data.Briefing, want string) *data.Briefing {
	for _, b := range bs {
		if b.ID == want {
			return b
		}
	}
	if n, err := strconv.Atoi(want); err == nil && n >= 1 && n <= len(bs) {
		return bs[n-1]
	}
	return nil
}

// render writes the story as Markdown, rendered by glamour when out is a
// terminal and plain (for pipes, files and other programs) when not;
// noColor is NO_COLOR as the command was given it, not the process.
func render(out *textOut, b *data.Briefing, noColor bool) error {
	md := b.Markdown()
	f := out.terminal()
	if f == nil {
		_, err := io.WriteString(out, md)
		return err
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil || width <= 0 {
		width = 80
	}
	style := "light"
	switch {
	case noColor:
		style = "notty"
	case lipgloss.HasDarkBackground():
		style = "dark"
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(min(width, 120)))
	if err != nil {
		return err
	}
	rendered, err := r.Render(md)
	if err != nil {
		return err
	}
	return out.writeScreen(rendered)
}
