package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/tag"
)

const fixture = "testdata/gum"

// fixtureConfig trains on the invented fixture; fold 0 holds out the first
// document of each genre.
func fixtureConfig(gum, out string) config {
	cfg := tag.DefaultTrainConfig()
	cfg.DictMinCount = 2
	return config{gum: gum, rev: "HEAD", genres: licensedGenres, out: out, fold: 0, train: cfg}
}

func trainFixture(t *testing.T, gum string) ([]byte, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "model.bin")
	var report bytes.Buffer
	if err := run(fixtureConfig(gum, out), &report); err != nil {
		t.Fatal(err)
	}
	model, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return model, report.String()
}

func TestTrainingIsDeterministic(t *testing.T) {
	a, report := trainFixture(t, fixture)
	b, _ := trainFixture(t, fixture)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs on the same files wrote different models")
	}
	if _, err := tag.Load(a); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"3 training", "2 held out", "held out, as written in GUM", "news"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}

// TestEvalReadsTheModelBack: -eval evaluates a model file without training.
func TestEvalReadsTheModelBack(t *testing.T) {
	model, report := trainFixture(t, fixture)
	path := filepath.Join(t.TempDir(), "m.bin")
	if err := os.WriteFile(path, model, 0o644); err != nil {
		t.Fatal(err)
	}
	c := fixtureConfig(fixture, "")
	c.eval = path
	var again bytes.Buffer
	if err := run(c, &again); err != nil {
		t.Fatal(err)
	}
	if again.String() != report {
		t.Errorf("evaluating the written model:\n%s\ntraining it:\n%s", again.String(), report)
	}
}

// TestGitDirectories: a checkout's git directory and a bare clone give the
// model the folder gives.
func TestGitDirectories(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git command")
	}
	want, _ := trainFixture(t, fixture)
	repo := filepath.Join(t.TempDir(), "UD_English-GUM")
	if err := os.CopyFS(repo, os.DirFS(fixture)); err != nil {
		t.Fatal(err)
	}
	git := func(dir string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git(repo, "init", "-q")
	git(repo, "add", ".")
	git(repo, "commit", "-qm", "fixture")
	bare := filepath.Join(t.TempDir(), "repo.git")
	git(repo, "clone", "-q", "--bare", repo, bare)
	// A git directory alone, without the checked-out files.
	if err := os.RemoveAll(filepath.Join(repo, "not-to-release")); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{repo, filepath.Join(repo, ".git"), bare} {
		got, _ := trainFixture(t, dir)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the model differs from the folder's", dir)
		}
	}
	if _, err := readGUM(t.TempDir(), "HEAD", licensedGenres); err == nil {
		t.Error("an empty folder: no error")
	}
}

func TestOnlyLicensedGenres(t *testing.T) {
	docs, err := readGUM(fixture, "HEAD", licensedGenres)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := readGUM(fixture, "HEAD", []string{"news", "whow"}); err == nil {
		t.Error("-genres whow: no error")
	}
	onlyVlog, err := readGUM(fixture, "HEAD", []string{"vlog"})
	if err != nil || len(onlyVlog) != 2 {
		t.Errorf("-genres vlog: %d documents, %v; want 2", len(onlyVlog), err)
	}
	var names []string
	for _, d := range docs {
		names = append(names, d.name)
	}
	want := []string{"GUM_news_orlavia", "GUM_news_tesmar", "GUM_news_velmar", "GUM_vlog_velk", "GUM_vlog_vell"}
	if !slices.Equal(names, want) {
		t.Errorf("read %v, want %v (whow and academic are not CC-BY)", names, want)
	}
	for _, name := range []string{"GUM_bio_x.conllu", "GUM_voyage_x.conllu", "GUM_whow_x.conllu", "GUM_fiction_x.conllu", "GUM_academic_x.conllu",
		"GUM_court_x.conllu", "GUM_essay_x.conllu", "GUM_letter_x.conllu", "GUM_podcast_x.conllu", "GUM_news_x.txt", "news_x.conllu"} {
		if _, _, ok := licensed(name); ok {
			t.Errorf("%s counted as licensed", name)
		}
	}
}

func TestHeldOut(t *testing.T) {
	var docs []sourceDoc
	for _, g := range []string{"bio", "news"} {
		for i := range 12 {
			docs = append(docs, sourceDoc{name: "GUM_" + g + "_" + string(rune('a'+i)), genre: g})
		}
	}
	var held []string
	for i, h := range heldOut(docs, 4) {
		if h {
			held = append(held, docs[i].name)
		}
	}
	if want := []string{"GUM_bio_e", "GUM_news_e"}; !slices.Equal(held, want) {
		t.Errorf("held out %v, want %v", held, want)
	}
}

func TestCoNLLUViews(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(fixture, sourcesDir, "GUM_news_tesmar.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	sents, err := parseCoNLLU("GUM_news_tesmar", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 {
		t.Fatalf("%d sentences, want 3", len(sents))
	}
	if got := strings.Join(sents[0].words, " "); strings.Count(got, "said") != 1 {
		t.Errorf("the empty node 14.1 was read as a word: %q", got)
	}
	m := sents[2].merged()
	if got := strings.Join(m.Words, " "); got != "Orlavia's envoy did n't comment ." {
		t.Errorf("merged: %q", got)
	}
	if m.Tags[0] != tag.NNP {
		t.Errorf("merged Orlavia's tagged %s, want its first part's NNP", m.Tags[0])
	}
	r := restyled(sents[1].split())
	if r.Words[0] != "“" || r.Words[6] != "”" {
		t.Errorf("restyled: %q", r.Words)
	}
	if back := restyled(r); !slices.Equal(back.Words, sents[1].words) {
		t.Errorf("restyled twice: %q, want %q", back.Words, sents[1].words)
	}
	for _, bad := range []string{"1\tx\n", "1-x\ta\t_\t_\t_\n", "2\tx\tx\tX\tNN\n", "1\tx\tx\tX\tBOGUS\n"} {
		if _, err := parseCoNLLU("bad", []byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
