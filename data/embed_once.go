package data

import (
	"slices"
	"sync"
)

// embeddedByDefault is the built-in briefings as DefaultAttributor
// attributes them: a pure function of the embedded files and the engine,
// worked out once per process. A command with no paths shows them every
// time, and a process that runs many commands (the cli tests run
// hundreds) attributed them again for each. Nobody gets these values:
// Embedded hands out copies.
var embeddedByDefault = sync.OnceValues(func() ([]*Briefing, []error) {
	return embedded(defaultAttributor())
})

// Embedded parses and attributes the built-in briefings, sorted by file
// name. Their Path is "embedded:NAME". The briefings and errors are the
// caller's own to change: with the default attributor they are copies of
// those worked out once (see embeddedByDefault), sharing nothing a caller
// can change but strings.
func Embedded(opts LoadOptions) ([]*Briefing, []error) {
	a := opts.attributor()
	if a != defaultAttributor() {
		return embedded(a)
	}
	held, heldErrs := embeddedByDefault()
	bs := make([]*Briefing, len(held))
	for i, b := range held {
		bs[i] = b.clone()
	}
	var errs []error
	for _, err := range heldErrs {
		if le, ok := err.(*LoadError); ok {
			c := *le
			err = &c
		}
		errs = append(errs, err)
	}
	return bs, errs
}

// clone copies b and everything it holds but strings and times, which
// no one can change in place.
func (b *Briefing) clone() *Briefing {
	c := *b
	c.Paragraphs = slices.Clone(b.Paragraphs)
	c.Declared.Parties = slices.Clone(b.Declared.Parties)
	for i := range c.Declared.Parties {
		c.Declared.Parties[i].Aliases = slices.Clone(c.Declared.Parties[i].Aliases)
	}
	c.Declared.Speakers = slices.Clone(b.Declared.Speakers)
	for i := range c.Declared.Speakers {
		c.Declared.Speakers[i].Aliases = slices.Clone(c.Declared.Speakers[i].Aliases)
	}
	c.Parties = slices.Clone(b.Parties)
	c.Speakers = slices.Clone(b.Speakers)
	c.Statements = slices.Clone(b.Statements)
	c.Warnings = slices.Clone(b.Warnings)
	return &c
}
