package gazetteer

import (
	"bytes"
	"slices"
	"strings"

	"github.com/brief-reader/brief/internal/yamlflow"
)

// The gazetteer files are read at every start-up, and yaml.v3 spends
// milliseconds building nodes for them. Their common form is one flow
// mapping per line ("- {name: X, aliases: [A, B]}"), which a hand parser
// reads in a fraction of the time. fastItems accepts only that form, with
// plain or simple quoted scalars; on anything else it gives up and the
// caller parses the file with yaml.v3, so messages and edge cases are
// yaml.v3's own. TestGazetteerFastAgrees checks the two agree.

// fastValue is one key's value: a scalar, or a flow sequence of scalars.
type fastValue struct {
	scalar string
	list   []string
	isList bool
}

// fastItems parses raw as a sequence of one-line flow mappings, calling
// item for each with its 1-based line; set is called for each key, in
// order. ok is false when raw uses any YAML beyond that form, or when
// item or set refuse an entry.
func fastItems(raw []byte, keys []string, item func(line int) bool, set func(key int, v fastValue) bool) bool {
	line, n := 0, 0
	for len(raw) > 0 {
		line++
		var l []byte
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			l, raw = raw[:i], raw[i+1:]
		} else {
			l, raw = raw, nil
		}
		l = bytes.TrimRight(l, " \r")
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		if !bytes.HasPrefix(l, []byte("- {")) || l[len(l)-1] != '}' {
			return false
		}
		if n++; n > maxGazetteerItems || !item(line) {
			return false
		}
		if !fastMapping(string(l[3:len(l)-1]), keys, set) {
			return false
		}
	}
	return true
}

// fastMapping parses the inside of a flow mapping: "k: v, k: [a, b]".
func fastMapping(s string, keys []string, set func(key int, v fastValue) bool) bool {
	var seen uint64
	for {
		s = strings.TrimLeft(s, " ")
		colon := strings.Index(s, ": ")
		if colon <= 0 {
			return false
		}
		k := slices.Index(keys, s[:colon])
		if k < 0 || seen&(1<<k) != 0 {
			return false // unknown or repeated keys: yaml.v3 says how
		}
		seen |= 1 << k
		s = strings.TrimLeft(s[colon+2:], " ")
		var v fastValue
		if strings.HasPrefix(s, "[") {
			s = s[1:]
			v.isList = true
			v.list = make([]string, 0, strings.Count(s[:max(strings.IndexByte(s, ']'), 0)], ",")+1)
			for {
				s = strings.TrimLeft(s, " ")
				if strings.HasPrefix(s, "]") && len(v.list) == 0 {
					s = s[1:]
					break
				}
				x, rest, ok := yamlflow.Scalar(s, ",]")
				if !ok {
					return false
				}
				v.list = append(v.list, x)
				s = strings.TrimLeft(rest, " ")
				if strings.HasPrefix(s, ",") {
					s = s[1:]
					continue
				}
				if strings.HasPrefix(s, "]") {
					s = s[1:]
					break
				}
				return false
			}
		} else {
			x, rest, ok := yamlflow.Scalar(s, ",")
			if !ok {
				return false
			}
			v.scalar, s = x, rest
		}
		if !set(k, v) {
			return false
		}
		s = strings.TrimLeft(s, " ")
		if s == "" {
			return true
		}
		if s[0] != ',' {
			return false
		}
		s = s[1:]
	}
}

// The keys of each file, in a fixed order for fastItems.
var (
	partyFastKeys  = []string{"name", "official", "aliases", "demonyms", "capital", "seats", "kind", "domains"}
	personFastKeys = []string{"name", "surname", "role", "party", "aliases", "gender"}
)

// fastParties reads parties.yaml by hand; ok is false when an entry needs
// yaml.v3's checks (a missing name, a list where a scalar belongs).
func fastParties(raw []byte, path string) ([]PartyEntry, bool) {
	out := make([]PartyEntry, 0, bytes.Count(raw, []byte("\n- {"))+1)
	var p *PartyEntry
	ok := fastItems(raw, partyFastKeys, func(line int) bool {
		if p != nil && p.Name == "" {
			return false
		}
		out = append(out, PartyEntry{path: path, line: line})
		p = &out[len(out)-1]
		return true
	}, func(k int, v fastValue) bool {
		key := partyFastKeys[k]
		if list := key == "aliases" || key == "demonyms" || key == "seats" || key == "domains"; list != v.isList {
			return false
		}
		switch key {
		case "name":
			p.Name = strings.TrimSpace(v.scalar)
		case "official":
			p.Official = v.scalar
		case "capital":
			p.Capital = v.scalar
		case "kind":
			p.Kind = v.scalar
		case "aliases":
			p.Aliases = v.list
		case "demonyms":
			p.Demonyms = v.list
		case "seats":
			p.Seats = v.list
		case "domains":
			p.Domains = v.list
		}
		return true
	})
	if !ok || (p != nil && p.Name == "") {
		return nil, false
	}
	return out, true
}

// fastPeople is fastParties for people.yaml.
func fastPeople(raw []byte, path string) ([]PersonEntry, bool) {
	out := make([]PersonEntry, 0, bytes.Count(raw, []byte("\n- {"))+1)
	var p *PersonEntry
	valid := func() bool { return p.Name != "" && (p.Gender == "" || p.Gender == "f" || p.Gender == "m") }
	ok := fastItems(raw, personFastKeys, func(line int) bool {
		if p != nil && !valid() {
			return false
		}
		out = append(out, PersonEntry{path: path, line: line})
		p = &out[len(out)-1]
		return true
	}, func(k int, v fastValue) bool {
		key := personFastKeys[k]
		if (key == "aliases") != v.isList {
			return false
		}
		switch key {
		case "name":
			p.Name = strings.TrimSpace(v.scalar)
		case "surname":
			p.Surname = v.scalar
		case "role":
			p.Role = v.scalar
		case "party":
			p.Party = v.scalar
		case "gender":
			p.Gender = v.scalar
		case "aliases":
			p.Aliases = v.list
		}
		return true
	})
	if !ok || (p != nil && !valid()) {
		return nil, false
	}
	return out, true
}
