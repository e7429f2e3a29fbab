package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
)

// transcript reads r to the end and writes one line per Read: the
// position and fields of a record ("2:1 [a b]", fields quoted with %q),
// or the error.
func transcript(t *testing.T, r *Reader) []string {
	t.Helper()
	var out []string
	for n := 0; ; n++ {
		if n > 1000 {
			t.Fatal("Read does not reach io.EOF")
		}
		fields, pos, err := r.Read()
		if err == io.EOF {
			if fields != nil {
				t.Errorf("Read returned fields %q with io.EOF", fields)
			}
			return out
		}
		if err != nil {
			if fields != nil {
				t.Errorf("Read returned fields %q with error %v", fields, err)
			}
			out = append(out, "error "+err.Error())
			continue
		}
		out = append(out, fmt.Sprintf("%v %q", pos, fields))
	}
}

// readTests are inputs and what Read returns for them.
var readTests = []struct {
	name string
	in   string
	opt  Options
	want []string
}{
	{
		name: "LF",
		in:   "tahun,arus,pos,nilai\n2016,ekspor,entikong,\"2.746.318.213\"\n2016,impor,entikong,1\n",
		want: []string{`1:1 ["tahun" "arus" "pos" "nilai"]`, `2:1 ["2016" "ekspor" "entikong" "2.746.318.213"]`, `3:1 ["2016" "impor" "entikong" "1"]`},
	},
	{
		name: "CRLF",
		in:   "a,b\r\n1,2\r\n",
		want: []string{`1:1 ["a" "b"]`, `2:1 ["1" "2"]`},
	},
	{
		name: "CR alone (CSV saved as Macintosh)",
		in:   "a,b\r1,2\r3,4\r",
		want: []string{`1:1 ["a" "b"]`, `2:1 ["1" "2"]`, `3:1 ["3" "4"]`},
	},
	{
		name: "mixed line ends in one file",
		in:   "a,b\r1,2\n3,4\r\n5,6",
		want: []string{`1:1 ["a" "b"]`, `2:1 ["1" "2"]`, `3:1 ["3" "4"]`, `4:1 ["5" "6"]`},
	},
	{
		name: "no line end at the end",
		in:   "a,b\n1,2",
		want: []string{`1:1 ["a" "b"]`, `2:1 ["1" "2"]`},
	},
	{
		name: "empty lines are skipped and counted",
		in:   "\n\r\n\ra,b\n\n\r\n1,2\r\r\n\n",
		want: []string{`4:1 ["a" "b"]`, `7:1 ["1" "2"]`},
	},
	{
		name: "empty input",
		in:   "",
	},
	{
		name: "only line ends",
		in:   "\n\r\n\r",
	},
	{
		name: "empty fields and lines of separators are records",
		in:   "a,,c\n,\n,,\n\"\"\n",
		want: []string{`1:1 ["a" "" "c"]`, `2:1 ["" ""]`, `3:1 ["" "" ""]`, `4:1 [""]`},
	},
	{
		name: "never trimmed",
		in:   " a , b \n\t1\t,\u00a02\u00a0\n",
		opt:  Options{Comma: ','},
		want: []string{`1:1 [" a " " b "]`, `2:1 ["\t1\t" "\u00a02\u00a0"]`},
	},
	{
		name: "quoted separators, quotes and line ends",
		in:   "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\n\"p\r\nq\",\"r\rs\",\"\"\"\"\n2,3\n",
		want: []string{
			`1:1 ["a,b" "say \"hi\"" "x\ny"]`,
			`3:1 ["p\nq" "r\rs" "\""]`, // CRLF inside quotes is LF; CR alone is kept
			`6:1 ["2" "3"]`,
		},
	},
	{
		name: "quoted field at the end of the input",
		in:   "a,\"b\"",
		want: []string{`1:1 ["a" "b"]`},
	},
	{
		name: "quoted field at the end of the line, CR",
		in:   "\"a\"\r\"b\"\r",
		want: []string{`1:1 ["a"]`, `2:1 ["b"]`},
	},
	{
		name: "bare quote in an unquoted field",
		in:   "a,b\n1,2\"3,4\n5,6\n",
		want: []string{`1:1 ["a" "b"]`, "error 2:4: bare quote in unquoted field", `3:1 ["5" "6"]`},
	},
	{
		name: "text after the closing quote",
		in:   "\"a\"b,c\n\"a\" ,c\nd,e\n",
		want: []string{
			"error 1:4: text after the closing quote of a quoted field (want the separator or a line end)",
			"error 2:4: text after the closing quote of a quoted field (want the separator or a line end)",
			`3:1 ["d" "e"]`,
		},
	},
	{
		name: "text after the closing quote, then a quote: one error",
		in:   "\"a\"b\"c\",d\ne,f",
		want: []string{
			"error 1:4: text after the closing quote of a quoted field (want the separator or a line end)",
			`2:1 ["e" "f"]`,
		},
	},
	{
		name: "unclosed quote names the line where it opened",
		in:   "a,b\n1,\"2\n3,4\n5,6\n",
		opt:  Options{File: "trade.csv"},
		want: []string{`1:1 ["a" "b"]`, "error trade.csv:2:3: unclosed quote: the quoted field opened here runs to the end of the input (line 4), taking every line after it"},
	},
	{
		name: "unclosed quote at the very end",
		in:   "a,\"",
		want: []string{"error 1:3: unclosed quote: the quoted field opened here runs to the end of the input (line 1), taking every line after it"},
	},
	{
		name: "UTF-8 byte order mark",
		in:   "\ufefftahun;nilai\n2016;1\n",
		want: []string{`1:1 ["tahun" "nilai"]`, `2:1 ["2016" "1"]`},
	},
	{
		name: "U+FEFF elsewhere is text",
		in:   "a,\ufeffb\n",
		want: []string{`1:1 ["a" "\ufeffb"]`},
	},
	{
		name: "non-ASCII text",
		in:   "Mitra,Negara\nProvinsi Zhejiang – RRT,中国\n\"Sarawak, Malaysia\",Malaysia\n",
		want: []string{`1:1 ["Mitra" "Negara"]`, `2:1 ["Provinsi Zhejiang – RRT" "中国"]`, `3:1 ["Sarawak, Malaysia" "Malaysia"]`},
	},
	{
		name: "invalid UTF-8",
		in:   "a,b\n1,\xff2\n\"x\xc3\",y\n\xe2\x82\n3,4\n",
		want: []string{
			`1:1 ["a" "b"]`,
			"error 2:3: invalid UTF-8",
			"error 3:3: invalid UTF-8",
			"error 4:1: invalid UTF-8",
			`5:1 ["3" "4"]`,
		},
	},
	{
		name: "invalid UTF-8 at the end of the input",
		in:   "a,\xe2\x82",
		want: []string{"error 1:3: invalid UTF-8"},
	},
	{
		name: "U+FFFD written in UTF-8 is text",
		in:   "a,\uFFFD\n",
		want: []string{"1:1 [\"a\" \"\uFFFD\"]"},
	},
	{
		name: "NUL byte",
		in:   "a,b\x00\n\"\x00\"\n1,2\n",
		want: []string{
			"error 1:4: NUL byte (the file is binary, or in an encoding other than UTF-8 or UTF-16)",
			"error 2:2: NUL byte (the file is binary, or in an encoding other than UTF-8 or UTF-16)",
			`3:1 ["1" "2"]`,
		},
	},
	{
		name: "the first error of a record is reported",
		in:   "a\"b,\xff\n",
		want: []string{"error 1:2: bare quote in unquoted field"},
	},
	{
		name: "too many fields",
		in:   "a,b,c\na,b,c,d\n\"x\ny\",b,c,d,e\n1,2,3\n",
		opt:  Options{MaxFields: 3},
		want: []string{
			`1:1 ["a" "b" "c"]`,
			"error 2:1: too many fields: more than 3 in one record",
			"error 3:1: too many fields: more than 3 in one record",
			`5:1 ["1" "2" "3"]`,
		},
	},
	{
		name: "too long stops reading",
		in:   "a,b\n0123456789,0123456789\n1,2\n",
		opt:  Options{MaxRecord: 20, File: "f.csv"},
		want: []string{`1:1 ["a" "b"]`, "error f.csv:2:1: record too long: more than 20 bytes, reading stopped"},
	},
	{
		name: "a record of MaxRecord bytes is not too long",
		in:   "0123456789\r\n0123456789\r01234567890\n",
		opt:  Options{MaxRecord: 10},
		want: []string{`1:1 ["0123456789"]`, `2:1 ["0123456789"]`, "error 3:1: record too long: more than 10 bytes, reading stopped"},
	},
	{
		name: "too long in an open quote says where the quote opened",
		in:   "a,b\n1,\"2\n" + strings.Repeat("3,4\n", 10),
		opt:  Options{MaxRecord: 16},
		want: []string{`1:1 ["a" "b"]`, "error 2:1: record too long: more than 16 bytes, reading stopped (a quoted field opened at line 2, column 3 is still open)"},
	},
	{
		name: "a multi-byte separator",
		in:   "a§b§\"c§d\"\n1§2§3\n",
		opt:  Options{Comma: '§'},
		want: []string{`1:1 ["a" "b" "c§d"]`, `2:1 ["1" "2" "3"]`},
	},
	{
		name: "a multi-byte separator after a quote, and other text",
		in:   "\"a\"§\"b\"é\n",
		opt:  Options{Comma: '§'},
		want: []string{"error 1:9: text after the closing quote of a quoted field (want the separator or a line end)"},
	},
	{
		name: "invalid separator",
		in:   "a,b\n",
		opt:  Options{Comma: '"'},
		want: []string{`error input: invalid separator '"' in Options.Comma`},
	},
}

