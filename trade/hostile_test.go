package trade

import (
	"errors"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/input"
)

// countRows counts the data rows of a UTF-8 CSV text on its own, without
// the reader under test: it follows the documented rules of the input
// toolbox (a UTF-8 byte order mark skipped; the separator that the first
// non-empty line holding one of ',', ';', tab and '|' uses most outside
// quotes; LF, CRLF and CR alone as line ends; empty lines skipped; a
// quote opens a quoted field only as its first byte) and of CSVReader
// (up to maxTitleLines title lines above the header skipped). It reports
// false for text it cannot count so: UTF-16 (or text that may be taken
// for it) and text beyond the reader's record limit.
func countRows(in string) (int, bool) {
	if strings.HasPrefix(in, "\xff\xfe") || strings.HasPrefix(in, "\xfe\xff") || len(in) > 1<<20 {
		return 0, false
	}
	head := in[:min(len(in), 512)]
	if strings.Count(head, "\x00")*8 >= len(head) && len(head) > 0 {
		return 0, false // the toolbox may take it for UTF-16 without a mark
	}
	in = strings.TrimPrefix(in, "\ufeff")
	comma := sniffComma(in)
	// CSVReader's rule: another separator wins when its header has more
	// known column names.
	best := headerScore(in, comma, knownColumn)
	for _, c := range []byte{',', ';', '\t', '|'} {
		if n := headerScore(in, c, knownColumn); n > best {
			best, comma = n, c
		}
	}
	return countWith(in, comma), true
}

// countPurchaseRows is countRows for CSVReader.Purchases, whose header
// names other columns.
func countPurchaseRows(in string) (int, bool) {
	if _, ok := countRows(in); !ok {
		return 0, false
	}
	in = strings.TrimPrefix(in, "\ufeff")
	known := func(h string) bool { _, ok := purchaseHeaders[fold.Key(h)]; return ok }
	comma := sniffComma(in)
	best := headerScore(in, comma, known)
	for _, c := range []byte{',', ';', '\t', '|'} {
		if n := headerScore(in, c, known); n > best {
			best, comma = n, c
		}
	}
	return countWith(in, comma), true
}

// headerScore is the number of known column names in the header of in
// (after title lines) split with comma.
func headerScore(in string, comma byte, known func(string) bool) int {
	in = in[:min(len(in), sniffSize)]
	for rest, skipped := in, 0; ; {
		fields, next, ok := splitRecord(rest, comma)
		if !ok {
			return 0
		}
		rest = next
		if fields == nil {
			continue
		}
		if isTitle(fields) && skipped < maxTitleLines {
			skipped++
			continue
		}
		n := 0
		for _, f := range fields {
			if known(trimSpace(f)) {
				n++
			}
		}
		return n
	}
}

// countWith counts the data rows of in split with comma.
func countWith(in string, comma byte) int {
	n, header, skipped := 0, false, 0
	for rest := in; ; {
		fields, next, ok := splitRecord(rest, comma)
		if !ok {
			break
		}
		rest = next
		if fields == nil {
			continue // an empty line
		}
		if !header && isTitle(fields) && skipped < maxTitleLines {
			skipped++
			continue
		}
		if !header {
			header = true
			continue
		}
		n++
	}
	return n
}

// sniffComma is the separator rule of the input toolbox, written again.
func sniffComma(s string) byte {
	const cands = ",;\t|"
	lines := 0
	for i := 0; i < len(s) && lines < 8; {
		var n [4]int
		start, quoted := i, false
		for ; i < len(s) && (quoted || (s[i] != '\n' && s[i] != '\r')); i++ {
			if s[i] == '"' {
				quoted = !quoted
			} else if k := strings.IndexByte(cands, s[i]); k >= 0 && !quoted {
				n[k]++
			}
		}
		empty := i == start
		if i < len(s) {
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			i++
		}
		if empty {
			continue
		}
		best := 0
		for k := range n {
			if n[k] > n[best] {
				best = k
			}
		}
		if n[best] > 0 {
			return cands[best]
		}
		lines++
	}
	return ','
}

