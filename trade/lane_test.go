package trade

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/internal/input"
)

// TestLaneSameAsFull reads files with and without the template lane, with
// one goroutine and with workers: the rows, errors, warnings and
// summaries are the same, in the same order; strict too. The files are generated with bad rows scattered through
// them, with rows of few templates (the lane reads most of them) and of
// distinct ones (the lane is given up after laneProbe rows), and the real
// files of testdata/real.
func TestLaneSameAsFull(t *testing.T) {
	defer func() { laneOff = false }()
	type file struct{ name, text string }
	var files []file
	sizes := []int{0, 1, 7, 600, 3 * batchRows}
	if !testing.Short() {
		sizes = append(sizes, laneProbe+500, 20_000)
	}
	for seed := range uint64(4) {
		for _, n := range sizes {
			in := genTradeCSV(seed, n)
			files = append(files, file{fmt.Sprintf("seed %d, %d rows", seed, n), in})
			files = append(files, file{fmt.Sprintf("seed %d, %d rows of distinct posts", seed, n), distinctPosts(in)})
		}
	}
	real, err := filepath.Glob("testdata/real/*.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range real {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, file{name, string(b)})
	}
	files = append(files, file{"overflowing sums", overflowing()})
	files = append(files, file{"long texts", withNote(genTradeCSV(5, 3*batchRows), 150)})
	files = append(files, file{"texts over laneMaxKey", withNote(genTradeCSV(5, 3*batchRows), laneMaxKey)})
	files = append(files, file{"quoted notes", withQuotedNote(genTradeCSV(5, 3*batchRows))})
	for _, h := range []string{"nilai,mata_uang", "nilai (Rp),mata_uang", "nilai (US$),catatan", "nilai (juta Rp),catatan", "nilai,catatan"} {
		files = append(files, file{"values " + h, valueCells(6, 3*batchRows, h)})
	}
	for _, f := range files {
		for _, strict := range []bool{false, true} {
			laneOff = true
			want := transcript(CSVReader{Strict: strict}, f.text)
			wantSum := sumTranscript(CSVReader{Strict: strict}, f.text, false)
			laneOff = false
			for _, w := range []int{1, 2} {
				got := transcript(CSVReader{Strict: strict, Workers: w}, f.text)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("%s, strict %v, %d workers: the lane differs from the full way (-want +got):\n%s", f.name, strict, w, diff)
				}
				// Summarize, with the memos of the lane's templates, gives
				// what Rows and Summary.Add give without the lane.
				got = sumTranscript(CSVReader{Strict: strict, Workers: w}, f.text, true)
				if diff := cmp.Diff(wantSum, got); diff != "" {
					t.Fatalf("%s, strict %v, %d workers: Summarize differs from Rows and Add (-want +got):\n%s", f.name, strict, w, diff)
				}
			}
		}
	}
}

// sumTranscript summarises in by year and post, with rd.Summarize or
// with Rows and Summary.Add, and lists the warnings and errors in order,
// the number of records added, and the table.
func sumTranscript(rd CSVReader, in string, summarize bool) []string {
	var out []string
	sum := Summary{By: ByYear | ByPost}
	added := sumFile(rd, in, summarize, &sum, &out)
	return appendTable(append(out, fmt.Sprint(added, " added")), &sum)
}

// sumFile adds the records of in to sum as sumTranscript does, appending
// the warnings and errors to out, and returns the number added.
func sumFile(rd CSVReader, in string, summarize bool, sum *Summary, out *[]string) int {
	rd.File = "f.csv"
	rd.Warn = func(re *RowError) { *out = append(*out, "warn "+re.Error()) }
	if summarize {
		return rd.Summarize(strings.NewReader(in), sum, func(err error) bool {
			*out = append(*out, "error "+err.Error())
			return true
		})
	}
	added := 0
	for row, err := range rd.Rows(strings.NewReader(in)) {
		if err == nil {
			if err = sum.Add(&row.Record); err == nil {
				added++
				continue
			}
			err = &RowError{File: rd.File, Line: row.Line, Err: err}
		}
		*out = append(*out, "error "+err.Error())
	}
	return added
}

