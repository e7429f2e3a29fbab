package session

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

func TestParseTitle(t *testing.T) {
	kb := mustPair(t, "kalbar-sarawak")
	ks := mustPair(t, "kaltara-sabah")
	rj := mustPair(t, "riau-kepri-melaka-johor")
	tests := []struct {
		in   string
		want Ref
	}{
		// Seed 000.
		{"Persiapan Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat-Peringkat Negeri Sarawak di Kota Singkawang", Ref{Regional, kb, 33, 0}},
		// News of later sessions, as written.
		{"Pertemuan/Mesyuwarat Sidang ke-37 KK/JKK Sosek Malindo tingkat Provinsi Kalimantan Barat-Peringkat Negeri Serawak Malaysia", Ref{Regional, kb, 37, 0}},
		{"Mesyuarat Tim Teknik/Teknis & Sidang ke-36 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat", Ref{Regional, kb, 36, 0}},
		{"Sosek Malindo ke - 34 di Sibu Negeri Serawak - Malaysia", Ref{Regional, kb, 34, 0}},
		{"Sinergi Kuat Kalbar-Sarawak Diperkuat di Sosek Malindo ke-38 Miri", Ref{Regional, kb, 38, 0}},
		{"the 38th Technical Committee Meeting and Working Committee Session of SOSEK MALINDO, Sarawak–West Kalimantan", Ref{Regional, kb, 38, 0}},
		{"MESYUARAT TEKNIK DAN SIDANG KE 26 (7) JAWATANKUASA KERJA PEMBANGUNAN SOSIO EKONOMI MALAYSIA – INDONESIA (SOSEK MALINDO) PERINGKAT PROVINSI KALIMANTAN UTARA (KALTARA)", Ref{Regional, ks, 26, 7}},
		{"Tim Teknis dan Sidang ke-26 Kelompok Kerja/Jawatankuasa Kerja (KK/JKK) Pembangunan Sosial Ekonomi Malaysia-Indonesia (SOSEK MALINDO) Tingkat Provinsi Kalimantan Utara dan Peringkat Negeri Sabah", Ref{Regional, ks, 26, 0}},
		{"Persidangan Sosek Malindo Ke-14 Peringkat Negeri Johor/Melaka-Tingkat Provinsi Riau/Kepulauan Riau", Ref{Regional, rj, 14, 0}},
		{"Persidangan Ke-15 Sosek Malindo Peringkat Negeri Melaka/Johor-Tingkat Provinsi Riau/Kepulauan Riau", Ref{Regional, rj, 15, 0}},
		{"Sidang\u00a0ke\u202f33 KK/JKK Sosek Malindo Kalbar–Sarawak", Ref{Regional, kb, 33, 0}},
		// Central level: only a level word tells it from a regional session.
		{"Persidangan ke-39 KK/JKK Sosek Malindo Tingkat Pusat", Ref{Central, region.Pair{}, 39, 0}},
		{"Persidangan ke-39 Kelompok Kerja/Jawatankuasa Kerja Pembangunan Sosio Ekonomi Indonesia-Malaysia (KK/JKK Sosek Malindo)", Ref{0, region.Pair{}, 39, 0}},
		{"Persidangan Ke-40 Jawatankuasa Kerja/Kelompok Kerja Pembangunan Sosio-Ekonomi (JKK/KK) SOSEK MALINDO", Ref{0, region.Pair{}, 40, 0}},
		// A pair that does not exist is not guessed.
		{"Sosek Malindo ke-1 Tingkat Provinsi Kalimantan Utara – Peringkat Negeri Sarawak", Ref{0, region.Pair{}, 1, 0}},
		// Above the working groups.
		{"Sidang ke-18 High Level Committee Malaysia–Indonesia (HLC MALINDO)", Ref{HLC, region.Pair{}, 18, 0}},
		{"sidang General Border Committee (GBC) ke-12 pada tanggal 14 Nopember tahun 1983", Ref{GBC, region.Pair{}, 12, 0}},
		{"12th GBC Malindo meeting", Ref{GBC, region.Pair{}, 12, 0}},
	}
	for _, tt := range tests {
		got, err := ParseTitle(tt.in)
		if err != nil {
			t.Errorf("ParseTitle(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseTitle(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, tt := range []struct {
		in  string
		err error
	}{
		{"", ErrSyntax},
		{"Sidang KK/JKK Sosek Malindo", ErrSyntax},
		{"Sidang kabinet ke-3", ErrSyntax},
		{"Sosek Malindo keamanan 2017", ErrSyntax},
		{string(make([]byte, MaxTitle+1)), ErrTooLarge},
	} {
		_, err := ParseTitle(tt.in)
		var pe *ParseError
		if !errors.Is(err, tt.err) || !errors.As(err, &pe) {
			t.Errorf("ParseTitle(%.40q) = %v, want a *ParseError wrapping %v", tt.in, err, tt.err)
		}
	}
}

// TestParseTitleRoundTrip reads back every title Title writes.
func TestParseTitleRoundTrip(t *testing.T) {
	d := History()
	for i := range d.Sessions {
		s := &d.Sessions[i]
		f, _ := d.Forum(s.Forum)
		for _, tag := range []string{"id", "ms", "en"} {
			title := s.Title(f, mustTag(tag))
			got, err := ParseTitle(title)
			if err != nil {
				t.Errorf("ParseTitle(%q): %v", title, err)
				continue
			}
			want := Ref{Level: f.Level, Pair: f.Pair, Number: s.Number, Second: s.Second}
			if f.Level == Central {
				want.Level = 0 // the title does not say "tingkat pusat"
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateComparable(region.Pair{})); diff != "" {
				t.Errorf("ParseTitle(%q) mismatch (-want +got):\n%s", title, diff)
			}
		}
	}
}

func mustTag(s string) language.Tag { return language.MustParse(s) }

func TestFind(t *testing.T) {
	d := History()
	tests := []struct {
		title string
		forum string
		n     int
		ok    bool
	}{
		{"Sidang ke-37 KK/JKK Sosek Malindo tingkat Provinsi Kalimantan Barat-Peringkat Negeri Serawak", "kalbar-sarawak", 37, true},
		{"Persidangan ke-39 Kelompok Kerja/Jawatankuasa Kerja Pembangunan Sosio Ekonomi Indonesia-Malaysia (KK/JKK Sosek Malindo)", "central", 39, true},
		{"Sidang Ke 26 (7) JKK Sosek Malindo Peringkat Negeri Sabah", "kaltara-sabah", 26, true},
		{"Sosek Malindo ke-35 Kalbar-Sarawak", "", 0, false},
		// Both the central forum and Kalimantan Barat–Sarawak held a 38th session.
		{"Sidang Komite Kerja Sosial Ekonomi Malaysia-Indonesia (KK SOSEK MALINDO) ke-38", "", 0, false},
	}
	for _, tt := range tests {
		ref, err := ParseTitle(tt.title)
		if err != nil {
			t.Fatalf("ParseTitle(%q): %v", tt.title, err)
		}
		s, ok := d.Find(ref)
		if ok != tt.ok || ok && (s.Forum != tt.forum || s.Number != tt.n) {
			t.Errorf("Find(ParseTitle(%q)) = %v, %v; want %s %d, %v", tt.title, s, ok, tt.forum, tt.n, tt.ok)
		}
	}
}
