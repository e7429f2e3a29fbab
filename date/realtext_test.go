package date

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// realDates are dates copied as they appear in real documents and press
// reports (the source of each is noted), with the date each must read as,
// or the error it must give. They are also seeds of FuzzParse.
var realDates = []struct {
	in   string
	tag  language.Tag
	want Date
	err  error // if not nil, the sentinel the *ParseError must wrap
}{
	// channel9.id and kontan.co.id, Kemendagri APBD revenue, July 2021.
	{"per 15 Juli 2021", tagID, Date{2021, 7, 15}, nil},
	{"Senin 19 Juli 2021", tagID, Date{2021, 7, 19}, nil},
	{"Selasa (20/7)", tagID, Date{}, ErrSyntax}, // no year: news style, not a date
	// bisnis.com, Kalbar exports, July 2018.
	{"Selasa (3/7/2018)", tagID, Date{2018, 7, 3}, nil},
	// kabar24.bisnis.com and tribunnews: the weekdays in the sources are
	// wrong (4/11/2017 was a Saturday, 3/3/2017 a Friday).
	{"Senin (4/11/2017)", tagID, Date{}, ErrWeekday},
	{"Senin (3/3/2017)", tagID, Date{}, ErrWeekday},
	// antaranews Kalbar, 2012: the date, and the date with a time.
	{"Kamis, 1 November 2012", tagID, Date{2012, 11, 1}, nil},
	{"Kamis, 1 November 2012 18:24 WIB", tagID, Date{}, ErrSyntax},
	// khabarmetro.com, Sosek Malindo Riau–Melaka 2023.
	{"Minggu , 28 April 2024", tagID, Date{2024, 4, 28}, nil},
	{"Selasa pagi (12/9/2023)", tagID, Date{2023, 9, 12}, nil},
	// batas-negeri.com, Sosek Malindo Kaltara–Sabah 2024.
	{"Kamis, 18 Juli 2024", tagID, Date{2024, 7, 18}, nil},
	{"8 November 2024", tagID, Date{2024, 11, 8}, nil},
	// Risalah sidang Mahkamah Konstitusi, 2018.
	{"RABU, 14 MARET 2018", tagID, Date{2018, 3, 14}, nil},
	{"Rabu, 14 Maret 2018, Pukul 13.36 – 13.58 WIB", tagID, Date{}, ErrSyntax},
	// Penyata Rasmi Dewan Rakyat, 2018 and 2020.
	{"Isnin 12 November 2018", tagMS, Date{2018, 11, 12}, nil},
	{"Khamis 26 November 2020", tagMS, Date{2020, 11, 26}, nil},
	{"Isnin, 30 November 2020", tagMS, Date{2020, 11, 30}, nil},
	// Pemberitahuan pertanyaan Dewan Rakyat (mp-bakri blog), 2010.
	{"28 JUN 2010 (ISNIN)", tagMS, Date{2010, 6, 28}, nil},
	// Brunei Legislative Council Hansard (queeniecy.com), 2025.
	{"4TH MARCH 2025", tagEN, Date{2025, 3, 4}, nil},
	{"04 March 2025", tagEN, Date{2025, 3, 4}, nil},
	// KOMAS annual report (anyflip), Malaysia.
	{"31 Disember 2019", tagMS, Date{2019, 12, 31}, nil},
	// HPEQ contract, Ditjen Dikti 2010 (adoc.pub): the date in figures and
	// in words, as the opening of a contract writes it.
	{"23 Oktober 2010", tagID, Date{2010, 10, 23}, nil},
	{"Sabtu tanggal Dua Puluh Tiga bulan Oktober tahun Dua Ribu Sepuluh", tagID, Date{2010, 10, 23}, nil},
	{"Pada hari ini Sabtu tanggal Dua Puluh Tiga bulan Oktober tahun Dua Ribu Sepuluh", tagID, Date{2010, 10, 23}, nil},
	{"tanggal 2 Januari 2010", tagID, Date{2010, 1, 2}, nil},
	{"Tanggal 24 Agustus 2010", tagID, Date{2010, 8, 24}, nil},
	{"9 Desember 2009", tagID, Date{2009, 12, 9}, nil},
	// Kemsos contract addendum 2023 (scribd).
	{"Minggu tanggal (Tiga Puluh Satu) bulan Desember tahun dua ribu dua puluh tiga", tagID, Date{2023, 12, 31}, nil},
	{"Tanggal : 31 Desember 2023", tagID, Date{2023, 12, 31}, nil},
	{"Tanggal 3 Oktober 2022", tagID, Date{2022, 10, 3}, nil},
	// SPK BPIP 2021 (scribd).
	{"18 November 2021", tagID, Date{2021, 11, 18}, nil},
	// Financial statements: Terregra, Harum Energy, Hasnur (123dok), Tugu,
	// LAJU (IDX filings), PTPP (beritamoneter.com).
	{"30 June 2023", tagEN, Date{2023, 6, 30}, nil},
	{"June 30, 2022", tagEN, Date{2022, 6, 30}, nil},
	{"MARCH 31, 2022", tagEN, Date{2022, 3, 31}, nil},
	{"31 MARET 2022", tagID, Date{2022, 3, 31}, nil},
	{"Januari 1, 2020", tagID, Date{2020, 1, 1}, nil},
	{"31 Desember 2020", tagID, Date{2020, 12, 31}, nil},
	{"31/03/2023", tagID, Date{2023, 3, 31}, nil},
	{"30/06/2023", tagID, Date{2023, 6, 30}, nil},
	{"Per 30 Juni 2023", tagID, Date{2023, 6, 30}, nil},
	// johor.gov.my, 2018 (Malay month, English order).
	{"Mac 8, 2018", tagMS, Date{2018, 3, 8}, nil},
	{"bertarikh 12 Februari 2018", tagMS, Date{2018, 2, 12}, nil},
	{"Jumaat, 23 Mac 2018", tagMS, Date{2018, 3, 23}, nil},
	// Surat Pekeliling Am, MAMPU 2013, and MQA 2008.
	{"Tarikh : 13 Februari 2013", tagMS, Date{2013, 2, 13}, nil},
	{"Tarikh : 15 Oktober 2008", tagMS, Date{2008, 10, 15}, nil},
	// PDA circular, JPM 2005: the Hijri date before the Gregorian one.
	{"9 Ramadhan 1426H 13 Oktober 2005", tagMS, Date{}, ErrSyntax},
	// e-tatatertib.jpm.gov.my, fliphtml5 (SJK text), BSM circular (scribd),
	// klhive.com.
	{"20 Jan 2012", tagMS, Date{2012, 1, 20}, nil},
	{"16 September 1963", tagMS, Date{1963, 9, 16}, nil},
	{"1 JANUARI 1974", tagMS, Date{1974, 1, 1}, nil},
	{"2 September 1968", tagMS, Date{1968, 9, 2}, nil},
	{"1 April 2008", tagMS, Date{2008, 4, 1}, nil},
	// The Edge CEO Morning Brief, 2021 and 2024.
	{"THURSDAY, FEBRUARY 29, 2024", tagEN, Date{2024, 2, 29}, nil},
	{"July 18, 2021", tagEN, Date{2021, 7, 18}, nil},
	{"Aug 15", tagEN, Date{}, ErrSyntax},
	// jpnn.com 2025: the date, and the news style without a year.
	{"2 September 2025", tagID, Date{2025, 9, 2}, nil},
	{"Jumat (5/8)", tagID, Date{}, ErrSyntax},
	// Brunei blogs (bruneiresources, bruneigoldenlegacy, kopitalkmho).
	{"Thursday, October 30, 2014", tagEN, Date{2014, 10, 30}, nil},
	{"Wednesday, November 14, 2007", tagEN, Date{2007, 11, 14}, nil},
	{"Friday, March 21, 2025", tagEN, Date{2025, 3, 21}, nil},
	{"20 March 2025", tagEN, Date{2025, 3, 20}, nil},
	// The English forms of the brief (issue 3).
	{"7th August 2019", tagEN, Date{2019, 8, 7}, nil},
	{"7 Aug. 2019", tagEN, Date{2019, 8, 7}, nil},
	{"Aug 7 2019", tagEN, Date{2019, 8, 7}, nil},
}

