package session

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kerjasama/kerjasama/region"
)

// realTitles are titles and headlines of Sosek Malindo sessions as public
// pages write them, with the Ref ParseTitle must give. A zero Level means
// the title does not say the level (central and regional sessions share
// the words) and must not be guessed; err means the text names no session
// number and must be refused.
var realTitles = []struct {
	in   string
	lvl  Level
	pair string // region.Pair ID, "" for none
	n    int
	sec  int
	err  error
	src  string
}{
	{"Rangkaian Kegiatan Acara Persidangan Ke-39 Kelompok Kerja/ Jawatankuasa Kerja Pembangunan Sosio Ekonomi Indonesia-Malaysia (KK/JKK Sosek Malindo)", 0, "", 39, 0, nil, "infopublik.id 2024-12-06"},
	{"Pimpin Sidang ke-39 KK Sosek Malindo, Safrizal Tegaskan Kemajuan Kerja Sama Sosio-Ekonomi Indonesia-Malaysia", 0, "", 39, 0, nil, "nusantarainfo.com 2024"},
	{"Persidangan Ke-39 Kelompok Kerja/Jawatankuasa Kerja Pembangunan Sosio Ekonomi Malaysia-Indonesia (KK/JKK Sosek Malindo) pada 5-7 Desember 2024 di Aceh", 0, "", 39, 0, nil, "sultra.antaranews.com"},
	{"Sidang KK/JKK Sosek Malindo perkuat kerja sama RI-Malaysia", 0, "", 0, 0, ErrSyntax, "sultra.antaranews.com headline: no number"},
	{"Persidangan Ke-40 Jawatankuasa Kerja/Kelompok Kerja Pembangunan Sosio-Ekonomi (JKK/KK) SOSEK MALINDO yang berlangsung pada 18 s.d 19 November 2025 di Langkawi, Kedah, Malaysia", 0, "", 40, 0, nil, "m.jpnn.com 2025-11-20"},
	{"Kadisdikbud Kalbar Dorong Kerja Sama Sosial Budaya dalam Sidang KK/JKK Sosek Malindo ke-37", Regional, "kalbar-sarawak", 37, 0, nil, "pontianakinformasi.co.id 2024"},
	{"Sidang ke-37 Komite Kerja/Komite Kerja Kecil (KK/JKK) Sosial Ekonomi Malaysia-Indonesia (Sosek Malindo)", 0, "", 37, 0, nil, "pontianakinformasi.co.id 2024"},
	{"Bupati Sambas Hadiri Mesyuarat Tim Teknik/Teknis & Sidang ke-36 JKK/KK Sosek Malindo", 0, "", 36, 0, nil, "seputarkalbar.com 2023 headline"},
	{"Mesyuarat Tim Teknik/Teknis & Sidang ke-36 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat di Hotel Raia dan Pusat Konvensyen Kuching, Sarawak", Regional, "kalbar-sarawak", 36, 0, nil, "seputarkalbar.com 2023"},
	{"Mesyuarat Teknik Dan Sidang Ke 26 (7) Jawatankuasa Kerja Pembangunan Sosio Ekonomi Malaysia – Indonesia (SOSEK MALINDO) Peringkat Provinsi Kalimantan Utara (KALTARA)/Negeri Sabah", Regional, "kaltara-sabah", 26, 7, nil, "mkn.gov.my 2024"},
	{"pertemuan Tim Teknis dan Sidang ke-26 Kelompok Kerja/Jawatankuasa Kerja (KK/JKK) Pembangunan Sosial Ekonomi Malaysia-Indonesia (SOSEK MALINDO) Tingkat Provinsi Kalimantan Utara dan Peringkat Negeri Sabah", Regional, "kaltara-sabah", 26, 0, nil, "batas-negeri.com 2024"},
	{"Tim Teknik Sosek Malindo Ke-14 Tingkat Provinsi Riau/Kepulauan Riau-Peringkat Negeri Johor/Melaka Di Pekan Baru Pada 4 Ogos 2015 – 6 Ogos 2015", Regional, "riau-kepri-melaka-johor", 14, 0, nil, "melaka.gov.my"},
	{"Persidangan Sosek Malindo Ke-14 Peringkat Negeri Johor/Melaka-Tingkat Provinsi Riau/Kepulauan Riau Di Johor Bahru Pada 30 November 2015 – 2 Disember 2015", Regional, "riau-kepri-melaka-johor", 14, 0, nil, "melaka.gov.my"},
	{"Persidangan Ke-15 Sosek Malindo Peringkat Negeri Melaka/Johor-Tingkat Provinsi Riau/Kepulauan Riau", Regional, "riau-kepri-melaka-johor", 15, 0, nil, "melaka.gov.my"},
	{"Pertemuan ke – 5 Sekretariat Bersama yang diadakan pada 27 – 30 April 2009 di Bandung, Indonesia", 0, "", 0, 0, ErrSyntax, "melaka.gov.my: a joint-secretariat meeting, not a session of a forum"},
	{"pertemuan kerjasama Sosial Ekonomi Malaysia-Indonesia (Sosek Malindo) ke-19 di Grand Swiss Belhotel Malaka, Malaysia", Regional, "riau-kepri-melaka-johor", 19, 0, nil, "harianfikiransumut.com 2023 (Malaka is Melaka, of one pair only)"},
	{"Plt Bupati Asmar Ikuti Pertemuan Sosek Malindo", 0, "", 0, 0, ErrSyntax, "harianfikiransumut.com headline: no number"},
	{"Forum Malindo Sosek 2025 di Johor Baru", 0, "", 0, 0, ErrSyntax, "keprisatu.com: a year is not a session number"},
	{"Setelah Dua Tahun Terhenti, Sosek Malindo Kembali Digerakkan", 0, "", 0, 0, ErrSyntax, "khabarmetro.com 2023: \"Dua Tahun\" is no number"},
	{"SOSEK MALINDO Conference Strengthens Sarawak–West Kalimantan Cooperation", 0, "", 0, 0, ErrSyntax, "ukas.sarawak.gov.my headline: no number"},
	{"the convening of the 38th Technical Committee Meeting and Working Committee Session, held here today and tomorrow", 0, "", 0, 0, ErrSyntax, "ukas.sarawak.gov.my: no forum named in the sentence"},
	{"Persidangan ke-39 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Negeri Sarawak, Provinsi Kalimantan Utara – Negeri Sabah, Provinsi Riau/Kepri – Johor Melaka", 0, "", 39, 0, nil, "nusantarainfo.com: a central session naming all three pairs is no one pair"},
}

