package input

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPeekLineAcrossReads peeks and takes every line of a file several
// times the size of the buffer, read whole or in pieces that end within
// lines: a line that the bytes read so far cut is read on, not refused,
// and its position is where the line is in the file.
func TestPeekLineAcrossReads(t *testing.T) {
	const line = "2019,Entikong,1.234.567" // 23 bytes and a line end
	const n = 20_000                       // 480,000 bytes: seven buffers and more
	data := strings.Repeat(line+"\n", n)
	for _, tt := range []struct {
		name string
		wrap func(io.Reader) io.Reader
	}{
		{"whole reads", nil},
		{"reads of 1,000 bytes", chunks(1000)},
		{"reads of 4,099 bytes", chunks(4099)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var src io.Reader = strings.NewReader(data)
			if tt.wrap != nil {
				src = tt.wrap(src)
			}
			r := NewReader(src, Options{})
			fields, pos, err := r.Read() // the first line, which starts the reader
			if err != nil || pos != (Pos{Line: 1, Column: 1}) || len(fields) != 3 {
				t.Fatalf("Read = %q, %v, %v", fields, pos, err)
			}
			var refused []int
			for i := 1; i < n; i++ {
				got, ok := r.PeekLine(64)
				if !ok {
					refused = append(refused, i+1)
					if _, _, err := r.Read(); err != nil {
						t.Fatalf("line %d: Read: %v", i+1, err)
					}
					continue
				}
				if !bytes.Equal(got, []byte(line)) {
					t.Fatalf("line %d: PeekLine = %q", i+1, got)
				}
				want := Pos{Line: i + 1, Column: 1, Offset: int64(i * (len(line) + 1))}
				if p, ok := r.TakeLine(); !ok || p != want {
					t.Fatalf("line %d: TakeLine = %v, %v; want %v", i+1, p, ok, want)
				}
			}
			if diff := cmp.Diff([]int(nil), refused); diff != "" {
				t.Errorf("lines PeekLine refused (-want +got):\n%s", diff)
			}
			if _, ok := r.PeekLine(64); ok {
				t.Error("PeekLine at the end of the input: ok")
			}
			if _, _, err := r.Read(); err != io.EOF {
				t.Errorf("Read at the end = %v, want io.EOF", err)
			}
		})
	}
}

// TestEncodingReadSizes reads inputs whole and in reads of a few sizes:
// the encoding told and the records read are the same. (The encoding was
// told from all the bytes of the first reads until FuzzRead, reading in
// pieces of 7 bytes, found a file of UTF-16 without a byte order mark told
// as UTF-8 that way.)
func TestEncodingReadSizes(t *testing.T) {
	header := "No,Judul,Jenis Naskah,Daerah,Mitra,Negara,Bidang,Tanggal Penandatanganan,Jangka Waktu,Status,Keterangan\n"
	row := "1,Kerja sama sister province Banten - Incheon,LoI (Letter of Intent),Provinsi Banten,Provinsi Incheon,Korea,\"Ekonomi, Pariwisata\",6 Februari 2007,,,\n"
	inputs := map[string][]byte{
		"UTF-8":                       []byte(header + row),
		"UTF-16LE with a mark":        encodeUTF16(header+row, true, true),
		"UTF-16BE without a mark":     encodeUTF16(header+row, false, false),
		"UTF-16LE, NUL bytes in text": encodeUTF16(header+"\x00\x00"+row+strings.Repeat(row, 3), true, false),
	}
	// The file FuzzRead found, kept in its corpus.
	b, err := os.ReadFile("testdata/fuzz/FuzzRead/868d41dcbad4c91e")
	if err != nil {
		t.Fatal(err)
	}
	_, v, _ := strings.Cut(string(b), "[]byte(")
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimSpace(v), ")"))
	if err != nil {
		t.Fatal(err)
	}
	inputs["FuzzRead's"] = []byte(s)
	read := func(src io.Reader) []string {
		r := NewReader(src, Options{})
		out := []string{r.Encoding()}
		for range 50 {
			fields, pos, err := r.Read()
			out = append(out, fmt.Sprintf("%q %v %v", fields, pos, err))
			if err == io.EOF {
				break
			}
		}
		return out
	}
	for name, data := range inputs {
		want := read(bytes.NewReader(data))
		for _, n := range []int{1, 7, 100, 511, 512, 513, 1000} {
			got := read(chunks(n)(bytes.NewReader(data)))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s, reads of %d bytes (-whole +pieces):\n%s", name, n, diff)
			}
		}
	}
}
