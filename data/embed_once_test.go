package data

import (
	"reflect"
	"sync"
	"testing"
	"time"
)

// Embedded works the built-in briefings out once and hands out copies:
// callers that change theirs, all at once, change nothing that a later
// call returns, and the copies are what attributing them afresh gives.
// Under -race, copies that shared anything the callers write would race.
func TestEmbeddedCopiesAreTheCallersOwn(t *testing.T) {
	t.Parallel()
	want, wantErrs := embedded(DefaultAttributor())
	if len(want) == 0 || len(wantErrs) > 0 {
		t.Fatalf("%d built-in briefings, errors %v", len(want), wantErrs)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			bs, _ := Embedded(LoadOptions{})
			if !reflect.DeepEqual(bs, want) {
				t.Error("a copy is not the briefings attributed afresh")
			}
			for _, b := range bs {
				scribble(reflect.ValueOf(b).Elem())
			}
			if reflect.DeepEqual(bs, want) {
				t.Error("scribble changed nothing")
			}
		})
	}
	wg.Wait()
	again, errs := Embedded(LoadOptions{Attributor: DefaultAttributor()})
	if !reflect.DeepEqual(again, want) || len(errs) > 0 {
		t.Errorf("a call after the callers changed theirs differs from the briefings attributed afresh (errors %v)", errs)
	}
	held, _ := embeddedByDefault()
	for i := range held {
		if path := sharedSlice(reflect.ValueOf(held[i]).Elem(), reflect.ValueOf(again[i]).Elem(), "Briefing"); path != "" {
			t.Errorf("%s: the copy shares %s with the briefings held", held[i].ID, path)
		}
	}
}

// scribble changes every field v holds, through slices and structs, that
// a caller could change in place.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + "✗")
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 1)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 1)
		}
	case reflect.Slice:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			scribble(v.Field(i))
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	}
}

// sharedSlice names the first slice that a and b, values of one type,
// both point into (strings aside, which no one can change), or "".
func sharedSlice(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Slice:
		if a.Cap() > 0 && b.Cap() > 0 && a.Pointer() == b.Pointer() {
			return path
		}
		for i := range min(a.Len(), b.Len()) {
			if p := sharedSlice(a.Index(i), b.Index(i), path+"[]"); p != "" {
				return p
			}
		}
	case reflect.Struct:
		for i := range a.NumField() {
			if p := sharedSlice(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
				return p
			}
		}
	case reflect.Pointer, reflect.Map:
		if !a.IsNil() && a.Pointer() == b.Pointer() && a.Type() != reflect.TypeFor[*time.Location]() {
			return path
		}
	}
	return ""
}
