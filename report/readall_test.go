package report

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// zeros is an endless reader of zero bytes.
type zeros struct{}

func (zeros) Read(b []byte) (int, error) {
	clear(b)
	return len(b), nil
}

// stuck returns no bytes and no error, for ever.
type stuck struct{}

func (stuck) Read([]byte) (int, error) { return 0, nil }

func TestReadAll(t *testing.T) {
	type result struct {
		Len int
		Err string
	}
	tests := []struct {
		name string
		r    io.Reader
		want result
	}{
		{"small", strings.NewReader(`{"records":[]}`), result{Len: 14}},
		{"at the limit", io.LimitReader(zeros{}, MaxFileSize), result{Len: MaxFileSize}},
		{"over the limit", zeros{}, result{Err: "cannot read x.json: larger than 64 MiB"}},
		{"no progress", io.MultiReader(strings.NewReader("{"), stuck{}), result{Err: "cannot read x.json: " + io.ErrNoProgress.Error()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := readAll("x.json", tt.r)
			got := result{Len: len(b)}
			if err != nil {
				got.Err = err.Error()
				if fe := (*FileError)(nil); !errors.As(err, &fe) {
					t.Errorf("error %T, want *FileError", err)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("readAll (-want +got):\n%s", diff)
			}
		})
	}
}
