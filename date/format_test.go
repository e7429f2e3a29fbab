package date

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var (
	tagID   = language.Indonesian
	tagMS   = language.Malay
	tagMSBN = language.MustParse("ms-BN")
	tagEN   = language.English
	tagUS   = language.AmericanEnglish
	allTags = []language.Tag{tagID, tagMS, tagMSBN, tagEN, tagUS, language.French, language.MustParse("id-ID"), {}}
)

func TestFormat(t *testing.T) {
	sep12 := Date{2017, 9, 12}
	aug7 := Date{2019, 8, 7}
	tests := []struct {
		tag   language.Tag
		style Style
		d     Date
		want  string
	}{
		{tagID, Long, sep12, "12 September 2017"},
		{tagID, Full, sep12, "Selasa, 12 September 2017"},
		{tagID, Medium, sep12, "12 Sep 2017"},
		{tagID, Short, sep12, "12/09/2017"},
		{tagID, Long, aug7, "7 Agustus 2019"},
		{tagID, Full, aug7, "Rabu, 7 Agustus 2019"},
		{tagID, Medium, aug7, "7 Agu 2019"},
		{tagID, Short, aug7, "07/08/2019"},
		{tagID, Full, Date{2024, 12, 1}, "Minggu, 1 Desember 2024"},
		{tagID, Full, Date{2024, 11, 15}, "Jumat, 15 November 2024"},
		{tagID, Medium, Date{2017, 10, 23}, "23 Okt 2017"},
		{tagID, Long, Date{2020, 3, 1}, "1 Maret 2020"},

		{tagMS, Long, aug7, "7 Ogos 2019"},
		{tagMS, Full, aug7, "Rabu, 7 Ogos 2019"},
		{tagMS, Medium, aug7, "7 Ogo 2019"},
		{tagMS, Short, aug7, "07/08/2019"},
		{tagMS, Full, Date{2023, 5, 28}, "Ahad, 28 Mei 2023"},
		{tagMS, Full, Date{2022, 6, 9}, "Khamis, 9 Jun 2022"},
		{tagMS, Full, Date{2019, 8, 5}, "Isnin, 5 Ogos 2019"},
		{tagMS, Full, Date{2024, 11, 15}, "Jumaat, 15 November 2024"},
		{tagMS, Long, Date{2020, 3, 1}, "1 Mac 2020"},
		{tagMS, Long, Date{2020, 7, 1}, "1 Julai 2020"},
		{tagMS, Medium, Date{2020, 12, 1}, "1 Dis 2020"},
		{tagMSBN, Full, aug7, "Rabu, 7 Ogos 2019"},
		{tagMSBN, Long, Date{2017, 12, 28}, "28 Disember 2017"},

		{tagEN, Long, aug7, "7 August 2019"},
		{tagEN, Full, aug7, "Wednesday, 7 August 2019"},
		{tagEN, Medium, aug7, "7 Aug 2019"},
		{tagEN, Short, aug7, "07/08/2019"},
		{tagUS, Short, aug7, "08/07/2019"},
		{language.French, Long, aug7, "7 August 2019"}, // unsupported: English
		{language.Tag{}, Full, aug7, "Wednesday, 7 August 2019"},

		{tagID, Long, Date{45, 1, 2}, "2 Januari 0045"},
		{tagID, Long, Date{}, ""},
		{tagID, Long, Date{2017, 2, 30}, "2017-02-30"},
		{tagID, Style(9), sep12, "12 September 2017"},
	}
	for _, tt := range tests {
		f := Formatter{Lang: tt.tag, Style: tt.style}
		if got := f.Format(tt.d); got != tt.want {
			t.Errorf("Formatter{%v, %v}.Format(%v) = %q, want %q", tt.tag, tt.style, tt.d, got, tt.want)
		}
		if got := string(f.Append([]byte("x"), tt.d)); got != "x"+tt.want {
			t.Errorf("Formatter{%v, %v}.Append(%v) = %q, want %q", tt.tag, tt.style, tt.d, got, "x"+tt.want)
		}
	}
}

