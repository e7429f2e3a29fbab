package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/unicode"
)

// fuzzHeaders are header lines and rows of the project's readers and of
// the files they read (trade/header.go, agreement/csv.go, session/csv.go,
// report/data/trade.csv, agreement/testdata).
var fuzzHeaders = []string{
	"tahun,arus,pos,nilai\n2016,ekspor,entikong,\"2.746.318.213\"\n",
	"periode,arus,pelapor,pos,skema,nilai,mata_uang,sumber\n" +
		"2015,impor,61,entikong,KILB,Rp. 171.793.920.000,IDR,\"Seed 000: \"\"Nilai Impor dengan menggunakan Kartu Identitas Lintas Batas (KILB)\"\" (Sumber Kantor Pelayanan Bea dan Cukai Entikong)\"\n",
	"Ekspor Kalimantan Tengah menurut triwulan,,,\n,,,\ntahun,bulan,arus,nilai\n2022*,Triwulan IV,ekspor,1\n",
	"tahun;bulan;arus;pelapor;mitra;nilai (juta rupiah)\r\n2022;Januari;ekspor;Kalimantan Tengah;Malaysia;1,5\r\n",
	"Negara Tujuan\tPelabuhan Muat\tKode HS\tNilai FOB (US$)\tBerat Bersih (Kg)\n",
	"refYear,flowCode,reporterISO,partnerISO,cmdCode,primaryValue,netWgt\n2022,X,IDN,MYS,TOTAL,2410000000.5,\n",
	"No,Judul,Jenis Naskah,Jenis Kerja Sama,Daerah,Mitra,Negara,Bidang,Tanggal Penandatanganan,Jangka Waktu,Status,Keterangan\n" +
		"1,Kerja sama sister province Banten – Incheon,LoI (Letter of Intent),Sister Province,Provinsi Banten,Provinsi Incheon,Korea,\"Ekonomi, Pariwisata, Iptek Pendidikan dan Budaya\",6 Februari 2007,,,seed 001\n",
	"no ,  JUDUL,jenis  naskah,Mitra,Negara,Bidang,Tanggal Penandatanganan,Jangka Waktu,Status,Keterangan,Nilai,Penanggung Jawab\n",
	"NO.;Judul Kerja Sama;Nama Mitra;Tgl. Penandatanganan;Jangka Waktu (Tahun);Keterangan/Status\r",
	"forum,ref,title,field,proposer,session,outcome,status,note\nkalbar-sarawak,A1,\"Pos Lintas Batas\nEntikong\",economy,id,33,agreed,done,\n",
	"Forum;No. Isu;Perkara;Kertas Kerja;Pengusul;Sidang ke-;Hasil Sidang;Status Tindak Lanjut;Keterangan\n",
	"Siri|Rujukan|Tajuk|Kumpulan Teknik|Dicadangkan oleh|Persidangan|Keputusan\n",
	"\ufefftahun,nilai\r\n2016,\"Rp1,3 miliar\"\r\n",
	"a,\"b\n",
	"a\"b,c\n",
	"\"a\"b,c\n",
	"a,\xff\n",
}

// fuzzFiles are files of the project that make seeds, when present.
var fuzzFiles = []string{
	"../../report/data/trade.csv",
	"../../agreement/testdata/seeds.csv",
	"../../agreement/testdata/broken.csv",
}

// FuzzRead checks, on any input, that Read never panics, always ends,
// keeps its memory bounded, never passes on invalid text, and reads or
// reports every record (counted independently by countRecords); and, on
// valid RFC 4180 text generated from the input, that it reads what
// encoding/csv reads.
func FuzzRead(f *testing.F) {
	for _, s := range fuzzHeaders {
		f.Add([]byte(s))
		f.Add([]byte(strings.ReplaceAll(s, "\n", "\r")))
		f.Add(encodeUTF16(s, true, true))
		f.Add(encodeUTF16(s, false, false))
	}
	for _, name := range fuzzFiles {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b[:min(len(b), 4096)])
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data, Options{})
		checkRead(t, data, Options{MaxRecord: 16, MaxFields: 3})
		checkPeek(t, data, Options{}, nil)
		checkPeek(t, data, Options{MaxRecord: 16, Comma: ';'}, nil)
		checkPeek(t, data, Options{}, iotest.HalfReader)
		checkPeek(t, data, Options{Comma: ';'}, chunks(7))
		checkFast(t, data, Options{})
		checkFast(t, data, Options{MaxRecord: 16, MaxFields: 3, Comma: ';'})
		comma := []rune{',', ';', '\t', '|'}[len(data)%4]
		compareStd(t, genCSV(bytesChooser(data), comma, 16, len(data)%3 == 0), comma)
	})
}

