package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// sourcesDir is where GUM keeps one CoNLL-U file per document, named
// GUM_<genre>_<name>.conllu; the genre decides the licence.
const sourcesDir = "not-to-release/sources"

// licensedGenres are the GUM genres whose texts are CC-BY or public domain
// by the treebank's LICENSE.txt (commit afb41ee) and by their own sources:
// Wikinews news and interviews (CC-BY), OpenStax textbooks and YouTube
// Creative Commons vlogs (CC-BY), political speeches (public domain) and
// Santa Barbara Corpus conversations (CC-BY). LICENSE.txt also calls bio and
// voyage CC-BY, but they come from Wikipedia and Wikivoyage, whose terms are
// CC BY-SA: share-alike would bind the model, so they are left out. wikiHow
// and fiction are CC-BY-NC-SA; academic, court, essay, letter and podcast
// are not named in LICENSE.txt.
var licensedGenres = []string{"conversation", "interview", "news", "speech", "textbook", "vlog"}

// sourceDoc is one GUM document's CoNLL-U text.
type sourceDoc struct {
	name  string // file name without .conllu, e.g. GUM_news_iodine
	genre string
	text  []byte
}

// genreOf reads the genre from a GUM document name.
func genreOf(name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, "GUM_")
	if !ok {
		return "", false
	}
	genre, _, ok := strings.Cut(rest, "_")
	return genre, ok
}

// readGUM reads the documents of the given genres (all of them licensed)
// from a checkout of UD_English-GUM (a folder with not-to-release/sources) or
// from its git directory (bare or not) at rev. It returns them sorted by name.
func readGUM(src, rev string, genres []string) ([]sourceDoc, error) {
	for _, g := range genres {
		if !slices.Contains(licensedGenres, g) {
			return nil, fmt.Errorf("genre %q: not one of the CC-BY or public-domain genres %v", g, licensedGenres)
		}
	}
	var docs []sourceDoc
	var err error
	if st, e := os.Stat(filepath.Join(src, filepath.FromSlash(sourcesDir))); e == nil && st.IsDir() {
		docs, err = readFolder(filepath.Join(src, filepath.FromSlash(sourcesDir)))
	} else {
		docs, err = readGit(src, rev)
	}
	if err != nil {
		return nil, err
	}
	docs = slices.DeleteFunc(docs, func(d sourceDoc) bool { return !slices.Contains(genres, d.genre) })
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no licensed GUM documents in %s", src, sourcesDir)
	}
	slices.SortFunc(docs, func(a, b sourceDoc) int { return strings.Compare(a.name, b.name) })
	return docs, nil
}

func licensed(fileName string) (name, genre string, ok bool) {
	name, isConllu := strings.CutSuffix(fileName, ".conllu")
	if !isConllu {
		return "", "", false
	}
	genre, ok = genreOf(name)
	if !ok || !slices.Contains(licensedGenres, genre) {
		return "", "", false
	}
	return name, genre, true
}

func readFolder(dir string) ([]sourceDoc, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var docs []sourceDoc
	for _, e := range entries {
		name, genre, ok := licensed(e.Name())
		if !ok || e.IsDir() {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		docs = append(docs, sourceDoc{name, genre, text})
	}
	return docs, nil
}

// readGit reads the documents through the git command, which reads bare
// mirrors and packed objects alike.
func readGit(gitDir, rev string) ([]sourceDoc, error) {
	git := func(args ...string) ([]byte, error) {
		cmd := exec.Command("git", append([]string{"--git-dir", gitDir}, args...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("%s: git %s: %v: %s", gitDir, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
		}
		return out, nil
	}
	if _, err := os.Stat(gitDir); err != nil {
		return nil, err
	}
	if st, err := os.Stat(filepath.Join(gitDir, ".git")); err == nil && st.IsDir() {
		gitDir = filepath.Join(gitDir, ".git")
	}
	list, err := git("ls-tree", "--name-only", rev+":"+sourcesDir)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("%s is neither a GUM checkout nor its git directory", gitDir), err)
	}
	var docs []sourceDoc
	for _, file := range strings.Split(strings.TrimSpace(string(list)), "\n") {
		name, genre, ok := licensed(file)
		if !ok {
			continue
		}
		text, err := git("show", rev+":"+path.Join(sourcesDir, file))
		if err != nil {
			return nil, err
		}
		docs = append(docs, sourceDoc{name, genre, text})
	}
	return docs, nil
}

// heldOut reports whether a document is kept for evaluation: in each genre,
// sorted by name, the documents whose position modulo 10 is fold (the
// default, 4, holds out the 5th, 15th, 25th...).
func heldOut(docs []sourceDoc, fold int) []bool {
	held := make([]bool, len(docs))
	perGenre := map[string]int{}
	for i, d := range docs { // docs are sorted by name, so by genre too
		if perGenre[d.genre]%10 == fold {
			held[i] = true
		}
		perGenre[d.genre]++
	}
	return held
}
