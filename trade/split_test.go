package trade

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSplitSameAsOne summarises files read in parts (Summarize with two
// workers of a source read at any offset, split.go) and checks that the
// errors and warnings, in order, the number of records added and the
// table are those of one goroutine, strict too: files of templates, and
// of templates with rows that a tail does not take scattered through
// them (generated bad rows, totals, rows for the World, values in another
// currency, values no sum can hold, new templates), with CRLF line ends,
// a byte order mark, a tail that starts within a quoted line break, or
// whose values would overflow a sum. It checks too that tails were read
// where they can be, so that the test tests them.
func TestSplitSameAsOne(t *testing.T) {
	if testing.Short() {
		t.Skip("files of more than maxSeen rows")
	}
	defer func(m int64, at func(int64, int64) int64) { splitMin, splitAt, laneSeen, tailStop = m, at, nil, true }(splitMin, splitAt)
	splitMin = 64 << 10
	templates := pastMaxSeen(manyTemplates(30_000))
	crlf := strings.ReplaceAll(templates, "\n", "\r\n")
	// A record whose quoted post holds a line break, then a line that
	// is a template's row, then the rest of the record: a tail that
	// starts on that line is dropped when the reader passes it.
	inner := "2015,2,ekspor,Pos 0,Malaysia,1511.10,77,IDR"
	quoted := pastMaxSeen(manyTemplates(4000)) + "2014,1,ekspor,\"Pos\n" + inner + "\nx\",Malaysia,1511.10,5,IDR\n" + strings.SplitN(manyTemplates(8000), "\n", 2)[1]
	// Rows a tail does not take, each on a line of its own: a bad value,
	// month and flow, too many cells, a quote in a cell, a blank line, a
	// line ended by CR alone, a total row, rows for the World, a value
	// in another currency, a row of a template not seen. (A value that
	// fills a sum leaves pend no room for the rest of the file, and so
	// stops the tails: "values that fill the sums".)
	others := strings.Join([]string{
		"tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang",
		"2014,1,ekspor,Pos 0,Malaysia,1511.10,1x2,IDR",
		"2014,13,ekspor,Pos 0,Malaysia,1511.10,12,IDR",
		"2014,1,lewat,Pos 0,Malaysia,1511.10,12,IDR",
		"2014,1,ekspor,Pos 0,Malaysia,1511.10,12,IDR,x",
		"2014,1,ekspor,\"Pos\"0,Malaysia,1511.10,12,IDR",
		"",
		"2014,1,ekspor,Pos 0,Malaysia,1511.10,12,IDR\r2014,2,ekspor,Pos 0,Malaysia,1511.10,13,IDR",
		"Jumlah,,,,,,99,",
		"2014,1,ekspor,Pos 0,World,1511.10,12,IDR",
		"2014,1,ekspor,Pos 0,Malaysia,1511.10,12,MYR",
		"2014,1,ekspor,Pos 99,Malaysia,1511.10,12,IDR",
	}, "\n") + "\n"
	// A value kept before the tail and one in it whose sum overflows:
	// the tail's fits what it may keep, but not beside the first.
	big := func(v string) string { return "2014,1,ekspor,Pos 0,Malaysia,1511.10," + v + ",IDR\n" }
	rows := strings.SplitAfter(pastMaxSeen(manyTemplates(20_000)), "\n")
	n := len(rows) - 20_000
	fill := strings.Join(rows[:n+2000], "") + big("55.000.000.000.000.000") + strings.Join(rows[n+2000:n+10_000], "")
	fill += big("41.500.000.000.000.000") + strings.Join(rows[n+10_000:], "")
	files := []struct {
		name, text string
		at         int64 // the offset where the first tail starts; 0: the middle
		// Whether tails' rows are taken, and dropped (-1: either).
		split, dropped int
	}{
		{"templates only", templates, 0, 1, 0},
		{"CRLF", crlf, 0, 1, 0},
		{"byte order mark", "\xef\xbb\xbf" + templates, 0, 1, 0},
		{"rows a tail does not take, now and then", scattered(templates, strings.Repeat(others, 30), 300), 0, 1, -1},
		{"rows a tail does not take, often", pastMaxSeen(mixedTail(1, 30_000)), 0, -1, -1},
		{"generated rows", pastMaxSeen(genTradeCSV(2, 20_000)), 0, -1, -1},
		{"a tail within a quoted line break", quoted, int64(strings.Index(quoted, inner)), 1, 1},
		{"a tail at a bad row", templates, int64(strings.Index(templates, "\n2016,1,ekspor,Pos 0,Malaysia,1511.10,101")) + 1, 1, 0},
		{"a tail whose values fill a sum with those before it", fill, int64(len(strings.Join(rows[:n+10_000], "")) + len(big("55.000.000.000.000.000"))), -1, 1},
		{"values that fill the sums", pastMaxSeen(strings.Repeat(largeRuns(), 800)), 0, 0, 1},
	}
	// A bad row where the tail of "a tail at a bad row" starts.
	files[7].text = strings.Replace(files[7].text, "\n2016,1,ekspor,Pos 0,Malaysia,1511.10,101", "\n2016,1,ekspor,Pos 0,Malaysia,1511.10,x101", 1)
	for _, f := range files {
		for _, strict := range []bool{false, true} {
			if strict && raceEnabled {
				continue // slow, and no other goroutines
			}
			splitAt = func(off, left int64) int64 { return off + left/2 }
			want := sumTranscriptOf(CSVReader{Strict: strict}, strings.NewReader(f.text))
			if f.at > 0 {
				at := f.at - 1 // the line feed before
				if strings.HasPrefix(f.text, "\xef\xbb\xbf") {
					at -= 3
				}
				// The first tail there, the others in the middle.
				splitAt = func(off, left int64) int64 {
					if off < at {
						return at
					}
					return off + left/2
				}
			}
			sources := map[string]func() io.Reader{
				"strings.Reader": func() io.Reader { return strings.NewReader(f.text) },
				"bytes.Reader":   func() io.Reader { return bytes.NewReader([]byte(f.text)) },
				"file":           func() io.Reader { return tempFile(t, f.text) },
			}
			stops := []bool{true, false}
			if strict || raceEnabled {
				// Strict stops at the first error, and the race detector
				// watches the goroutines: one source is enough.
				sources = map[string]func() io.Reader{"strings.Reader": sources["strings.Reader"]}
			}
			if strict {
				stops = stops[1:]
			}
			for name, src := range sources {
				for _, stop := range stops {
					tailStop = stop
					split, dropped := 0, 0
					laneSeen = func(l *lane) { split, dropped = split+l.split, dropped+l.dropped }
					got := sumTranscriptOf(CSVReader{Strict: strict, Workers: 2}, src())
					laneSeen, tailStop = nil, true
					if diff := cmp.Diff(want, got); diff != "" {
						t.Fatalf("%s, strict %v, %s, tails stopped %v: read in parts, Summarize differs from one goroutine (-want +got):\n%s", f.name, strict, name, stop, diff)
					}
					// What the tails do depends on the times of the two
					// goroutines, unless they read all they can.
					if strict || stop {
						continue
					}
					if f.split >= 0 && f.split == 1 != (split > 0) || f.dropped >= 0 && f.dropped == 1 != (dropped > 0) {
						t.Errorf("%s, %s: tails took %d rows and dropped %d", f.name, name, split, dropped)
					}
				}
			}
		}
	}
}

// scattered returns the rows of file with the rows of other between
// them, one every n rows.
func scattered(file, other string, n int) string {
	rows := strings.SplitAfter(file, "\n")
	others := strings.SplitAfter(strings.SplitN(other, "\n", 2)[1], "\n")
	var b strings.Builder
	for i, r := range rows {
		b.WriteString(r)
		if i > 0 && i%n == 0 && len(others) > 0 && others[0] != "" {
			b.WriteString(others[0])
			others = others[1:]
		}
	}
	return b.String()
}

// sumTranscriptOf is sumTranscript of a source.
func sumTranscriptOf(rd CSVReader, r io.Reader) []string {
	var out []string
	rd.File = "f.csv"
	rd.Warn = func(re *RowError) { out = append(out, "warn "+re.Error()) }
	sum := Summary{By: ByYear | ByPost}
	added := rd.Summarize(r, &sum, func(err error) bool {
		out = append(out, "error "+err.Error())
		return true
	})
	return appendTable(append(out, fmt.Sprint(added, " added")), &sum)
}

// tempFile returns a file of text, open at its start, closed when the
// test ends.
func tempFile(t *testing.T, text string) *os.File {
	t.Helper()
	name := filepath.Join(t.TempDir(), "f.csv")
	if err := os.WriteFile(name, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestSplitRandom is TestSplitSameAsOne on random files: past the rows
// checked for duplicates, runs of template rows with, between them, rows
// a tail does not take, quoted line breaks, lines ended by CR alone or by
// CRLF, blank lines, values near the limit; the tails start at random
// offsets, which need not be line starts; the sources are a
// strings.Reader, a bytes.Reader and a file.
func TestSplitRandom(t *testing.T) {
	if testing.Short() {
		t.Skip("files of more than maxSeen rows")
	}
	defer func(m int64, at func(int64, int64) int64) { splitMin, splitAt, tailStop, laneSeen = m, at, true, nil }(splitMin, splitAt)
	splitMin = 16 << 10
	seeds := uint64(9)
	if raceEnabled {
		seeds = 3
	}
	taken := 0
	for seed := range seeds {
		r := rand.New(rand.NewPCG(seed, 0x5eed))
		text := pastMaxSeen(randomTail(r, 20_000))
		want := sumTranscriptOf(CSVReader{}, strings.NewReader(text))
		for round := range 3 {
			splitAt = func(off, left int64) int64 { return off + r.Int64N(left) }
			tailStop = round > 0
			split, dropped := 0, 0
			laneSeen = func(l *lane) { split, dropped = split+l.split, dropped+l.dropped }
			src := []func() io.Reader{
				func() io.Reader { return strings.NewReader(text) },
				func() io.Reader { return bytes.NewReader([]byte(text)) },
				func() io.Reader { return tempFile(t, text) },
			}[round]
			got := sumTranscriptOf(CSVReader{Workers: 2}, src())
			laneSeen = nil
			taken += split
			if testing.Verbose() {
				t.Logf("seed %d round %d: %d rows split, %d tails dropped", seed, round, split, dropped)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("seed %d, round %d: read in parts, Summarize differs from one goroutine (-want +got):\n%s", seed, round, diff)
			}
		}
	}
	if taken == 0 {
		t.Error("no tail's rows were taken: nothing of the split was tested")
	}
}

// randomTail returns a file of about n rows, mostly of the templates of
// manyTemplates, with the rows TestSplitRandom mixes in.
func randomTail(r *rand.Rand, n int) string {
	var b strings.Builder
	b.WriteString("tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang\n")
	gen := strings.Split(strings.TrimSuffix(genTradeCSV(r.Uint64(), 2000), "\n"), "\n")[1:]
	tmpl := func() string {
		k := r.IntN(1920)
		return fmt.Sprintf("%d,%d,%s,Pos %d,Malaysia,1511.10,", 2014+k%4, 1+k/4%12, [2]string{"ekspor", "impor"}[k/48%2], k/96)
	}
	// One row in every few, tens or hundreds is not a template's; values
	// near the limit, which stop the tails, only in one file of three.
	every := []int{5, 50, 500}[r.IntN(3)]
	large := r.IntN(3) == 0
	for b.Len() < n*40 {
		if r.IntN(every) != 0 {
			fmt.Fprintf(&b, "%s%d,IDR\n", tmpl(), 1+r.IntN(1_000_000))
			continue
		}
		switch k := 80 + r.IntN(20); {
		case k < 84:
			b.WriteString(gen[r.IntN(len(gen))] + "\n")
		case k < 86:
			fmt.Fprintf(&b, "%s%d,IDR\r\n", tmpl(), 1+r.IntN(1000))
		case k < 88:
			fmt.Fprintf(&b, "%s%d,IDR\r", tmpl(), 1+r.IntN(1000))
		case k < 90:
			// A quoted line break whose inner line is a template's row.
			fmt.Fprintf(&b, "2014,1,ekspor,\"Pos\n%s%d,IDR\nx\",Malaysia,1511.10,5,IDR\n", tmpl(), r.IntN(100))
		case k < 92:
			b.WriteString("\n")
		case k < 93 && large:
			fmt.Fprintf(&b, "%s%d.000.000.000.000.%03d,IDR\n", tmpl(), 1+r.IntN(40), r.IntN(1000))
		case k < 95:
			fmt.Fprintf(&b, "%s%d,MYR\n", tmpl(), 1+r.IntN(1000))
		case k < 97:
			fmt.Fprintf(&b, "%s\"%d\",IDR\n", tmpl(), 1+r.IntN(1000))
		default:
			fmt.Fprintf(&b, "%s%d, IDR\n", tmpl(), 1+r.IntN(1000))
		}
	}
	return b.String()
}
