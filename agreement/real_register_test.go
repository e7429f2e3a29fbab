package agreement

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kerjasama/kerjasama/date"
)

// realRow is what matters of an agreement read from a real register:
// its ID, its partner (name as written, country, region code), its term,
// its status on 3 December 2026, how many activities it records and its
// round (Phase).
type realRow struct {
	ID, Partner, Country, Region, Term, Status string
	Activities, Phase                          int
}

// TestRealRegisters reads the real registers of testdata/real (sources
// and licences in testdata/real/README.md) whole: every row is loaded or
// reported (rows in = loaded + rejected), partners that are institutions
// are kept by name without warnings, start and end columns make the term,
// and expired agreements are expired, not drafts.
func TestRealRegisters(t *testing.T) {
	on := date.Date{Year: 2026, Month: 12, Day: 3}
	for _, tc := range []struct {
		file, region             string
		rows, rejected, warnings int
		want                     []realRow
	}{
		{
			file: "akreditasi-uin-kerjasama-luar-negeri.csv", region: "Banten",
			// UIN Syarif Hidayatullah Jakarta (Banten): Nama Instansi, Jenis Kegiatan, Mulai, Berakhir, Manfaat yang Telah Diperoleh.
			rows: 20, rejected: 0, warnings: 0,
			want: []realRow{
				{"1", "Universitas Kebangsaan Malaysia", "MY", "", "2009/2017", "expired", 1, 0},
				{"2", "Satheya Sai Education Indonesia", "ID", "", "2011/2017", "expired", 1, 0},
				{"3", "INSTITUT FRANCAIS D'INDONESIE", "", "", "2012/2017", "expired", 1, 0},
				{"4", "Asosiasi Solidaritas Sosial dan Ekonomi dengan Negara-negara Pasifik (Pasifik ulkeleri ile Sosyal ve iktisadi Dayanisma Dernegi - untuk selanjutnya disebut \"PASIAD\")", "", "", "2014/2017", "expired", 1, 0},
				{"5", "THE PUBLIC AFFAIRS SECTION OF THE U.S. EMBASSYJAKARTA", "US", "", "2014/2017", "expired", 1, 0},
				{"6", "UNIVERSITY OF NYALA, SUDAN", "SD", "", "2014/2017", "expired", 1, 0},
				{"7", "Sungkyungkwan University, Korea", "KR", "", "2014/2017", "expired", 1, 0},
				{"8", "University of Hawai'I at Manoa, Honolulu, Hawai'i, USA", "US", "", "2014/2019", "expired", 1, 0},
				{"9", "University of Zagreb, Croatia", "HR", "", "2014/2017", "expired", 1, 0},
				{"10", "University and research institute for Quran and Hadith, Iran", "IR", "", "2015/2020", "expired", 1, 0},
				{"11", "Embassy of India Jakarta", "IN", "", "2015/2018", "expired", 1, 0},
				{"12", "Rhine-Waal University of Applied Sciences-Germany", "DE", "", "2015/2018", "expired", 1, 0},
				{"13", "University of Western Sydney", "", "", "2015/2018", "expired", 1, 0},
				{"14", "INMAE Center for Research and Perspectives Studies Universite Ibn Tofail Morocco", "MA", "", "2015/2018", "expired", 1, 0},
				{"15", "Chinese Culture University", "", "", "2015/2018", "expired", 1, 0},
				{"16", "Canadian Centre Studies", "", "", "2015/2017", "expired", 1, 0},
				{"17", "Belgrade University Serbia", "", "", "2015/2019", "expired", 1, 0},
				{"18", "International Peace College South Africa", "ZA", "", "2015/2020", "expired", 1, 0},
				{"19", "University of Canberra", "", "", "2015/2018", "expired", 1, 0},
				{"20", "University of Applied Sciences Upper Austria", "AT", "", "2015/2020", "expired", 1, 0},
			},
		},
		{
			file: "akreditasi-uin-kerjasama-dalam-negeri.csv", region: "Banten",
			// The same university's domestic partners: ministries, schools, a bank, two regional governments (found as regions).
			rows: 20, rejected: 0, warnings: 0,
			want: []realRow{
				{"1", "Kementerian Agama RI", "", "", "2005/2017", "expired", 1, 0},
				{"2", "Kementrian Koperasi dan UKM", "", "", "2009/2017", "expired", 1, 0},
				{"3", "Kementrian Pertanian", "", "", "2009/2017", "expired", 1, 0},
				{"4", "Badan Pengembangan dan Pembinaan Bahasa Kementerian Pendidikan dan Kebudayaan", "", "", "2014/2017", "expired", 1, 0},
				{"5", "IAIN Sultan Maulana Hasanuddin Banten", "", "", "2014/2018", "expired", 1, 0},
				{"6", "Direktorat Jenderal Pemasyarakatan Kementerian Hukum dan Ham", "", "", "2014/2019", "expired", 1, 0},
				{"7", "Komisi Penyiaran Indoesia", "ID", "", "2014/2017", "expired", 1, 0},
				{"8", "Pemerintah Kabupaten Enrekang", "ID", "73.16", "2014/2019", "expired", 1, 0},
				{"9", "Pusat Penelitian dan Pengembangan Teknologi Minyak dan Gas Bumi (LEMIGAS)", "", "", "2014/2017", "expired", 1, 0},
				{"10", "Pelayanan antar perpustakaan perguruan tinggi Perpustakaan", "", "", "2014/2017", "expired", 1, 0},
				{"11", "Komisi Pengawas Persaingan usaha", "", "", "2014/2018", "expired", 1, 0},
				{"12", "Pemerintah Kota Depok", "ID", "32.76", "2014/2018", "expired", 1, 0},
				{"13", "SMA Negeri 12 Tangerang Selatan", "", "", "2014/2018", "expired", 1, 0},
				{"14", "MAN Serpong", "", "", "2014/2018", "expired", 1, 0},
				{"15", "Mts Muhammadiyah 1 Ciputat", "", "", "2014/2018", "expired", 1, 0},
				{"16", "SMA Karisma Bangsa", "", "", "2014/2018", "expired", 1, 0},
				{"17", "PT Bank Sumut", "", "", "2014/2017", "expired", 1, 0},
				{"18", "Majelis Ulama Indonesia Kota Tangerang Selatan", "", "", "2014/2017", "expired", 0, 0},
				{"19", "Komisi Perlindungan Anak Indonesia", "ID", "", "2014/2018", "expired", 1, 0},
				{"20", "Himpunan Penyelenggara Umrah dan Haji (HIMPUH)", "", "", "2014/2019", "expired", 1, 0},
			},
		},
		{
			file: "akreditasi-uin-dua-baris-judul.csv", region: "Banten",
			// The same table as the HTML shows it: a header of two rows and a
			// row numbering the columns; neither is a record.
			rows: 3, rejected: 0, warnings: 0,
			want: []realRow{
				{"1", "Kementerian Agama RI", "", "", "2005/2017", "expired", 1, 0},
				{"2", "Kementrian Koperasi dan UKM", "", "", "2009/2017", "expired", 1, 0},
				{"3", "Kementrian Pertanian", "", "", "2009/2017", "expired", 1, 0},
			},
		},
		{
			file: "jateng-queensland-news.csv", region: "Jawa Tengah",
			// The command's own headers; Queenland as Antara wrote it; the region told.
			rows: 3, rejected: 0, warnings: 0,
			want: []realRow{
				{"1", "Negara Bagian Queensland", "AU", "AU-QLD", "P5Y", "expired", 0, 0},
				{"2", "Queenland", "AU", "AU-QLD", "P5Y", "expired", 0, 0},
				{"3", "Pemerintah negara bagian Queensland", "AU", "AU-QLD", "P5Y", "expired", 0, 0},
			},
		},
		{
			file: "sisfo-magang2-tbl_mou.csv", region: "Banten",
			// periode is the round (1, 2), not the term; durasi_kerja_sama 1 is one year between tanggal_kerja_sama and tanggal_akhir_kerja_sama; 9 unknown columns and 3 status cells 0/1 warn.
			rows: 3, rejected: 0, warnings: 12,
			want: []realRow{
				{"1", "Nama Lembaga Mitra", "", "", "../2023-11-11", "expired", 0, 1},
				{"2", "Nama Lembaga Mitra tt", "", "", "../2020-11-11", "expired", 0, 1},
				{"3", "Nama Lembaga Mitra tt", "", "", "../2023-11-11", "expired", 0, 2},
			},
		}} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open("testdata/real/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			l, err := ReadCSV(f, ReadOptions{File: tc.file, Region: tc.region})
			if err != nil {
				t.Fatal(err)
			}
			if l.Rows != len(l.Agreements)+len(l.Rejected) {
				t.Errorf("rows %d != loaded %d + rejected %d", l.Rows, len(l.Agreements), len(l.Rejected))
			}
			if l.Rows != tc.rows || len(l.Rejected) != tc.rejected || len(l.Warnings) != tc.warnings {
				t.Errorf("rows, rejected, warnings = %d, %d, %d, want %d, %d, %d\n%v\n%v", l.Rows, len(l.Rejected), len(l.Warnings),
					tc.rows, tc.rejected, tc.warnings, l.Rejected, l.Warnings)
			}
			var got []realRow
			for _, a := range l.Agreements {
				r := realRow{ID: a.ID, Term: a.Term.String(), Status: a.StatusOn(on).String(), Activities: len(a.Activities), Phase: a.Phase}
				for _, p := range a.Parties {
					if p.Role == RolePartner {
						r.Partner, r.Country, r.Region = p.Name, p.CountryCode(), p.Region.Code
					}
				}
				got = append(got, r)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ReadCSV(%s) mismatch (-want +got):\n%s", tc.file, diff)
			}
			// Every agreement has the office as its Indonesian party: no
			// problem "no Indonesian party" once the region is told.
			for _, p := range Problems(l.Register().Validate()) {
				if strings.Contains(p.Error(), ErrNoRegion.Error()) {
					t.Errorf("%s: %v", tc.file, p)
				}
			}
		})
	}
}
