package agreement

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/input"
)

// hostileHeader and hostileRow generate the rows of the hostile-input
// tests: five cells, every row loadable.
const hostileHeader = "No,Judul,Mitra,Tanggal Penandatanganan,Jangka Waktu"

func hostileRow(n int) string {
	return fmt.Sprintf("%d,Kerja sama %d,Kota Daejeon,%d,5 tahun", n, n, 2000+n%20)
}

// hostileFile joins a header and rows with the line end eol.
func hostileFile(eol string, rows ...string) string {
	return hostileHeader + eol + strings.Join(rows, eol) + eol
}

// checkRows checks rows in = rows loaded + rows reported, the rows in
// counted by countRows, not by the reader under test.
func checkRows(t *testing.T, name string, text []byte, l *Load) {
	t.Helper()
	if l.Rows != len(l.Agreements)+len(l.Rejected) {
		t.Errorf("%s: Rows %d != %d loaded + %d rejected", name, l.Rows, len(l.Agreements), len(l.Rejected))
	}
	in, ok := countRows(text)
	if !ok {
		t.Fatalf("%s: countRows cannot count this text", name)
	}
	if in != len(l.Agreements)+len(l.Rejected) {
		t.Errorf("%s: %d rows in, %d loaded + %d reported", name, in, len(l.Agreements), len(l.Rejected))
	}
}

// TestReadCSVHostile reads files that spreadsheets, exports and hostile
// hands write: every row loads or is reported at its position, and none
// is invented.
func TestReadCSVHostile(t *testing.T) {
	r := func(n int) string { return hostileRow(n) }
	tests := []struct {
		name     string
		text     string
		loaded   []string // IDs
		rejected []string // "line:column sentinel"
	}{
		{"CR only", hostileFile("\r", r(1), r(2), r(3)), []string{"1", "2", "3"}, nil},
		{"CRLF", hostileFile("\r\n", r(1), r(2), r(3)), []string{"1", "2", "3"}, nil},
		{"mixed line ends", hostileHeader + "\r" + r(1) + "\n" + r(2) + "\r\n" + r(3), []string{"1", "2", "3"}, nil},
		{"byte order mark", "\uFEFF" + hostileFile("\n", r(1), r(2)), []string{"1", "2"}, nil},
		// The quote opened in row 2 runs to the end of the input: one
		// error at the opening quote, not rows 2 and 3 read as one.
		{"unclosed quote mid-file", hostileFile("\n", r(1), `2,"Kerja sama,Kota Daejeon,2001,5 tahun`, r(3)),
			[]string{"1"}, []string{"3:3 quote"}},
		{"bare quote", hostileFile("\n", r(1), `2,Kerja "sama",Kota Daejeon,2001,5 tahun`, r(3)),
			[]string{"1", "3"}, []string{"3:9 quote"}},
		{"text after closing quote", hostileFile("\n", r(1), `2,"Kerja" sama,Kota Daejeon,2001,5 tahun`, r(3)),
			[]string{"1", "3"}, []string{"3:10 quote"}},
		{"short row", hostileFile("\n", r(1), "2,Kerja sama,Kota Daejeon", r(3)),
			[]string{"1", "3"}, []string{"3:26 count"}},
		{"long row", hostileFile("\n", r(1), r(2)+",lebih", r(3)),
			[]string{"1", "3"}, []string{"3:42 count"}},
		{"long row of empty cells", hostileFile("\n", r(1), r(2)+",,", r(3)),
			[]string{"1", "3"}, []string{"3:42 count"}},
		{"NUL", hostileFile("\n", r(1), "2,Kerja\x00sama,Kota Daejeon,2001,5 tahun", r(3)),
			[]string{"1", "3"}, []string{"3:8 encoding"}},
		{"invalid UTF-8", hostileFile("\n", r(1), "2,Kerja\xffsama,Kota Daejeon,2001,5 tahun", r(3)),
			[]string{"1", "3"}, []string{"3:8 encoding"}},
		{"control characters", hostileFile("\n", r(1), "2,\"Kerja\x1b[2J\x07\tsama\",Kota Daejeon,2001,5 tahun", r(3)),
			[]string{"1", "2", "3"}, nil},
		{"blank rows", hostileFile("\n", r(1), ",,,,", "", "  ,\"\", , ,", r(3)), []string{"1", "3"}, nil},
		{"semicolons", strings.ReplaceAll(hostileFile("\n", r(1), r(2)), ",", ";"), []string{"1", "2"}, nil},
	}
	for _, tt := range tests {
		l, err := ReadCSV(strings.NewReader(tt.text), ReadOptions{File: "x.csv"})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		checkRows(t, tt.name, []byte(tt.text), l)
		if diff := cmp.Diff(tt.loaded, ids(l.Agreements)); diff != "" {
			t.Errorf("%s: loaded mismatch (-want +got):\n%s", tt.name, diff)
		}
		var rej []string
		for _, e := range l.Rejected {
			rej = append(rej, fmt.Sprintf("%d:%d %s", e.Line, e.Column, sentinel(e)))
		}
		if diff := cmp.Diff(tt.rejected, rej); diff != "" {
			t.Errorf("%s: rejected mismatch (-want +got):\n%s", tt.name, diff)
		}
		for _, a := range l.Agreements {
			if a.Signed.IsZero() {
				t.Errorf("%s: %s loaded without a date", tt.name, a.ID)
			}
		}
	}
}

func sentinel(err error) string {
	for _, s := range []struct {
		err  error
		name string
	}{{input.ErrQuote, "quote"}, {input.ErrFieldCount, "count"}, {input.ErrEncoding, "encoding"}, {input.ErrTooLong, "too long"}, {input.ErrTooManyFields, "fields"}} {
		if errors.Is(err, s.err) {
			return s.name
		}
	}
	return "other"
}

