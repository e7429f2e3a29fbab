package trade

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

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