// checkPeek reads data twice: with Read, and with PeekLine and TakeLine
// taking each line that is the text of the record Read reads (as a caller
// that knows the shape of its records does): the records and positions
// after a taken line are those Read gives. With wrap, the second reader
// reads data through wrap's reader, in pieces that end within lines,
// which PeekLine reads on from.
func checkPeek(t *testing.T, data []byte, opt Options, wrap func(io.Reader) io.Reader) {
	t.Helper()
	a := NewReader(bytes.NewReader(data), opt)
	var src io.Reader = bytes.NewReader(data)
	if wrap != nil {
		src = wrap(src)
	}
	b := NewReader(src, opt)
	for n := 0; n <= 2*len(data)+2; n++ {
		fields, pos, err := a.Read()
		text, _, oneText := a.Text(nil)
		text = bytes.Clone(text)
		var line []byte
		ok := n > 0 // the first Read starts the reader
		if ok {
			line, ok = b.PeekLine(64)
		}
		if ok && err == nil && oneText && bytes.Equal(line, text) {
			p, took := b.TakeLine()
			if !took || p != pos {
				t.Fatalf("TakeLine(%q) = %v, %v; Read gave %v", line, p, took, pos)
			}
			continue
		}
		bf, bpos, berr := b.Read()
		if diff := cmp.Diff(fmt.Sprint(fields, pos, err), fmt.Sprint(bf, bpos, berr)); diff != "" {
			t.Fatalf("after lines taken, Read differs (-read +peek):\n%s", diff)
		}
		if err == io.EOF || err != nil && errors.Is(err, ErrTooLong) {
			return
		}
	}
}

// chunks returns a wrapper of a reader whose reads return n bytes at most.
func chunks(n int) func(io.Reader) io.Reader {
	return func(r io.Reader) io.Reader { return &chunkReader{r, n} }
}

type chunkReader struct {
	r io.Reader
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	return c.r.Read(p[:min(len(p), c.n)])
}

// checkStarts checks that Starts gives the positions FieldPos gives, for
// the record at pos of n fields that r read last.
func checkStarts(t *testing.T, r *Reader, pos Pos, n int) {
	t.Helper()
	start, end, offs, one := r.Starts(nil)
	if start != pos || end != r.FieldPos(n) {
		t.Fatalf("Starts: start %v, end %v; want %v, %v", start, end, pos, r.FieldPos(n))
	}
	if !one {
		return
	}
	if len(offs) != n {
		t.Fatalf("Starts: %d offsets for %d fields", len(offs), n)
	}
	for i, d := range offs {
		want := r.FieldPos(i)
		if got := (Pos{Line: start.Line, Column: start.Column + int(d), Offset: start.Offset + int64(d)}); got != want {
			t.Fatalf("Starts: field %d at %v, FieldPos says %v", i, got, want)
		}
	}
}