func TestFormatRange(t *testing.T) {
	rng := func(a, b string) Range { return Range{MustParseISO(a), MustParseISO(b)} }
	tests := []struct {
		tag   language.Tag
		style Style
		r     Range
		want  string
	}{
		{tagID, Long, rng("2017-10-23", "2017-10-25"), "23–25 Oktober 2017"},
		{tagID, Long, rng("2017-09-30", "2017-10-02"), "30 September – 2 Oktober 2017"},
		{tagID, Long, rng("2017-12-28", "2018-01-03"), "28 Desember 2017 – 3 Januari 2018"},
		{tagID, Long, YearRange(2013), "2013"},
		{tagID, Long, Range{YearRange(2015).Start, YearRange(2016).End}, "2015–2016"},
		{tagID, Long, MonthRange(2017, time.October), "Oktober 2017"},
		{tagID, Long, rng("2017-10-01", "2017-12-31"), "Oktober–Desember 2017"},
		{tagID, Long, rng("2022-01-01", "2022-11-30"), "Januari–November 2022"},
		{tagID, Long, rng("2017-12-01", "2018-01-31"), "Desember 2017 – Januari 2018"},
		{tagID, Long, rng("2017-09-12", "2017-09-12"), "12 September 2017"},
		{tagID, Full, rng("2017-10-23", "2017-10-25"), "Senin, 23 Oktober 2017 – Rabu, 25 Oktober 2017"},
		{tagID, Full, YearRange(2013), "2013"},
		{tagID, Full, rng("2017-09-12", "2017-09-12"), "Selasa, 12 September 2017"},
		{tagID, Medium, rng("2017-10-23", "2017-10-25"), "23–25 Okt 2017"},
		{tagID, Medium, rng("2017-10-01", "2017-12-31"), "Okt–Des 2017"},
		{tagID, Medium, rng("2017-09-30", "2017-10-02"), "30 Sep – 2 Okt 2017"},
		{tagID, Short, rng("2017-10-23", "2017-10-25"), "23/10/2017 – 25/10/2017"},
		{tagID, Short, YearRange(2013), "01/01/2013 – 31/12/2013"},

		{tagMS, Long, rng("2017-10-23", "2017-10-25"), "23–25 Oktober 2017"},
		{tagMS, Long, rng("2019-07-30", "2019-08-02"), "30 Julai – 2 Ogos 2019"},
		{tagMS, Long, rng("2017-12-28", "2018-01-03"), "28 Disember 2017 – 3 Januari 2018"},
		{tagMS, Medium, rng("2019-08-01", "2019-12-31"), "Ogo–Dis 2019"},
		{tagMS, Full, rng("2019-08-05", "2019-08-07"), "Isnin, 5 Ogos 2019 – Rabu, 7 Ogos 2019"},
		{tagMSBN, Long, MonthRange(2019, time.August), "Ogos 2019"},

		{tagEN, Long, rng("2017-10-23", "2017-10-25"), "23–25 October 2017"},
		{tagEN, Long, rng("2017-09-30", "2017-10-02"), "30 September – 2 October 2017"},
		{tagEN, Long, Range{YearRange(2015).Start, YearRange(2016).End}, "2015–2016"},
		{tagEN, Medium, MonthRange(2017, time.October), "Oct 2017"},
		{tagUS, Short, rng("2017-10-23", "2017-10-25"), "10/23/2017 – 10/25/2017"},

		{tagID, Long, Range{}, ""},
		{tagID, Long, rng("2017-10-25", "2017-10-23"), "2017-10-25/2017-10-23"},
	}
	for _, tt := range tests {
		f := Formatter{Lang: tt.tag, Style: tt.style}
		if got := f.FormatRange(tt.r); got != tt.want {
			t.Errorf("Formatter{%v, %v}.FormatRange(%v) = %q, want %q", tt.tag, tt.style, tt.r, got, tt.want)
		}
	}
}

// testDates are dates that exercise every month and weekday, leap days,
// year ends and the edges of the valid years.
func testDates() []Date {
	var ds []Date
	for d := (Date{2016, 12, 25}); d.Before(Date{2018, 1, 10}); d = d.AddDays(1) {
		ds = append(ds, d)
	}
	return append(ds, Date{2024, 2, 29}, Date{2000, 2, 29}, Date{1, 1, 1}, Date{9999, 12, 31}, Date{1983, 11, 14}, Date{45, 6, 7})
}

// TestRoundTrip checks Parse(Format(d)) == d for every style and language.
func TestRoundTrip(t *testing.T) {
	for _, tag := range allTags {
		for _, style := range []Style{Long, Full, Medium, Short} {
			f := Formatter{Lang: tag, Style: style}
			for _, d := range testDates() {
				s := f.Format(d)
				got, err := Parse(s, tag)
				if err != nil {
					t.Fatalf("Parse(%q, %v) for %v: %v", s, tag, d, err)
				}
				if got != d {
					t.Fatalf("Parse(%q, %v) = %v, want %v", s, tag, got, d)
				}
			}
		}
	}
}

// TestRoundTripRange checks ParseRange(FormatRange(r)) == r for every
// style and language over ranges of every shape.
func TestRoundTripRange(t *testing.T) {
	var rs []Range
	ds := testDates()
	for i, d := range ds {
		if i%5 != 0 && i < len(ds)-6 {
			continue // every fifth day of the span, and the special dates
		}
		for _, n := range []int{0, 1, 2, 5, 30, 31, 58, 200, 365, 400} {
			rs = append(rs, Range{d, d.AddDays(n)})
		}
		rs = append(rs, YearRange(d.Year), MonthRange(d.Year, d.Month), QuarterRange(d.Year, i%4+1))
	}
	rs = append(rs, Range{YearRange(2015).Start, YearRange(2016).End}, Range{Date{2017, 12, 1}, Date{2018, 2, 28}})
	for _, tag := range fuzzTags {
		for _, style := range []Style{Long, Full, Medium, Short} {
			f := Formatter{Lang: tag, Style: style}
			for _, r := range rs {
				if !r.IsValid() {
					continue
				}
				s := f.FormatRange(r)
				got, err := ParseRange(s, tag)
				if err != nil {
					t.Fatalf("ParseRange(%q, %v) for %v: %v", s, tag, r, err)
				}
				if diff := cmp.Diff(r, got); diff != "" {
					t.Fatalf("ParseRange(%q, %v) mismatch (-want +got):\n%s", s, tag, diff)
				}
			}
		}
	}
}

func TestStyle(t *testing.T) {
	for _, s := range []Style{Long, Full, Medium, Short} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Style
		if err := got.UnmarshalText(b); err != nil || got != s {
			t.Errorf("Style round trip %v: got %v, %v", s, got, err)
		}
	}
	for in, want := range map[string]Style{"LONG": Long, "panjang": Long, "Lengkap": Full, "penuh": Full, "sedang": Medium, "pendek": Short} {
		if got, err := ParseStyle(in); err != nil || got != want {
			t.Errorf("ParseStyle(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseStyle("tiny"); err == nil {
		t.Errorf("ParseStyle(tiny): no error")
	}
	if got := Style(7).String(); got != "%!Style(7)" {
		t.Errorf("Style(7).String() = %q", got)
	}
	if _, err := Style(-1).MarshalText(); err == nil {
		t.Errorf("Style(-1).MarshalText: no error")
	}
}
