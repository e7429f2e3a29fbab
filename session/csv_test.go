package session

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

// TestReadSessionsCSVReal reads the session list a clerk made from two
// news reports (testdata/real/SOURCES.md): Indonesian headers, a title in
// the session column, the forum written two ways, years only.
func TestReadSessionsCSVReal(t *testing.T) {
	f, err := os.Open("testdata/real/sosek-news-sessions.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ReadCSV(f, History())
	if err != nil {
		t.Fatal(err)
	}
	kb := mustPair(t, "kalbar-sarawak")
	want := &Dataset{
		Forums: []Forum{{ID: "kalbar-sarawak", Level: Regional, Pair: kb}},
		Sessions: []Session{
			{Forum: "kalbar-sarawak", Number: 36, Event: Event{Within: date.InYear(2023), HostSide: Malaysia, Host: "MY-13",
				Venue:   "Hotel Raia dan Pusat Konvensyen Kuching",
				Sources: []Source{{URL: "https://seputarkalbar.com/bupati-sambas-hadiri-mesyuarat-tim-teknik-teknis-sidang-ke-36-jkk-kk-sosek-malindo"}}}},
			{Forum: "kalbar-sarawak", Number: 38, Event: Event{Within: date.InYear(2025), HostSide: Malaysia, Host: "MY-13", Venue: "Miri",
				Sources: []Source{{URL: "https://halokalbar.com/read/2025/11/04/sinergi-kuat-kalbar-sarawak-diperkuat-di-sosek-malindo-ke-38-miri-fokus-utama-konektivitas-dan-plbn-entikong/"}}}},
		},
	}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("ReadCSV mismatch (-want +got):\n%s", diff)
	}
}