// overflowing returns a file whose rows of one template overflow the sum
// of their group, by year and post and by period and post, now and then.
func overflowing() string {
	var b strings.Builder
	b.WriteString("tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang\n")
	for i := range 40 {
		v := fmt.Sprintf("40.000.000.000.000.%03d", i)
		if i%7 == 3 {
			v = fmt.Sprint(i)
		}
		fmt.Fprintf(&b, "2019,%d,ekspor,Entikong,Malaysia,1511.10,%s,IDR\n", 1+i%2, v)
	}
	return b.String()
}

// TestLaneUsed checks that the lane reads the rows it is for: a file of
// few templates is read mostly by the lane, one of distinct rows gives it
// up after laneProbe rows.
func TestLaneUsed(t *testing.T) {
	for _, tt := range []struct {
		name     string
		in       string
		min, max int // hits
		on       bool
		read     int // at most, of the hits: rows not taken from the reader's buffer
	}{
		{"few templates", genTradeCSV(7, 10_000), 5_000, 10_000, true, 10_000},
		{"distinct rows", distinctPosts(genTradeCSV(7, 10_000)), 0, laneProbe / 4, false, laneProbe},
		// 1,920 templates in the 4,096 ways: only the first row of each is
		// read the full way, and a row of a template whose two buckets
		// were full. The hash's seed is random: in 300 runs, 5 such rows
		// in the median run, 13 in the 99th percentile, 104 at most. A
		// line across the end of the reader's buffer is the lane's too:
		// PeekLine reads on.
		{"many templates", manyTemplates(40_000), 40_000 - 1_920 - 200, 40_000 - 1_920, true, 0},
		// Texts longer than a template keeps in itself (laneShort).
		{"long texts", withNote(genTradeCSV(7, 10_000), 150), 5_000, 10_000, true, 10_000},
		// Separators quoted in the cells after the value: counted from
		// the end, they do not find its cell, and the rows are taken once
		// Read has read them.
		{"quoted notes", withQuotedNote(manyTemplates(10_000)), 10_000 - 1_920 - 200, 10_000 - 1_920, true, 10_000},
	} {
		for _, workers := range []int{1, 2} {
			name := fmt.Sprintf("%s, %d workers", tt.name, workers)
			p, err := (CSVReader{}).plan(strings.Split(strings.SplitN(tt.in, "\n", 2)[0], ","))
			if err != nil {
				t.Fatal(err)
			}
			if newLane(p) == nil {
				t.Fatalf("%s: no lane for the simple layout", name)
			}
			var got *lane
			laneSeen = func(l *lane) { got = l }
			for range (CSVReader{Workers: workers}).Rows(strings.NewReader(tt.in)) {
			}
			laneSeen = nil
			if got == nil {
				t.Fatalf("%s: the lane was not used", name)
			}
			if got.hits < tt.min || got.hits > tt.max || got.on != tt.on {
				t.Errorf("%s: %d rows of %d by the lane, on %v; want %d to %d, on %v", name, got.hits, got.seen, got.on, tt.min, tt.max, tt.on)
			}
			if workers == 1 && got.read > tt.read {
				t.Errorf("%s: %d rows by the lane after Read read them; want %d at most", name, got.read, tt.read)
			}
		}
	}
}

// manyTemplates returns a file of n rows over 1,920 templates (4 years,
// 12 months, 2 flows, 20 posts), each row with a value of its own.
func manyTemplates(n int) string {
	var b strings.Builder
	b.WriteString("tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang\n")
	for i := range n {
		k := i % 1920
		fmt.Fprintf(&b, "%d,%d,%s,Pos %d,Malaysia,1511.10,%d,IDR\n", 2014+k%4, 1+k/4%12, [2]string{"ekspor", "impor"}[k/48%2], k/96, 1000+i)
	}
	return b.String()
}