// checkRead reads data with opt and checks what Read returns.
func checkRead(t *testing.T, data []byte, opt Options) {
	r := NewReader(bytes.NewReader(data), opt)
	maxRecord, maxFields := DefaultMaxRecord, DefaultMaxFields
	if opt.MaxRecord > 0 {
		maxRecord = opt.MaxRecord
	}
	if opt.MaxFields > 0 {
		maxFields = opt.MaxFields
	}
	records, reported, stopped := 0, 0, false
	last := int64(-1)
	for n := 0; ; n++ {
		// Each Read takes a byte of text at least, and UTF-16 decodes to
		// at most 3 bytes of UTF-8 for every 2.
		if n > 2*len(data)+2 {
			t.Fatalf("Read(%q, %+v) does not end", data, opt)
		}
		fields, pos, err := r.Read()
		if cap(r.buf) > r.maxBuf || r.maxBuf > maxRecord+slack {
			t.Fatalf("Read(%q, %+v): a buffer of %d bytes", data, opt, cap(r.buf))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Read(%q, %+v) = %v, want an *Error", data, opt, err)
			}
			if e.Line < 1 || e.Column < 1 || e.Offset < 0 {
				t.Fatalf("Read(%q, %+v) = %v at offset %d", data, opt, err, e.Offset)
			}
			switch {
			case errors.Is(err, ErrTooLong):
				stopped = true
			case errors.Is(err, ErrQuote), errors.Is(err, ErrEncoding), errors.Is(err, ErrTooManyFields):
				reported++
			default:
				t.Fatalf("Read(%q, %+v) = %v, which wraps no sentinel", data, opt, err)
			}
		} else {
			records++
			if len(fields) == 0 || len(fields) > maxFields {
				t.Fatalf("Read(%q, %+v) = %d fields", data, opt, len(fields))
			}
			size := 0
			for _, f := range fields {
				size += len(f)
				if !utf8.Valid(f) || bytes.IndexByte(f, 0) >= 0 {
					t.Fatalf("Read(%q, %+v) passed on the field %q", data, opt, f)
				}
			}
			if size > maxRecord {
				t.Fatalf("Read(%q, %+v) = %d bytes of fields, over %d", data, opt, size, maxRecord)
			}
			checkStarts(t, r, pos, len(fields))
		}
		if pos.Offset <= last && !stopped {
			t.Fatalf("Read(%q, %+v): a record at offset %d after one at %d", data, opt, pos.Offset, last)
		}
		last = pos.Offset
	}
	if stopped {
		return
	}
	text := data
	switch r.Encoding() {
	case "UTF-8":
		text = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	case "UTF-16LE", "UTF-16BE":
		order := unicode.LittleEndian
		if r.Encoding() == "UTF-16BE" {
			order = unicode.BigEndian
		}
		if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
			data = data[2:]
		}
		var err error
		if text, err = unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(data); err != nil {
			t.Fatal(err)
		}
	}
	if want := countRecords(text, byte(r.Comma())); records+reported != want {
		t.Fatalf("Read(%q, %+v): %d records read and %d reported, want %d in all", data, opt, records, reported, want)
	}
}

// checkFast checks that the fast path reads data as the slow way does:
// the same records, positions and errors.
func checkFast(t *testing.T, data []byte, opt Options) {
	t.Helper()
	fast := NewReader(bytes.NewReader(data), opt)
	slow := NewReader(bytes.NewReader(data), opt)
	slow.noFast = true
	for n := 0; ; n++ {
		if n > 2*len(data)+2 {
			t.Fatalf("Read(%q, %+v) does not end", data, opt)
		}
		f1, p1, err1 := fast.Read()
		f2, p2, err2 := slow.Read()
		if diff := cmp.Diff(fmt.Sprint(f2, p2, err2, slow.FieldPos(0), slow.FieldPos(len(f2)-1), slow.FieldPos(len(f2))),
			fmt.Sprint(f1, p1, err1, fast.FieldPos(0), fast.FieldPos(len(f1)-1), fast.FieldPos(len(f1)))); diff != "" {
			t.Fatalf("Read(%q, %+v): the fast path differs (-slow +fast):\n%s", data, opt, diff)
		}
		if err1 == io.EOF {
			return
		}
		// Text, when it says it can, gives each field at its offset.
		text, offs, ok := fast.Text(nil)
		if !ok {
			continue
		}
		if err1 != nil || len(offs) != len(f1) {
			t.Fatalf("Read(%q, %+v): Text gives %d offsets for %d fields (err %v)", data, opt, len(offs), len(f1), err1)
		}
		for i, f := range f2 {
			if o := offs[i]; o < 0 || o+len(f) > len(text) || string(text[o:o+len(f)]) != string(f) {
				t.Fatalf("Read(%q, %+v): Text of field %d at %d of %q, want %q", data, opt, i, o, text, f)
			}
		}
	}
}