func TestRealTitles(t *testing.T) {
	for _, tt := range realTitles {
		got, err := ParseTitle(tt.in)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("ParseTitle(%q) = %+v, %v; want error %v [%s]", tt.in, got, err, tt.err, tt.src)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseTitle(%q) error = %v [%s]", tt.in, err, tt.src)
			continue
		}
		want := Ref{Level: tt.lvl, Number: tt.n, Second: tt.sec}
		if tt.pair != "" {
			p, err := region.FindPair(tt.pair)
			if err != nil {
				t.Fatalf("no pair %q: %v", tt.pair, err)
			}
			want.Pair = p
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ParseTitle(%q) mismatch (-want +got) [%s]:\n%s", tt.in, tt.src, diff)
		}
	}
}

// TestReadItemsCSVRealHeaders reads an items sheet with the Indonesian
// headers of a secretariat spreadsheet, saved with semicolons.
func TestReadItemsCSVRealHeaders(t *testing.T) {
	const in = "Forum;No. Isu;Perkara;Kertas Kerja;Pengusul;Sidang ke-;Hasil Sidang;Status Tindak Lanjut;Keterangan;Penanggung Jawab\n" +
		"kalbar-sarawak;KK2/33/01;Pelabuhan darat Entikong;Kertas Kerja 2;Indonesia;33;disepakati;dalam proses;dibahas kembali;Disperindag\n" +
		"kalbar-sarawak;KK2/33/01;;;;34;disepakati;selesai;;\n"
	items, err := ReadItemsCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Item{{
		Forum: "kalbar-sarawak", Ref: "KK2/33/01", Title: "Pelabuhan darat Entikong",
		Field: EconomyTradeTransport, Proposer: Indonesia,
		History: []Entry{
			// "Penanggung Jawab" has no column of its own: its text is
			// kept in the note, not dropped.
			{Session: 33, Outcome: Agreed, Status: InProgress, Note: "dibahas kembali; Penanggung Jawab: Disperindag"},
			{Session: 34, Outcome: Agreed, Status: Done},
		},
	}}
	if diff := cmp.Diff(want, items, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("ReadItemsCSV mismatch (-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ in, want string }{
		{"No. Isu", "ref"}, {"Sidang ke-", "session"}, {"HASIL SIDANG", "outcome"}, {"Tim Teknis", "field"},
		{"Catatan", "note"}, {"Penanggung Jawab", ""}, {"Tanggal", ""},
	} {
		if got := itemsColumn(tt.in); got != tt.want {
			t.Errorf("itemsColumn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// The date columns of session lists.
	for _, tt := range []struct{ in, want string }{
		{"Tanggal", "dates"}, {"Tanggal Sidang", "dates"}, {"Tarikh", "dates"},
		{"Tanggal Mulai", "start"}, {"Tgl. Mulai", "start"}, {"Tarikh Mula", "start"}, {"Start Date", "start"},
		{"Tanggal Selesai", "end"}, {"Tgl Berakhir", "end"}, {"Tarikh Tamat", "end"}, {"End Date", "end"},
	} {
		if got, _ := csvHeaders().Match(tt.in); got != tt.want {
			t.Errorf("csvHeaders().Match(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
