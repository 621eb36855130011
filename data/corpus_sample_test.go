package data

// raceCorpusStride is how thinly TestAttributionCorpusInvariants samples
// the real releases when the race detector runs: every 8th file, 536 of
// the 4,281, from both sources and in both shapes.
// TestFrontMatterFastCorpora, which runs on one goroutine and so gives
// the detector nothing to watch, takes the same sample.
//
// Why that is enough (issue #13): the invariants the test checks of each
// file do not depend on the race detector, which changes no result, only
// makes attribution three to four times as costly (26 of the data
// package's 44 CPU-seconds under -race went to this one test). Every
// file's invariants are checked without it, by `go test ./data`, which the
// README asks for before and after every change to the attribution.
// .ci/run runs only the README's test command, so CI reads the sample.
// What only the race detector adds is watching the goroutines share one
// Attributor, and what they share is the same for every file: the
// lexicon, gazetteer and tagger, built once and read only, and the
// engine's pool of workspaces, which every file takes from and returns
// to. A few hundred files of every shape exercise all of it.
const raceCorpusStride = 8

// corpusForRun is the part of the corpus's files a test reads: all
// of them, or every raceCorpusStride-th under the race detector. The
// files are in path order, so the sample is the same every run.
func corpusForRun(paths []string) []string {
	if !raceDetector {
		return paths
	}
	var sample []string
	for i := 0; i < len(paths); i += raceCorpusStride {
		sample = append(sample, paths[i])
	}
	return sample
}
