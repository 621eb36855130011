package main

import "testing"

// TestRunDispatch checks that subcommands reach the CLI and that a wrong
// reader option stops before the terminal is touched.
func TestRunDispatch(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	t.Setenv("BRIEF_DATA_DIR", t.TempDir())
	t.Setenv("BRIEF_CONFIG_DIR", t.TempDir())
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"version"}, 0},
		{[]string{"lst"}, 2},
		{[]string{"--no-such-option"}, 2},
		{[]string{"--max-size", "lots", "x.txt"}, 2},
		{[]string{"subscriptions", "--json"}, 0},
		{[]string{"subscribe", "not-a-url"}, 2},
		{[]string{"refresh"}, 0}, // nothing to refresh
	}
	for _, tt := range tests {
		if got := run(tt.args); got != tt.want {
			t.Errorf("run(%q) = %d, want %d", tt.args, got, tt.want)
		}
	}
}
