package trade

import (
	"bytes"
	"fmt"
	"io"
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
