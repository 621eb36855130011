package cli

import (
	"errors"
	"net/url"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// OpenInBrowser opens a web address in the user's browser, for the
// reader's o: $BROWSER when set, else the desktop's opener. It starts the
// browser and does not wait for it. No shell is involved: the address is
// one argument of the command, and only http and https addresses are
// given at all.
func OpenInBrowser(rawURL string) error {
	argv, err := browserCommand(rawURL, os.Getenv("BROWSER"), runtime.GOOS)
	if err != nil {
		return err
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	// Its own output would draw over the reader's screen.
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() //nolint:errcheck // reaped; how the browser ends is its own business
	return nil
}

// browserCommand is the command that opens rawURL: the first command of
// $BROWSER (a list separated by colons; "%s" in it stands for the
// address, which otherwise comes last), else xdg-open, open on macOS,
// or the URL handler on Windows.
func browserCommand(rawURL, browser, goos string) ([]string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") || strings.HasPrefix(rawURL, "-") {
		return nil, errors.New("only http and https addresses are opened")
	}
	for _, entry := range strings.Split(browser, string(os.PathListSeparator)) {
		fields := strings.Fields(entry)
		if len(fields) == 0 {
			continue
		}
		placed := false
		for i, f := range fields[1:] {
			if strings.Contains(f, "%s") {
				fields[i+1], placed = strings.ReplaceAll(f, "%s", rawURL), true
			}
		}
		if !placed {
			fields = append(fields, rawURL)
		}
		return fields, nil
	}
	switch goos {
	case "darwin":
		return []string{"open", rawURL}, nil
	case "windows":
		return []string{"rundll32", "url.dll,FileProtocolHandler", rawURL}, nil
	}
	return []string{"xdg-open", rawURL}, nil
}
