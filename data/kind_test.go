package data

import (
	"encoding/json"
	"testing"
)

func TestKindNames(t *testing.T) {
	t.Parallel()
	for _, k := range []Kind{Direct, Reported, Question} {
		raw, err := json.Marshal(k)
		if err != nil {
			t.Fatal(err)
		}
		var back Kind
		if err := json.Unmarshal(raw, &back); err != nil || back != k {
			t.Errorf("%v: JSON %s read back as %v, %v", k, raw, back, err)
		}
		if got, ok := ParseKind(k.String()); !ok || got != k {
			t.Errorf("ParseKind(%q) = %v, %v", k.String(), got, ok)
		}
	}
	if got := string(must(json.Marshal(Reported))); got != `"reported"` {
		t.Errorf("Reported marshals as %s", got)
	}
	var k Kind
	if err := json.Unmarshal([]byte(`"shouted"`), &k); err == nil {
		t.Error("an unknown kind was accepted")
	}
	if s := Kind(9).String(); s != "kind(9)" {
		t.Errorf("Kind(9) = %q", s)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