// TestReadCSVItemsMalay reads the item list with Malay headers made from
// the news of the 36th session (testdata/real/SOURCES.md). The file has no
// forum column: the proposer, Kalimantan Barat, gives the side and the
// forum of its pair. "Kelembagaan" (the forum's own organisation) is none
// of the three fields, and is reported at its cell.
func TestReadCSVItemsMalay(t *testing.T) {
	f, err := os.Open("testdata/real/sosek-items-ms.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ReadCSV(f, History())
	var got []string
	for _, e := range unjoin(err) {
		if e != nil {
			got = append(got, e.Error())
		}
	}
	wantErr := []string{`2:96: Bidang: session.ParseField("Kelembagaan"): unknown field`}
	if diff := cmp.Diff(wantErr, got); diff != "" {
		t.Errorf("ReadCSV errors mismatch (-want +got):\n%s", diff)
	}
	want := []Item{{Forum: "kalbar-sarawak", Ref: "KK-36-2", Title: "Kendala perlintasan warga perbatasan untuk kegiatan ekonomi pasca covid",
		Field: EconomyTradeTransport, Proposer: Indonesia,
		History: []Entry{{Session: 36, Outcome: Discussed, Note: "seputarkalbar.com 21 Sep 2023"}}}}
	if diff := cmp.Diff(want, d.Items); diff != "" {
		t.Errorf("items mismatch (-want +got):\n%s", diff)
	}
	if len(d.Sessions) != len(History().Sessions) {
		t.Errorf("items CSV read against History: %d sessions, want %d", len(d.Sessions), len(History().Sessions))
	}
}

// TestItemsCSVRoundTrip checks that the items CSV WriteItemsCSV writes
// reads back and writes again byte for byte, for the embedded record.
func TestItemsCSVRoundTrip(t *testing.T) {
	var first bytes.Buffer
	if err := WriteItemsCSV(&first, History().Items); err != nil {
		t.Fatal(err)
	}
	d, err := ReadCSV(bytes.NewReader(first.Bytes()), History())
	if err != nil {
		t.Fatalf("ReadCSV(WriteItemsCSV(History().Items)): %v", err)
	}
	var second bytes.Buffer
	if err := WriteItemsCSV(&second, d.Items); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(first.String(), second.String()); diff != "" {
		t.Errorf("write → read → write mismatch (-want +got):\n%s", diff)
	}
}

// TestCSVHeaders reads the headers of real and likely item and session
// sheets.
func TestCSVHeaders(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		// Malay item headers (testdata/real/sosek-items-ms.csv).
		{"Rujukan", "ref"}, {"Tajuk", "title"}, {"Bidang", "field"}, {"Pencadang", "proposer"}, {"Sidang", "session"},
		{"Keputusan", "outcome"}, {"Status", "status"}, {"Catatan", "note"},
		// Indonesian, as the brief of issue #15 lists them, and variants.
		{"No/Nomor", "no"}, {"Judul/Perihal/Butir", "title"}, {"Perihal", "title"}, {"Butir", "title"}, {"Pengusul", "proposer"},
		{"Hasil/Keputusan", "outcome"}, {"Status/Tindak lanjut", "status"}, {"Keterangan", "note"}, {"Ket.", "note"},
		{"Hasil Sidang", "outcome"}, {"Sidang ke-", "session"}, {"No. Isu", "ref"}, {"Bil.", "no"},
		// Session list headers (testdata/real/sosek-news-sessions.csv) and more.
		{"Forum", "forum"}, {"Tanggal", "dates"}, {"Tgl. Sidang", "dates"}, {"Tarikh", "dates"}, {"Tempat", "venue"},
		{"Tuan Rumah", "host"}, {"Sumber", "source"}, {"Tahun", "dates"}, {"Kota", "city"}, {"Tingkat", "forum"},
		// A bracket is set aside; a misspelling of one column is read.
		{"Tanggal (dd/mm/yyyy)", "dates"}, {"Keputsan", "outcome"}, {"Penanggung Jawab", ""}, {"Anggaran", ""},
	} {
		if got, _ := csvHeaders().Match(tt.in); got != tt.want {
			t.Errorf("csvHeaders().Match(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestForumOf reads forum cells.
func TestForumOf(t *testing.T) {
	kb := mustPair(t, "kalbar-sarawak")
	for _, tt := range []struct {
		in   string
		want Forum
	}{
		{"Kalbar-Sarawak", Forum{ID: "kalbar-sarawak", Level: Regional, Pair: kb}},
		{"kalbar-sarawak", Forum{ID: "kalbar-sarawak", Level: Regional, Pair: kb}},
		// testdata/real/sosek-news-sessions.csv, from seputarkalbar.com.
		{"Peringkat Negeri Sarawak - Tingkat Provinsi Kalimantan Barat", Forum{ID: "kalbar-sarawak", Level: Regional, Pair: kb}},
		{"Kaltara–Sabah", Forum{ID: "kaltara-sabah", Level: Regional, Pair: mustPair(t, "kaltara-sabah")}},
		// "Kabupaten Sanggau dengan Distrik Serian" (kabar.sanggau.go.id, 7 Oct 2023).
		{"Kabupaten Sanggau dengan Distrik Serian", Forum{ID: "sanggau-serian", Level: District, Districts: Districts{"61.03", "MY-13.12"}}},
		{"Kabupaten Sanggau - Distrik Serian", Forum{ID: "sanggau-serian", Level: District, Districts: Districts{"61.03", "MY-13.12"}}},
		{"Entikong–Tebedu", Forum{ID: "entikong-tebedu", Level: District, Districts: Districts{"61.03.21", "MY-13.12.01"}}},
		{"Tingkat Pusat", Forum{ID: "central", Level: Central}},
		{"GBC", Forum{ID: "gbc", Level: GBC}},
	} {
		got, err := forumOf(tt.in)
		if err != nil {
			t.Errorf("forumOf(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("forumOf(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, in := range []string{"Jakarta", "tingkat daerah", "Sanggau-Nunukan"} {
		if f, err := forumOf(in); !errors.Is(err, ErrSyntax) {
			t.Errorf("forumOf(%q) = %+v, %v; want ErrSyntax", in, f, err)
		}
	}
}

// TestReadSessionsCSV reads session lists and their problems.
func TestReadSessionsCSV(t *testing.T) {
	kb := mustPair(t, "kalbar-sarawak")
	sanggau := Forum{ID: "sanggau-serian", Level: District, Districts: Districts{"61.03", "MY-13.12"}}
	tests := []struct {
		name, in string
		want     *Dataset
		errs     []string
	}{{
		name: "english",
		in:   "forum,level,session,dates,city,venue,host,mode,source,note\nkalbar-sarawak,regional,33,23-25 Oktober 2017,Singkawang,,Indonesia,tatap muka,seed 000,\n",
		want: &Dataset{Forums: []Forum{{ID: "kalbar-sarawak", Level: Regional, Pair: kb}},
			Sessions: []Session{{Forum: "kalbar-sarawak", Number: 33, Event: Event{
				Dates: date.Range{Start: date.Date{Year: 2017, Month: 10, Day: 23}, End: date.Date{Year: 2017, Month: 10, Day: 25}},
				City:  "Singkawang", HostSide: Indonesia, Mode: InPerson, Sources: []Source{{Title: "seed 000"}}}}}},
	}, {
		// The title gives the forum; a second count in brackets.
		name: "title only",
		in:   "Judul;Tarikh\nSidang ke-26 (7) KK/JKK Sosek Malindo Kaltara–Sabah tahun 2024;16 hingga 19 Julai 2024\n",
		want: &Dataset{Forums: []Forum{{ID: "kaltara-sabah", Level: Regional, Pair: mustPair(t, "kaltara-sabah")}},
			Sessions: []Session{{Forum: "kaltara-sabah", Number: 26, Second: 7, Event: Event{
				Dates: date.Range{Start: date.Date{Year: 2024, Month: 7, Day: 16}, End: date.Date{Year: 2024, Month: 7, Day: 19}}}}}},
	}, {
		// A district forum; the sports week of kabar.sanggau.go.id is
		// refused, not read as session 22.
		name: "district",
		in: "Sidang,Forum,Tanggal,Tempat,Tuan Rumah\n" +
			"3,Kabupaten Sanggau - Distrik Serian,Oktober 2023,Serian,Malaysia\n" +
			"Pekan Olahraga Sosek Malindo ke-22,Kabupaten Sanggau - Distrik Serian,Sabtu (7/10/2023),Stadium Olah Raga Majelis Serian,Serian\n",
		want: &Dataset{Forums: []Forum{sanggau},
			Sessions: []Session{{Forum: "sanggau-serian", Number: 3, Event: Event{Within: date.InMonth(2023, 10), Venue: "Serian", HostSide: Malaysia}}}},
		errs: []string{"3:1: Sidang: syntax error: not a session: the number is that of a sports week, not of a session"},
	}, {
		// First and last days in columns of their own; a column the
		// reader has no use for is kept in the note, not dropped.
		name: "start and end columns",
		in: "Forum,Sidang ke,Tanggal Mulai,Tanggal Selesai,Tempat,Penanggung Jawab\n" +
			"kalbar-sarawak,33,23 Oktober 2017,25 Oktober 2017,Singkawang,Biro Pemerintahan\n" +
			"kalbar-sarawak,34,2018,,Kuching,\n" +
			"kalbar-sarawak,35,2019-10-10,2019-10-08,,\n" +
			"kalbar-sarawak,36,,2020-10-10,,\n",
		want: &Dataset{Forums: []Forum{{ID: "kalbar-sarawak", Level: Regional, Pair: kb}},
			Sessions: []Session{
				{Forum: "kalbar-sarawak", Number: 33, Event: Event{
					Dates: date.Range{Start: date.Date{Year: 2017, Month: 10, Day: 23}, End: date.Date{Year: 2017, Month: 10, Day: 25}},
					Venue: "Singkawang", Note: "Penanggung Jawab: Biro Pemerintahan"}},
				{Forum: "kalbar-sarawak", Number: 34, Event: Event{Within: date.InYear(2018), Venue: "Kuching"}},
			}},
		errs: []string{
			"4:30: Tanggal Selesai: syntax error: the session ends (2019-10-08) before it starts (2019-10-10)",
			"5:20: Tanggal Selesai: syntax error: an end date without a start date",
		},
	}, {
		name: "problems",
		in: "forum,session,dates,host\n" +
			"kalbar-sarawak,ke-37,November 2024,Singkawang\n" +
			"Jakarta,1,2020,\n" +
			"kalbar-sarawak,tiga,2020,\n" +
			"kalbar-sarawak,38,2025,Brunei\n" +
			"kalbar-sarawak,36,2026,\n" +
			"kaltara-sabah,Sidang ke-26 KK/JKK Sosek Malindo Kalbar-Sarawak,,\n",
		want: &Dataset{Forums: []Forum{{ID: "kalbar-sarawak", Level: Regional, Pair: kb}},
			Sessions: []Session{
				{Forum: "kalbar-sarawak", Number: 37, Event: Event{Within: date.InMonth(2024, 11), HostSide: Indonesia, Host: "61.72"}},
				{Forum: "kalbar-sarawak", Number: 36, Event: Event{Within: date.InYear(2026)}},
			}},
		errs: []string{
			`3:1: forum: syntax error: forum "Jakarta" names no border pair, no two border districts and no level above regional`,
			`4:16: session: syntax error: session "tiga" is not a number of 1 or more`,
			`5:24: host: session.ParseSide("Brunei"): unknown side`,
			`7:15: session: syntax error: the title names the pair kalbar-sarawak, the forum column kaltara-sabah`,
			`2:1: sessions[0].number: session kalbar-sarawak 37 (2024-11-01/2024-11-30) is held before session 36 (2026-01-01/2026-12-31)`,
		},
	}}
	for _, tt := range tests {
		d, err := ReadSessionsCSV(strings.NewReader(tt.in))
		var got []string
		for _, e := range unjoin(err) {
			if e != nil {
				got = append(got, e.Error())
			}
		}
		if diff := cmp.Diff(tt.want, d); diff != "" {
			t.Errorf("%s: ReadSessionsCSV mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.errs, got); diff != "" {
			t.Errorf("%s: errors mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestParseTitleEvents checks that numbered events that are not sessions
// are refused, and real session titles still read.
func TestParseTitleEvents(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // the kind in the error
	}{
		// https://kabar.sanggau.go.id/2023/10/07/wakil-bupati-sanggau-pimpin-kontingen-indonesia-dalam-sosek-malindo/
		{"Pekan Olahraga Sosek Malindo ke-22", "a sports week"},
		{"Kontingen Indonesia dalam Pekan Olahraga Sosek Malindo ke-22 yang dilaksanakan di Stadium Olah Raga Majelis Serian", "a sports week"},
		{"Sukan Borneo ke-2", "games"},
		// https://www.radarsorong.id/2023/07/jawara-sorong-siap-gelar-pojs/ ("HUT … RI ke-78")
		{"Dalam rangka memeriahkan Hari Ulang Tahun (HUT) Kemerdekaan Republik Indonesia (RI) ke-78", "an anniversary"},
		{"HUT ke-78", "an anniversary"},
		{"Malam Titian Muhibbah Sosek Malindo ke-22", "a goodwill evening (Titian Muhibah)"},
		{"the 22nd Sosek Malindo Sports Week", "a sports event"},
	} {
		_, err := ParseTitle(tt.in)
		if !errors.Is(err, ErrNotSession) || !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "that of "+tt.want+",") {
			t.Errorf("ParseTitle(%q) error = %v, want ErrNotSession naming %s", tt.in, err, tt.want)
		}
	}
	kb, ks, rk := mustPair(t, "kalbar-sarawak"), mustPair(t, "kaltara-sabah"), mustPair(t, "riau-kepri-melaka-johor")
	for _, tt := range []struct {
		in   string
		want Ref
	}{
		{"Sidang ke-36 KK/JKK Sosek Malindo Tingkat Provinsi Kalbar–Sarawak", Ref{Level: Regional, Pair: kb, Number: 36}},
		{"Mesyuarat ke-38 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat", Ref{Level: Regional, Pair: kb, Number: 38}},
		// https://ktv-live.com/perkuat-hubungan-bilateral-kaltara-dorong-kolaborasi-strategis-lewat-forum-sosek-malindo
		{"Sidang ke-26 (7) Kelompok Kerja dan Sub Kelompok Kerja Sosial Ekonomi (KK/JKK) Sosek Malindo Kaltara–Sabah tahun 2024", Ref{Level: Regional, Pair: ks, Number: 26, Second: 7}},
		// https://kaltara.tribunnews.com/2025/06/21/evaluasi-sosek-malindo-kaltara-sabah-imigrasi-nunukan-soroti-perlintasan-ilegal-dan-perbatasan
		{"Rapat Monitoring dan Evaluasi Pelaksanaan Persidangan ke-26 Kerja Sama Sosial Ekonomi (Sosek) Malindo Kaltara-Sabah Tahun 2024", Ref{Level: Regional, Pair: ks, Number: 26}},
		// https://batas-negeri.com/2024/08/02/sosek-malindo-meningkatkan-kerjasama-bilateral-dalam-pembangunan-sosial-ekonomi-antara-indonesia-malaysia/
		{"Tim Teknis dan Sidang ke-26 Kelompok Kerja/Jawatankuasa Kerja (KK/JKK) Pembangunan Sosial Ekonomi Malaysia-Indonesia (SOSEK MALINDO) Tingkat Provinsi Kalimantan Utara dan Peringkat Negeri Sabah", Ref{Level: Regional, Pair: ks, Number: 26}},
		// halokalbar.com, 4 Nov 2025 (testdata/real/SOURCES.md).
		{"Sosek Malindo ke-38 Miri", Ref{Number: 38}},
		// https://ukas.sarawak.gov.my/web/subpage/news_view/27843
		{"the 38th Technical Committee Meeting and Working Committee Session of SOSEK MALINDO", Ref{Number: 38}},
		{"Sidang ke-3 Sosek Malindo Tingkat Kabupaten", Ref{Level: District, Number: 3}},
		// https://www.melaka.gov.my/ms/kerajaan/lain-lain/sosek-malindo (a technical meeting, numbered as its session)
		{"Tim Teknik Sosek Malindo Ke-14 Tingkat Provinsi Riau/Kepulauan Riau-Peringkat Negeri Johor/Melaka Di Pekan Baru Pada 4 Ogos 2015 – 6 Ogos 2015", Ref{Level: Regional, Pair: rk, Number: 14}},
		{"Persidangan Ke-15 Sosek Malindo Peringkat Negeri Melaka/Johor-Tingkat Provinsi Riau/Kepulauan Riau", Ref{Level: Regional, Pair: rk, Number: 15}},
		// https://seputarkalbar.com/bupati-sambas-hadiri-mesyuarat-tim-teknik-teknis-sidang-ke-36-jkk-kk-sosek-malindo
		{"Pertemuan pada tahun 2023 ini merupakan pertemuan ke-36 Sosek Malindo", Ref{Number: 36}},
	} {
		got, err := ParseTitle(tt.in)
		if err != nil {
			t.Errorf("ParseTitle(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseTitle(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestDistrictForum checks the validation and titles of district forums.
func TestDistrictForum(t *testing.T) {
	kb := mustPair(t, "kalbar-sarawak")
	regional := Forum{ID: "kalbar-sarawak", Level: Regional, Pair: kb}
	for _, tt := range []struct {
		name string
		f    Forum
		want []error
	}{
		{"sanggau-serian", Forum{ID: "s", Level: District, Parent: "kalbar-sarawak", Districts: Districts{"61.03", "MY-13.12"}}, nil},
		{"entikong-tebedu", Forum{ID: "s", Level: District, Districts: Districts{"61.03.21", "MY-13.12.01"}}, nil},
		{"no districts", Forum{ID: "s", Level: District, Parent: "kalbar-sarawak"}, []error{ErrMissing}},
		{"unknown code", Forum{ID: "s", Level: District, Districts: Districts{"61.99", "MY-13.12"}}, []error{ErrUnknownRef}},
		{"provinces", Forum{ID: "s", Level: District, Districts: Districts{"61", "MY-13"}}, []error{ErrInvalid}},
		{"sides swapped", Forum{ID: "s", Level: District, Districts: Districts{"MY-13.12", "61.03"}}, []error{ErrInvalid}},
		{"two pairs", Forum{ID: "s", Level: District, Districts: Districts{"65.03", "MY-13.12"}}, []error{ErrInvalid}},
		{"regional with districts", Forum{ID: "s", Level: Regional, Pair: kb, Districts: Districts{"61.03", "MY-13.12"}}, []error{ErrInvalid}},
		{"parent of another pair", Forum{ID: "s", Level: District, Parent: "kaltara-sabah", Districts: Districts{"61.03", "MY-13.12"}}, []error{ErrInvalid}},
	} {
		d := &Dataset{Forums: []Forum{regional, {ID: "kaltara-sabah", Level: Regional, Pair: mustPair(t, "kaltara-sabah")}, tt.f}}
		var got []error
		for _, e := range unjoin(d.Validate()) {
			if e == nil {
				continue
			}
			for _, s := range []error{ErrMissing, ErrUnknownRef, ErrInvalid} {
				if errors.Is(e, s) {
					got = append(got, s)
				}
			}
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
			t.Errorf("%s: Validate mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
	f := &Forum{ID: "sanggau-serian", Level: District, Districts: Districts{"61.03", "MY-13.12"}}
	g := &Forum{ID: "entikong-tebedu", Level: District, Districts: Districts{"61.03.21", "MY-13.12.01"}}
	s := &Session{Forum: f.ID, Number: 3}
	for _, tt := range []struct {
		f    *Forum
		tag  language.Tag
		want string
	}{
		{f, language.Indonesian, "Sidang ke-3 Sosek Malindo Kabupaten Sanggau – Bahagian Serian"},
		{f, language.Malay, "Sidang ke-3 Sosek Malindo Bahagian Serian – Kabupaten Sanggau"},
		{f, language.English, "3rd Session of the Sosek Malindo, Sanggau Regency – Serian Division"},
		{g, language.Indonesian, "Sidang ke-3 Sosek Malindo Kecamatan Entikong – Tebedu"},
	} {
		if got := s.Title(tt.f, tt.tag); got != tt.want {
			t.Errorf("Title(%s, %s) = %q, want %q", tt.f.ID, tt.tag, got, tt.want)
		}
	}
	if got, want := f.Name(Malaysia, language.Malay), "Sosek Malindo Bahagian Serian"; got != want {
		t.Errorf("Name = %q, want %q", got, want)
	}
}

// TestLevelsAndOutcomes reads the labels the brief of issue #15 names.
func TestLevelsAndOutcomes(t *testing.T) {
	for in, want := range map[string]Level{"district": District, "Tingkat Kabupaten": District, "kabupaten": District, "distrik": District,
		"bahagian": District, "peringkat daerah": District, "daerah": Regional, "tingkat daerah": Regional, "peringkat negeri": Regional} {
		if got, err := ParseLevel(in); got != want || err != nil {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, want := range map[string]Outcome{"diusulkan": Proposed, "dicadangkan": Proposed, "dibahas": Discussed, "dibincangkan": Discussed,
		"dipersetujui": Agreed, "disepakati": Agreed, "tidak dipersetujui": NotAgreed} {
		if got, err := ParseOutcome(in); got != want || err != nil {
			t.Errorf("ParseOutcome(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if got := District.Label(language.Malay); got != "peringkat bahagian" {
		t.Errorf("District.Label(ms) = %q", got)
	}
}

// FuzzReadSessionsCSV checks that ReadSessionsCSV never panics, that its
// errors are *ParseError values inside the input, and that every row is
// loaded or reported: for text without quotes, rows in (counted by
// countRows, without the reader) = rows loaded + rows reported, where the
// problems Validate finds afterwards (Section set) point at rows already
// loaded and are not counted again.
func FuzzReadSessionsCSV(f *testing.F) {
	for _, name := range []string{"testdata/real/sosek-news-sessions.csv", "testdata/real/sosek-items-ms.csv"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("forum,level,session,dates,city,venue,host,mode,source,note\nkalbar-sarawak,regional,33,23-25 Oktober 2017,Singkawang,,Indonesia,tatap muka,seed 000,\n"))
	f.Add([]byte("Judul;Tarikh\nSidang ke-26 (7) KK/JKK Sosek Malindo Kaltara–Sabah tahun 2024;16 hingga 19 Julai 2024\n"))
	f.Add([]byte("Sidang,Forum,Tanggal\n3,Kabupaten Sanggau - Distrik Serian,Oktober 2023\nPekan Olahraga Sosek Malindo ke-22,Sanggau-Serian,7/10/2023\n"))
	f.Add([]byte("forum,session\nkalbar-sarawak,ke-37\nJakarta,1\nk,\"2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, loaded, err := readSessionsCSV(bytes.NewReader(data))
		pes := parseErrors(t, err)
		rows := 0
		for _, pe := range pes {
			if pe.Line < 1 || pe.Column < 1 || pe.Offset < 0 || pe.Offset > int64(len(data))*2+2 {
				t.Fatalf("error at %d:%d (offset %d): %v", pe.Line, pe.Column, pe.Offset, pe)
			}
			if pe.Section == "" {
				rows++
			}
		}
		if d == nil {
			if loaded != 0 || len(pes) != 1 {
				t.Fatalf("no dataset, %d rows loaded, %d errors", loaded, len(pes))
			}
			return // the header: the whole file reported
		}
		if len(d.Sessions) != loaded {
			t.Fatalf("%d sessions from %d rows loaded", len(d.Sessions), loaded)
		}
		simple := !bytes.ContainsAny(data, "\"\x00") && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) && !bytes.HasPrefix(data, []byte{0xff, 0xfe})
		in := countRows(string(data))
		if simple && in != loaded+rows {
			t.Fatalf("rows in %d != rows loaded %d + rows reported %d (%v)", in, loaded, rows, err)
		}
		if !simple && bytes.IndexByte(data, 0) < 0 && loaded+rows > in {
			t.Fatalf("rows loaded %d + rows reported %d > lines %d", loaded, rows, in)
		}
		for i := range d.Sessions {
			d.Title(&d.Sessions[i], language.Malay)
		}
		// What a file without problems gives writes, reads and writes
		// again to the same bytes.
		if err != nil {
			return
		}
		var first, second bytes.Buffer
		if err := WriteSessionsCSV(&first, d, SessionsCSVOptions{}); err != nil {
			t.Fatal(err)
		}
		back, err := ReadSessionsCSV(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("reading what was written: %v\n%s", err, first.String())
		}
		if err := WriteSessionsCSV(&second, back, SessionsCSVOptions{}); err != nil {
			t.Fatal(err)
		}
		if first.String() != second.String() {
			t.Fatalf("written, read and written again:\n%s", cmp.Diff(first.String(), second.String()))
		}
	})
}

// TestReadCSV checks how ReadCSV tells the two forms apart and where it
// reports problems of items read against a base.
func TestReadCSV(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		base     *Dataset
		items    int // items read; -1 for no dataset
		sessions int
		errs     []string
	}{
		{"items header without a session", "Rujukan,Tajuk\nA,b\n", History(), -1, 0,
			[]string{`1:1: syntax error: header lacks the column "session"`}},
		{"unknown session, against History", "forum,ref,session,outcome\nkalbar-sarawak,A,99,dicadangkan\nkalbar-sarawak,B,36,dibincangkan\n", History(), 2, len(History().Sessions),
			[]string{`2:1: items[0].history[0].session: item kalbar-sarawak "A": no session 99 in forum "kalbar-sarawak"`}},
		{"unknown session, no base", "forum,ref,session,outcome\nkalbar-sarawak,A,99,diusulkan\n", nil, 1, 0, nil},
		{"sessions", "Forum,Sidang,Tarikh\nKaltara-Sabah,26 (7),Julai 2024\n", nil, 0, 1, nil},
		{"empty", "", nil, -1, 0, []string{`1:1: syntax error: empty input, want a header`}},
	} {
		d, err := ReadCSV(strings.NewReader(tt.in), tt.base)
		var got []string
		for _, e := range unjoin(err) {
			if e != nil {
				got = append(got, e.Error())
			}
		}
		if diff := cmp.Diff(tt.errs, got); diff != "" {
			t.Errorf("%s: errors mismatch (-want +got):\n%s", tt.name, diff)
		}
		items, sessions := -1, 0
		if d != nil {
			items, sessions = len(d.Items), len(d.Sessions)
		}
		if items != tt.items || sessions != tt.sessions {
			t.Errorf("%s: %d items, %d sessions; want %d, %d", tt.name, items, sessions, tt.items, tt.sessions)
		}
	}
}

// BenchmarkReadItemsCSV reads 10,000 rows with Malay and Indonesian
// headers, a forum written as a pair of names and a proposer region,
// which are resolved once per distinct cell.
func BenchmarkReadItemsCSV(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("Forum,Rujukan,Tajuk,Pencadang,Sidang,Keputusan\n")
	for i := range 10000 {
		buf.WriteString("Kalbar-Sarawak,R" + strconv.Itoa(i) + ",Judul,Kalimantan Barat,36,dibahas\n")
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadItemsCSV(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWriteSessionsCSVRoundTrip writes the sessions of the embedded record
// and of a district forum as CSV, reads them back and writes them again:
// the two files are the same bytes, and every session keeps its forum,
// number, dates, place, host, mode, first source and note.
func TestWriteSessionsCSVRoundTrip(t *testing.T) {
	district := &Dataset{
		Forums:   []Forum{{ID: "sanggau-serian", Level: District, Districts: Districts{"61.03", "MY-13.12"}}},
		Sessions: []Session{{Forum: "sanggau-serian", Number: 3, Second: 1, Event: Event{Within: date.InMonth(2023, 10), City: "Serian", HostSide: Malaysia, Note: "=1+1"}}},
	}
	for name, d := range map[string]*Dataset{"history": History(), "district": district, "district, verbatim": district} {
		// By default "=1+1" is written "'=1+1" and read back "=1+1".
		opt := SessionsCSVOptions{Verbatim: strings.HasSuffix(name, "verbatim")}
		var first, second bytes.Buffer
		if err := WriteSessionsCSV(&first, d, opt); err != nil {
			t.Fatal(err)
		}
		back, err := ReadSessionsCSV(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("%s: reading what was written: %v\n%s", name, err, first.String())
		}
		if err := WriteSessionsCSV(&second, back, opt); err != nil {
			t.Fatal(err)
		}
		if want := ",'=1+1,"; strings.HasPrefix(name, "district") && strings.Contains(first.String(), want) == opt.Verbatim {
			t.Errorf("%s: formula neutralised %v, want %v:\n%s", name, opt.Verbatim, !opt.Verbatim, first.String())
		}
		if diff := cmp.Diff(first.String(), second.String()); diff != "" {
			t.Errorf("%s: written, read and written again (-first +second):\n%s", name, diff)
		}
		type kept struct {
			Forum          string
			Number, Second int
			Dates          date.Range
			Within         date.Partial
			City, Venue    string
			HostSide       Side
			Host           string
			Mode           Mode
			Note           string
			Unconfirmed    bool
		}
		project := func(d *Dataset) []kept {
			var out []kept
			for _, s := range d.Sessions {
				if !s.Dates.IsZero() {
					s.Within = date.Partial{} // the days say more than the month around them
				}
				out = append(out, kept{s.Forum, s.Number, s.Second, s.Dates, s.Within, s.City, s.Venue, s.HostSide, s.Host, s.Mode, s.Note, s.Unconfirmed})
			}
			return out
		}
		if diff := cmp.Diff(project(d), project(back)); diff != "" {
			t.Errorf("%s: sessions read back (-written +read):\n%s", name, diff)
		}
	}
}

// TestRead tells the JSON form from CSV by the first byte, with positions
// in errors those of the input.
func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		sessions int
		err      string
	}{
		{"json", "\ufeff\n  {\"forums\": [{\"id\": \"kalbar-sarawak\", \"level\": \"regional\", \"pair\": \"kalbar-sarawak\"}], \"sessions\": [{\"forum\": \"kalbar-sarawak\", \"number\": 33}]}", 1, ""},
		{"csv", "forum,session\nkalbar-sarawak,33\nkalbar-sarawak,34\n", 2, ""},
		{"csv after blank lines, positions kept", "\n\nforum,session\nkalbar-sarawak,x\n", 0, `4:16: session: syntax error: session "x" is not a number of 1 or more`},
		{"empty", "", 0, "1:1: syntax error: empty input, want a header"},
	}
	for _, tt := range tests {
		d, err := Read(strings.NewReader(tt.in), nil)
		got, msg := 0, ""
		if d != nil {
			got = len(d.Sessions)
		}
		if err != nil {
			msg = err.Error()
		}
		if got != tt.sessions || msg != tt.err {
			t.Errorf("%s: Read = %d sessions, %q; want %d, %q", tt.name, got, msg, tt.sessions, tt.err)
		}
	}
}
