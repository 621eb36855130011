package gazetteer

import (
	"reflect"
	"testing"
)

// TestGazetteerFastAgrees: whenever the hand parser accepts a file, it
// reads exactly what yaml.v3 reads, line numbers included.
func TestGazetteerFastAgrees(t *testing.T) {
	embedded := func(name string) string {
		raw, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(raw)
	}
	tests := []struct {
		name   string
		people bool
		in     string
		fast   bool // the hand parser must take it
	}{
		{"embedded parties", false, embedded("parties.yaml"), true},
		{"embedded people", true, embedded("people.yaml"), true},
		{"empty", false, "", true},
		{"comments only", false, "# nothing\n\n# here\n", true},
		{"plain", false, "- {name: Varanda, capital: Port Ellis, kind: state}\n", true},
		{"lists", false, "- {name: Varanda, aliases: [Varandan Republic, VR], demonyms: [Varandan], seats: []}\n", true},
		{"quoted comma", false, `- {name: Varanda, official: "Varanda, Isles and Reef", aliases: ['The Isles']}` + "\n", true},
		{"apostrophe inside", false, "- {name: People's Varanda, kind: state}\n", true},
		{"numbers and bools are text", false, "- {name: 1990, official: true, capital: 1e3}\n", true},
		{"CRLF", false, "- {name: Varanda}\r\n- {name: Ostrel}\r\n", true},
		{"no final newline", true, "- {name: Ilse Marrow, role: Envoy, party: Varanda, gender: f}", true},
		{"surname dash quoted", true, `- {name: Ilse Marrow, surname: "-"}` + "\n", true},
		{"spaces around", true, "- { name: Ilse Marrow ,  role:  Envoy }\n", true},
		// Beyond the hand parser: yaml.v3 reads these (or reports them).
		{"block mapping", false, "- name: Varanda\n  kind: state\n", false},
		{"unknown key", false, "- {name: Varanda, colour: red}\n", false},
		{"repeated key", false, "- {name: Varanda, name: Ostrel}\n", false},
		{"no name", false, "- {kind: state}\n", false},
		{"null name", false, "- {name: null}\n", false},
		{"list for scalar", false, "- {name: [Varanda]}\n", false},
		{"scalar for list", false, "- {name: Varanda, aliases: VR}\n", false},
		{"escape", false, `- {name: "Var\u0061nda"}` + "\n", false},
		{"doubled quote", false, `- {name: 'Varanda''s'}` + "\n", false},
		{"trailing comment", false, "- {name: Varanda} # the isles\n", false},
		{"anchor", false, "- {name: &v Varanda}\n", false},
		{"bad gender", true, "- {name: Ilse Marrow, gender: x}\n", false},
		{"colon in value", true, "- {name: Ilse Marrow, role: Envoy:Special}\n", false},
		{"tab", true, "- {name: Ilse\tMarrow}\n", false},
		{"BOM", true, "\ufeff- {name: Ilse Marrow}\n", false},
		{"document marker", true, "---\n- {name: Ilse Marrow}\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fast, slow any
			var errs []error
			var ok bool
			if tt.people {
				var out []PersonEntry
				out, ok = fastPeople([]byte(tt.in), "f")
				fast = out
				var s []PersonEntry
				s, errs = parsePeopleYAML([]byte(tt.in), "f")
				slow = s
			} else {
				var out []PartyEntry
				out, ok = fastParties([]byte(tt.in), "f")
				fast = out
				var s []PartyEntry
				s, errs = parsePartiesYAML([]byte(tt.in), "f")
				slow = s
			}
			if ok != tt.fast {
				t.Fatalf("hand parser took it: %v, want %v", ok, tt.fast)
			}
			if !ok {
				return
			}
			if len(errs) > 0 {
				t.Fatalf("yaml.v3 reports %v on input the hand parser took", errs)
			}
			if reflect.ValueOf(slow).Len() == 0 && reflect.ValueOf(fast).Len() == 0 {
				return // nil and empty are the same nothing
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Errorf("hand parser:\n%+v\nyaml.v3:\n%+v", fast, slow)
			}
		})
	}
}

// TestGazetteerFallbackErrors: a file the hand parser declines still gets
// yaml.v3's line-numbered messages through parsePartiesFile.
func TestGazetteerFallbackErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"- {name: Varanda}\n- {name: Ostrel, colour: red}\n", `f: line 2: unknown field "colour"`},
		{"- {name: Varanda}\n\n- {kind: state}\n", "f: line 3: entry has no name"},
	}
	for _, tt := range tests {
		out, errs := parsePartiesFile([]byte(tt.in), "f")
		if len(errs) != 1 || errs[0].Error() != tt.want {
			t.Errorf("%q: errors %v, want %q", tt.in, errs, tt.want)
		}
		if len(out) != 1 || out[0].Name != "Varanda" {
			t.Errorf("%q: entries %+v, want the good one kept", tt.in, out)
		}
	}
}