// splitRecord splits the first record off s: its fields (nil for an
// empty line), the rest of s, and false at the end of s.
func splitRecord(s string, comma byte) ([]string, string, bool) {
	if s == "" {
		return nil, "", false
	}
	lineEnd := func(i int) int {
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			return i + 2
		}
		return i + 1
	}
	if s[0] == '\n' || s[0] == '\r' {
		return nil, s[lineEnd(0):], true
	}
	var fields []string
	var f strings.Builder
	i := 0
	for {
		// The start of a field.
		if i < len(s) && s[i] == '"' {
			i++
			for i < len(s) {
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						f.WriteByte('"')
						i += 2
						continue
					}
					i++
					break
				}
				f.WriteByte(s[i])
				i++
			}
		}
		for i < len(s) && s[i] != comma && s[i] != '\n' && s[i] != '\r' {
			f.WriteByte(s[i])
			i++
		}
		fields = append(fields, f.String())
		f.Reset()
		switch {
		case i == len(s):
			return fields, "", true
		case s[i] == comma:
			i++
		default:
			return fields, s[lineEnd(i):], true
		}
	}
}

func TestCountRows(t *testing.T) {
	for in, want := range map[string]int{
		"":                                 0,
		"tahun,arus,nilai\n":               0,
		"tahun,arus,nilai\n1,2,3\n":        1,
		"judul\n\ntahun;arus;nilai\r1;2;3": 1,
		"tahun,arus,nilai\n1,\"2\n\n3\",4\n5,6,7\r\n": 2,
		"tahun,arus,nilai\n1,\"2\n3\n4\n":             1, // unclosed
		"tahun,arus,nilai\n1,2\"x\n3,4,5\n":           2, // a bare quote ends at its line
	} {
		if got, _ := countRows(in); got != want {
			t.Errorf("countRows(%q) = %d, want %d", in, got, want)
		}
	}
}

// readErrs reads a CSV text with c and returns what it yielded.
func readErrs(c CSVReader, r io.Reader) (recs []Record, errs []error) {
	for rec, err := range c.Records(r) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		recs = append(recs, rec)
	}
	return recs, errs
}

func utf16Text(s string, bigEndian, bom bool) string {
	u := utf16.Encode([]rune(s))
	if bom {
		u = append([]uint16{0xFEFF}, u...)
	}
	b := make([]byte, 0, 2*len(u))
	for _, c := range u {
		if bigEndian {
			b = append(b, byte(c>>8), byte(c))
		} else {
			b = append(b, byte(c), byte(c>>8))
		}
	}
	return string(b)
}