// withNote adds to a generated file a last column that the reader does not
// know, with a note of n bytes in each row.
func withNote(in string, n int) string { return withLastCell(in, strings.Repeat("a", n)) }

// withQuotedNote adds to a generated file a last column that the reader
// does not know, with a quoted note holding separators in each row.
func withQuotedNote(in string) string {
	return withLastCell(in, `"dari Kuching, Sarawak, via Entikong"`)
}

// withLastCell adds the column x_note to a generated file, with cell in
// each row.
func withLastCell(in, cell string) string {
	lines := strings.SplitAfter(in, "\n")
	for i, l := range lines {
		if l == "" {
			continue
		}
		note := "x_note"
		if i > 0 {
			note = cell
		}
		lines[i] = strings.TrimSuffix(l, "\n") + "," + note + "\n"
	}
	return strings.Join(lines, "")
}

// valueCells gives a file of n rows of a few templates, with the header
// of its last two columns h, whose value cells are written in the ways
// the lane reads the short way or hands to the full way: grouped and
// plain, with a currency of their own (the column's or another), a
// scale word, a dash or nothing for nil, spaces around them, negative.
func valueCells(seed uint64, n int, h string) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	values := []string{"1.234.567", "1234567", "12.345,50", "Rp 5.000", "Rp5.000", "RM1.200", "US$ 5.000", "IDR 7.500",
		"-", "–", "—", "", " 2.500 ", "\u00a02.500", "-1.000", "5 juta", "1,5", "0", "00", "1.000.000.000.000.000", "12x"}
	var b strings.Builder
	b.WriteString("tahun,arus,pos,mitra," + h + "\n")
	for range n {
		v := values[r.IntN(len(values))]
		if r.IntN(2) == 0 {
			v = fmt.Sprintf("%d.%03d", 1+r.IntN(999), r.IntN(1000))
		}
		last := []string{"IDR", "idr", "MYR"}[r.IntN(3)]
		fmt.Fprintf(&b, "%d,%s,%s,Malaysia,%s,%s\n", 2015+r.IntN(2), []string{"ekspor", "impor"}[r.IntN(2)], []string{"Entikong", "Aruk"}[r.IntN(2)], v, last)
	}
	return b.String()
}

// distinctPosts gives every row of a generated file a post of its own.
func distinctPosts(in string) string {
	lines := strings.SplitAfter(in, "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = strings.Replace(lines[i], "Aruk", fmt.Sprintf("Aruk %d", i), 1)
		lines[i] = strings.Replace(lines[i], "Skouw", fmt.Sprintf("Skouw %d", i), 1)
		lines[i] = strings.Replace(lines[i], "Sei Kelik", fmt.Sprintf("Sei Kelik %d", i), 1)
		lines[i] = strings.Replace(lines[i], "PLBN Entikong", fmt.Sprintf("Entikong %d", i), 1)
		lines[i] = strings.Replace(lines[i], "Nanga Badau", fmt.Sprintf("Badau %d", i), 1)
	}
	return strings.Join(lines, "")
}

// TestLinePos checks the positions of the fields of a line the lane takes
// against those input.Reader gives when it reads the line: quoted cells,
// separators in them, the value first, last and in between.
func TestLinePos(t *testing.T) {
	for _, tt := range []struct {
		line string
		vi   int
	}{
		{"2019,1,ekspor,Entikong,Malaysia,1511.10,1.000,IDR", 6},
		{"2019,1,ekspor,\"Motaain, NTT\",Malaysia,1511.10,1.000,IDR", 6},
		{"2019,1,ekspor,Entikong,1.000,\"KPPBC Entikong, Sanggau\",IDR", 4},
		{"1.000,2019,ekspor", 0},
		{"2019,ekspor,1.000", 2},
		{"2019;ekspor;\"a;b\";1.000", 3},
	} {
		comma := byte(',')
		if strings.Contains(tt.line, ";") {
			comma = ';'
		}
		rd := input.NewReader(strings.NewReader(tt.line+"\n"), input.Options{Comma: rune(comma)})
		fields, _, err := rd.Read()
		if err != nil {
			t.Fatalf("%q: %v", tt.line, err)
		}
		vs := rd.FieldPos(tt.vi).Column - 1
		lp := linePos{start: rd.FieldPos(0), line: []byte(tt.line), vi: tt.vi, vs: vs, comma: comma}
		for i := -1; i <= len(fields)+1; i++ {
			if got, want := lp.FieldPos(i), rd.FieldPos(i); got != want {
				t.Errorf("%q: field %d at %v, want %v", tt.line, i, got, want)
			}
		}
	}
}

