package input

import "testing"

func TestLineCol(t *testing.T) {
	data := []byte("ab\ncd\r\n\nx")
	tests := []struct {
		off       int64
		line, col int
	}{
		{-5, 1, 1}, {0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {7, 3, 1}, {8, 4, 1}, {9, 4, 2}, {99, 4, 2},
	}
	for _, tt := range tests {
		if l, c := LineCol(data, tt.off); l != tt.line || c != tt.col {
			t.Errorf("LineCol(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
	}
}

// TestLinesAnyOrder checks Lines against LineCol's definition for offsets
// asked in increasing, decreasing and repeated order.
func TestLinesAnyOrder(t *testing.T) {
	data := []byte("a\n\nbc\r\nd\n")
	p := NewLines(data)
	for _, off := range []int64{0, 3, 4, 9, 2, 2, 7, 0, 10} {
		l, c := p.At(off)
		o := min(max(off, 0), int64(len(data)))
		wl, wc := 1, int(o)+1
		for i := int64(0); i < o; i++ {
			if data[i] == '\n' {
				wl, wc = wl+1, int(o-i)
			}
		}
		if l != wl || c != wc {
			t.Errorf("At(%d) = %d:%d, want %d:%d", off, l, c, wl, wc)
		}
	}
}
