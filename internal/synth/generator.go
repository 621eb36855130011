// Package synth generates synthetic briefings for tests and benchmarks:
// invented countries, capitals, people and bodies (names built from
// syllables, never real ones) in every input shape brief reads. Output is
// a pure function of the seed: the same seed gives byte-identical files on
// every machine and Go release.
package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// Version changes whenever the output for a given seed changes, so that
// caches of generated corpora can key on it.
const Version = 1

// File is one generated briefing.
type File struct {
	Name  string // base name with extension: "00042_valdora-and-kesesk-….md"
	Data  []byte
	Shape Shape
}

// Generator makes briefings for one seed. It is immutable once built and
// safe for concurrent use.
type Generator struct {
	seed  int64
	world World
}

// New builds the invented world (countries, officials, bodies, places)
// that every briefing of this seed draws on.
func New(seed int64) *Generator { return &Generator{seed: seed, world: newWorld(seed)} }

// World returns a copy of the cast, for tests that check what was found.
func (g *Generator) World() World {
	w := g.world
	w.Countries = slices.Clone(w.Countries)
	for i := range w.Countries {
		w.Countries[i].Officials = slices.Clone(w.Countries[i].Officials)
	}
	w.Orgs = slices.Clone(w.Orgs)
	w.Rivers = slices.Clone(w.Rivers)
	w.Places = slices.Clone(w.Places)
	return w
}

// ShapeOf is the shape of the i-th briefing of a corpus.
func ShapeOf(i int) Shape { return Shapes()[i%3] }

// Briefing returns the i-th briefing in the given shape. It depends only
// on the seed, i and shape, so any briefing can be made on its own.
func (g *Generator) Briefing(i int, shape Shape) File {
	stream := uint64(i)*4 + 1
	switch shape {
	case Markdown:
		stream++
	case Transcript:
		stream += 2
	}
	s := newStory(newRNG(g.seed, stream), &g.world)
	var data []byte
	ext := "txt"
	switch shape {
	case Plain:
		data = s.plain()
	case Markdown:
		data, ext = s.markdown(), "md"
	case Transcript:
		md := i%2 == 1
		if md {
			ext = "md"
		}
		data = s.transcript(md)
	default:
		panic("synth: unknown shape " + string(shape))
	}
	return File{Name: fmt.Sprintf("%05d_%s.%s", i, slug(firstLine(data)), ext), Data: data, Shape: shape}
}

// Briefings returns n briefings cycling through the shapes.
func (g *Generator) Briefings(n int) []File {
	out := make([]File, n)
	for i := range out {
		out[i] = g.Briefing(i, ShapeOf(i))
	}
	return out
}

// WriteCorpus writes n briefings of the given seed into dir (created if
// need be) and returns the bytes written.
func WriteCorpus(dir string, n int, seed int64) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	g := New(seed)
	var total int64
	for i := range n {
		f := g.Briefing(i, ShapeOf(i))
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return total, err
		}
		total += int64(len(f.Data))
	}
	return total, nil
}

// firstLine is the headline, or the title line of front matter.
func firstLine(data []byte) string {
	s := string(data)
	if len(s) > 4 && s[:4] == "---\n" {
		s = s[4:]
		if len(s) > 7 && s[:7] == "title: " {
			s = s[7:]
		}
	}
	for i, c := range s {
		if c == '\n' {
			return s[:i]
		}
	}
	return s
}
