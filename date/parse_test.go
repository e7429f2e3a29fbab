package date

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

const (
	nbsp   = "\u00a0"
	narrow = "\u202f"
)

// parseTests are the forms of the issue, DESIGN.md and the seeds, and
// their variants. Each is read in every language unless tags says otherwise.
var parseTests = []struct {
	in   string
	want Date
	tags []language.Tag // nil: all
}{
	// Seeds and issue.
	{"12 September 2017", Date{2017, 9, 12}, nil},
	{"tanggal 12 September 2017", Date{2017, 9, 12}, nil},
	{"pada tanggal 12 September 2017", Date{2017, 9, 12}, nil},
	{"pada tanggal 6 Februari 2007", Date{2007, 2, 6}, nil},
	{"14 Nopember tahun 1983", Date{1983, 11, 14}, nil},
	{"21 Desember 1985", Date{1985, 12, 21}, nil},
	{"11 Januari 1999", Date{1999, 1, 11}, nil},
	{"02 September 2018", Date{2018, 9, 2}, nil},
	{"2017-09-12", Date{2017, 9, 12}, nil},
	{"Rabu, 7/8/2019", Date{2019, 8, 7}, nil},
	{"Kamis (9/6/2022)", Date{2022, 6, 9}, nil},
	{"Kamis (27/10/2022)", Date{2022, 10, 27}, nil},
	{"Ahad (28/5/2023)", Date{2023, 5, 28}, nil},
	{"Minggu, 1 Desember 2024", Date{2024, 12, 1}, nil},
	{"Jum'at, 15 November 2024", Date{2024, 11, 15}, nil},
	{"12hb September 2017", Date{2017, 9, 12}, nil},
	{"7 August 2019", Date{2019, 8, 7}, nil},
	{"August 7, 2019", Date{2019, 8, 7}, nil},
	// Spelling variants.
	{"6 Pebruari 2007", Date{2007, 2, 6}, nil},
	{"6 Febuari 2007", Date{2007, 2, 6}, nil},
	{"14 Nop 1983", Date{1983, 11, 14}, nil},
	{"7 Agt 2019", Date{2019, 8, 7}, nil},
	{"7 Ags 2019", Date{2019, 8, 7}, nil},
	{"7 Agu 2019", Date{2019, 8, 7}, nil},
	{"7 Agst. 2019", Date{2019, 8, 7}, nil},
	{"12 Sept 2017", Date{2017, 9, 12}, nil},
	{"12 Sept. 2017", Date{2017, 9, 12}, nil},
	{"12 Sep 2017", Date{2017, 9, 12}, nil},
	{"21 Des 1985", Date{1985, 12, 21}, nil},
	{"1 Mrt 2020", Date{2020, 3, 1}, nil},
	{"Jumat, 15 November 2024", Date{2024, 11, 15}, nil},
	{"Jum’at, 15 November 2024", Date{2024, 11, 15}, nil},
	{"JUM'AT, 15 NOVEMBER 2024", Date{2024, 11, 15}, nil},
	{"jumat (15/11/2024)", Date{2024, 11, 15}, nil},
	{"Ahad, 1 Desember 2024", Date{2024, 12, 1}, nil},
	{"Selasa, 12-09-2017", Date{2017, 9, 12}, nil},
	{"Selasa, 12.09.2017", Date{2017, 9, 12}, nil},
	{"12-Sep-2017", Date{2017, 9, 12}, nil},
	{"12/Sept/2017", Date{2017, 9, 12}, nil},
	{"2017/09/12", Date{2017, 9, 12}, nil},
	{"7 Agustus 2019 (Rabu)", Date{2019, 8, 7}, nil},
	{"Hari/Tanggal: Rabu, 7 Agustus 2019", Date{2019, 8, 7}, nil},
	{"Hari/Tanggal : Rabu/7 Agustus 2019", Date{2019, 8, 7}, nil},
	{"Hari, tanggal: Rabu / 7 Agustus 2019", Date{2019, 8, 7}, nil},
	{"Hari/Tgl: Rabu, 07-08-2019", Date{2019, 8, 7}, nil},
	{"pada hari Rabu tanggal 7 Agustus 2019", Date{2019, 8, 7}, nil},
	{"pada hari Rabu, tanggal 7 Agustus 2019.", Date{2019, 8, 7}, nil},
	{"Rabu 7 Agustus 2019", Date{2019, 8, 7}, nil},
	{"tgl. 7 Agt 2019", Date{2019, 8, 7}, nil},
	{"(Rabu, 7/8/2019)", Date{2019, 8, 7}, nil},
	{"7 Agustus 2019 M", Date{2019, 8, 7}, nil},
	{"14 Nopember th. 1983", Date{1983, 11, 14}, nil},
	{"14 November thn 1983", Date{1983, 11, 14}, nil},
	{"pada tanggal 21 September 2012;", Date{2012, 9, 21}, nil},
	{"12 September 2017,", Date{2017, 9, 12}, nil},
	{"tertanggal 11 Januari 1999", Date{1999, 1, 11}, nil},
	{"bertanggal 11 Januari 1999", Date{1999, 1, 11}, nil},
	{"per tanggal 1 Januari 2023", Date{2023, 1, 1}, nil},
	{"2019-8-7", Date{2019, 8, 7}, nil},
	// Spacing and case.
	{"12" + nbsp + "September" + nbsp + "2017", Date{2017, 9, 12}, nil},
	{"12" + narrow + "September" + narrow + "2017", Date{2017, 9, 12}, nil},
	{"  12   september\t2017  ", Date{2017, 9, 12}, nil},
	{"RABU, 7/8/2019", Date{2019, 8, 7}, nil},
	{"Rabu,7/8/2019", Date{2019, 8, 7}, nil},
	{"Rabu, 7 / 8 / 2019", Date{2019, 8, 7}, nil},
	{"Rabu,\u00a07/8/2019", Date{2019, 8, 7}, nil},
	{"\ufeffRabu, 7/8/2019", Date{2019, 8, 7}, nil},
	// Malay.
	{"7 Ogos 2019", Date{2019, 8, 7}, nil},
	{"Rabu, 7 Ogos 2019", Date{2019, 8, 7}, nil},
	{"7 Ogo 2019", Date{2019, 8, 7}, nil},
	{"1 Mac 2020", Date{2020, 3, 1}, nil},
	{"1 Julai 2020", Date{2020, 7, 1}, nil},
	{"28 Disember 2017", Date{2017, 12, 28}, nil},
	{"Isnin, 5 Ogos 2019", Date{2019, 8, 5}, nil},
	{"Khamis, 9 Jun 2022", Date{2022, 6, 9}, nil},
	{"Jumaat, 15 November 2024", Date{2024, 11, 15}, nil},
	{"12hb. September 2017", Date{2017, 9, 12}, nil},
	{"12 hb September 2017", Date{2017, 9, 12}, nil},
	{"12 haribulan September 2017", Date{2017, 9, 12}, nil},
	{"pada 12hb September 2017", Date{2017, 9, 12}, nil},
	{"tarikh: 12 September 2017", Date{2017, 9, 12}, nil},
	{"bertarikh 12hb September 2017", Date{2017, 9, 12}, nil},
	{"30 Ogos, 2003", Date{2003, 8, 30}, nil},
	{"30hb. Ogos 2003", Date{2003, 8, 30}, nil},
	{"30 OGOS 2003.", Date{2003, 8, 30}, nil},
	{"Tarikh : 15 Oktober 2008", Date{2008, 10, 15}, nil},
	{"bertarikh 01 Oktober 1980", Date{1980, 10, 1}, nil},
	{"Jumaat, 15hb November 2024", Date{2024, 11, 15}, nil},
	// English.
	{"Wednesday, 7 August 2019", Date{2019, 8, 7}, nil},
	{"Wednesday, August 7, 2019", Date{2019, 8, 7}, nil},
	{"Wed, 7 Aug 2019", Date{2019, 8, 7}, nil},
	{"Aug. 7, 2019", Date{2019, 8, 7}, nil},
	{"August 7th, 2019", Date{2019, 8, 7}, nil},
	{"7th August 2019", Date{2019, 8, 7}, nil},
	{"the 7th of August 2019", Date{2019, 8, 7}, nil},
	{"on 1st March 2020", Date{2020, 3, 1}, nil},
	{"22nd May 2020", Date{2020, 5, 22}, nil},
	{"23rd October 2017", Date{2017, 10, 23}, nil},
	{"dated 23 October 2017", Date{2017, 10, 23}, nil},
	// Numeric order: day first, except for en-US.
	{"7/8/2019", Date{2019, 8, 7}, []language.Tag{tagID, tagMS, tagMSBN, tagEN}},
	{"8/7/2019", Date{2019, 8, 7}, []language.Tag{tagUS}},
	{"13/8/2019", Date{2019, 8, 13}, []language.Tag{tagID, tagMS, tagEN}},
	// The most tokens a date may have.
	{strings.Repeat("pada ", 27) + "7/8/2019", Date{2019, 8, 7}, nil},
}

