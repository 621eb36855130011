// Package yamlflow reads the scalars of YAML's one-line flow forms
// ("- {name: X, aliases: [A, B]}", "key: value") by hand, for the few
// files brief reads at every start-up (the gazetteer, front matter), where
// yaml.v3 would spend milliseconds building nodes. Anything beyond the
// plain forms is refused, and the callers then parse with yaml.v3.
package yamlflow

import "strings"

// Scalar reads one scalar up to one of the stop bytes (or the end).
// Quoted scalars are taken only without escapes; plain ones only when
// yaml.v3 would read them as the same non-empty string.
func Scalar(s, stop string) (v, rest string, ok bool) {
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
	if !PlainSafe(v) {
		return "", "", false
	}
	return v, rest, true
}

// PlainSafe reports a plain scalar that yaml.v3 decodes into a string
// field as exactly its text: no indicator at the start, no comment, no
// colon, no brackets, and not a null.
func PlainSafe(v string) bool {
	if v == "" || strings.IndexByte("-?,&*!|>'\"%@`", v[0]) >= 0 {
		return false
	}
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '{', '}', '[', ']', '#', '\t', ':':
			return false
		}
	}
	switch v {
	case "~", "null", "Null", "NULL":
		return false
	}
	return true
}
