package main

import (
	"os"
	"strings"
	"testing"
)

// TestLicence: brief is MIT-licensed, as the Charm libraries it is built
// on are, and the README says so where readers look for it, at the end.
func TestLicence(t *testing.T) {
	licence, err := os.ReadFile("LICENSE")
	if err != nil {
		t.Fatalf("no LICENSE file: %v", err)
	}
	for _, want := range []string{"MIT License", "Copyright (c) 2026 The brief authors", "Permission is hereby granted, free of charge"} {
		if !strings.Contains(string(licence), want) {
			t.Errorf("LICENSE lacks %q", want)
		}
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, found := strings.Cut(string(readme), "\n## Licence\n")
	if !found {
		t.Fatal(`README.md has no "## Licence" section`)
	}
	if strings.Contains(section, "\n## ") {
		t.Error(`"## Licence" is not the README's last section`)
	}
	if !strings.Contains(section, "MIT") || !strings.Contains(section, "(LICENSE)") {
		t.Errorf("the Licence section does not name the MIT licence and link LICENSE:\n%s", section)
	}
}