func TestRead(t *testing.T) {
	for _, tt := range readTests {
		t.Run(tt.name, func(t *testing.T) {
			got := transcript(t, NewReader(strings.NewReader(tt.in), tt.opt))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Read(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			slow := NewReader(strings.NewReader(tt.in), tt.opt)
			slow.noFast = true
			if diff := cmp.Diff(tt.want, transcript(t, slow)); diff != "" {
				t.Errorf("Read(%q) without the fast path mismatch (-want +got):\n%s", tt.in, diff)
			}
			checkFast(t, []byte(tt.in), tt.opt)
		})
	}
}

// TestReadPieces reads the inputs of readTests as they come from readers
// that give a byte, or half of what is asked, at a time, or that return
// the last bytes with io.EOF: the records are the same.
func TestReadPieces(t *testing.T) {
	for _, tt := range readTests {
		for name, wrap := range map[string]func(io.Reader) io.Reader{
			"OneByteReader": iotest.OneByteReader,
			"HalfReader":    iotest.HalfReader,
			"DataErrReader": iotest.DataErrReader,
		} {
			got := transcript(t, NewReader(wrap(strings.NewReader(tt.in)), tt.opt))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: Read(%q) through %s mismatch (-want +got):\n%s", tt.name, tt.in, name, diff)
			}
		}
	}
}

