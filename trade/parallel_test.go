package trade

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/language"
)

// transcript reads in with rd and writes down, in order, every row
// yielded, every error and every warning, and the summary by year and
// post of the rows yielded.
func transcript(rd CSVReader, in string) []string {
	var out []string
	rd.File = "f.csv"
	rd.Warn = func(re *RowError) { out = append(out, "warn "+re.Error()) }
	sum := Summary{By: ByYear | ByPost}
	for row, err := range rd.Rows(strings.NewReader(in)) {
		if err != nil {
			out = append(out, "error "+err.Error())
			continue
		}
		out = append(out, fmt.Sprintf("row %d:%d %v %v %q %q %v %q %v", row.Line, row.Column, row.Period, row.Flow, row.Post, row.Partner, row.HS, row.Code, row.Value))
		if err := sum.Add(&row.Record); err != nil {
			out = append(out, "add "+err.Error())
		}
	}
	return appendTable(out, &sum)
}

// appendTable appends the lines of sum's table in English, or its error.
func appendTable(out []string, sum *Summary) []string {
	table, err := sum.Table(language.English)
	if err != nil {
		out = append(out, "table "+err.Error())
	}
	for _, r := range table {
		out = append(out, strings.Join(r, "|"))
	}
	return out
}

// genTradeCSV generates a file of n rows of the simple layout with bad
// rows scattered through it: bad values, years, months and flows, rows
// of too many or too few cells, quotes left open and quoted line breaks,
// total rows, rows for the World, repeated rows and a year beside its
// months.
func genTradeCSV(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	posts := []string{"PLBN Entikong", "Aruk", "Nanga Badau", "\"Jagoi\nBabang\"", "Sei Kelik", "\"Motaain, NTT\"", "Skouw"}
	var b strings.Builder
	b.WriteString("tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang\n")
	rp := money.Formatter{Lang: language.Indonesian}
	var last string
	for i := range n {
		year, month := 2014+r.IntN(4), fmt.Sprint(1+r.IntN(12))
		flow := []string{"ekspor", "impor"}[r.IntN(2)]
		post, partner := posts[r.IntN(len(posts))], "Malaysia"
		value := rp.Format(money.Rupiah(r.Int64N(10_000_000_000)))[2:]
		line := ""
		switch k := r.IntN(60); k {
		case 0:
			value = "12x"
		case 1:
			month = "Smarch"
		case 2:
			line = fmt.Sprintf("%d,%s,%s,%s,%s,1511.10,%s,IDR,extra\n", year, month, flow, post, partner, value)
		case 3:
			line = fmt.Sprintf("%d,%s,%s\n", year, month, flow)
		case 4:
			flow = "keluar"
		case 5:
			line = fmt.Sprintf("%d,%s,%s,\"%s,%s,1511.10,%s,IDR\n", year, month, flow, post, partner, value)
		case 6:
			partner = "Jumlah"
		case 7:
			partner = "World"
		case 8:
			line = last
		case 9:
			month = ""
		case 10:
			value = "-" + value
		case 11:
			line = fmt.Sprintf("%d*x,%s,%s,%s,%s,1511.10,%s,IDR\n", year, month, flow, post, partner, value)
		case 12:
			value = "\"" + value + ",5\""
		}
		if line == "" {
			line = fmt.Sprintf("%d,%s,%s,%s,%s,1511.10,%s,IDR\n", year, month, flow, post, partner, value)
		}
		if i > 0 || line != last {
			b.WriteString(line)
		}
		last = line
	}
	return b.String()
}

// TestWorkersSameAsOne reads generated files with bad rows scattered
// through them with one goroutine and with several: the rows, the errors
// and the warnings are the same, in the same order, and so are the
// summaries; strict too.
func TestWorkersSameAsOne(t *testing.T) {
	defer func() { batchRows = defaultBatchRows }()
	sizes := []int{0, 1, 7, batchRows - 1, batchRows, batchRows + 1, 3*batchRows + 17}
	if !testing.Short() {
		sizes = append(sizes, 20_000)
	}
	for seed := range uint64(4) {
		for _, n := range sizes {
			in := genTradeCSV(seed, n)
			for _, strict := range []bool{false, true} {
				// Batches of one row: each row read, parsed and finished
				// before the next is read, the reference.
				batchRows = 1
				want := transcript(CSVReader{Strict: strict}, in)
				batchRows = defaultBatchRows
				if diff := cmp.Diff(want, transcript(CSVReader{Strict: strict}, in)); diff != "" {
					t.Fatalf("seed %d, %d rows, strict %v: batches of %d rows differ from rows one by one (-want +got):\n%s", seed, n, strict, batchRows, diff)
				}
				for _, w := range []int{2, 3} {
					got := transcript(CSVReader{Strict: strict, Workers: w}, in)
					if diff := cmp.Diff(want, got); diff != "" {
						t.Fatalf("seed %d, %d rows, strict %v, %d workers: mismatch (-want +got):\n%s", seed, n, strict, w, diff)
					}
				}
			}
		}
	}
}

// TestWorkersStop stops ranging over the rows early: the workers end.
func TestWorkersStop(t *testing.T) {
	in := genTradeCSV(1, 5*batchRows)
	for _, stopAt := range []int{0, 1, batchRows, 3 * batchRows} {
		var got, want []string
		for _, w := range []int{1, 2} {
			var lines []string
			for row, err := range (CSVReader{Workers: w}).Rows(strings.NewReader(in)) {
				if len(lines) == stopAt {
					break
				}
				lines = append(lines, fmt.Sprint(row.Line, err))
			}
			if w == 1 {
				want = lines
			} else {
				got = lines
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("stop at %d: mismatch (-want +got):\n%s", stopAt, diff)
		}
	}
}

// TestWorkersReadFailure reads a file whose reader fails halfway: the
// rows before the failure, then the failure, as with one goroutine.
func TestWorkersReadFailure(t *testing.T) {
	in := genTradeCSV(2, 2*batchRows)
	r := func() *errReader { return &errReader{s: in[:len(in)/2]} }
	want := transcript2(CSVReader{}, r())
	got := transcript2(CSVReader{Workers: 2}, r())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if len(want) == 0 || !strings.Contains(want[len(want)-1], "disk on fire") {
		t.Errorf("last = %q, want the read failure", want[len(want)-1:])
	}
}

// errReader reads s, then fails.
type errReader struct{ s string }

func (e *errReader) Read(b []byte) (int, error) {
	if e.s == "" {
		return 0, errors.New("disk on fire")
	}
	n := copy(b, e.s)
	e.s = e.s[n:]
	return n, nil
}

// transcript2 is transcript of a reader: rows and errors only.
func transcript2(rd CSVReader, r *errReader) []string {
	var out []string
	for row, err := range rd.Rows(r) {
		out = append(out, fmt.Sprint(row.Line, row.Value, err))
	}
	return out
}