// realRanges are periods copied as they appear in real documents and press
// reports, with the range each must read as, or the error it must give.
var realRanges = []struct {
	in   string
	tag  language.Tag
	want Range
	err  error
}{
	// berikabarnews.com and jpnn.com, Sidang ke-40 Sosek Malindo 2025.
	{"18–19 November 2025", tagID, Range{Date{2025, 11, 18}, Date{2025, 11, 19}}, nil},
	{"18 s.d 19 November 2025", tagID, Range{Date{2025, 11, 18}, Date{2025, 11, 19}}, nil},
	// batas-negeri.com, Sidang ke-26 KK/JKK Sosek Malindo Kaltara–Sabah.
	{"dari tanggal 16 hingga 19 Juli 2024", tagID, Range{Date{2024, 7, 16}, Date{2024, 7, 19}}, nil},
	// khabarmetro.com: the year is given elsewhere in the article.
	{"11-14 September", tagID, Range{}, ErrSyntax},
	// tvsarawak.my, Persidangan DUN Sarawak 2024.
	{"(6 Mei-15 Mei 2024)", tagMS, Range{Date{2024, 5, 6}, Date{2024, 5, 15}}, nil},
	// adekristiantoifpi.blogspot.com: a place before the range.
	{"Yogyakarta 15 s.d. 19 Oktober 2019", tagID, Range{}, ErrSyntax},
	{"15 s.d. 19 Oktober 2019", tagID, Range{Date{2019, 10, 15}, Date{2019, 10, 19}}, nil},
	// BPS Kalbar via antaranews, kabar24, prokal: months of a year.
	{"Januari - September 2017", tagID, Range{Date{2017, 1, 1}, Date{2017, 9, 30}}, nil},
	{"Januari-Oktober 2017", tagID, Range{Date{2017, 1, 1}, Date{2017, 10, 31}}, nil},
	{"periode Januari - September 2023", tagID, Range{Date{2023, 1, 1}, Date{2023, 9, 30}}, nil},
	{"dari Januari hingga September 2012", tagID, Range{Date{2012, 1, 1}, Date{2012, 9, 30}}, nil},
	// Bernama (Malay), FDI 2019–2023.
	{"tempoh 2019 hingga 2023", tagMS, Range{Date{2019, 1, 1}, Date{2023, 12, 31}}, nil},
	// jpnn.com, SOKSI 2025; 123dok thesis 2010; Kemenkeu 2017.
	{"periode 2025-2030", tagID, Range{Date{2025, 1, 1}, Date{2030, 12, 31}}, nil},
	{"periode 2006-2007", tagID, Range{Date{2006, 1, 1}, Date{2007, 12, 31}}, nil},
	{"tahun 2016-2017", tagID, Range{Date{2016, 1, 1}, Date{2017, 12, 31}}, nil},
	// beritamoneter.com, PTPP.
	{"Semester I-2023", tagID, Range{Date{2023, 1, 1}, Date{2023, 6, 30}}, nil},
	// The slash form of quarterly reports.
	{"Kuartal III/2022", tagID, Range{Date{2022, 7, 1}, Date{2022, 9, 30}}, nil},
	// Kemsos addendum and SPK BPIP: the fiscal year.
	{"TAHUN ANGGARAN 2023", tagID, YearRange(2023), nil},
	{"Tahun Anggaran 2021", tagID, YearRange(2021), nil},
	// KOMAS report (Malaysia): a two-year session is refused, as it may
	// be a fiscal year (see the package documentation).
	{"2019/2020", tagMS, Range{}, ErrSyntax},
	// e-tatatertib.jpm.gov.my: months without a year.
	{"Januari hingga Disember", tagMS, Range{}, ErrSyntax},
	// malaysiaretailnews.blogspot.com (The Star): no year.
	{"Aug 21 to 22", tagEN, Range{}, ErrSyntax},
	// Open periods, as reports write "until" a date: refused, with a
	// message that says the start is missing.
	{"s.d. 31 Desember 2022", tagID, Range{}, ErrSyntax},
	{"hingga 30 November 2022", tagID, Range{}, ErrSyntax},
	{"sampai dengan 30 November 2022", tagID, Range{}, ErrSyntax},
	// The brief: a partial year to a day, and the trade tables' forms.
	{"2022 (sampai 30 November)", tagID, Range{Date{2022, 1, 1}, Date{2022, 11, 30}}, nil},
	{"2022, s.d. 30 November 2022", tagID, Range{Date{2022, 1, 1}, Date{2022, 11, 30}}, nil},
	{"2022 (sampai 30 November 2021)", tagID, Range{}, ErrSyntax},
	{"2022 (sampai 31 November)", tagID, Range{}, ErrRange},
	{"2022 (sampai November)", tagID, Range{Date{2022, 1, 1}, Date{2022, 11, 30}}, nil},
}