// TestReadBoundaries reads the inputs of readTests after 600 empty lines,
// so that they come after the bytes read at the start, a byte at a time:
// every record ends at the end of the bytes read, and the records, their
// positions and the errors are the same, 600 lines down.
func TestReadBoundaries(t *testing.T) {
	const shift = 600
	// summary writes what Read returns, with lines counted from shift.
	summary := func(r *Reader, shift int) []string {
		var out []string
		for n := 0; n < 1000; n++ {
			fields, pos, err := r.Read()
			if err == io.EOF {
				return out
			}
			var e *Error
			switch {
			case errors.As(err, &e):
				var kinds []string
				for _, s := range []error{ErrQuote, ErrTooLong, ErrTooManyFields, ErrEncoding, ErrFieldCount} {
					if errors.Is(err, s) {
						kinds = append(kinds, s.Error())
					}
				}
				out = append(out, fmt.Sprintf("error %d:%d %v", e.Line-shift, e.Column, kinds))
			case err != nil:
				out = append(out, "error "+err.Error())
			default:
				s := fmt.Sprintf("%d:%d %q", pos.Line-shift, pos.Column, fields)
				for i := range fields {
					p := r.FieldPos(i)
					s += fmt.Sprintf(" %d:%d", p.Line-shift, p.Column)
				}
				out = append(out, s)
			}
		}
		t.Fatal("Read does not reach io.EOF")
		return nil
	}
	for _, tt := range readTests {
		if strings.HasPrefix(tt.in, "\ufeff") {
			continue
		}
		want := summary(NewReader(strings.NewReader(tt.in), tt.opt), 0)
		in := strings.Repeat("\n", shift) + tt.in
		for _, noFast := range []bool{false, true} {
			r := NewReader(iotest.OneByteReader(strings.NewReader(in)), tt.opt)
			r.noFast = noFast
			if diff := cmp.Diff(want, summary(r, shift)); diff != "" {
				t.Errorf("%s: Read after %d empty lines (noFast %v) mismatch (-want +got):\n%s", tt.name, shift, noFast, diff)
			}
		}
	}
}