// TestReadCSVHostile reads files that break readers, made by the test,
// and checks that every data row (counted by countRows, not by the
// reader) is loaded or reported, and that each problem is reported where
// it is.
func TestReadCSVHostile(t *testing.T) {
	const head = "tahun,bulan,arus,pos,nilai,mata_uang\n"
	rows := "2022,Januari,ekspor,Entikong,Rp1.500,IDR\n" +
		"2022,Februari,ekspor,Entikong,Rp2.500,IDR\n" +
		"2022,Maret,impor,Aruk,\"Rp3.500,50\",IDR\n" +
		"2023,,ekspor,Aruk,Rp4.000,IDR\n"
	type want struct {
		loaded int
		errs   []string // substrings of the errors, in order
		is     []error  // the errors wrap these (nil: not checked)
		warns  []string // the warnings
	}
	tests := []struct {
		name string
		text string // UTF-8: counted by countRows
		enc  func(string) string
		want want
	}{
		{"CR only (CSV Macintosh)", strings.ReplaceAll(head+rows, "\n", "\r"), nil, want{loaded: 4}},
		{"mixed line ends", "tahun,bulan,arus,pos,nilai,mata_uang\r\n" +
			"2022,Januari,ekspor,Entikong,Rp1.500,IDR\r" +
			"2022,Februari,ekspor,Entikong,Rp2.500,IDR\n" +
			"2022,Maret,impor,Aruk,\"Rp3.500,50\",IDR\r\n\r\n\n" +
			"2023,,ekspor,Aruk,Rp4.000,IDR", nil, want{loaded: 4}},
		{"unclosed quote mid-file", head +
			"2022,Januari,ekspor,Entikong,Rp1.500,IDR\n" +
			"2022,Februari,ekspor,\"Entikong,Rp2.500,IDR\n" +
			"2022,Maret,impor,Aruk,Rp3.500,IDR\n" +
			"2023,,ekspor,Aruk,Rp4.000,IDR\n", nil,
			want{loaded: 1, errs: []string{"3:22:"}, is: []error{input.ErrQuote}}},
		{"a decimal comma makes a cell too many", "tahun,arus,nilai,mata_uang\n" +
			"2022,ekspor,2.500.000,75,IDR\n" +
			"2022,ekspor,Rp1,IDR\n", nil,
			want{loaded: 1, errs: []string{"2:26:"}, is: []error{input.ErrFieldCount}}},
		{"missing cells", "tahun,arus,nilai,mata_uang\n" +
			"2022,ekspor,2.500.000\n" +
			"2022,ekspor,Rp1,IDR\n", nil,
			want{loaded: 1, errs: []string{"2:22:"}, is: []error{input.ErrFieldCount}}},
		{"UTF-16 LE with BOM", head + rows, func(s string) string { return utf16Text(s, false, true) }, want{loaded: 4}},
		{"UTF-16 BE with BOM", head + rows, func(s string) string { return utf16Text(s, true, true) }, want{loaded: 4}},
		{"UTF-16 LE without BOM", head + rows, func(s string) string { return utf16Text(s, false, false) }, want{loaded: 4}},
		{"UTF-16 BE without BOM", head + rows, func(s string) string { return utf16Text(s, true, false) }, want{loaded: 4}},
		{"UTF-8 BOM: columns of line 1 do not count it", "\ufefftahun,ar\"us,nilai\n2022,ekspor,Rp1\n", nil,
			want{errs: []string{"1:9: header:"}, is: []error{ErrHeader}}},
		{"UTF-8 BOM", "\ufeff" + head + rows, nil, want{loaded: 4}},
		{"NUL byte", head + "2022,Januari,ekspor,Entikong,Rp1.500,IDR\n2022,Februari,ekspor,Enti\x00kong,Rp2.500,IDR\n", nil,
			want{loaded: 1, errs: []string{"3:26:"}, is: []error{input.ErrEncoding}}},
		{"invalid UTF-8", head + "2022,Januari,ekspor,Entikong,Rp1.500,IDR\n2022,Februari,ekspor,Ent\xffikong,Rp2.500,IDR\n", nil,
			want{loaded: 1, errs: []string{"3:25:"}, is: []error{input.ErrEncoding}}},
		{"negative values", head +
			"2022,Januari,ekspor,Entikong,-Rp1.500,IDR\n" +
			"2022,Februari,ekspor,Entikong,(Rp2.500),IDR\n" +
			"2022,Maret,ekspor,Entikong,Rp0,IDR\n", nil,
			want{loaded: 1, errs: []string{"2:30: nilai:", "3:31: nilai:"}, is: []error{ErrNegative, ErrNegative}}},
		{"duplicated rows", head + rows + "2022,Februari,ekspor,Entikong,Rp2.500,IDR\n2022,Februari,ekspor,Entikong,Rp2.501,IDR\n", nil,
			want{loaded: 6, warns: []string{"6:1: repeats an earlier row"}}},
		{"a year beside its months", head + rows + "2022,,ekspor,Entikong,Rp9.000,IDR\n2023,Mei,ekspor,Aruk,Rp1,IDR\n2023,,ekspor,Entikong,Rp1,IDR\n", nil,
			want{loaded: 5, errs: []string{"6:1:", "7:1:"}, is: []error{ErrOverlap, ErrOverlap}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, ok := countRows(tt.text)
			if !ok {
				t.Fatalf("countRows cannot count %q", tt.text)
			}
			text := tt.text
			if tt.enc != nil {
				text = tt.enc(text)
			}
			var warns []string
			recs, errs := readErrs(CSVReader{Warn: func(e *RowError) { warns = append(warns, e.Error()) }}, strings.NewReader(text))
			if diff := cmp.Diff(tt.want.warns, warns); diff != "" {
				t.Errorf("warnings mismatch (-want +got):\n%s", diff)
			}
			if !errors.Is(firstErr(errs), ErrHeader) && len(recs)+len(errs) != in {
				t.Errorf("%d rows in, %d loaded + %d reported: %v", in, len(recs), len(errs), errs)
			}
			if len(recs) != tt.want.loaded {
				t.Errorf("loaded %d rows, want %d; errors: %v", len(recs), tt.want.loaded, errs)
			}
			if len(errs) != len(tt.want.errs) {
				t.Fatalf("errors = %v, want %d", errs, len(tt.want.errs))
			}
			for i, err := range errs {
				if !strings.Contains(err.Error(), tt.want.errs[i]) {
					t.Errorf("error %d = %q, want it to contain %q", i, err, tt.want.errs[i])
				}
				if i < len(tt.want.is) && !errors.Is(err, tt.want.is[i]) {
					t.Errorf("error %d = %v, want errors.Is %v", i, err, tt.want.is[i])
				}
				var re *RowError
				if !errors.As(err, &re) || re.Line < 1 || re.Column < 1 {
					t.Errorf("error %d = %#v, want a *RowError with a position", i, err)
				}
			}
		})
	}
}