func TestRealDates(t *testing.T) {
	for _, tt := range realDates {
		got, err := Parse(tt.in, tt.tag)
		checkReal(t, "Parse", tt.in, tt.tag, tt.want, got, tt.err, err)
	}
	for _, tt := range realRanges {
		got, err := ParseRange(tt.in, tt.tag)
		checkReal(t, "ParseRange", tt.in, tt.tag, tt.want, got, tt.err, err)
	}
}

func checkReal[T any](t *testing.T, fn, in string, tag language.Tag, want, got T, wantErr, err error) {
	t.Helper()
	if wantErr != nil {
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, wantErr) {
			t.Errorf("%s(%q, %v) = %v, %v; want a *ParseError wrapping %v", fn, in, tag, got, err, wantErr)
		}
		return
	}
	if err != nil {
		t.Errorf("%s(%q, %v): %v", fn, in, tag, err)
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s(%q, %v) mismatch (-want +got):\n%s", fn, in, tag, diff)
	}
}

func TestRealDateMessages(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"s.d. 31 Desember 2022", `date.ParseRange("s.d. 31 Desember 2022"): a range without its start: give the first day or month (1 Januari s.d. 31 Desember 2022)`},
		{"Selasa (20/7)", `date.ParseRange("Selasa (20/7)"): day and month without a year: the year is needed (20/7/2021) (at "/7)")`},
	} {
		_, err := ParseRange(tt.in, tagID)
		if err == nil {
			t.Errorf("ParseRange(%q) succeeded", tt.in)
			continue
		}
		if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
			t.Errorf("ParseRange(%q) message mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestWordsDates covers dates written out in words, with their errors.
func TestWordsDates(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Date
		err  error
	}{
		{"tanggal dua puluh tiga Oktober 2010", Date{2010, 10, 23}, nil},
		{"tanggal 23 bulan Oktober tahun 2010", Date{2010, 10, 23}, nil},
		{"tanggal Dua Puluh Tiga bulan Oktober tahun Dua Ribu Sepuluh (23-10-2010)", Date{2010, 10, 23}, nil},
		{"tanggal satu bulan Juni tahun dua ribu dua puluh", Date{2020, 6, 1}, nil},
		{"tanggal sebelas bulan Mei tahun seribu sembilan ratus sembilan puluh delapan", Date{1998, 5, 11}, nil},
		{"tanggal lapan belas bulan Ogos tahun dua ribu sembilan belas", Date{2019, 8, 18}, nil},
		{"tanggal Dua Puluh Tiga bulan Oktober tahun Dua Ribu Sepuluh (24-10-2010)", Date{}, ErrSyntax},
		{"tanggal tiga dua bulan Oktober tahun 2010", Date{}, ErrSyntax},
		{"tanggal tiga puluh dua bulan Oktober tahun 2010", Date{}, ErrRange},
		{"tanggal dua puluh bulan tahun 2010", Date{}, ErrSyntax},
		{"tanggal (dua puluh bulan Oktober 2010", Date{}, ErrSyntax},
		{"tanggal tiga puluh satu bulan Februari tahun dua ribu", Date{}, ErrRange},
		{"Senin tanggal dua puluh tiga bulan Oktober tahun dua ribu sepuluh", Date{}, ErrWeekday},
		{"tanggal puluh bulan Oktober 2010", Date{}, ErrSyntax},
		{"tanggal dua ribu bulan Oktober 2010", Date{}, ErrRange},
	} {
		got, err := Parse(tt.in, tagID)
		checkReal(t, "Parse", tt.in, tagID, tt.want, got, tt.err, err)
	}
}
