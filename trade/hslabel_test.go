package trade

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseHSLabel(t *testing.T) {
	type result struct {
		Code string
		Name string
	}
	tests := []struct {
		in   string
		want result
		err  error
	}{
		// BPS Kalimantan Barat, exports by HS chapter (February 2017
		// release, as collected for issue #15).
		{"[40] Karet dan barang dari karet", result{"40", "Karet dan barang dari karet"}, nil},
		{"[28] Bahan kimia anorganik", result{"28", "Bahan kimia anorganik"}, nil},
		{"[44] Kayu dan barang dari kayu", result{"44", "Kayu dan barang dari kayu"}, nil},
		{"(15) Lemak dan minyak hewan/nabati", result{"15", "Lemak dan minyak hewan/nabati"}, nil},
		{"40 - Karet dan barang dari karet", result{"40", "Karet dan barang dari karet"}, nil},
		{"40 – Karet dan barang dari karet", result{"40", "Karet dan barang dari karet"}, nil},
		{"40: Karet", result{"40", "Karet"}, nil},
		{"40 Karet", result{"40", "Karet"}, nil},
		{"HS 0101: Live horses, asses, mules and hinnies", result{"0101", "Live horses, asses, mules and hinnies"}, nil},
		{"0101.21 Kuda bibit", result{"010121", "Kuda bibit"}, nil},
		{"40", result{"40", ""}, nil},
		{"[4] Karet", result{}, ErrSyntax}, // a dropped leading zero or a typo: refused
		{"Karet dan barang dari karet", result{}, ErrSyntax},
		{"[40 Karet", result{}, ErrSyntax},
		{"[00] Tidak ada", result{}, ErrRange},
	}
	for _, tt := range tests {
		h, name, err := ParseHSLabel(tt.in)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("ParseHSLabel(%q) = %v, %q, %v; want error %v", tt.in, h, name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseHSLabel(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, result{h.String(), name}); diff != "" {
			t.Errorf("ParseHSLabel(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func FuzzParseHSLabel(f *testing.F) {
	for _, s := range []string{"[40] Karet dan barang dari karet", "40 - Karet", "HS 0101: Live horses", "[4] x", "(15) Lemak", "[", "40 –"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, _, err := ParseHSLabel(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseHSLabel(%q): error %v is not a *ParseError within the input", s, err)
			}
			return
		}
		// The code read is one ParseHS reads back from its text.
		if back, err := ParseHS(h.String()); err != nil || back != h {
			t.Fatalf("ParseHSLabel(%q) = %v, which reads back as %v, %v", s, h, back, err)
		}
	})
}
