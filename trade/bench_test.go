package trade_test

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

var benchPosts = []string{"entikong", "aruk", "nanga-badau", "jagoi-babang", "sei-kelik", "motaain", "skouw", "serasan"}

// xorshift is a tiny deterministic generator for benchmark data.
type xorshift uint64

func (x *xorshift) next() uint64 {
	*x ^= *x << 13
	*x ^= *x >> 7
	*x ^= *x << 17
	return uint64(*x)
}

// benchRecords generates n monthly records over 10 years, 8 border posts
// and 2 flows, in random order.
func benchRecords(n int) []trade.Record {
	rs := make([]trade.Record, n)
	x := xorshift(88172645463325252)
	for i := range rs {
		v := x.next()
		f := trade.Export
		if v>>16&1 == 1 {
			f = trade.Import
		}
		rs[i] = trade.Record{
			Period:  date.MonthRange(2014+int(v%10), time.Month(1+v>>8%12)),
			Flow:    f,
			Post:    benchPosts[v>>20%uint64(len(benchPosts))],
			Partner: "MY",
			HS:      trade.MustParseHS("1511.10"),
			Value:   money.Rupiah(int64(v>>40) % 1_000_000_000),
		}
	}
	return rs
}

// BenchmarkAggregate adds 1,000,000 in-memory records by (year, post, flow).
func BenchmarkAggregate(b *testing.B) {
	rs := benchRecords(1_000_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		agg := trade.Aggregator{By: trade.ByYear | trade.ByPost | trade.ByFlow}
		for i := range rs {
			if err := agg.Add(&rs[i]); err != nil {
				b.Fatal(err)
			}
		}
		if agg.Len() != 160 {
			b.Fatalf("%d groups, want 160", agg.Len())
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(rs))/b.Elapsed().Seconds()/1e6, "Mrecords/s")
}

// benchPostNames are the border posts of the generated files, as written.
var benchPostNames = []string{"PLBN Entikong", "Aruk", "Nanga Badau", "Jagoi Babang", "Sei Kelik", "Motaain", "Skouw", "Serasan"}

// appendBenchRow appends the cells of a generated row before its value,
// drawn from v: year (2014–2023), month, flow, post, partner and HS code,
// each followed by a comma.
func appendBenchRow(buf []byte, v uint64, names []string) []byte {
	flow := "ekspor"
	if v>>16&1 == 1 {
		flow = "impor"
	}
	buf = strconv.AppendInt(buf, 2014+int64(v%10), 10)
	buf = append(buf, ',')
	buf = strconv.AppendInt(buf, int64(1+v>>8%12), 10)
	buf = append(buf, ',')
	buf = append(buf, flow...)
	buf = append(buf, ',')
	buf = append(buf, names[v>>20%uint64(len(names))]...)
	return append(buf, ",Malaysia,1511.10,"...)
}

// writeBenchCSV writes a simple-layout file of n rows with Indonesian
// headers and returns its path. With grouped, values are written the
// Indonesian way ("Rp1.234.567"), else as plain digits that strconv reads.
func writeBenchCSV(b *testing.B, n int, grouped bool) string {
	b.Helper()
	names := benchPostNames
	path := filepath.Join(b.TempDir(), "trade.csv")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang")
	x := xorshift(88172645463325252)
	rp := money.Formatter{Lang: language.Indonesian}
	var buf []byte
	// The rows are distinct, as the rows of a real file are: a row that
	// repeats an earlier one (year, month, flow, post and value; partner
	// and HS are the same on every row) is drawn again.
	seen := make(map[uint64]struct{}, n)
	for range n {
		v := x.next()
		for {
			k := uint64(int64(v>>40)%1_000_000_000) | v>>20%uint64(len(names))<<30 | v>>16&1<<33 | (v>>8%12)<<34 | v%10<<38
			if _, dup := seen[k]; !dup {
				seen[k] = struct{}{}
				break
			}
			v = x.next()
		}
		value := int64(v>>40) % 1_000_000_000
		buf = appendBenchRow(buf[:0], v, names)
		if grouped {
			buf = append(buf, '"')
			buf = rp.Append(buf, money.Rupiah(value))
			buf = append(buf, '"')
		} else {
			buf = strconv.AppendInt(buf, value, 10)
		}
		buf = append(buf, ",IDR\n"...)
		w.Write(buf)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	seen = nil
	runtime.GC() // the map is not part of what the benchmark measures
	return path
}

// peakHeap samples the live heap every millisecond until stopped and
// reports the largest value seen, in MB.
func peakHeap() (stop func() float64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() float64 {
		close(done)
		wg.Wait()
		return float64(peak.Load()) / 1e6
	}
}

// benchCSV runs read for every iteration over the file at path and
// reports the peak heap.
func benchCSV(b *testing.B, path string, read func(io.Reader) int) {
	b.ReportAllocs()
	stop := peakHeap()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if n := read(f); n != 160 {
			b.Fatalf("%d groups, want 160", n)
		}
		f.Close()
	}
	b.ReportMetric(stop(), "peak-heap-MB")
}

// readTrade reads and aggregates with this package.
func readTrade(b *testing.B) func(io.Reader) int {
	return func(r io.Reader) int {
		agg := trade.Aggregator{By: trade.ByYear | trade.ByPost | trade.ByFlow}
		for rec, err := range trade.ReadCSV(r, trade.Simple) {
			if err != nil {
				b.Fatal(err)
			}
			if err := agg.Add(&rec); err != nil {
				b.Fatal(err)
			}
		}
		return agg.Len()
	}
}

// readPlain is the plain loop to compare with: encoding/csv and strconv,
// summing int64 rupiah by (year, post, flow) with no currency, overflow,
// period, name or error-position handling.
func readPlain(b *testing.B) func(io.Reader) int {
	type key struct {
		year int
		post string
		flow bool
	}
	return func(r io.Reader) int {
		cr := csv.NewReader(bufio.NewReaderSize(r, 64<<10))
		cr.ReuseRecord = true
		if _, err := cr.Read(); err != nil {
			b.Fatal(err)
		}
		sums := make(map[key]int64)
		for {
			f, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			y, err := strconv.Atoi(f[0])
			if err != nil {
				b.Fatal(err)
			}
			v, err := strconv.ParseInt(f[6], 10, 64)
			if err != nil {
				b.Fatal(err)
			}
			sums[key{y, f[3], f[2] == "ekspor"}] += v
		}
		return len(sums)
	}
}

// BenchmarkReadCSV reads and aggregates a generated 1,000,000-row CSV file
// of the simple layout by (year, post, flow): this package on plain-digit
// values and on Indonesian-grouped values, and a plain encoding/csv +
// strconv loop doing the same sum on the plain-digit file.
func BenchmarkReadCSV(b *testing.B) {
	const rows = 1_000_000
	b.Run("trade/plain-digits", func(b *testing.B) {
		benchCSV(b, writeBenchCSV(b, rows, false), readTrade(b))
	})
	b.Run("encoding-csv+strconv/plain-digits", func(b *testing.B) {
		benchCSV(b, writeBenchCSV(b, rows, false), readPlain(b))
	})
	b.Run("trade/Rp-grouped", func(b *testing.B) {
		benchCSV(b, writeBenchCSV(b, rows, true), readTrade(b))
	})
}