// TestSummarizeMemo checks that Summarize keeps the groups of every
// template in its memo (so that the template's other rows are added
// without building keys), with one goroutine and with workers.
func TestSummarizeMemo(t *testing.T) {
	in := manyTemplates(20_000)
	for _, workers := range []int{1, 2} {
		var got *lane
		laneSeen = func(l *lane) { got = l }
		s := Summary{By: ByYear | ByPost}
		n := (CSVReader{Workers: workers}).Summarize(strings.NewReader(in), &s, func(err error) bool {
			t.Error(err)
			return true
		})
		laneSeen = nil
		if got == nil {
			t.Fatalf("%d workers: the lane was not used", workers)
		}
		templates, memos := 0, 0
		for _, set := range &got.sets {
			for _, w := range set {
				if w.t != nil {
					templates++
					if w.t.memo.s == &s {
						memos++
					}
				}
			}
		}
		if n != 20_000 || templates != 1_920 || memos != templates {
			t.Errorf("%d workers: %d records, %d templates, %d with the summary's memo; want 20000, 1920, 1920", workers, n, templates, memos)
		}
	}
}

// TestTemplateLayout keeps what the lane reads of every row in the cache
// lines it was laid out for (see template, slot and lane): a change of a
// field that moves them fails here rather than only in BenchmarkIngest.
func TestTemplateLayout(t *testing.T) {
	var tp template
	var g slot
	var l lane
	for _, c := range []struct {
		what      string
		got, want uintptr
	}{
		// 448 is a size class of the allocator, seven lines of 64
		// bytes: every template starts on a line.
		{"template size", unsafe.Sizeof(tp), 448},
		{"template text", unsafe.Offsetof(tp.short), 64},
		{"slot size", unsafe.Sizeof(g), 256},
		{"slot counts end", unsafe.Offsetof(g.counts) + unsafe.Sizeof(g.counts), 64},
		{"lane buckets", unsafe.Offsetof(l.sets), 0},
		{"lane bucket size", unsafe.Sizeof(l.sets[0]), 64},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d bytes, want %d", c.what, c.got, c.want)
		}
	}
}

