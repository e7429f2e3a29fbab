package input

import (
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
)

// patternReader gives n bytes (n < 0: without end) of a repeated pattern,
// without storing them.
type patternReader struct {
	head    string // given first
	pattern string
	n       int64 // bytes left; < 0: endless
	off     int
	read    int64 // bytes given
}

func (p *patternReader) Read(b []byte) (int, error) {
	if p.head != "" {
		n := copy(b, p.head)
		p.head = p.head[n:]
		p.read += int64(n)
		return n, nil
	}
	if p.n == 0 {
		return 0, io.EOF
	}
	if p.n > 0 && int64(len(b)) > p.n {
		b = b[:p.n]
	}
	for i := range b {
		b[i] = p.pattern[p.off]
		if p.off++; p.off == len(p.pattern) {
			p.off = 0
		}
	}
	if p.n > 0 {
		p.n -= int64(len(b))
	}
	p.read += int64(len(b))
	return len(b), nil
}

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLongRecord reads a 200 MB line, endless streams without a line end
// (also in UTF-16, and with a quote never closed) and a 50 MB line after
// a good header: each ends with ErrTooLong at the record's start, having
// read little more than MaxRecord, and having allocated in all less than
// 3×MaxRecord.
func TestLongRecord(t *testing.T) {
	if testing.Short() {
		t.Skip("reads megabytes")
	}
	const limit = 3 * DefaultMaxRecord
	tests := []struct {
		name string
		src  *patternReader
		pos  Pos
		read int64 // at most this many bytes read
	}{
		{"200 MB line", &patternReader{pattern: "2016;ekspor;entikong;", n: 200 << 20}, Pos{1, 1, 0}, 2 * DefaultMaxRecord},
		{"endless", &patternReader{pattern: "x", n: -1}, Pos{1, 1, 0}, 2 * DefaultMaxRecord},
		{"endless UTF-16", &patternReader{pattern: "a\x00,\x00", n: -1}, Pos{1, 1, 0}, 3 * DefaultMaxRecord}, // 2 bytes a character
		{"endless quoted", &patternReader{head: "a,b\n\"", pattern: "ab\r\ncd,", n: -1}, Pos{2, 1, 4}, 2 * DefaultMaxRecord},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.src
			var err error
			var pos Pos
			n := allocated(func() {
				r := NewReader(src, Options{File: "big.csv"})
				for err == nil {
					_, pos, err = r.Read()
				}
			})
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrTooLong) {
				t.Fatalf("Read = %v, want ErrTooLong", err)
			}
			if e.Pos() != tt.pos || pos != tt.pos {
				t.Errorf("ErrTooLong at %v (record at %v), want %v", e.Pos(), pos, tt.pos)
			}
			if n > limit {
				t.Errorf("allocated %d bytes, want at most %d", n, limit)
			}
			if src.read > tt.read {
				t.Errorf("read %d bytes, want at most %d", src.read, tt.read)
			}
			t.Logf("%v; allocated %d bytes, read %d", err, n, src.read)
		})
	}

	// A good header, then a 50 MB line: the header is read, then the error.
	src := io.MultiReader(strings.NewReader("tahun,arus,pos,nilai\r\n"), &patternReader{pattern: "1234567890", n: 50 << 20})
	var got []string
	n := allocated(func() {
		r := NewReader(src, Options{})
		got = transcript(t, r)
	})
	want := []string{`1:1 ["tahun" "arus" "pos" "nilai"]`, "error 2:1: record too long: more than 1048576 bytes, reading stopped"}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("read %q, want %q", got, want)
	}
	if n > limit {
		t.Errorf("allocated %d bytes, want at most %d", n, limit)
	}
}

// cycleReader gives the bytes of s over and over.
type cycleReader struct {
	s   string
	off int
}

func (c *cycleReader) Read(b []byte) (int, error) {
	n := 0
	for n < len(b) {
		k := copy(b[n:], c.s[c.off:])
		n += k
		c.off = (c.off + k) % len(c.s)
	}
	return n, nil
}

func TestNoAllocs(t *testing.T) {
	if testing.CoverMode() != "" || raceEnabled {
		t.Skip("allocation counts differ under -cover and -race")
	}
	const rows = "2016,ekspor,entikong,\"2.746.318.213\"\n" +
		"2016,impor,\"Entikong\r\n(Sanggau)\",1\r\n" +
		"2017,impor,aruk,\"say \"\"hi\"\"\",é\r" +
		"\n"
	for _, tt := range []struct {
		comma  string
		noFast bool
	}{{",", false}, {";", false}, {"§", false}, {",", true}} {
		opt := Options{}
		if tt.comma == "§" {
			opt.Comma = '§'
		}
		r := NewReader(&cycleReader{s: strings.ReplaceAll(rows, ",", tt.comma)}, opt)
		r.noFast = tt.noFast
		for range 10000 { // warm up: the buffers reach their size
			if _, _, err := r.Read(); err != nil {
				t.Fatal(err)
			}
		}
		allocs := testing.AllocsPerRun(10000, func() {
			if _, _, err := r.Read(); err != nil {
				t.Fatal(err)
			}
			r.FieldPos(1)
		})
		if allocs != 0 {
			t.Errorf("Read with %+v (noFast %v): %v allocations per record, want 0", opt, tt.noFast, allocs)
		}
	}
}
