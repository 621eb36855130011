package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDirs: the variables move each folder on its own, relative ones are
// made absolute, and the defaults come from library.Dirs.
func TestDirs(t *testing.T) {
	home := t.TempDir()
	wd := t.TempDir()
	t.Chdir(wd)
	xdgData := filepath.Join(home, "xdg-data")
	d, c := filepath.Join(home, "d"), filepath.Join(home, "c")
	const byDefault = "" // os.UserConfigDir()/brief: where is the platform's affair
	tests := []struct {
		name                string
		data, config        string // BRIEF_DATA_DIR, BRIEF_CONFIG_DIR
		wantData, wantConfg string
	}{
		{"defaults", "", "", filepath.Join(xdgData, "brief"), byDefault},
		{"both set", d, c, d, c},
		{"data only", d, "", d, byDefault},
		{"config only", "", c, filepath.Join(xdgData, "brief"), c},
		{"relative", "lib", "conf", filepath.Join(wd, "lib"), filepath.Join(wd, "conf")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("HOME", home)
			t.Setenv("XDG_DATA_HOME", xdgData)
			t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "xdg-config"))
			t.Setenv(envDataDir, tt.data)
			t.Setenv(envConfigDir, tt.config)
			if tt.wantConfg == byDefault {
				uc, err := os.UserConfigDir()
				if err != nil {
					t.Fatal(err)
				}
				tt.wantConfg = filepath.Join(uc, "brief")
			}
			d, c, err := dirsFrom(os.Getenv)
			if err != nil || d != tt.wantData || c != tt.wantConfg {
				t.Errorf("dirsFrom(os.Getenv) = %q, %q, %v; want %q, %q", d, c, err, tt.wantData, tt.wantConfg)
			}
			if got := configDirFrom(os.Getenv); got != tt.wantConfg {
				t.Errorf("configDirFrom(os.Getenv) = %q, want %q", got, tt.wantConfg)
			}
		})
	}
}