// numericDMY matches a numeric date that is not year first; en-US reads
// those month first, so they are tested in the other languages.
var numericDMY = regexp.MustCompile(`(^|[^0-9])[0-9]{1,2} ?[-/.] ?[0-9]{1,2} ?[-/.] ?[0-9]{4}`)

// tagsFor returns the languages in which in reads as written.
func tagsFor(in string, tags []language.Tag) []language.Tag {
	if tags != nil {
		return tags
	}
	if numericDMY.MatchString(in) {
		return []language.Tag{tagID, tagMS, tagMSBN, tagEN, language.French, {}}
	}
	return allTags
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		tags := tagsFor(tt.in, tt.tags)
		for _, tag := range tags {
			got, err := Parse(tt.in, tag)
			if err != nil {
				t.Errorf("Parse(%q, %v): %v", tt.in, tag, err)
				continue
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q, %v) mismatch (-want +got):\n%s", tt.in, tag, diff)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in      string
		tag     language.Tag
		wantErr error
		at      string // the input from the offset of the error
	}{
		{"31 Februari 2017", tagID, ErrRange, "31 Februari 2017"},
		{"29 Februari 2023", tagID, ErrRange, "29 Februari 2023"},
		{"7/13/2019", tagID, ErrRange, "13/2019"},
		{"32/1/2019", tagID, ErrRange, "32/1/2019"},
		{"0/1/2019", tagID, ErrRange, "0/1/2019"},
		{"0-Sep-2019", tagID, ErrRange, "0-Sep-2019"},
		{"1/0/2019", tagID, ErrRange, "0/2019"},
		{"0 Januari 2019", tagID, ErrRange, "0 Januari 2019"},
		{"1 Januari 0000", tagID, ErrRange, "0000"},
		{"13/8/2019", tagUS, ErrRange, "13/8/2019"},
		{"Senin, 7/8/2019", tagID, ErrWeekday, "Senin, 7/8/2019"},
		{"Senin, 12-09-2017", tagID, ErrWeekday, "Senin, 12-09-2017"},
		{"Kamis (9/6/2021)", tagID, ErrWeekday, "Kamis (9/6/2021)"},
		{"7 Agustus 2019 (Selasa)", tagID, ErrWeekday, "Selasa)"},
		{"7/8/19", tagID, ErrSyntax, "19"},
		{"12 Sep 17", tagID, ErrSyntax, "17"},
		{"Oktober 2017", tagID, ErrSyntax, "Oktober 2017"},
		{"2017", tagID, ErrSyntax, "2017"},
		{"23-25 Oktober 2017", tagID, ErrSyntax, "-25 Oktober 2017"},
		{"12 September", tagID, ErrSyntax, ""},
		{"12", tagID, ErrSyntax, ""},
		{"12 Septober 2017", tagID, ErrSyntax, "Septober 2017"},
		{"12 September 2017 pukul 10.00", tagID, ErrSyntax, "pukul 10.00"},
		{"Rabu", tagID, ErrSyntax, ""},
		{"Rabu, Agustus 2019", tagID, ErrSyntax, "Rabu, Agustus 2019"},
		{"Kamis (9/6/2022", tagID, ErrSyntax, ""},
		{"", tagID, ErrSyntax, ""},
		{"   ", tagID, ErrSyntax, ""},
		{"12 September 2017 #", tagID, ErrSyntax, "#"},
		{"12 Sépt 2017", tagID, ErrSyntax, "Sépt 2017"},
		{"12\xff September 2017", tagID, ErrSyntax, "\xff September 2017"},
		{"12 September 20170", tagID, ErrSyntax, "20170"},
		{"123 September 2017", tagID, ErrSyntax, "123 September 2017"},
		{"7-8/2019", tagID, ErrSyntax, "-8/2019"},
		{"Serang, 7 Agustus 2019", tagID, ErrSyntax, "Serang, 7 Agustus 2019"},
		{"Rabo, 7/8/2019", tagID, ErrSyntax, "Rabo, 7/8/2019"},
		{"Minggu ke-2 Oktober 2017", tagID, ErrSyntax, "ke-2 Oktober 2017"},
		{strings.Repeat("1 ", 200), tagID, ErrSyntax, strings.Repeat("1 ", 200)},
		// Numeric forms at the very end of the token array.
		{strings.Repeat("pada ", 30) + "7 /", tagID, ErrSyntax, "/"},
		{strings.Repeat("pada ", 29) + "7 / 8", tagID, ErrSyntax, "/ 8"},
		{strings.Repeat("pada ", 28) + "7 / 8 /", tagID, ErrSyntax, "/ 8 /"},
		{strings.Repeat("pada ", 28) + "7/8/2019", tagID, ErrSyntax, "2019"},
		{strings.Repeat("pada ", 30) + "Rabu (", tagID, ErrSyntax, ""},
		{strings.Repeat("pada ", 29) + "7 Agustus", tagID, ErrSyntax, ""},
		{strings.Repeat("a", MaxInput+1), tagID, ErrSyntax, strings.Repeat("a", MaxInput+1)},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, tt.tag)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("Parse(%q, %v) = %v, %v; want error %v", tt.in, tt.tag, got, err, tt.wantErr)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) error %T is not *ParseError", tt.in, err)
			continue
		}
		if pe.Input != tt.in || pe.Func != "Parse" {
			t.Errorf("Parse(%q) error names %q in %s", tt.in, pe.Input, pe.Func)
		}
		if at := tt.in[pe.Offset:]; at != tt.at {
			t.Errorf("Parse(%q) error at %q, want at %q (%v)", tt.in, at, tt.at, err)
		}
		if got != (Date{}) {
			t.Errorf("Parse(%q) returned %v with an error", tt.in, got)
		}
	}
}

