package views

import (
	"sync"

	"github.com/muesli/termenv"

	"github.com/brief-reader/brief/data"
)

// agendaParagraph is the paragraph a long story repeats, about 130 bytes.
const agendaParagraph = "Delegate Ilsa Moor of Varanda said the council would sit again tomorrow, and the Kestrian envoy agreed that the agenda was long."

// longRendering is a long story as the reader shows it: the first part
// rendered, its lines styled as frames show them, then the rest rendered
// in the background and taken. What the first part was is kept for the
// tests to check, since Finish extends the Doc.
type longRendering struct {
	story      *data.Briefing
	agenda     int // paragraphs of agendaParagraph
	r          *Renderer
	st         *Styles
	doc        *Doc
	hadCommand bool // Doc gave a command for the rest
	// The first part, as Doc gave it.
	firstComplete bool
	firstLines    int
	firstPlaces   []StatementPlace
	firstOrder    []int
	msg           any  // what the command brought
	finished      bool // Finish took it
}

// longStory is rendered once per test binary and shared: glamour takes
// most of a second for it under -race, and the tests of a long story's
// rest and of its marks read the same rendering (issue #13). It is a
// little over two parts of chunkSize: the start, then a part and a bit,
// two parts rendered apart and joined (more parts only cost time: four
// took twice as long and crossed no other boundary), with a statement in
// the first part and one in the last, so that the rest is marked as one
// run of lines however many parts it renders in.
var longStory = sync.OnceValue(func() *longRendering {
	const agenda = 2*chunkSize/len(agendaParagraph) + 50
	paras := []string{"Verel said «the first session opened» on time."}
	for range agenda {
		paras = append(paras, agendaParagraph)
	}
	paras = append(paras, "Verel said «the last session closed» at dusk.")
	l := &longRendering{story: saidStory(paras...), agenda: agenda,
		r: NewRenderer("dark", termenv.ANSI256), st: new(NewStyles(ThemeDark))}
	d, cmd := l.r.Doc(l.story, 80)
	l.doc, l.hadCommand = d, cmd != nil
	l.firstComplete, l.firstLines = d.Complete, len(d.Lines)
	l.firstPlaces, l.firstOrder = append([]StatementPlace(nil), d.Places...), append([]int(nil), d.Order...)
	// The lines of the first part styled, as frames show them, before
	// the rest arrives.
	for i := range d.Lines {
		d.decoratedLine(l.st, i)
	}
	if cmd == nil {
		return l
	}
	l.msg = cmd()
	if msg, ok := l.msg.(DocRenderedMsg); ok {
		l.finished = l.r.Finish(msg)
	}
	return l
})
