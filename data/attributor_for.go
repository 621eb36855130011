package data

import (
	"errors"
	"os"
	"path/filepath"
)

// AttributorFor is NewAttributor(configDir), except that when configDir
// holds none of the user's gazetteer files it is DefaultAttributor: the
// same attributor (the same Version, the same findings), built once per
// process and shared. Each command of the command line built its own,
// and a process that runs many (the cli tests run hundreds) built the
// gazetteer again for each. A file that exists, readable or not, gets an
// attributor of its own, and its problems reported.
func AttributorFor(configDir string) (*Attributor, []error) {
	if configDir != "" {
		for _, name := range userGazetteerFiles {
			if _, err := os.Lstat(filepath.Join(configDir, name)); !errors.Is(err, os.ErrNotExist) {
				return NewAttributor(configDir)
			}
		}
	}
	return DefaultAttributor(), nil
}