func TestFieldPos(t *testing.T) {
	// Columns count bytes: "é" and "–" are 2 and 3 bytes.
	in := "no;judul;mitra\r" + // line 1
		"1;\"Kerja sama\r\nBanten – Incheon\";Incheon\r" + // lines 2-3
		"\r" + // line 4: empty
		"2;é;\"a\"\"b\"\n" + // line 5
		"3;\"\n\n\";x" // lines 6-8, no line end
	type field struct {
		Text string
		Pos  Pos
	}
	want := [][]field{
		{{"no", Pos{1, 1, 0}}, {"judul", Pos{1, 4, 3}}, {"mitra", Pos{1, 10, 9}}},
		{{"1", Pos{2, 1, 15}}, {"Kerja sama\nBanten – Incheon", Pos{2, 3, 17}}, {"Incheon", Pos{3, 21, 50}}},
		{{"2", Pos{5, 1, 59}}, {"é", Pos{5, 3, 61}}, {"a\"b", Pos{5, 6, 64}}},
		{{"3", Pos{6, 1, 71}}, {"\n\n", Pos{6, 3, 73}}, {"x", Pos{8, 3, 78}}},
	}
	wantEnd := []Pos{{1, 15, 14}, {3, 28, 57}, {5, 12, 70}, {8, 4, 79}}
	r := NewReader(strings.NewReader(in), Options{})
	var got [][]field
	var gotEnd []Pos
	for {
		fields, pos, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if pos != r.FieldPos(0) {
			t.Errorf("record position %v, FieldPos(0) %v", pos, r.FieldPos(0))
		}
		var rec []field
		for i, f := range fields {
			rec = append(rec, field{string(f), r.FieldPos(i)})
		}
		got = append(got, rec)
		gotEnd = append(gotEnd, r.FieldPos(len(fields)))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields and positions mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantEnd, gotEnd); diff != "" {
		t.Errorf("FieldPos(len(fields)) mismatch (-want +got):\n%s", diff)
	}
	// The offsets are those of the bytes of in.
	for _, rec := range got {
		for _, f := range rec {
			if c := in[f.Pos.Offset]; f.Text != "" && c != f.Text[0] && c != '"' {
				t.Errorf("field %q at offset %d, where the input has %q", f.Text, f.Pos.Offset, c)
			}
		}
	}
}

