package resolve

import (
	"strings"
	"unicode"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/mention"
)

// roleWords cuts a title into lower-case words ("Sen." → "senator"),
// without articles, punctuation and what follows a comma.
func (r *Story) roleWords(title string) []string {
	if i := strings.IndexAny(title, ",("); i >= 0 {
		title = title[:i]
	}
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(c rune) bool {
		return unicode.IsSpace(c) || c == '/' || c == '"' || c == '“' || c == '”'
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if e := r.lexicon.Lookup(w); e != nil && e.RoleFiller {
			continue
		}
		out = append(out, w)
	}
	return r.expand(out)
}

// expand writes each abbreviated or variant title word as the word it
// stands for ("sen." → "senator", "spokeswoman" → "spokesperson").
func (r *Story) expand(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if e := r.lexicon.Lookup(w); e != nil && e.Means != "" {
			w = e.Means
		}
		out = append(out, w)
	}
	return out
}

// byDescription finds the person a definite description stands for: one
// seen with a title of the same head whose rank words agree ("the former
// president" is not "President Velk"), preferring one whose title has the
// description's other words too ("the Kestrian minister"), then in an
// official document the principal for a capitalised bare title ("The
// President" of a readout is the home government's), then the most
// salient. An indefinite description is someone new.
func (r *Story) byDescription(m mention.Mention) *entity {
	if m.New || m.Plural || m.Head == "" || m.Kind != mention.Role && !(m.Kind == mention.Other && m.Definite) {
		return nil
	}
	words := r.expand(append(append([]string(nil), m.Modifiers...), m.Head))
	head := words[len(words)-1]
	mods := words[:len(words)-1]
	if m.Kind == mention.Other && !r.lexicon.Is(head, lexicon.TitleHead) && !r.lexicon.Is(head, lexicon.PersonNoun) {
		// "the state", "the company": a body, though a title the story
		// gave has the word ("Secretary of State", "chief executive of
		// the company"); only a description of a person is one
		return nil
	}
	principal := m.Capital && len(r.content(mods)) == 0
	var best *entity
	var bestKey [5]float64
	for _, e := range r.entities {
		if e.plural || e.place || e.kind != mention.Person && e.kind != mention.Role {
			continue
		}
		match, exact := -1, 0.0
		for _, role := range e.roles {
			n, ok := r.fits(role, head, mods)
			if !ok || !r.named(e, role, m.Names) {
				continue
			}
			match = max(match, n)
			if r.exactly(role, head, mods) {
				exact = 1
			}
		}
		if match < 0 {
			continue
		}
		key := [5]float64{float64(match), 0, 0, r.salience(e), float64(e.lastPos)}
		if principal {
			// "the Secretary" is the one whose title is Secretary, not the
			// Education Secretary; in an official document, the home's
			key[1] = exact
			switch {
			case r.home >= 0 && e.party == r.home:
				key[2] = 2
			case e.order == 1:
				key[2] = 1
			}
		}
		if best == nil || less(bestKey, key) {
			best, bestKey = e, key
		}
	}
	return best
}

// fits reports whether a title (its words) has the description's head and
// the same rank words, and how many of the description's other words it
// has.
func (r *Story) fits(role []string, head string, mods []string) (int, bool) {
	has := func(w string) bool {
		for _, x := range role {
			if x == w {
				return true
			}
		}
		return false
	}
	if !has(head) {
		return 0, false
	}
	for _, w := range role {
		if r.lexicon.Is(w, lexicon.RankWord) && !contains(mods, w) {
			return 0, false
		}
	}
	n := 0
	for _, w := range mods {
		switch {
		case has(w):
			n++
		case r.lexicon.Is(w, lexicon.RankWord):
			return 0, false
		}
	}
	return n, true
}

// exactly reports a title that has no word the description lacks:
// "Secretary" is the Secretary, "Education Secretary" is not.
func (r *Story) exactly(role []string, head string, mods []string) bool {
	for _, w := range role {
		if w != head && !contains(mods, w) {
			return false
		}
	}
	return true
}

// named reports whether an entity's title (or name) has one of the names
// a description qualifies it by: "the Kestrian senator" is not a senator
// the story never tied to Kestria.
func (r *Story) named(e *entity, role []string, names []string) bool {
	if len(names) == 0 {
		return true
	}
	for _, n := range names {
		if contains(role, n) {
			return true
		}
		for _, w := range e.words {
			if strings.EqualFold(w, n) {
				return true
			}
		}
	}
	return false
}

// content drops the rank and title words of a description's modifiers,
// leaving those that name something ("Kestrian", "Florida").
func (r *Story) content(mods []string) []string {
	var out []string
	for _, w := range mods {
		if !r.lexicon.Is(w, lexicon.RankWord) && !r.lexicon.Is(w, lexicon.TitleWord) {
			out = append(out, w)
		}
	}
	return out
}

func contains(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

func less(a, b [5]float64) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}
