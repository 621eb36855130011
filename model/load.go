package model

import (
	"sync"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/brief-reader/brief/data"
)

// maxBatch bounds the briefings delivered in one message, so that a big
// folder fills the list in steps and keys are handled between them.
const maxBatch = 256

// loadBatchMsg carries what the loader emitted since the last batch.
type loadBatchMsg struct {
	briefings []*data.Briefing
	errs      []error
	done      bool // the loader has returned; nothing more will come
}

// loader runs Config.Load in the background, once, and hands its output
// to Update in batches through a channel.
type loader struct {
	load  func(emit func(*data.Briefing, error))
	ch    chan loaded
	start sync.Once
}

type loaded struct {
	b   *data.Briefing
	err error
}

func newLoader(load func(emit func(*data.Briefing, error))) *loader {
	return &loader{load: load, ch: make(chan loaded, maxBatch)}
}

// next waits for the next batch; the first call starts the loader.
func (l *loader) next() tea.Cmd {
	return func() tea.Msg {
		l.start.Do(func() { go l.run() })
		return l.collect()
	}
}

func (l *loader) run() {
	defer close(l.ch)
	if l.load == nil {
		return
	}
	l.load(func(b *data.Briefing, err error) { l.ch <- loaded{b, err} })
}

// collect blocks for one item, then takes whatever else is ready.
func (l *loader) collect() loadBatchMsg {
	var msg loadBatchMsg
	add := func(it loaded) {
		if it.err != nil {
			msg.errs = append(msg.errs, it.err)
		}
		if it.b != nil {
			msg.briefings = append(msg.briefings, it.b)
		}
	}
	it, ok := <-l.ch
	if !ok {
		msg.done = true
		return msg
	}
	add(it)
	for n := 1; n < maxBatch; n++ {
		select {
		case it, ok := <-l.ch:
			if !ok {
				msg.done = true
				return msg
			}
			add(it)
		default:
			return msg
		}
	}
	return msg
}
