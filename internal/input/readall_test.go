package input

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type burningReader struct{ r io.Reader }

func (f burningReader) Read(b []byte) (int, error) {
	n, err := f.r.Read(b)
	if err == io.EOF {
		return n, errors.New("disk on fire")
	}
	return n, err
}

func TestReadAll(t *testing.T) {
	long := strings.Repeat("abc\n", 5000) // 20,000 bytes over many chunks
	type result struct {
		Len  int
		Over Pos
		Err  string
	}
	tests := []struct {
		name  string
		r     io.Reader
		limit int64
		want  result
	}{
		{"empty", strings.NewReader(""), 10, result{}},
		{"within", strings.NewReader("ab\ncd"), 10, result{Len: 5}},
		{"exactly the limit", strings.NewReader("0123456789"), 10, result{Len: 10}},
		{"one byte over", strings.NewReader("0123456789x"), 10, result{Over: Pos{Line: 1, Column: 11, Offset: 10}}},
		{"over after lines", strings.NewReader("ab\ncd\nefgh"), 8, result{Over: Pos{Line: 3, Column: 3, Offset: 8}}},
		{"many chunks within", strings.NewReader(long), 20000, result{Len: 20000}},
		{"many chunks over", strings.NewReader(long + "x"), 20000, result{Over: Pos{Line: 5001, Column: 1, Offset: 20000}}},
		{"failing reader", burningReader{strings.NewReader("abc")}, 10, result{Len: 3, Err: "disk on fire"}},
	}
	for _, tt := range tests {
		data, over, err := ReadAll(tt.r, tt.limit)
		got := result{Len: len(data), Over: over}
		if err != nil {
			got.Err = err.Error()
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: ReadAll mismatch (-want +got):\n%s", tt.name, diff)
		}
		if over.Line == 0 && err == nil {
			if s, ok := tt.r.(*strings.Reader); ok && s.Len() != 0 {
				t.Errorf("%s: %d bytes left unread", tt.name, s.Len())
			}
		}
	}
	data, _, _ := ReadAll(strings.NewReader(long), 1<<20)
	if string(data) != long {
		t.Errorf("ReadAll changed the text")
	}
}
