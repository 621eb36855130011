package data

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"sync"
)

// engineRevision names the attribution engine's behaviour. Bump it with
// every change that alters what attribution finds, so that stored results
// (the library's cache) are recomputed.
const engineRevision = "2026-12-06.6"

// executableIdentity tells one build of brief from another without
// hashing the whole binary: a developer's rebuild must not reuse results
// the previous build stored under the same engineRevision.
var executableIdentity = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return "unknown"
	}
	return strconv.FormatInt(fi.Size(), 10) + "@" + strconv.FormatInt(fi.ModTime().UnixNano(), 10)
})

// userGazetteerFiles are the user's extensions read by NewAttributor; they
// change what attribution finds, so they are part of its version.
var userGazetteerFiles = []string{"parties.yaml", "people.yaml"}

func attributionVersion(configDir string) string {
	h := sha256.New()
	h.Write([]byte(engineRevision + "\x00" + executableIdentity() + "\x00"))
	if configDir != "" {
		for _, name := range userGazetteerFiles {
			b, err := os.ReadFile(filepath.Join(configDir, name))
			if err == nil {
				h.Write([]byte(name + "\x00"))
				h.Write(b)
				h.Write([]byte{0})
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
