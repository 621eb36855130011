package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"time"

	"github.com/brief-reader/brief/store"
)

// rekey files the attribution stored in a library under the version the
// brief binary at binary will ask for, as if that binary had attributed
// every story itself: a new build otherwise attributes 100,000 stories
// again (one to four minutes) before it can be measured. It mirrors
// data/version.go (the engine revision, the executable's size and time,
// no user gazetteer files), reading the revision from the source, so it
// runs from the repository root. It opens the library with this build's
// store, which brings its schema up to date.
func rekey(dir, binary string) error {
	src, err := os.ReadFile("data/version.go")
	if err != nil {
		return fmt.Errorf("%w (run dbbench from the repository root)", err)
	}
	m := regexp.MustCompile(`const engineRevision = "([^"]+)"`).FindSubmatch(src)
	if m == nil {
		return fmt.Errorf("data/version.go: no engineRevision")
	}
	fi, err := os.Stat(binary)
	if err != nil {
		return err
	}
	h := sha256.New()
	h.Write([]byte(string(m[1]) + "\x00" + strconv.FormatInt(fi.Size(), 10) + "@" + strconv.FormatInt(fi.ModTime().UnixNano(), 10) + "\x00"))
	version := hex.EncodeToString(h.Sum(nil)[:12])
	db, err := store.Open(dir)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, table := range []string{"attribution", "statements"} {
		res, err := db.SQL().Exec(`UPDATE `+table+` SET version = ?`, version)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		fmt.Printf("%s: %d rows filed under %s\n", table, n, version)
	}
	// The grouping of statements reported in several stories is kept
	// by version too: made again for this one, as the binary would.
	t0 := time.Now()
	if _, err := db.MakeReports(context.Background(), version); err != nil {
		return err
	}
	fmt.Printf("provenance made in %s\n", time.Since(t0).Round(time.Millisecond))
	return nil
}