// TestReadCSVUTF16 reads a file saved as "Unicode text" (UTF-16 with a
// byte order mark, tab-separated, CRLF), little and big endian.
func TestReadCSVUTF16(t *testing.T) {
	text := strings.ReplaceAll(hostileFile("\r\n", hostileRow(1), "2,Kerja sama Bandar Seri Begawan – Sumatra,Kota Daejeon,2001,5 tahun", hostileRow(3)), ",", "\t")
	units := utf16.Encode([]rune("\uFEFF" + text))
	for _, big := range []bool{false, true} {
		var b []byte
		for _, u := range units {
			if big {
				b = append(b, byte(u>>8), byte(u))
			} else {
				b = append(b, byte(u), byte(u>>8))
			}
		}
		l, err := ReadCSV(bytes.NewReader(b), ReadOptions{})
		if err != nil {
			t.Fatalf("big endian %v: %v", big, err)
		}
		checkRows(t, "UTF-16", []byte(text), l) // counted in the UTF-8 text it encodes
		if diff := cmp.Diff([]string{"1", "2", "3"}, ids(l.Agreements)); diff != "" {
			t.Errorf("big endian %v: loaded mismatch (-want +got):\n%s", big, diff)
		}
		if len(l.Agreements) == 3 && l.Agreements[1].Title != "Kerja sama Bandar Seri Begawan – Sumatra" {
			t.Errorf("big endian %v: title %q", big, l.Agreements[1].Title)
		}
	}
}

// lineSource generates a file of a header, rows before, one line of n
// bytes and rows after, without holding it in memory.
type lineSource struct {
	parts []string
	n     int // bytes of the long line still to give, after parts[0]
	long  bool
}

func (s *lineSource) Read(p []byte) (int, error) {
	if len(s.parts) == 0 {
		return 0, io.EOF
	}
	if s.long && s.n > 0 {
		k := min(len(p), s.n)
		for i := range p[:k] {
			p[i] = 'a'
		}
		s.n -= k
		return k, nil
	}
	k := copy(p, s.parts[0])
	if s.parts[0] = s.parts[0][k:]; s.parts[0] == "" {
		s.parts = s.parts[1:]
		s.long = !s.long // the long line comes after the first part
	}
	return k, nil
}

// TestReadCSVLongLine reads a line of 50 MB: an error at its start, with
// the rows before it loaded, in bounded memory.
func TestReadCSVLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB line")
	}
	src := &lineSource{parts: []string{hostileFile("\n", hostileRow(1), hostileRow(2)) + "3,", "\n" + hostileRow(4) + "\n"}, n: 50 << 20}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	l, err := ReadCSV(src, ReadOptions{File: "long.csv"})
	runtime.ReadMemStats(&after)
	if !errors.Is(err, input.ErrTooLong) {
		t.Fatalf("err = %v, want ErrTooLong", err)
	}
	var re *RowError
	if !errors.As(err, &re) || re.Line != 4 || re.Column != 1 {
		t.Errorf("err = %v, want at 4:1", err)
	}
	if diff := cmp.Diff([]string{"1", "2"}, ids(l.Agreements)); diff != "" {
		t.Errorf("loaded mismatch (-want +got):\n%s", diff)
	}
	if l.Rows != 3 || len(l.Rejected) != 1 {
		t.Errorf("Rows %d, rejected %v", l.Rows, l.Rejected)
	}
	if total := after.TotalAlloc - before.TotalAlloc; total > 100<<20 {
		t.Errorf("allocated %d MB for a 50 MB line", total>>20)
	} else {
		t.Logf("allocated %.1f MB for a 50 MB line", float64(total)/(1<<20))
	}
}

// TestWriteCSVFormulas checks that text cells a spreadsheet would run as
// formulas are written with a quote in front, counted by encoding/csv
// rather than by ReadCSV, and read back as they were.
func TestWriteCSVFormulas(t *testing.T) {
	texts := []string{"=HYPERLINK(\"http://x\",\"klik\")", "+62 21 555", "-5", "@SUM(A1:A9)", "\tTab", "'=already", "''+two", "Biasa", "'biasa"}
	var as []Agreement
	for i, s := range texts {
		as = append(as, Agreement{ID: fmt.Sprint(i + 1), Title: s, Notes: s, Predecessor: "", Signed: InYear(2016),
			Parties: []Party{{Role: RolePartner, Name: s}}})
	}
	for _, verbatim := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, as, WriteOptions{Lang: language.English, Verbatim: verbatim}); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != len(as)+1 {
			t.Fatalf("%d records for %d agreements", len(recs), len(as))
		}
		header := recs[0]
		for _, rec := range recs[1:] {
			for i, cell := range rec {
				if !verbatim && cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("%s cell %q starts a formula", header[i], cell)
				}
			}
		}
		title := slices.Index(header, "Title")
		if got := recs[1][title]; verbatim != (got == texts[0]) {
			t.Errorf("verbatim %v: title written %q", verbatim, got)
		}
		if !verbatim {
			if got := recs[len(texts)][title]; got != "'biasa" {
				t.Errorf("a quote before no formula changed: %q", got)
			}
			l, err := ReadCSV(bytes.NewReader(buf.Bytes()), ReadOptions{Lang: language.English})
			if err != nil || len(l.Agreements) != len(as) {
				t.Fatalf("ReadCSV: %v %v", err, l.Err())
			}
			for i, a := range l.Agreements {
				want := strings.TrimSpace(texts[i])
				if a.Title != want || a.Parties[0].Name != want {
					t.Errorf("read back %q, %q; want %q", a.Title, a.Parties[0].Name, want)
				}
			}
		}
	}
}
