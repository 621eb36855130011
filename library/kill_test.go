package library

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The child half of TestKilledRefresh: a refresh in its own process, which
// the parent kills while it is storing items.
func TestKilledRefreshChild(t *testing.T) {
	dataDir, configDir := os.Getenv("BRIEF_KILL_DATA"), os.Getenv("BRIEF_KILL_CONFIG")
	if dataDir == "" {
		t.Skip("run by TestKilledRefresh")
	}
	l, err := Open(dataDir, configDir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	l.Refresh(context.Background(), func(p Progress) {
		fmt.Println("stored", p.New) // the parent kills on one of these cues
	})
	select {} // wait for the kill
}

// A refresh killed with SIGKILL at an arbitrary moment, maybe in the middle
// of writing a file, leaves a library that loads: every stored item whole,
// and the next refresh completes it without duplicates.
func TestKilledRefresh(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	var items []item
	for i := range 300 {
		items = append(items, item{guid: fmt.Sprintf("almora-%d", i), title: fmt.Sprintf("Almora Release %d", i), date: day(1 + i%28),
			body: strings.Repeat(fmt.Sprintf("Spokesperson Tobin Achterberg said release %d stands. ", i), 30)})
	}
	srv := newFeedServer(t)
	url := srv.set("/almora.rss", rss("Almora", items...))
	for round, killAt := range []int{1, 40, 150} {
		l := open(t)
		subscribe(t, l, url)
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledRefreshChild$")
		cmd.Env = append(os.Environ(), "BRIEF_KILL_DATA="+l.dataDir, "BRIEF_KILL_CONFIG="+l.configDir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		for sc.Scan() && sc.Text() != fmt.Sprint("stored ", killAt) {
		}
		cmd.Process.Kill()
		cmd.Wait()

		bs, errs := l.Briefings(nil)
		if len(errs) > 0 {
			t.Fatalf("round %d: library unreadable after the kill: %v", round, errs)
		}
		temps, _ := filepath.Glob(filepath.Join(l.itemsDir(), tempPrefix+"*"))
		t.Logf("round %d: killed after item %d; %d of %d items stored, %d half-written temporary files", round, killAt, len(bs), len(items), len(temps))
		for _, b := range bs {
			if len(b.Paragraphs) != 1 || !strings.HasSuffix(b.Paragraphs[0].Text, "stands.") {
				t.Fatalf("round %d: %q is not whole", round, b.Title)
			}
		}
		rep, err := l.Refresh(context.Background(), nil)
		if err != nil || len(rep.Failed()) > 0 {
			t.Fatalf("refresh after the kill: %v %v", err, rep.Failed())
		}
		if got := len(briefings(t, l)); got != len(items) || rep.New() != len(items)-len(bs) {
			t.Errorf("round %d: %d stored before, %d new after, %d in all; want %d in all", round, len(bs), rep.New(), got, len(items))
		}
	}
}
