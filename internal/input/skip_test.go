package input

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// A skipRecord is what Read gave for one record: its fields, or its
// error, with the positions.
type skipRecord struct {
	Fields []string
	Pos    Pos
	Err    string
	Last   Pos // FieldPos of the last field
}

func skipRecords(t *testing.T, r *Reader, n int) []skipRecord {
	t.Helper()
	var out []skipRecord
	for n < 0 || len(out) < n {
		fields, pos, err := r.Read()
		if err == io.EOF {
			break
		}
		rec := skipRecord{Pos: pos, Last: r.FieldPos(len(fields) - 1)}
		if err != nil {
			rec.Err = err.Error()
		}
		for _, f := range fields {
			rec.Fields = append(rec.Fields, string(f))
		}
		out = append(out, rec)
	}
	return out
}

// TestSkip reads a file in three parts: records read with Read, lines
// skipped (read another way), and the rest read from a source of the
// text after them. The rest has the records, errors and positions of
// reading the whole file.
func TestSkip(t *testing.T) {
	const bom = "\xef\xbb\xbf"
	for _, tt := range []struct {
		name  string
		raw   string // the input
		first int    // records read before Skip
		skip  int    // the lines skipped
	}{
		{"LF", "a,b\n1,2\n3,4\n5,6\n7,8\n", 2, 1},
		{"CRLF", "a,b\r\n1,2\r\n3,4\r\n5,6\r\n\"7\n\",8\r\n9\n", 2, 2},
		{"byte order mark", bom + "a;b\n1;2\n3;4\n5;6\n\n7;8\n", 1, 2},
		{"errors after", "a,b\n1,2\n3,4\n5,6,7\n\"x,8\n", 2, 1},
		{"nothing skipped", "a,b\n1,2\n3,4\n", 1, 0},
		{"to the end", "a,b\n1,2\n3,4\n", 1, 2},
		{"empty lines kept", "a,b\n1,2\n\n3,4\n", 2, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			whole := skipRecords(t, NewReader(strings.NewReader(tt.raw), Options{}), -1)
			r := NewReader(iotest.HalfReader(strings.NewReader(tt.raw)), Options{})
			head := skipRecords(t, r, tt.first)
			off := r.Offset()
			if end := whole[tt.first-1].Pos.Offset; off <= end || (tt.first < len(whole) && off > whole[tt.first].Pos.Offset) {
				t.Fatalf("Offset = %d, not between records %v and %v", off, whole[tt.first-1], whole[tt.first:])
			}
			text := strings.TrimPrefix(tt.raw, bom)
			n := 0
			for range tt.skip {
				n += strings.IndexByte(text[int(off)+n:], '\n') + 1
			}
			rest := text[int(off)+n:]
			if err := r.Skip(int64(n), tt.skip, iotest.OneByteReader(strings.NewReader(rest))); err != nil {
				t.Fatal(err)
			}
			got := append(head, skipRecords(t, r, -1)...)
			// The records of the lines skipped are missing: the rest
			// are those of reading the whole, positions and all.
			var want []skipRecord
			for _, rec := range whole {
				if rec.Pos.Offset < off || rec.Pos.Offset >= off+int64(n) {
					want = append(want, rec)
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("records (-whole +skipped):\n%s", diff)
			}
		})
	}
}

func TestSkipRefused(t *testing.T) {
	src := strings.NewReader("")
	r := NewReader(strings.NewReader("a,b\n1,2\n"), Options{})
	if err := r.Skip(0, 0, src); !errors.Is(err, errSkipState) {
		t.Errorf("Skip before Read = %v", err)
	}
	skipRecords(t, r, 1)
	for _, tt := range []struct {
		n     int64
		lines int
		src   io.Reader
	}{{-1, 0, src}, {0, -1, src}, {0, 0, nil}} {
		if err := r.Skip(tt.n, tt.lines, tt.src); err == nil {
			t.Errorf("Skip(%d, %d, %v) = nil", tt.n, tt.lines, tt.src)
		}
	}
	if _, ok := r.PeekLine(10); !ok {
		t.Fatal("PeekLine found no line")
	}
	r.r++ // within a line
	if err := r.Skip(0, 0, src); err == nil {
		t.Error("Skip within a line = nil")
	}
	r.r--
	long := NewReader(strings.NewReader("a,b\n"+strings.Repeat("x", 100)+"\n"), Options{MaxRecord: 10})
	skipRecords(t, long, -1) // the header, then ErrTooLong, which stops it
	if err := long.Skip(0, 0, src); !errors.Is(err, errSkipState) {
		t.Errorf("Skip after a stop = %v", err)
	}
	u := NewReader(strings.NewReader("\xff\xfea\x00,\x00b\x00\n\x001\x00,\x002\x00\n\x00"), Options{})
	skipRecords(t, u, 1)
	if err := u.Skip(0, 0, src); err == nil {
		t.Error("Skip of UTF-16 = nil")
	}
}
