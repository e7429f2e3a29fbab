package region

import (
	"errors"
	"testing"
)

// FuzzFind checks that Find, Search, Lookup and FindPair never panic, that
// whatever Find returns can be found again by its code, that an ambiguity
// lists at least two distinct candidates and that every error is one of the
// documented kinds. The seeds are names from the seed documents and the
// issue.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Kalbar", "Kab. Sanggau", "Negeri Sarawak", "Provinsi Zhejiang – RRT",
		"Provinsi Incheon Korea", "Pemerintah Kota Timra (Swedia)", "Kota Daejeon (Korea Selatan)",
		"Kota Tangerang Selatan", "Pemprov Banten", "Biro Pemerintahan Setda Provinsi Banten",
		"Kalimantan Barat–Sarawak", "Kabupaten Sanggau", "PLBN Entikong Kab. Sanggau", "Singkawang",
		"Kalimantan Tengah", "Palembang", "Jepang", "Korea Selatan", "Kenya", "Badau", "Nanga Badau",
		"Wilayah Persekutuan Labuan", "Ba'kelalan", "61.03.21", "id-kb", "se/timra", "Timrå",
		"Kab.\u00a0Sanggau", "KALBAR\u202f", "\xff", "", "Kota", "kabupaten kabupaten kota kota",
		"a b c d e f g h i j k l m n o p", "Pemerintah Provinsi Pemerintah Kota Pemkab Sanggau",
		"Riau-Malaka-Johor Bahru", "Kalimantan Utara-Sabah", "Kalimatan Barat", "Selat Malaka",
	} {
		f.Add(s)
	}
	// Names as real documents write them (see realtext_test.go).
	for _, tt := range realNames {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Find(s)
		switch {
		case err == nil:
			if !r.IsValid() {
				t.Fatalf("Find(%q) = zero Region without error", s)
			}
			back, ok := Lookup(r.Code)
			if !ok || back != r {
				t.Fatalf("Find(%q) = %v, but Lookup(%q) = %v, %v", s, r, r.Code, back, ok)
			}
		default:
			var amb *AmbiguousError
			var nf *NotFoundError
			var pe *ParseError
			switch {
			case errors.As(err, &amb):
				if len(amb.Candidates) < 2 || amb.Candidates[0] == amb.Candidates[1] {
					t.Fatalf("Find(%q): ambiguity with candidates %v", s, amb.Candidates)
				}
			case errors.As(err, &nf), errors.As(err, &pe) && errors.Is(err, ErrTooLong):
			default:
				t.Fatalf("Find(%q): unexpected error %T %v", s, err, err)
			}
			_ = err.Error()
		}
		for _, r := range Search(s, 5) {
			if _, ok := Lookup(r.Code); !ok {
				t.Fatalf("Search(%q) gave %v, which Lookup does not know", s, r)
			}
		}
		_, _ = FindPair(s)
		_, _ = FindPost(s)
		_, _ = ParseLevel(s)
		// The core answers as the whole table does (TestCoreSameAsFull).
		if len(s) <= maxInput {
			for _, typos := range []bool{false, true} {
				want := findText(std.findIn(base(), s, typos))
				if got := findText(std.findIn(core.get(), s, typos)); got != want {
					t.Fatalf("findIn(%q, typos %v) in the core: %s; in the whole: %s", s, typos, got, want)
				}
			}
			wr, wok := std.lookup(base(), s)
			if gr, gok := std.lookup(core.get(), s); gr != wr || gok != wok {
				t.Fatalf("lookup(%q) in the core: %v, %v; in the whole: %v, %v", s, gr, gok, wr, wok)
			}
		}
	})
}
