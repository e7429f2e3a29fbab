package date

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseCardinal(t *testing.T) {
	tests := []struct {
		in   string
		want int
		err  error
	}{
		{"5", 5, nil},
		{"lima", 5, nil},
		{"Lima (5)", 5, nil},
		{"5 (lima)", 5, nil},
		{"5 ( Lima )", 5, nil},
		{"dua puluh lima", 25, nil},
		{"25 (dua puluh lima)", 25, nil},
		{"Dua Ribu Sepuluh", 2010, nil},
		{"lapan", 8, nil},
		{"two (2)", 2, nil},
		{"twenty-five", 25, nil},
		{"twenty five", 25, nil},
		{"twelve", 12, nil},
		{"0", 0, nil},
		{"5 (enam)", 0, ErrSyntax},
		{"tiga dua", 0, ErrSyntax},
		{"puluh", 0, ErrSyntax},
		{"12345", 0, ErrRange},
		{"Sepuluh RiBu", 0, ErrRange},
		{"sembilan ratus sembilan puluh sembilan ribu", 0, ErrRange},
		{"sembilan ribu sembilan ratus sembilan puluh sembilan", 9999, nil},
		{"5 (sepuluh ribu)", 0, ErrRange},
		{"lima tahun", 0, ErrSyntax},
		{"", 0, ErrSyntax},
		{"(5)", 5, nil},
	}
	for _, tt := range tests {
		got, err := ParseCardinal(tt.in, tagID)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("ParseCardinal(%q) = %d, %v; want error %v", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseCardinal(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseCardinal(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func FuzzParseCardinal(f *testing.F) {
	for _, s := range []string{"5", "Lima (5)", "5 (lima)", "dua puluh lima", "twenty-five", "5 (enam)", "Dua Ribu Sepuluh", "two (2)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseCardinal(s, tagID)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseCardinal(%q) error %T, want *ParseError", s, err)
			}
			return
		}
		if n < 0 || n > 9999 {
			t.Fatalf("ParseCardinal(%q) = %d, out of 0..9999", s, n)
		}
	})
}