func TestParseWeekdayMessage(t *testing.T) {
	_, err := Parse("Senin, 7/8/2019", tagID)
	want := `date.Parse("Senin, 7/8/2019"): weekday Senin does not match 2019-08-07, a Wednesday`
	if err == nil || err.Error() != want {
		t.Errorf("Parse error = %v\nwant %s", err, want)
	}
}

var parseRangeTests = []struct {
	in   string
	want Range
}{
	// Seeds and issue.
	{"23 – 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23-25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23–25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"pada tanggal 23 – 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"30 September - 2 Oktober 2017", Range{Date{2017, 9, 30}, Date{2017, 10, 2}}},
	{"28 Desember 2017 s.d. 3 Januari 2018", Range{Date{2017, 12, 28}, Date{2018, 1, 3}}},
	{"28 Desember 2017 s/d 3 Januari 2018", Range{Date{2017, 12, 28}, Date{2018, 1, 3}}},
	{"28 Desember 2017 sampai 3 Januari 2018", Range{Date{2017, 12, 28}, Date{2018, 1, 3}}},
	{"28 Desember 2017 sampai dengan 3 Januari 2018", Range{Date{2017, 12, 28}, Date{2018, 1, 3}}},
	{"28 Desember 2017 hingga 3 Januari 2018", Range{Date{2017, 12, 28}, Date{2018, 1, 3}}},
	{"28 Disember 2017 hingga 3 Januari 2018", Range{Date{2017, 12, 28}, Date{2018, 1, 3}}},
	{"28 December 2017 to 3 January 2018", Range{Date{2017, 12, 28}, Date{2018, 1, 3}}},
	{"tahun 2013", YearRange(2013)},
	{"2013", YearRange(2013)},
	{"Tahun 2013", YearRange(2013)},
	{"2015-2016", Range{Date{2015, 1, 1}, Date{2016, 12, 31}}},
	{"2015 – 2016", Range{Date{2015, 1, 1}, Date{2016, 12, 31}}},
	{"tahun 2015 s.d. 2016", Range{Date{2015, 1, 1}, Date{2016, 12, 31}}},
	{"2017-2022", Range{Date{2017, 1, 1}, Date{2022, 12, 31}}},
	{"Oktober 2017", MonthRange(2017, 10)},
	{"bulan Oktober 2017", MonthRange(2017, 10)},
	{"Okt 2017", MonthRange(2017, 10)},
	{"Oktober tahun 2017", MonthRange(2017, 10)},
	{"Tahun Anggaran 2022", YearRange(2022)},
	{"TA. 2022", YearRange(2022)},
	{"Thn 2013", YearRange(2013)},
	{"tahun 2013,", YearRange(2013)},
	{"2015-2016.", Range{Date{2015, 1, 1}, Date{2016, 12, 31}}},
	// Beyond the listed strings.
	{"1 Juli s/d 30 September 2020", Range{Date{2020, 7, 1}, Date{2020, 9, 30}}},
	{"23-25 Okt 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23 s.d 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23 sd 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23 S.D. 25 OKTOBER 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"tanggal 23 s.d. tanggal 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23 sampai dgn 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23 -- 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23 — 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23" + nbsp + "–" + nbsp + "25" + narrow + "Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"(23–25 Oktober 2017)", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"Senin, 23 Oktober 2017 – Rabu, 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"Senin (23/10/2017) s.d. Rabu (25/10/2017)", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23/10/2017 - 25/10/2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23-10-2017 - 25-10-2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"2017-10-23/2017-10-25", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"2017-10-23/25", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"2017-10-23 s.d. 2017-10-25", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"Oktober – Desember 2017", Range{Date{2017, 10, 1}, Date{2017, 12, 31}}},
	{"Okt-Des 2017", Range{Date{2017, 10, 1}, Date{2017, 12, 31}}},
	{"Desember 2017 – Januari 2018", Range{Date{2017, 12, 1}, Date{2018, 1, 31}}},
	{"Januari–November 2022", Range{Date{2022, 1, 1}, Date{2022, 11, 30}}},
	{"Januari s.d. November 2022", Range{Date{2022, 1, 1}, Date{2022, 11, 30}}},
	{"2022 (sampai November)", Range{Date{2022, 1, 1}, Date{2022, 11, 30}}},
	{"2022 (s.d. November)", Range{Date{2022, 1, 1}, Date{2022, 11, 30}}},
	{"2022, to November", Range{Date{2022, 1, 1}, Date{2022, 11, 30}}},
	{"2022 (Januari–November)", Range{Date{2022, 1, 1}, Date{2022, 11, 30}}},
	{"2022 (Januari - November 2022)", Range{Date{2022, 1, 1}, Date{2022, 11, 30}}},
	{"Triwulan III 2022", QuarterRange(2022, 3)},
	{"triwulan 3 tahun 2022", QuarterRange(2022, 3)},
	{"TW IV 2022", QuarterRange(2022, 4)},
	{"Kuartal III-2022", QuarterRange(2022, 3)},
	{"Q4 2022", QuarterRange(2022, 4)},
	{"Q1 2022", QuarterRange(2022, 1)},
	{"Triwulan I – III 2022", Range{Date{2022, 1, 1}, Date{2022, 9, 30}}},
	{"Semester I 2022", Range{Date{2022, 1, 1}, Date{2022, 6, 30}}},
	{"Semester II 2022", Range{Date{2022, 7, 1}, Date{2022, 12, 31}}},
	{"12 September 2017", Range{Date{2017, 9, 12}, Date{2017, 9, 12}}},
	{"Rabu, 7/8/2019", Range{Date{2019, 8, 7}, Date{2019, 8, 7}}},
	{"Senin – Rabu, 23 – 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"Sabtu-Minggu, 23-24 November 2024", Range{Date{2024, 11, 23}, Date{2024, 11, 24}}},
	{"1-3 Juli 2020", Range{Date{2020, 7, 1}, Date{2020, 7, 3}}},
	{"30 Juni-2 Juli 2020", Range{Date{2020, 6, 30}, Date{2020, 7, 2}}},
	{"Hari/Tanggal: Senin s.d. Rabu / 23 s.d. 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	// Malay.
	{"23 hingga 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	// Two consecutive days joined by "dan" / "and".
	{"tanggal 23 dan 24 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 24}}},
	{"31 Oktober dan 1 November 2017", Range{Date{2017, 10, 31}, Date{2017, 11, 1}}},
	{"7 and 8 August 2019", Range{Date{2019, 8, 7}, Date{2019, 8, 8}}},
	{"31 Desember 2017 dan 1 Januari 2018", Range{Date{2017, 12, 31}, Date{2018, 1, 1}}},
	{"1 Januari sehingga 31 Disember 2020", Range{Date{2020, 1, 1}, Date{2020, 12, 31}}},
	{"dari 30 Julai hingga 2 Ogos 2019", Range{Date{2019, 7, 30}, Date{2019, 8, 2}}},
	{"12hb hingga 14hb September 2017", Range{Date{2017, 9, 12}, Date{2017, 9, 14}}},
	{"Julai–Disember 2020", Range{Date{2020, 7, 1}, Date{2020, 12, 31}}},
	{"Ogos 2019", MonthRange(2019, 8)},
	{"Isnin hingga Rabu, 5 hingga 7 Ogos 2019", Range{Date{2019, 8, 5}, Date{2019, 8, 7}}},
	{"12 hingga 14hb September 2017", Range{Date{2017, 9, 12}, Date{2017, 9, 14}}},
	// English.
	{"August 7–9, 2019", Range{Date{2019, 8, 7}, Date{2019, 8, 9}}},
	{"August 7 to August 9, 2019", Range{Date{2019, 8, 7}, Date{2019, 8, 9}}},
	{"7 to 9 August 2019", Range{Date{2019, 8, 7}, Date{2019, 8, 9}}},
	{"from 7 until 9 August 2019", Range{Date{2019, 8, 7}, Date{2019, 8, 9}}},
	{"July 30 – August 2, 2019", Range{Date{2019, 7, 30}, Date{2019, 8, 2}}},
	{"October through December 2017", Range{Date{2017, 10, 1}, Date{2017, 12, 31}}},
	{"Oct. 23-25, 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"23rd–25th October 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
	{"Dec 2017-Jan 2018", Range{Date{2017, 12, 1}, Date{2018, 1, 31}}},
}

func TestParseRange(t *testing.T) {
	for _, tt := range parseRangeTests {
		for _, tag := range tagsFor(tt.in, nil) {
			got, err := ParseRange(tt.in, tag)
			if err != nil {
				t.Errorf("ParseRange(%q, %v): %v", tt.in, tag, err)
				continue
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseRange(%q, %v) mismatch (-want +got):\n%s", tt.in, tag, diff)
			}
		}
	}
}

func TestParseRangeErrors(t *testing.T) {
	tests := []struct {
		in      string
		wantErr error
		at      string
	}{
		{"25 – 23 Oktober 2017", ErrRange, "23 Oktober 2017"},
		{"23 dan 25 Oktober 2017", ErrSyntax, "dan 25 Oktober 2017"},
		{"24 dan 23 Oktober 2017", ErrRange, "23 Oktober 2017"},
		{"Oktober dan November 2017", ErrSyntax, "dan November 2017"},
		{"3 Januari 2018 s.d. 28 Desember 2017", ErrRange, "28 Desember 2017"},
		{"2016-2015", ErrRange, "2015"},
		{"Desember – Oktober 2017", ErrRange, "Oktober 2017"},
		{"2017-10-25/2017-10-23", ErrRange, "2017-10-23"},
		{"30 – 31 Februari 2017", ErrRange, "30 – 31 Februari 2017"},
		{"1 – 31 Februari 2017", ErrRange, "31 Februari 2017"},
		{"Senin, 23 Oktober 2017 – Selasa, 25 Oktober 2017", ErrWeekday, "Selasa, 25 Oktober 2017"},
		{"23 – 25 Oktober", ErrSyntax, ""},
		{"23 – 25", ErrSyntax, ""},
		{"Oktober – Desember", ErrSyntax, ""},
		{"7 Agustus 2019 – 9 Agustus", ErrSyntax, ""},
		{"2015 – Oktober 2017", ErrSyntax, "Oktober 2017"},
		{"1 Juli – September 2020", ErrSyntax, "September 2020"},
		{"Oktober 2017 – 2018", ErrSyntax, "2018"},
		{"23 – 25 Oktober 2017 –", ErrSyntax, "–"},
		{"23 – 25 – 27 Oktober 2017", ErrSyntax, "27 Oktober 2017"},
		{"Senin – Rabu, 23 Oktober 2017", ErrSyntax, "Senin – Rabu, 23 Oktober 2017"},
		{"Senin – Rabu, 24 – 25 Oktober 2017", ErrWeekday, "Senin – Rabu, 24 – 25 Oktober 2017"},
		{"Senin – Rabu, 23 Oktober 2017 – Rabu, 25 Oktober 2017", ErrSyntax, "Senin – Rabu, 23 Oktober 2017 – Rabu, 25 Oktober 2017"},
		{"2022 – November", ErrSyntax, "November"},
		{"2022 (sampai November", ErrSyntax, ""},
		{"2022 (Januari–November 2021)", ErrSyntax, "2021)"},
		{"2022 (November)", ErrSyntax, ")"},
		{"Triwulan V 2022", ErrSyntax, "V 2022"},
		{"Semester III 2022", ErrSyntax, "III 2022"},
		{"s.d. November 2022", ErrSyntax, "s.d. November 2022"},
		{"2015/2016", ErrSyntax, "/2016"},
		{"sejak 2016", ErrSyntax, "sejak 2016"},
		{"Januari 2023 s.d. sekarang", ErrSyntax, "sekarang"},
		{"", ErrSyntax, ""},
	}
	for _, tt := range tests {
		got, err := ParseRange(tt.in, tagID)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseRange(%q) = %v, %v; want error %v", tt.in, got, err, tt.wantErr)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseRange(%q) error %T is not *ParseError", tt.in, err)
			continue
		}
		if at := tt.in[pe.Offset:]; at != tt.at {
			t.Errorf("ParseRange(%q) error at %q, want at %q (%v)", tt.in, at, tt.at, err)
		}
	}
}