func firstErr(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	return errs[0]
}

// A repeatReader yields n copies of b (n < 0: endlessly) without holding
// them.
type repeatReader struct {
	b byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := len(p)
	if r.n > 0 && k > r.n {
		k = r.n
	}
	for i := range p[:k] {
		p[i] = r.b
	}
	if r.n > 0 {
		r.n -= k
	}
	return k, nil
}

// TestReadCSVBoundedMemory reads a line of 50 MB, an endless line and a
// header of 50 MB: each ends with one short error, and reading allocates
// less than 100 MB in all.
func TestReadCSVBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 50 MB")
	}
	const good = "tahun,arus,nilai\n2022,ekspor,Rp1\n2023,ekspor,Rp2\n"
	tests := []struct {
		name   string
		r      func() io.Reader
		loaded int
		header bool
	}{
		{"a line of 50 MB", func() io.Reader {
			return io.MultiReader(strings.NewReader(good+"2024,ekspor,"), &repeatReader{b: '9', n: 50 << 20}, strings.NewReader("\n"))
		}, 2, false},
		{"an endless line", func() io.Reader {
			return io.MultiReader(strings.NewReader(good+"2024,ekspor,"), &repeatReader{b: '9', n: -1})
		}, 2, false},
		{"an endless quoted field", func() io.Reader {
			return io.MultiReader(strings.NewReader(good+"2024,ekspor,\""), &repeatReader{b: '\n', n: -1})
		}, 2, false},
		{"a header of 50 MB", func() io.Reader {
			return io.MultiReader(strings.NewReader("tahun,arus,nilai,"), &repeatReader{b: 'x', n: 50 << 20}, strings.NewReader("\n2022,ekspor,Rp1\n"))
		}, 0, true},
		{"a header of 1000 bad columns", func() io.Reader {
			return strings.NewReader("tahun,arus" + strings.Repeat(",nilai ("+strings.Repeat("x", 900)+")", 1000) + "\n2022,ekspor,Rp1\n")
		}, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.r()
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			recs, errs := readErrs(CSVReader{}, r)
			runtime.ReadMemStats(&after)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20 {
				t.Errorf("allocated %d MB", alloc>>20)
			}
			if len(recs) != tt.loaded || len(errs) != 1 {
				t.Fatalf("loaded %d, errors %d, want %d and 1", len(recs), len(errs), tt.loaded)
			}
			if n := len(errs[0].Error()); n > 2000 {
				t.Errorf("error of %d bytes: %.200s…", n, errs[0])
			}
			if got := errors.Is(errs[0], ErrHeader); got != tt.header {
				t.Errorf("error %v: header error %v, want %v", errs[0], got, tt.header)
			}
			if !tt.header && !errors.Is(errs[0], input.ErrTooLong) {
				t.Errorf("error %v, want ErrTooLong", errs[0])
			}
		})
	}
}

// TestReadCSVCheckBound: past maxSeen distinct rows the duplicate and
// overlap checks stop, and Warn is told once.
func TestReadCSVCheckBound(t *testing.T) {
	var b strings.Builder
	b.WriteString("tahun,arus,nilai\n")
	for i := range maxSeen + 10 {
		b.WriteString("2022,ekspor,Rp")
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString("\n")
	}
	b.WriteString("2022,ekspor,Rp1\n") // a repeat past the bound: not checked
	var warns []string
	recs, errs := readErrs(CSVReader{Warn: func(e *RowError) { warns = append(warns, e.Error()) }}, strings.NewReader(b.String()))
	if len(recs) != maxSeen+11 || len(errs) != 0 {
		t.Fatalf("loaded %d, errors %v", len(recs), errs)
	}
	want := []string{"65538:1: more than 65536 distinct rows: this row and later ones are not checked for duplicates and overlaps"}
	if diff := cmp.Diff(want, warns); diff != "" {
		t.Errorf("warnings mismatch (-want +got):\n%s", diff)
	}
}