func TestComma(t *testing.T) {
	tests := []struct {
		in   string
		opt  Options
		want rune
	}{
		{"tahun,arus,pos,nilai\n", Options{}, ','},
		{"tahun;arus;pos;nilai\r\n2016;ekspor;entikong;2,5\r\n", Options{}, ';'}, // Indonesian spreadsheets
		{"No;Judul;Mitra;Bidang\n1;a,b,c,d,e;x;y\n", Options{}, ';'},             // the header decides, not the rows
		{"tahun\tarus\tpos\n", Options{}, '\t'},
		{"tahun|arus|pos\n", Options{}, '|'},
		{"a,b;c\n", Options{}, ','},                             // tie: ','
		{"a;b\tc\n", Options{}, ';'},                            // tie without ',': the earlier candidate
		{"\"a;b;c\",d\n", Options{}, ','},                       // separators in quotes do not count
		{"\"x\ny;z;w\",d\n", Options{}, ','},                    // nor quoted line ends
		{"nilai\n270.791.872.000\n", Options{}, ','},            // one column: no candidate anywhere
		{"Ekspor Kalimantan Tengah\n\na;b;c\n", Options{}, ';'}, // a title line without separators is passed over
		{"Ekspor Kalimantan Tengah;;;\n;;;\ntahun;bulan;arus;nilai\n", Options{}, ';'},
		{"\n\r\n", Options{}, ','},
		{"", Options{}, ','},
		{"\ufeffa;b\n", Options{}, ';'},
		{"a;b;c\n", Options{Comma: ','}, ','},
		{"a\rb\rc\rd\re\rf\rg\rh\ri;j\r", Options{}, ','}, // eight lines without a separator: ','
		{"a\rb\rc\rd\re\rf\rg\ri;j\r", Options{}, ';'},
		{"a;b;c" + strings.Repeat("x", 100<<10), Options{}, ';'}, // a header longer than the buffer
	}
	for _, tt := range tests {
		for _, wrap := range []func(io.Reader) io.Reader{func(r io.Reader) io.Reader { return r }, iotest.OneByteReader} {
			if got := NewReader(wrap(strings.NewReader(tt.in)), tt.opt).Comma(); got != tt.want {
				t.Errorf("NewReader(%.40q, %+v).Comma() = %q, want %q", tt.in, tt.opt, got, tt.want)
			}
		}
	}
}

