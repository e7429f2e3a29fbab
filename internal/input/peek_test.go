package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// stuckReader returns no bytes and no error, for ever.
type stuckReader struct{}

func (stuckReader) Read([]byte) (int, error) { return 0, nil }

// sizesReader records the length of the buffer of each Read.
type sizesReader struct {
	r     io.Reader
	sizes []int
}

func (s *sizesReader) Read(b []byte) (int, error) {
	s.sizes = append(s.sizes, len(b))
	return s.r.Read(b)
}

func TestPeek(t *testing.T) {
	long := strings.Repeat("tahun,nilai\n", 100)
	type result struct {
		Head, All string
		Err       string
	}
	tests := []struct {
		name string
		r    func() io.Reader
		n    int
		want result
	}{
		{"shorter than n", func() io.Reader { return strings.NewReader("a,b\n1,2\n") }, 64,
			result{"a,b\n1,2\n", "a,b\n1,2\n", ""}},
		{"exactly n", func() io.Reader { return strings.NewReader("abcd") }, 4,
			result{"abcd", "abcd", ""}},
		{"longer than n", func() io.Reader { return strings.NewReader(long) }, 10,
			result{long[:10], long, ""}},
		{"one byte at a time", func() io.Reader { return iotest.OneByteReader(strings.NewReader(long)) }, 100,
			result{long[:100], long, ""}},
		{"data with EOF", func() io.Reader { return iotest.DataErrReader(strings.NewReader("abc")) }, 8,
			result{"abc", "abc", ""}},
		{"empty", func() io.Reader { return strings.NewReader("") }, 8,
			result{"", "", ""}},
		{"fails in the head", func() io.Reader { return burningReader{strings.NewReader("abc")} }, 8,
			result{"abc", "abc", "disk on fire"}},
		{"fails after the head", func() io.Reader { return burningReader{strings.NewReader(long)} }, 10,
			result{long[:10], long, "disk on fire"}},
		{"no progress", func() io.Reader { return io.MultiReader(strings.NewReader("ab"), stuckReader{}) }, 8,
			result{"ab", "ab", io.ErrNoProgress.Error()}},
		{"n of zero", func() io.Reader { return strings.NewReader("abc") }, 0,
			result{"", "abc", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head, all := Peek(tt.r(), tt.n)
			var got result
			got.Head = string(head)
			b, err := io.ReadAll(all)
			got.All = string(b)
			if err != nil {
				got.Err = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Peek (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPeekPassesReads checks what Peek is for: after the head, a read of
// the input reaches the source with the caller's whole buffer, with no
// copy between (a bufio.Reader of the same size would read into its own).
func TestPeekPassesReads(t *testing.T) {
	src := &sizesReader{r: strings.NewReader(strings.Repeat("x", 1000))}
	head, all := Peek(src, 100)
	if len(head) != 100 {
		t.Fatalf("head of %d bytes, want 100", len(head))
	}
	src.sizes = nil
	buf := make([]byte, 300)
	var total int
	for {
		n, err := all.Read(buf)
		total += n
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if total != 1000 {
		t.Errorf("read %d bytes, want 1000", total)
	}
	for i, n := range src.sizes {
		if n != len(buf) {
			t.Errorf("read %d of the source had a buffer of %d bytes, want the caller's %d", i, n, len(buf))
		}
	}
}

// TestReadAllNoProgress checks that ReadAll stops on a reader that
// returns nothing for ever, where io.ReadFull would not.
func TestReadAllNoProgress(t *testing.T) {
	data, _, err := ReadAll(io.MultiReader(strings.NewReader("abc"), stuckReader{}), 1<<20)
	if !errors.Is(err, io.ErrNoProgress) || string(data) != "abc" {
		t.Errorf("ReadAll = %q, %v; want \"abc\", %v", data, err, io.ErrNoProgress)
	}
}

func ExamplePeek() {
	f := strings.NewReader("tahun;nilai\n2019;1.251.823.534\n")
	head, all := Peek(f, 6)
	fmt.Printf("%q\n", head)
	rest, _ := io.ReadAll(all)
	fmt.Println(bytes.Equal(rest, []byte("tahun;nilai\n2019;1.251.823.534\n")))
	// Output:
	// "tahun;"
	// true
}
