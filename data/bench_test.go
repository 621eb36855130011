package data_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/internal/synth"
)

// The corpus of the issue: 10,000 briefings, about 50 MB.
const (
	benchSeed = 1
	benchN    = 10000
)

// benchCorpus returns a folder of n synthetic briefings and its size in
// bytes. Writing 50 MB takes a while on a busy machine, so the folder is
// kept under os.TempDir() keyed by seed, n and generator version, and
// reused by later runs; it is built under a temporary name and renamed
// into place, so a half-written corpus is never reused.
func benchCorpus(b *testing.B, n int, seed int64) (string, int64) {
	b.Helper()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("brief-bench-corpus-%d-n%d-v%d", seed, n, synth.Version))
	if _, err := os.Stat(dir); err != nil {
		tmp, err := os.MkdirTemp(os.TempDir(), filepath.Base(dir)+".tmp-")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := synth.WriteCorpus(tmp, n, seed); err != nil {
			os.RemoveAll(tmp)
			b.Fatal(err)
		}
		if err := os.Rename(tmp, dir); err != nil {
			os.RemoveAll(tmp) // another run got there first
		}
	}
	var size int64
	var files int
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		size += info.Size()
		files++
		return err
	})
	if err != nil || files != n {
		b.Fatalf("corpus %s: %d files, want %d (%v); delete it to rebuild", dir, files, n, err)
	}
	return dir, size
}

// BenchmarkLoadCorpus times data.Load on the whole corpus, end to end:
// listing, reading, parsing and attribution on all cores. Besides MB/s it
// reports the peak heap (sampled), the heap the loaded briefings keep
// alive, and, on Linux, the peak resident set (VmHWM), each also as a
// multiple of the corpus size.
//
//	go test -run '^$' -bench LoadCorpus -benchtime 3x ./data/
func BenchmarkLoadCorpus(b *testing.B) {
	dir, size := benchCorpus(b, benchN, benchSeed)
	b.SetBytes(size)
	b.ReportAllocs() // bytes allocated per load: steadier than the timings on a busy machine
	var statements int
	var live uint64
	liveSample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	peak := newPeakSampler()
	runtime.GC()
	resetHWM()
	peak.start()
	for b.Loop() {
		bs, errs := data.Load([]string{dir}, nil, data.LoadOptions{})
		if len(errs) > 0 || len(bs) != benchN {
			b.Fatalf("loaded %d briefings with %d errors, first %v", len(bs), len(errs), errs)
		}
		statements = 0
		for _, br := range bs {
			statements += len(br.Statements)
		}
		b.StopTimer()
		runtime.GC() // what the loaded briefings keep alive, without garbage
		metrics.Read(liveSample)
		live = max(live, liveSample[0].Value.Uint64())
		runtime.KeepAlive(bs)
		bs = nil
		runtime.GC() // so one iteration's garbage does not count in the next one's peak
		b.StartTimer()
	}
	heap := peak.stop()
	mb := func(n uint64) float64 { return float64(n) / (1 << 20) }
	b.ReportMetric(mb(uint64(size)), "corpus-MB")
	b.ReportMetric(mb(heap), "peak-heap-MB")
	b.ReportMetric(float64(heap)/float64(size), "peak-heap/corpus")
	b.ReportMetric(float64(live)/float64(size), "live-heap/corpus")
	if hwm, ok := readHWM(); ok {
		b.ReportMetric(mb(hwm), "peak-rss-MB")
		b.ReportMetric(float64(hwm)/float64(size), "peak-rss/corpus")
	}
	b.ReportMetric(float64(statements), "statements")
}

// peakSampler polls the live heap, which has no high-water mark of its own.
type peakSampler struct {
	done chan struct{}
	wg   sync.WaitGroup
	max  uint64
}

func newPeakSampler() *peakSampler { return &peakSampler{done: make(chan struct{})} }

func (p *peakSampler) start() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			p.max = max(p.max, sample[0].Value.Uint64())
			select {
			case <-p.done:
				return
			case <-t.C:
			}
		}
	}()
}

func (p *peakSampler) stop() uint64 {
	close(p.done)
	p.wg.Wait()
	return p.max
}

// resetHWM restarts the kernel's peak-RSS count (Linux 4.0+), so that
// generating the corpus or earlier benchmarks do not show in it.
func resetHWM() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

func readHWM() (uint64, bool) {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}

// BenchmarkParse times Parse alone on each shape, and Parse with
// attribution, over a fixed set of synthetic briefings.
func BenchmarkParse(b *testing.B) {
	attr, errs := data.NewAttributor("")
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	g := synth.New(benchSeed)
	for _, shape := range synth.Shapes() {
		var files []synth.File
		var size int64
		for i := range 60 {
			f := g.Briefing(i, shape)
			files = append(files, f)
			size += int64(len(f.Data))
		}
		for _, attribute := range []bool{false, true} {
			name := string(shape)
			if attribute {
				name += "+attribute"
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(size / int64(len(files)))
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					f := files[i%len(files)]
					i++
					br, err := data.Parse(f.Name, f.Data)
					if err != nil {
						b.Fatal(err)
					}
					if attribute {
						attr.Attribute(br)
					}
				}
			})
		}
	}
}

// BenchmarkNewAttributor times building the attributor from the embedded
// gazetteer as a fresh process does at start-up: the parsed files are
// cached for the process, so this is the cost of the first build minus
// what sync.Once hides (see BenchmarkGazetteerParse for that part).
//
//	go test -run '^$' -bench 'NewAttributor|GazetteerParse' ./data/
func BenchmarkNewAttributor(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := data.NewAttributor(""); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkEmbedded times parsing and attributing the built-in briefings,
// which the reader's first frame and 'brief list' wait for.
func BenchmarkEmbedded(b *testing.B) {
	attr, errs := data.NewAttributor("")
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := data.Embedded(data.LoadOptions{Attributor: attr}); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}