// encodeUTF16 encodes s in UTF-16, with a byte order mark if bom.
func encodeUTF16(s string, little, bom bool) []byte {
	var b []byte
	put := func(u uint16) {
		if little {
			b = append(b, byte(u), byte(u>>8))
		} else {
			b = append(b, byte(u>>8), byte(u))
		}
	}
	if bom {
		put(0xfeff)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return b
}

func TestUTF16(t *testing.T) {
	const in = "tahun;pos;nilai\r\n2016;\"Entikong\r\n(Sanggau)\";\"2.746.318.213\"\r\n2017;Aruk – Sambas;中国\r\n"
	want := []string{
		`1:1 ["tahun" "pos" "nilai"]`,
		`2:1 ["2016" "Entikong\n(Sanggau)" "2.746.318.213"]`,
		`4:1 ["2017" "Aruk – Sambas" "中国"]`,
	}
	for _, little := range []bool{true, false} {
		for _, bom := range []bool{true, false} {
			name := fmt.Sprintf("little=%v bom=%v", little, bom)
			wantEnc := "UTF-16BE"
			if little {
				wantEnc = "UTF-16LE"
			}
			data := encodeUTF16(in, little, bom)
			for _, src := range []io.Reader{bytes.NewReader(data), iotest.OneByteReader(bytes.NewReader(data))} {
				r := NewReader(src, Options{})
				if diff := cmp.Diff(want, transcript(t, r)); diff != "" {
					t.Errorf("%s: mismatch (-want +got):\n%s", name, diff)
				}
				if got := r.Encoding(); got != wantEnc {
					t.Errorf("%s: Encoding() = %q, want %q", name, got, wantEnc)
				}
				if got := r.Comma(); got != ';' {
					t.Errorf("%s: Comma() = %q, want ';'", name, got)
				}
			}
			// Positions count the decoded text: the third field of line 4
			// starts after "2017;Aruk – Sambas;", 21 bytes of UTF-8.
			r := NewReader(bytes.NewReader(data), Options{})
			for range 3 {
				if _, _, err := r.Read(); err != nil {
					t.Fatal(err)
				}
			}
			if got, want := r.FieldPos(2), (Pos{Line: 4, Column: 22, Offset: 82}); got != want {
				t.Errorf("%s: FieldPos(2) = %v %d, want %v %d", name, got, got.Offset, want, want.Offset)
			}
		}
	}
}

func TestUTF16Invalid(t *testing.T) {
	// An unpaired surrogate, and an odd trailing byte.
	data := encodeUTF16("a,b\n1,", true, true)
	data = append(data, 0x00, 0xd8) // U+D800 alone
	data = append(data, encodeUTF16("2\n3,4\n", true, false)...)
	data = append(data, '5')
	want := []string{
		`1:1 ["a" "b"]`,
		"error 2:3: invalid UTF-16 (an unpaired surrogate or an odd trailing byte; or U+FFFD in the file)",
		`3:1 ["3" "4"]`,
		"error 4:1: invalid UTF-16 (an unpaired surrogate or an odd trailing byte; or U+FFFD in the file)",
	}
	if diff := cmp.Diff(want, transcript(t, NewReader(bytes.NewReader(data), Options{}))); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestEncoding(t *testing.T) {
	for in, want := range map[string]string{
		"":               "UTF-8",
		"a":              "UTF-8",
		"a,b\n":          "UTF-8",
		"\ufeffa,b\n":    "UTF-8",
		"\xff\xfe":       "UTF-16LE",
		"\xfe\xff":       "UTF-16BE",
		"a\x00":          "UTF-16LE",
		"\x00a":          "UTF-16BE",
		"\x00\x00":       "UTF-8", // NUL bytes, then an error
		"a,\x00b\nc,d\n": "UTF-8",
	} {
		if got := NewReader(strings.NewReader(in), Options{}).Encoding(); got != want {
			t.Errorf("Encoding() of %q = %q, want %q", in, got, want)
		}
	}
}

func TestError(t *testing.T) {
	tests := []struct {
		in     string
		opt    Options
		target error
		pos    Pos
	}{
		{"a\"b\n", Options{}, ErrQuote, Pos{1, 2, 1}},
		{"\"a\"b\n", Options{}, ErrQuote, Pos{1, 4, 3}},
		{"x\n\"a\n", Options{}, ErrQuote, Pos{2, 1, 2}},
		{"x\n12345", Options{MaxRecord: 4}, ErrTooLong, Pos{2, 1, 2}},
		{"a,b,c", Options{MaxFields: 2}, ErrTooManyFields, Pos{1, 1, 0}},
		{"ab\xff", Options{}, ErrEncoding, Pos{1, 3, 2}},
		{"\ufeffab\x00", Options{}, ErrEncoding, Pos{1, 3, 2}},
	}
	for _, tt := range tests {
		// The first error of the input.
		r := NewReader(strings.NewReader(tt.in), tt.opt)
		var err error
		for err == nil {
			_, _, err = r.Read()
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Read(%q) = %v, want an *Error", tt.in, err)
			continue
		}
		if !errors.Is(err, tt.target) {
			t.Errorf("Read(%q) = %v, want one that wraps %v", tt.in, err, tt.target)
		}
		for _, other := range []error{ErrQuote, ErrTooLong, ErrTooManyFields, ErrEncoding, ErrFieldCount} {
			if other != tt.target && errors.Is(err, other) {
				t.Errorf("Read(%q) = %v, which wraps %v too", tt.in, err, other)
			}
		}
		if e.Pos() != tt.pos {
			t.Errorf("Read(%q) error at %v offset %d, want %v offset %d", tt.in, e.Pos(), e.Offset, tt.pos, tt.pos.Offset)
		}
	}
	e := &Error{File: "file.csv", Line: 3, Column: 7, Err: errBareQuote}
	if got, want := e.Error(), "file.csv:3:7: bare quote in unquoted field"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	e.File = ""
	if got, want := e.Error(), "3:7: bare quote in unquoted field"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestSetFieldCount(t *testing.T) {
	r := NewReader(strings.NewReader("a,b,c\n1,2,3\n1,2\n1,2,3,4\n\"x\",\"y\"\n4,5,6"), Options{})
	header, _, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	r.SetFieldCount(len(header))
	want := []string{
		`2:1 ["1" "2" "3"]`,
		"error 3:4: wrong number of fields: 2, want 3", // where the third would start
		"error 4:7: wrong number of fields: 4, want 3", // the first field too many
		"error 5:8: wrong number of fields: 2, want 3",
		`6:1 ["4" "5" "6"]`,
	}
	got := transcript(t, r)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// failReader returns its data, then err.
type failReader struct {
	data []byte
	err  error
}

func (f *failReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReaderFails(t *testing.T) {
	boom := errors.New("boom")
	for _, in := range []string{"", "a,b\n1,2\n3,", "a,b\n1,\"2", "\xff\xfea\x00"} {
		r := NewReader(&failReader{data: []byte(in), err: boom}, Options{})
		var err error
		n := 0
		for ; n < 10; n++ {
			if _, _, err = r.Read(); err != nil && err != boom && !errors.Is(err, ErrQuote) {
				break
			}
			if err == boom {
				// Returned once; then io.EOF.
				if _, _, err = r.Read(); err != io.EOF {
					t.Errorf("%q: Read after the failure = %v, want io.EOF", in, err)
				}
				break
			}
		}
		if err != io.EOF {
			t.Errorf("%q: Read = %v, want boom then io.EOF", in, err)
		}
	}
	// A reader that returns nothing, over and over.
	r := NewReader(iotest.ErrReader(nil), Options{})
	if _, _, err := r.Read(); err != io.ErrNoProgress {
		t.Errorf("Read from a reader that returns 0, nil = %v, want io.ErrNoProgress", err)
	}
}

func TestStops(t *testing.T) {
	// After ErrTooLong Read returns io.EOF, and reads no more.
	src := &countReader{r: strings.NewReader(strings.Repeat("x", 100) + "\na,b\n")}
	r := NewReader(src, Options{MaxRecord: 10})
	if _, _, err := r.Read(); !errors.Is(err, ErrTooLong) {
		t.Fatalf("Read = %v, want ErrTooLong", err)
	}
	n := src.n
	for range 3 {
		if _, _, err := r.Read(); err != io.EOF {
			t.Errorf("Read after ErrTooLong = %v, want io.EOF", err)
		}
	}
	if src.n != n {
		t.Errorf("Read after ErrTooLong read %d more bytes", src.n-n)
	}
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestFieldsDoNotShareCapacity(t *testing.T) {
	r := NewReader(strings.NewReader("a,b\n"), Options{})
	fields, _, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	_ = append(fields[0], 'X')
	if string(fields[1]) != "b" {
		t.Errorf("appending to a field changed the next one: %q", fields[1])
	}
}

func TestText(t *testing.T) {
	type rec struct {
		Text    string
		Offsets []int
		OK      bool
	}
	tests := []struct {
		in   string
		want []rec
	}{
		{"a,bb,\n", []rec{{"a,bb,", []int{0, 2, 5}, true}}},
		{"2016,\"Rp1,3 miliar\",x\r\n", []rec{{"2016,\"Rp1,3 miliar\",x", []int{0, 6, 20}, true}}},
		// "" pairs are unescaped: the fields are no longer slices of the text.
		{"a,\"b\"\"c\"\n", []rec{{}}},
		// A line end in quotes: the slow way, no text.
		{"a,\"b\nc\"\nd,e\n", []rec{{}, {"d,e", []int{0, 2}, true}}},
	}
	for _, tt := range tests {
		// The fast path reads a record only with whole words of text
		// after it: a longer record follows each input.
		r := NewReader(strings.NewReader(tt.in+"0123456789abcdef,0123456789abcdef\n"), Options{Comma: ','})
		var got []rec
		for {
			_, _, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%q: %v", tt.in, err)
			}
			text, offs, ok := r.Text(nil)
			got = append(got, rec{string(text), offs, ok})
		}
		got = got[:len(got)-1]
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: Text (-want +got):\n%s", tt.in, diff)
		}
	}
}
