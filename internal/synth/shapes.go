package synth

import (
	"fmt"
	"strconv"
	"strings"
)

// Shape is the input shape of a generated briefing. The values are those
// of data.Shape; synth does not import data so that data's own tests can
// import synth.
type Shape string

const (
	Plain      Shape = "plain"
	Markdown   Shape = "markdown"
	Transcript Shape = "transcript"
)

// Shapes lists every shape, in the order Briefings cycles through them.
func Shapes() []Shape { return []Shape{Plain, Markdown, Transcript} }

// plain is the seed's shape: headline line, then one paragraph per line,
// the first opening with a "Place – " dateline.
func (s *story) plain() []byte {
	var b strings.Builder
	b.WriteString(s.headline())
	b.WriteByte('\n')
	b.WriteString(s.dateline() + s.lead())
	b.WriteByte('\n')
	for range s.r.between(18, 30) {
		b.WriteString(s.paragraph())
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

func (s *story) dateline() string {
	switch s.r.intn(6) {
	case 0:
		return s.a.Capital + " — "
	case 1:
		return strings.ToUpper(s.a.Capital) + ", " + s.month + " " + strconv.Itoa(s.r.between(1, 28)) + " – "
	default:
		return s.a.Capital + " – "
	}
}

// markdown is a briefing with YAML front matter declaring its parties
// (with capitals, demonyms and formal names as aliases) and its speakers,
// and a body using the Markdown blocks and inline markup Parse must strip.
func (s *story) markdown() []byte {
	title := s.headline()
	var body strings.Builder
	body.WriteString(s.dateline() + s.lead() + "\n\n")
	n := s.r.between(16, 26)
	for i := range n {
		switch {
		case i == n/2 && s.r.chance(1, 2):
			body.WriteString("## Background\n\n")
		case s.r.chance(1, 12):
			body.WriteString("> " + s.paragraph() + "\n\n")
			continue
		case s.r.chance(1, 12):
			body.WriteString("- " + s.sentence() + "\n- " + s.sentence() + "\n\n")
			continue
		}
		p := s.paragraph()
		if s.r.chance(1, 8) {
			p += " Details were published on the [" + s.org.Name + " website](https://example.invalid/" + slug(s.org.Name) + ")."
		} else if s.r.chance(1, 8) {
			p = strings.Replace(p, " not ", " *not* ", 1)
		}
		body.WriteString(p + "\n\n")
	}
	return s.frontMatter(title, body.String())
}

// transcript is a spokesperson's briefing: a headline and a few header
// lines, then speaker-labelled turns alternating with reporters.
func (s *story) transcript(md bool) []byte {
	host := &s.a.Officials[3] // the Foreign Ministry spokesperson
	minister := &s.a.Officials[1]
	s.face(s.a.Name)
	title := "Press Briefing by " + s.a.Demonym + " Foreign Ministry Spokesperson " + host.Name()
	s.introduce(host)
	var lines []string
	if s.r.chance(1, 2) {
		lines = append(lines, host.Name()+", Foreign Ministry Spokesperson", strings.ToUpper(s.a.Capital))
	}
	lines = append(lines, fmt.Sprintf("%d:%02d p.m.", s.r.between(1, 5), s.r.intn(60)))
	lines = append(lines, host.Label()+": Good afternoon, everyone. I have one item at the top, and then I will take your questions. "+s.answer())
	guest := s.r.chance(1, 3)
	if guest {
		s.introduce(minister)
	}
	for i := range s.r.between(10, 15) {
		q := "QUESTION"
		if s.r.chance(1, 6) {
			q = "Q"
		}
		s.face(s.a.Name)
		lines = append(lines, q+": "+s.expand(pick(s.r, s.ph.questions)))
		who := host.Label()
		if guest && i%3 == 1 {
			who = "FOREIGN MINISTER " + strings.ToUpper(minister.Last)
		}
		lines = append(lines, who+": "+s.answer())
	}
	lines = append(lines, "QUESTION: Thank you.", host.Label()+": Thank you all.")
	if md {
		return s.frontMatter(title, strings.Join(lines, "\n\n")+"\n")
	}
	return []byte(title + "\n" + strings.Join(lines, "\n") + "\n")
}

func (s *story) answer() string {
	s.face(s.a.Name)
	n := s.r.between(2, 5)
	parts := make([]string, n)
	for i := range parts {
		if s.r.chance(1, 4) {
			parts[i] = capFirst(s.expand(pick(s.r, s.ph.reportedOpeners))) + s.expand(pick(s.r, s.ph.reported)) + "."
			continue
		}
		parts[i] = s.expand(pick(s.r, s.ph.answers))
	}
	return strings.Join(parts, " ")
}

func (s *story) frontMatter(title, body string) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: " + yq(title) + "\n")
	fmt.Fprintf(&b, "date: %04d-%02d-%02d\n", s.r.between(2020, 2029), s.r.between(1, 12), s.r.between(1, 28))
	b.WriteString("source: \"synthetic\"\nparties:\n")
	for _, c := range []*Country{s.a, s.b} {
		b.WriteString("  - name: " + yq(c.Name) + "\n    aliases: [")
		for i, al := range c.Aliases() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(yq(al))
		}
		b.WriteString("]\n")
	}
	if len(s.speakers) > 0 {
		b.WriteString("speakers:\n")
		for _, p := range s.speakers {
			b.WriteString("  - name: " + yq(p.Name()) + "\n    role: " + yq(p.Title) + "\n")
			if p.Party != "" {
				b.WriteString("    party: " + yq(p.Party) + "\n")
			}
		}
	}
	b.WriteString("---\n\n")
	b.WriteString(body)
	return []byte(b.String())
}

// yq quotes for YAML. Generated names hold no quotes or backslashes.
func yq(s string) string { return `"` + s + `"` }

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 48 {
			break
		}
	}
	return strings.TrimRight(b.String(), "-")
}
