package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWrongCommandLineIsOneLine: a mistyped option or command gets one
// line, the error and where to read more, not the whole usage, which
// would scroll the error out of sight.
func TestWrongCommandLineIsOneLine(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	good := writeStory(t, t.TempDir(), "calm.txt", calmStory)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"list", "--jsn", good}, "brief: list: unknown option --jsn"},
		{"unknown short flag", []string{"quotes", "-x"}, "brief: quotes: unknown option --x"},
		{"unknown command", []string{"lst"}, `brief: unknown command "lst"`},
		{"bad value", []string{"list", "--max-size", "lots", good}, `brief: list: invalid value "lots"`},
		{"missing argument", []string{"show"}, "brief: show: which story?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, out, errs := runApart(t, "", tt.args...)
			if code != ExitUsage || out != "" {
				t.Errorf("exit %d, stdout %q; want %d and nothing", code, out, ExitUsage)
			}
			if strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, tt.want) || !strings.HasSuffix(errs, `(see "brief help")`+"\n") {
				t.Errorf("stderr %q, want one line starting %q and ending with the hint", errs, tt.want)
			}
		})
	}
	t.Run("reader", func(t *testing.T) {
		t.Parallel()
		var errb bytes.Buffer
		r, code := newWorld(t).parseReader([]string{"--no-such-option"}, nil, &errb)
		if r != nil || code != ExitUsage {
			t.Fatalf("ParseReader = %v, %d; want nil, %d", r, code, ExitUsage)
		}
		if got, want := errb.String(), "brief: unknown option --no-such-option (see \"brief help\")\n"; got != want {
			t.Errorf("stderr %q, want %q", got, want)
		}
	})
}

// TestHelpShowsTheRealFolders: the help names the folders brief uses on
// this machine, not a formula the user must work out
// ("os.UserConfigDir()/brief").
func TestHelpShowsTheRealFolders(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "xdg-data"))
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "xdg-config"))
	t.Setenv(envDataDir, "")
	t.Setenv(envConfigDir, "")
	dataDir, configDir, err := dirsFrom(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"help"}, {"--help"}, {"list", "-h"}} {
		code, out, _ := runHere(t, "", args...)
		if code != ExitOK {
			t.Errorf("%q: exit %d", args, code)
		}
		for _, want := range []string{dataDir, configDir, "$BRIEF_DATA_DIR", "$BRIEF_CONFIG_DIR"} {
			if !strings.Contains(out, want) {
				t.Errorf("%q: the help does not name %q:\n%s", args, want, out)
			}
		}
		if strings.Contains(out, "UserConfigDir") {
			t.Errorf("%q: the help shows Go's function, not a folder:\n%s", args, out)
		}
	}
	t.Setenv(envConfigDir, filepath.Join(home, "mine"))
	if _, out, _ := runHere(t, "", "help"); !strings.Contains(out, filepath.Join(home, "mine")) {
		t.Errorf("the help ignores $BRIEF_CONFIG_DIR:\n%s", out)
	}
}