// TestSwarBad checks swarBad against a byte at a time for every byte in
// every place of a word, and for words of random bytes.
func TestSwarBad(t *testing.T) {
	bad := func(c byte) bool { return c < ' ' && c != '\t' || c > '~' || c == '"' }
	check := func(x uint64) {
		t.Helper()
		var want uint64
		for i := range 8 {
			if bad(byte(x >> (8 * i))) {
				want |= 0x80 << (8 * i)
			}
		}
		if got := swarBad(x); got != want {
			t.Fatalf("swarBad(%#016x) = %#016x, want %#016x", x, got, want)
		}
	}
	for c := range 256 {
		for i := range 8 {
			for _, fill := range []uint64{0, swarOnes * 'a', swarOnes * '"', swarOnes * 0xff, swarOnes * '\t'} {
				check(fill&^(0xff<<(8*i)) | uint64(c)<<(8*i))
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		check(r.Uint64())
	}
}

// TestPlainCell compares plainCell with a byte at a time, for every span
// of lines of up to 40 bytes.
func TestPlainCell(t *testing.T) {
	naive := func(b []byte) bool {
		for _, c := range b {
			if c < ' ' && c != '\t' || c > '~' || c == '"' {
				return false
			}
		}
		return true
	}
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte{'a', '0', '.', ' ', '\t', '~', '"', 0x7f, 0x1f, 0, 0x80, 0xa0, 0xff, '\n', '\r'}
	for n := range 4_000 {
		line := make([]byte, n%41)
		for i := range line {
			line[i] = 'a'
			if r.IntN(8) == 0 { // mostly plain, so that long spans are
				line[i] = alphabet[r.IntN(len(alphabet))]
			}
		}
		for vs := 0; vs <= len(line); vs++ {
			for ve := vs; ve <= len(line); ve++ {
				if got, want := plainCell(line, vs, ve), naive(line[vs:ve]); got != want {
					t.Fatalf("plainCell(%q, %d, %d) = %v, want %v", line, vs, ve, got, want)
				}
			}
		}
	}
}

// TestValueSpan compares valueSpan with finding the separators one after
// another, and valueSpanBack with finding them from the end, on random
// lines of separators and other bytes of every length up to 70 (words of
// eight bytes and the rest), for fields 0 to 9; and plainSpan with the
// lexer's check of a plain line a byte at a time.
func TestValueSpan(t *testing.T) {
	naive := func(line []byte, comma byte, vi int) (int, int, bool) {
		vs := 0
		for range vi {
			i := bytes.IndexByte(line[vs:], comma)
			if i < 0 {
				return 0, 0, false
			}
			vs += i + 1
		}
		ve := len(line)
		if i := bytes.IndexByte(line[vs:], comma); i >= 0 {
			ve = vs + i
		}
		return vs, ve, true
	}
	naiveBack := func(line []byte, comma byte, after int) (int, int, bool) {
		ve := len(line)
		for range after {
			i := bytes.LastIndexByte(line[:ve], comma)
			if i < 0 {
				return 0, 0, false
			}
			ve = i
		}
		return bytes.LastIndexByte(line[:ve], comma) + 1, ve, true
	}
	// The lexer's check of a plain line, a byte at a time.
	naivePlain := func(line []byte, comma byte, vi, fields int) (int, int, bool) {
		for _, c := range line {
			if c != comma && (c < ' ' && c != '\t' || c > '~' || c == '"') {
				return 0, 0, false
			}
		}
		if bytes.Count(line, []byte{comma}) != fields-1 {
			return 0, 0, false
		}
		return naive(line, comma, vi)
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{',', ';', 'a', 'b', '0', 0x80 | ',', ',' - 1, ',' + 1, 0, 0xff, ' ', '\t', '"', 0x7f, '~', 0x1f, 0xa0, '\n'}
	plain := []byte{',', ';', 'a', '0', ' ', '\t', '~'} // plain lines
	for n := range 20_000 {
		line := make([]byte, n%71)
		abc := alphabet
		if n%3 == 0 {
			abc = plain
		}
		for i := range line {
			line[i] = abc[r.IntN(len(abc))]
		}
		for _, comma := range []byte{',', ';', '\t', 'a', 0x1f} {
			for vi := range 10 {
				vs, ve, ok := valueSpan(line, comma, vi)
				ws, we, wok := naive(line, comma, vi)
				if vs != ws || ve != we || ok != wok {
					t.Fatalf("valueSpan(%q, %q, %d) = %d, %d, %v; want %d, %d, %v", line, comma, vi, vs, ve, ok, ws, we, wok)
				}
				// The field with vi separators after it, counted from the end.
				vs, ve, ok = valueSpanBack(line, comma, vi)
				ws, we, wok = naiveBack(line, comma, vi)
				if vs != ws || ve != we || ok != wok {
					t.Fatalf("valueSpanBack(%q, %q, %d) = %d, %d, %v; want %d, %d, %v", line, comma, vi, vs, ve, ok, ws, we, wok)
				}
				fields := bytes.Count(line, []byte{comma}) + 1 - n%2 // right and wrong
				vs, ve, ok = plainSpan(line, comma, vi, fields)
				ws, we, wok = naivePlain(line, comma, vi, fields)
				if vs != ws || ve != we || ok != wok {
					t.Fatalf("plainSpan(%q, %q, %d, %d) = %d, %d, %v; want %d, %d, %v", line, comma, vi, fields, vs, ve, ok, ws, we, wok)
				}
			}
		}
	}
}

// TestLaneQueueWait sends chunks through a laneQueueWait with a lane that
// is slower, then faster, than the lexer: every chunk arrives once, in
// order, and the lexer, waiting for room, is let go when the lane stops.
func TestLaneQueueWait(t *testing.T) {
	const n = 5000
	chunks := make(chan *laneChunk, laneQueue)
	q := &laneQueueWait{room: make(chan struct{}, 1)}
	quit := make(chan struct{})
	sent := make(chan int)
	go func() {
		i := 0
		for ; i < n; i++ {
			if !q.send(chunks, &laneChunk{items: make([]laneItem, i%7)}, quit) {
				break
			}
			if i > n/2 && i%3 == 0 {
				time.Sleep(time.Microsecond) // the lexer slower
			}
		}
		close(chunks)
		sent <- i
	}()
	got := 0
	for ch := range chunks {
		q.took(chunks)
		if len(ch.items) != got%7 {
			t.Fatalf("chunk %d has %d items, want %d: out of order", got, len(ch.items), got%7)
		}
		if got++; got < n/2 && got%5 == 0 {
			time.Sleep(time.Microsecond) // the lane slower
		}
		if got == n/4 {
			close(quit) // the lane stops: the lexer must not wait for ever
			break
		}
	}
	for range chunks {
	}
	if i := <-sent; i < got || i > got+laneQueue+1 {
		t.Errorf("the lexer sent %d chunks, the lane took %d and stopped", i, got)
	}
}

// pastMaxSeen returns a file of more than maxSeen distinct rows over the
// 1,920 templates of manyTemplates, followed by tail without its header:
// the rows after them are past the checks of duplicates and overlaps, so
// Summarize's lane keeps their values for later (lane.pend).
func pastMaxSeen(tail string) string {
	_, body, _ := strings.Cut(tail, "\n")
	return manyTemplates(maxSeen+100) + body
}

// mixedTail returns rows of the templates of manyTemplates with rows
// that the lane does not keep scattered through them: generated rows with
// their errors, totals and rows for the World (genTradeCSV), values in
// another currency, values that no sum can hold, new templates.
func mixedTail(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, seed^0x51ed27a4))
	gen := strings.Split(strings.TrimSuffix(genTradeCSV(seed, n), "\n"), "\n")[1:]
	var b strings.Builder
	b.WriteString("tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang\n")
	for i := range n {
		k := r.IntN(1920)
		tmpl := fmt.Sprintf("%d,%d,%s,Pos %d,Malaysia,1511.10,", 2014+k%4, 1+k/4%12, [2]string{"ekspor", "impor"}[k/48%2], k/96)
		switch r.IntN(10) {
		case 0:
			b.WriteString(gen[i%len(gen)] + "\n")
		case 1:
			fmt.Fprintf(&b, "%s%d,MYR\n", tmpl, 1+r.IntN(1000))
		case 2:
			fmt.Fprintf(&b, "%s40.000.000.000.000.%03d,IDR\n", tmpl, r.IntN(1000))
		case 3:
			fmt.Fprintf(&b, "%d,%d,ekspor,Pos %d,Malaysia,1511.10,%d,IDR\n", 2014+r.IntN(4), 1+r.IntN(12), 20+r.IntN(50), 1+r.IntN(1000))
		default:
			fmt.Fprintf(&b, "%s%d,IDR\n", tmpl, 1+r.IntN(1_000_000))
		}
	}
	return b.String()
}

// largeRuns returns rows of one template whose values fill its sums in a
// few rows, the lane keeping the first of each run for later and the
// rest overflowing, with small values between the runs.
func largeRuns() string {
	var b strings.Builder
	b.WriteString("tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang\n")
	for run := range 4 {
		for i := range 6 {
			fmt.Fprintf(&b, "2014,1,ekspor,Pos 0,Malaysia,1511.10,30.000.000.000.000.%03d,IDR\n", run*10+i)
		}
		for i := range 3 {
			fmt.Fprintf(&b, "2015,%d,impor,Pos 1,Malaysia,1511.10,%d,IDR\n", 1+i, 100+i)
		}
	}
	return b.String()
}

// TestPendSameAsFull reads files of more than maxSeen rows, where
// Summarize's lane keeps the values of rows for later, and checks that
// Summarize gives what Rows and Summary.Add give without the lane: the
// same errors and warnings in the same order, the same number of records
// added and the same table, strict too and with two workers. Rows that
// the lane keeps are among them, and so are rows read the full way,
// errors, total rows and sums that overflow between them.
func TestPendSameAsFull(t *testing.T) {
	if testing.Short() {
		t.Skip("files of more than maxSeen rows")
	}
	defer func() { laneOff, laneSeen = false, nil }()
	files := []struct{ name, text string }{
		{"templates only", pastMaxSeen(manyTemplates(5000))},
		{"mixed rows", pastMaxSeen(mixedTail(1, 6000))},
		{"generated rows", pastMaxSeen(genTradeCSV(2, 4000))},
		{"overflowing sums", pastMaxSeen(overflowing())},
		{"runs of large values", pastMaxSeen(largeRuns())},
	}
	for _, f := range files {
		for _, strict := range []bool{false, true} {
			laneOff = true
			want := sumTranscript(CSVReader{Strict: strict}, f.text, false)
			laneOff = false
			for _, w := range []int{1, 2} {
				pended := 0
				laneSeen = func(l *lane) { pended += l.pended }
				got := sumTranscript(CSVReader{Strict: strict, Workers: w}, f.text, true)
				laneSeen = nil
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("%s, strict %v, %d workers: Summarize differs from Rows and Add (-want +got):\n%s", f.name, strict, w, diff)
				}
				if pended == 0 && !strict {
					t.Errorf("%s, %d workers: the lane kept no row for later", f.name, w)
				}
			}
		}
	}
}

