package cli

import (
	"cmp"
	"path/filepath"

	"github.com/brief-reader/brief/library"
)

// Environment variables that move brief's folders: for tests, and for a
// user who wants a second library.
const (
	envDataDir   = "BRIEF_DATA_DIR"
	envConfigDir = "BRIEF_CONFIG_DIR"
)

// dirsFrom is the one place that decides where brief keeps things: the
// data folder (the library's stories and read state) and the config
// folder (subscriptions and the user's gazetteer files). The variables
// getenv gives (os.Getenv but in tests) win; library.Dirs gives the
// defaults. When getenv gives both of brief's, the system's (XDG_*,
// HOME) are not read.
func dirsFrom(getenv func(string) string) (dataDir, configDir string, err error) {
	dataDir, configDir = getenv(envDataDir), getenv(envConfigDir)
	if dataDir == "" || configDir == "" {
		d, c, err := library.Dirs()
		if err != nil {
			return "", "", err
		}
		dataDir, configDir = cmp.Or(dataDir, d), cmp.Or(configDir, c)
	}
	// Absolute, so that stored paths and messages do not depend on the
	// folder brief was started in.
	if dataDir, err = filepath.Abs(dataDir); err != nil {
		return "", "", err
	}
	if configDir, err = filepath.Abs(configDir); err != nil {
		return "", "", err
	}
	return dataDir, configDir, nil
}

// configDirFrom is the folder for the user's own gazetteer files; "" when
// there is none, and then the built-in gazetteer alone is used.
func configDirFrom(getenv func(string) string) string {
	_, c, err := dirsFrom(getenv)
	if err != nil {
		return ""
	}
	return c
}
