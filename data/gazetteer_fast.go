package data

import (
	"bytes"
	"strings"
)

// The gazetteer files are read at every start-up, and yaml.v3 spends
// milliseconds building nodes for them. Their common form is one flow
// mapping per line ("- {name: X, aliases: [A, B]}"), which a hand parser
// reads in a fraction of the time. fastItems accepts only that form, with
// plain or simple quoted scalars; on anything else it gives up and the
// caller parses the file with yaml.v3, so messages and edge cases are
// yaml.v3's own. TestGazetteerFastAgrees checks the two agree.

// fastItem is one "- {…}" line: its keys and values in order.
type fastItem struct {
	line   int
	keys   []string
	scalar []string   // the value when it is a scalar
	list   [][]string // the value when it is a flow sequence (scalar unset)
	isList []bool
}

// fastItems parses raw as a sequence of one-line flow mappings. ok is false
// when raw uses any YAML beyond that.
func fastItems(raw []byte, keys map[string]bool) (items []fastItem, ok bool) {
	line := 0
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
			return nil, false
		}
		it, ok := fastMapping(string(l[3:len(l)-1]), keys)
		if !ok {
			return nil, false
		}
		it.line = line
		items = append(items, it)
		if len(items) > maxGazetteerItems {
			return nil, false
		}
	}
	return items, true
}

// fastMapping parses the inside of a flow mapping: "k: v, k: [a, b]".
func fastMapping(s string, keys map[string]bool) (fastItem, bool) {
	var it fastItem
	seen := map[string]bool{}
	for {
		s = strings.TrimLeft(s, " ")
		colon := strings.Index(s, ": ")
		if colon <= 0 {
			return it, false
		}
		k := s[:colon]
		if !keys[k] || seen[k] || !plainSafe(k) {
			return it, false // unknown or repeated keys: yaml.v3 says how
		}
		seen[k] = true
		s = strings.TrimLeft(s[colon+2:], " ")
		it.keys = append(it.keys, k)
		if strings.HasPrefix(s, "[") {
			vs := []string{} // as yaml.v3 decodes "[]"
			s = s[1:]
			for {
				s = strings.TrimLeft(s, " ")
				if strings.HasPrefix(s, "]") && len(vs) == 0 {
					s = s[1:]
					break
				}
				v, rest, ok := fastScalar(s, ",]")
				if !ok {
					return it, false
				}
				vs = append(vs, v)
				s = strings.TrimLeft(rest, " ")
				if strings.HasPrefix(s, ",") {
					s = s[1:]
					continue
				}
				if strings.HasPrefix(s, "]") {
					s = s[1:]
					break
				}
				return it, false
			}
			it.scalar = append(it.scalar, "")
			it.list = append(it.list, vs)
			it.isList = append(it.isList, true)
		} else {
			v, rest, ok := fastScalar(s, ",")
			if !ok {
				return it, false
			}
			s = rest
			it.scalar = append(it.scalar, v)
			it.list = append(it.list, nil)
			it.isList = append(it.isList, false)
		}
		s = strings.TrimLeft(s, " ")
		if s == "" {
			return it, true
		}
		if s[0] != ',' {
			return it, false
		}
		s = s[1:]
	}
}

// fastScalar reads one scalar up to one of the stop bytes (or the end).
// Quoted scalars are taken only without escapes; plain ones only when
// yaml.v3 would read them as the same non-empty string.
func fastScalar(s, stop string) (v, rest string, ok bool) {
	if s == "" {
		return "", "", false
	}
	if q := s[0]; q == '"' || q == '\'' {
		end := strings.IndexByte(s[1:], q)
		if end < 0 {
			return "", "", false
		}
		v, rest = s[1:1+end], s[2+end:]
		if strings.ContainsAny(v, "\\\n") || strings.HasPrefix(rest, string(q)) {
			return "", "", false // escapes and doubled quotes: yaml.v3's job
		}
		return v, rest, true
	}
	end := strings.IndexAny(s, stop)
	if end < 0 {
		end = len(s)
	}
	v, rest = strings.TrimRight(s[:end], " "), s[end:]
	if !plainSafe(v) {
		return "", "", false
	}
	return v, rest, true
}

// plainSafe reports a plain scalar that yaml.v3 decodes into a string
// field as exactly its text: no indicator at the start, no comment, no
// ": ", no brackets, and not a null.
func plainSafe(v string) bool {
	if v == "" || strings.ContainsAny(v, "{}[]#\t") || strings.Contains(v, ":") {
		return false
	}
	if strings.IndexByte("-?,&*!|>'\"%@`", v[0]) >= 0 {
		return false
	}
	switch v {
	case "~", "null", "Null", "NULL":
		return false
	}
	return true
}

// fastParties turns fast items into party entries; ok is false when one
// needs yaml.v3's checks (a missing name, a list where a scalar belongs).
func fastParties(items []fastItem, path string) ([]PartyEntry, bool) {
	out := make([]PartyEntry, 0, len(items))
	for _, it := range items {
		p := PartyEntry{path: path, line: it.line}
		for i, k := range it.keys {
			list := k == "aliases" || k == "demonyms" || k == "seats" || k == "domains"
			if list != it.isList[i] {
				return nil, false
			}
			v, vs := it.scalar[i], it.list[i]
			switch k {
			case "name":
				p.Name = strings.TrimSpace(v)
			case "official":
				p.Official = v
			case "capital":
				p.Capital = v
			case "kind":
				p.Kind = v
			case "aliases":
				p.Aliases = vs
			case "demonyms":
				p.Demonyms = vs
			case "seats":
				p.Seats = vs
			case "domains":
				p.Domains = vs
			}
		}
		if p.Name == "" {
			return nil, false
		}
		out = append(out, p)
	}
	return out, true
}

// fastPeople is fastParties for people.yaml.
func fastPeople(items []fastItem, path string) ([]PersonEntry, bool) {
	out := make([]PersonEntry, 0, len(items))
	for _, it := range items {
		p := PersonEntry{path: path, line: it.line}
		for i, k := range it.keys {
			if (k == "aliases") != it.isList[i] {
				return nil, false
			}
			v := it.scalar[i]
			switch k {
			case "name":
				p.Name = strings.TrimSpace(v)
			case "surname":
				p.Surname = v
			case "role":
				p.Role = v
			case "party":
				p.Party = v
			case "gender":
				p.Gender = v
			case "aliases":
				p.Aliases = it.list[i]
			}
		}
		if p.Name == "" || (p.Gender != "" && p.Gender != "f" && p.Gender != "m") {
			return nil, false
		}
		out = append(out, p)
	}
	return out, true
}
