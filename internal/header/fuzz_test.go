package header

import (
	"testing"
	"unicode/utf8"
)

// FuzzMatch reads any header: it never panics, Match is the first of
// Parts, and an exact name is matched as itself.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{"No. Isu", "Hasil/Keputusan", "Tgl. Sidang", "Jangka Waktu (Tahun)", "Rujukan",
		"Keputsan", "Nama Mitra Kerja Sama", "(", "[[]]", "/", "Keterangan/Status", "Penanda Tanganan"} {
		f.Add(s)
	}
	m := New(map[int][]string{1: {"Nomor", "No"}, 2: {"Keputusan", "Hasil"}, 3: {"Tanggal Sidang"}, 4: {"Jangka Waktu"}, 5: {"Mitra"}},
		Options{Abbrev: map[string]string{"tgl": "tanggal"}, Lead: []string{"nama"}, Trail: []string{"kerja sama"}})
	f.Fuzz(func(t *testing.T, h string) {
		if !utf8.ValidString(h) || len(h) > 512 {
			return
		}
		col, bracket := m.Match(h)
		cols, bracket2 := m.Parts(h)
		if bracket != bracket2 || (len(cols) == 0) != (col == 0) || len(cols) > 0 && cols[0] != col {
			t.Fatalf("Match(%q) = %d, %q; Parts = %v, %q", h, col, bracket, cols, bracket2)
		}
		if c, ok := m.Exact(h); ok && c != col {
			t.Fatalf("Exact(%q) = %d, Match = %d", h, c, col)
		}
	})
}
