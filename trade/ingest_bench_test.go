package trade_test

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// The ingestion benchmarks of issue #16: `kerjasama trade summary FILE
// --by year,post` on a 1,000,000-row file of the simple layout whose
// values are written the Indonesian way without a symbol
// ("2.746.318.213", about 51 MB), against the plain loop the issue names
// (encoding/csv, strip the dots, strconv.ParseInt, a map sum by year and
// post). Run with -cpu 1 for one core, -cpu 2 for two:
//
//	go test -run '^$' -bench Ingest -benchmem -cpu 1,2 -count 6 ./trade

const ingestRows = 1_000_000

// ingestFiles are the benchmark files: the issue's, and one whose rows
// all differ (distinct HS codes), which the template lane gives up on.
var ingestFiles [2]struct {
	once sync.Once
	path string
	err  error
}

// ingestFile writes the benchmark file once per test binary, in a
// directory removed by TestMain, and returns its path; with distinct, the
// file of distinct rows.
func ingestFile(b *testing.B, distinct bool) string {
	b.Helper()
	k := 0
	if distinct {
		k = 1
	}
	in := &ingestFiles[k]
	in.once.Do(func() {
		dir, err := os.MkdirTemp("", "kerjasama-ingest-")
		if err != nil {
			in.err = err
			return
		}
		ingestDirs = append(ingestDirs, dir)
		in.path = filepath.Join(dir, "trade-1M.csv")
		in.err = writeIngestCSV(in.path, ingestRows, distinct)
	})
	if in.err != nil {
		b.Fatal(in.err)
	}
	return in.path
}

// ingestDirs are the directories the benchmarks made, removed at the end.
var ingestDirs []string

// ingestWrite is where TestWriteIngestFile writes the benchmark file, for
// the whole-process comparison of testdata/ingest.sh.
var (
	ingestWrite    = flag.String("ingest.write", "", "write the file of BenchmarkIngest to `path` (TestWriteIngestFile)")
	ingestDistinct = flag.Bool("ingest.distinct", false, "with -ingest.write, write the file of distinct rows")
)

// TestWriteIngestFile writes the file of BenchmarkIngest where
// -ingest.write says (with -ingest.distinct, the file of distinct rows);
// without the flag it does nothing.
func TestWriteIngestFile(t *testing.T) {
	if *ingestWrite == "" {
		t.Skip("no -ingest.write")
	}
	if err := writeIngestCSV(*ingestWrite, ingestRows, *ingestDistinct); err != nil {
		t.Fatal(err)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range ingestDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// writeIngestCSV writes n rows of the simple layout with Indonesian
// headers over 10 years, 12 months, 8 posts and 2 flows, values grouped
// with dots ("2.746.318.213"): the file of the issue. With distinct, each
// row has an HS subheading of its own draw (chapters 01 to 97 but the
// reserved 77, 970,200 codes): rows that repeat nothing but their value
// are rare.
func writeIngestCSV(path string, n int, distinct bool) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang")
	x := xorshift(88172645463325252)
	var buf []byte
	for range n {
		v := x.next()
		buf = appendBenchRow(buf[:0], v, benchPostNames)
		if distinct {
			buf = buf[:len(buf)-len("1511.10,")]
			w := x.next()
			ch := 1 + w%96
			if ch >= 77 {
				ch++
			}
			buf = fmt.Appendf(buf, "%02d%02d.%02d,", ch, 1+w>>8%99, w>>16%100)
		}
		buf = appendGrouped(buf, int64(v>>24)%10_000_000_000)
		buf = append(buf, ",IDR\n"...)
		w.Write(buf)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// appendGrouped appends v with a dot every three digits: 2.746.318.213.
func appendGrouped(b []byte, v int64) []byte {
	s := strconv.FormatInt(v, 10)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, '.')
		}
		b = append(b, s[i])
	}
	return b
}

// ingestPlain is the plain loop of the issue: encoding/csv, the dots
// stripped, strconv.ParseInt, a map sum by year and post. It returns the
// number of groups.
func ingestPlain(r io.Reader) (int, error) {
	type key struct {
		year int
		post string
	}
	cr := csv.NewReader(bufio.NewReaderSize(r, 64<<10))
	cr.ReuseRecord = true
	if _, err := cr.Read(); err != nil {
		return 0, err
	}
	sums := make(map[key]int64)
	posts := make(map[string]string)
	for {
		f, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, err
		}
		y, err := strconv.Atoi(f[0])
		if err != nil {
			return 0, err
		}
		v, err := strconv.ParseInt(strings.ReplaceAll(f[6], ".", ""), 10, 64)
		if err != nil {
			return 0, err
		}
		post, ok := posts[f[3]]
		if !ok {
			post = f[3]
			posts[post] = post
		}
		sums[key{y, post}] += v
	}
	return len(sums), nil
}

// ingestTrade is what `trade summary --by year,post` does with a file:
// CSVReader.Summarize (with Warn set, as the command sets it) into a Summary.
// It returns the number of groups.
func ingestTrade(rd trade.CSVReader) func(io.Reader) (int, error) {
	return func(r io.Reader) (int, error) {
		sum := trade.Summary{By: trade.ByYear | trade.ByPost}
		warnings := 0
		rd.Warn = func(*trade.RowError) { warnings++ }
		rd.File = "trade-1M.csv"
		var first error
		rd.Summarize(r, &sum, func(err error) bool {
			first = err
			return false
		})
		if first != nil {
			return 0, first
		}
		if _, err := sum.Table(language.Indonesian); err != nil {
			return 0, err
		}
		return sum.Aggregator().Len(), nil
	}
}

// benchIngest reads the file with read on every iteration and reports
// the peak live heap and the bytes allocated per row.
func benchIngest(b *testing.B, distinct bool, read func(io.Reader) (int, error)) {
	path := ingestFile(b, distinct)
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	stop := peakHeap()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		n, err := read(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		if n != 80 {
			b.Fatalf("%d groups, want 80", n)
		}
	}
	b.ReportMetric(stop(), "peak-heap-MB")
	b.ReportMetric(float64(b.N)*ingestRows/b.Elapsed().Seconds()/1e6, "Mrows/s")
}

// BenchmarkIngest compares the command's path with the plain loop on the
// same file in the same binary.
func BenchmarkIngest(b *testing.B) {
	b.Run("plain", func(b *testing.B) { benchIngest(b, false, ingestPlain) })
	b.Run("trade", func(b *testing.B) { benchIngest(b, false, ingestTrade(trade.CSVReader{})) })
	// What the command does with two cores (-cpu 2); with -cpu 1, the
	// cost of the workers on one core.
	b.Run("trade-2workers", func(b *testing.B) { benchIngest(b, false, ingestTrade(trade.CSVReader{Workers: 2})) })
	// A file whose rows all differ: read the full way.
	b.Run("distinct/plain", func(b *testing.B) { benchIngest(b, true, ingestPlain) })
	b.Run("distinct/trade", func(b *testing.B) { benchIngest(b, true, ingestTrade(trade.CSVReader{})) })
	b.Run("distinct/trade-2workers", func(b *testing.B) { benchIngest(b, true, ingestTrade(trade.CSVReader{Workers: 2})) })
}
