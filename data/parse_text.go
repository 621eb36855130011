package data

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// decodeText turns a file's bytes into clean UTF-8 with "\n" line ends:
// BOMs stripped, UTF-16 decoded, CRLF and lone CR normalised, invalid
// UTF-8 replaced by U+FFFD with a warning. Binary content is refused.
// When owned, the text may share raw's memory: the caller promises raw is
// never modified again.
func decodeText(raw []byte, owned bool) (string, []string, error) {
	if len(raw) == 0 {
		return "", nil, errors.New("empty")
	}
	var warnings []string
	switch {
	case bytes.HasPrefix(raw, []byte{0xef, 0xbb, 0xbf}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe}), bytes.HasPrefix(raw, []byte{0xfe, 0xff}):
		s, err := decodeUTF16(raw[2:], raw[0] == 0xfe)
		if err != nil {
			return "", nil, err
		}
		raw, owned = []byte(s), true
	}
	if len(raw) == 0 {
		return "", nil, errors.New("empty")
	}
	if binary(raw) {
		return "", nil, errors.New("not text (binary content)")
	}
	var s string
	if owned {
		s = unsafe.String(unsafe.SliceData(raw), len(raw))
	} else {
		s = string(raw)
	}
	if !utf8.ValidString(s) {
		n := countInvalid(raw)
		s = strings.ToValidUTF8(s, "\uFFFD")
		warnings = append(warnings, "invalid UTF-8 replaced by \uFFFD ("+strconv.Itoa(n)+" bytes)")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, warnings, nil
}

func decodeUTF16(b []byte, bigEndian bool) (string, error) {
	if len(b)%2 != 0 {
		return "", errors.New("not text: UTF-16 with an odd number of bytes")
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u)), nil
}

// binary reports content that is not text: any NUL byte, or more than one
// byte in ten being a control character that text does not use.
func binary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	sample := b
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	odd := 0
	for i := 0; i < len(sample); {
		if i+8 <= len(sample) && printableASCII8(sample[i:]) {
			i += 8
			continue
		}
		if c := sample[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			odd++
		}
		i++
	}
	if odd*10 > len(sample) {
		return true
	}
	// Mostly invalid UTF-8 is some other encoding or binary: a few bad
	// bytes are repaired, a majority is refused.
	return !utf8.Valid(sample) && countInvalid(sample)*3 > len(sample)
}

func countInvalid(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		b = b[size:]
	}
	return n
}