// TestPendAcrossFiles sums two files into one summary, the first filling a
// group almost to the limit, the second adding to it past maxSeen rows:
// the lane keeps no value that the sums of the first file leave no room
// for (Aggregator.abs), and Summarize gives what Rows and Add give.
func TestPendAcrossFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("a file of more than maxSeen rows")
	}
	defer func() { laneOff = false }()
	head := "tahun,bulan,arus,pos,mitra,hs,nilai,mata_uang\n"
	first := head + strings.Repeat("2014,1,ekspor,Pos 0,Malaysia,1511.10,30.000.000.000.000.000,IDR\n", 3)
	var tail strings.Builder
	tail.WriteString(head)
	for i := range 50 {
		fmt.Fprintf(&tail, "2014,1,ekspor,Pos 0,Malaysia,1511.10,%d.000.000.000.000,IDR\n", 100+i)
	}
	second := pastMaxSeen(tail.String())
	run := func(summarize bool) []string {
		var out []string
		sum := Summary{By: ByYear | ByPost}
		added := 0
		for _, in := range []string{first, second} {
			added += sumFile(CSVReader{}, in, summarize, &sum, &out)
		}
		return appendTable(append(out, fmt.Sprint(added, " added")), &sum)
	}
	laneOff = true
	want := run(false)
	laneOff = false
	got := run(true)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Summarize differs from Rows and Add (-want +got):\n%s", diff)
	}
	if n := strings.Count(strings.Join(want, "\n"), "overflow"); n == 0 {
		t.Errorf("no sum overflowed: the test does not test the bound")
	}
}
