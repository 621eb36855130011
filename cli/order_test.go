package cli

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// datedFolder writes invented stories whose dates are out of path order,
// two of them undated, and returns the folder and the IDs newest first,
// undated last in path order.
func datedFolder(t *testing.T) (dir string, newestFirst []string) {
	t.Helper()
	dir = t.TempDir()
	stories := []struct{ id, date, speaker, said string }{
		{"a-kestria-march", "2031-03-01", "MS. VARN", "Kestria will open the northern crossing."},
		{"b-tesmar-undated", "", "MR. OSLIN", "Tesmar has nothing to add on the tariffs."},
		{"c-orlavia-june", "2031-06-10", "MS. DARRE", "Orlavia welcomes the harbour agreement."},
		{"d-velhaven-undated", "", "MR. TALLIS", "Velhaven asks for calm on the river."},
		{"e-kestria-april", "2031-04-15", "MS. VARN", "Kestria expects the envoys in May."},
	}
	for _, s := range stories {
		date := ""
		if s.date != "" {
			date = "date: " + s.date + "\n"
		}
		text := fmt.Sprintf("---\ntitle: Story %s\n%s---\n\n%s: %s\n", s.id, date, s.speaker, s.said)
		writeStory(t, dir, s.id+".md", text)
	}
	return dir, []string{"c-orlavia-june", "e-kestria-april", "a-kestria-march", "b-tesmar-undated", "d-velhaven-undated"}
}

// inOrder reports whether each of ids first appears in out after the one
// before it.
func inOrder(out string, ids []string) bool {
	last := -1
	for _, id := range ids {
		i := strings.Index(out, id)
		if i <= last {
			return false
		}
		last = i
	}
	return true
}

func TestListNewestFirst(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir, want := datedFolder(t)
	code, out, errs := runApart(t, "", "list", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")[1:]
	var got []string
	for k, l := range lines {
		f := strings.Fields(l)
		if f[0] != fmt.Sprint(k+1) {
			t.Errorf("line %d numbered %s", k+1, f[0])
		}
		got = append(got, f[2])
	}
	if !slices.Equal(got, want) {
		t.Errorf("list: %v, want %v", got, want)
	}

	code, out, errs = runApart(t, "", "list", "--json", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got = nil
	for _, o := range decodeObjects(t, out) {
		got = append(got, o["id"].(string))
	}
	if !slices.Equal(got, want) {
		t.Errorf("list --json: %v, want %v", got, want)
	}
}

// A filter leaves stories out, and the numbers of the others stay what
// they are without it: "brief show N" finds the same story.
func TestListNewestFirstFiltered(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir, want := datedFolder(t)
	code, out, errs := runApart(t, "", "list", "--speaker", "Varn", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")[1:]
	var got []string
	for _, l := range lines {
		f := strings.Fields(l)
		got = append(got, f[0]+" "+f[2])
	}
	if w := []string{"2 " + want[1], "3 " + want[2]}; !slices.Equal(got, w) {
		t.Errorf("list --speaker: %v, want %v", got, w)
	}
}

func TestShowNumberAgreesWithList(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir, want := datedFolder(t)
	for n, id := range want {
		code, out, errs := runApart(t, "", "show", fmt.Sprint(n+1), dir)
		if code != ExitOK {
			t.Fatalf("show %d: exit %d: %s", n+1, code, errs)
		}
		if first, _, _ := strings.Cut(out, "\n"); first != "# Story "+id {
			t.Errorf("show %d: %q, want the list's line %d, %s", n+1, first, n+1, id)
		}
	}
}

func TestQuotesNewestStoryFirst(t *testing.T) {
	t.Parallel() // its own world (issue #13)
	dir, want := datedFolder(t)
	for _, format := range []string{"text", "md", "json", "csv"} {
		t.Run(format, func(t *testing.T) {
			code, out, errs := runApart(t, "", "quotes", "--format", format, dir)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if !inOrder(out, want) {
				t.Errorf("not newest story first, undated last (%v):\n%s", want, out)
			}
			if strings.HasPrefix(out, "\n") {
				t.Errorf("starts with a blank line:\n%s", out)
			}
		})
	}
	code, out, errs := runApart(t, "", "quotes", "--json", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []string
	for _, o := range decodeObjects(t, out) {
		got = append(got, o["story"].(string))
	}
	if !slices.Equal(got, want) {
		t.Errorf("quotes --json: %v, want %v", got, want)
	}
}
