package date_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

func ExampleFormatter_Format() {
	d := date.Date{Year: 2019, Month: time.August, Day: 7}
	for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
		for _, style := range []date.Style{date.Long, date.Full, date.Medium, date.Short} {
			fmt.Printf("%-3v %-7v %s\n", tag, style, date.Formatter{Lang: tag, Style: style}.Format(d))
		}
	}
	// Output:
	// id  long    7 Agustus 2019
	// id  full    Rabu, 7 Agustus 2019
	// id  medium  7 Agu 2019
	// id  short   07/08/2019
	// ms  long    7 Ogos 2019
	// ms  full    Rabu, 7 Ogos 2019
	// ms  medium  7 Ogo 2019
	// ms  short   07/08/2019
	// en  long    7 August 2019
	// en  full    Wednesday, 7 August 2019
	// en  medium  7 Aug 2019
	// en  short   07/08/2019
}

func ExampleFormatter_FormatRange() {
	f := date.Formatter{Lang: language.Indonesian}
	session := date.Range{
		Start: date.Date{Year: 2017, Month: time.October, Day: 23},
		End:   date.Date{Year: 2017, Month: time.October, Day: 25},
	}
	fmt.Println(f.FormatRange(session))
	fmt.Println(f.FormatRange(date.Range{
		Start: date.Date{Year: 2017, Month: time.December, Day: 28},
		End:   date.Date{Year: 2018, Month: time.January, Day: 3},
	}))
	fmt.Println(f.FormatRange(date.YearRange(2013)))
	fmt.Println(f.FormatRange(date.Range{Start: date.YearRange(2015).Start, End: date.YearRange(2016).End}))
	fmt.Println(f.FormatRange(date.MonthRange(2017, time.October)))
	fmt.Println(date.Formatter{Lang: language.English}.FormatRange(session))
	// Output:
	// 23–25 Oktober 2017
	// 28 Desember 2017 – 3 Januari 2018
	// 2013
	// 2015–2016
	// Oktober 2017
	// 23–25 October 2017
}

func ExampleParse() {
	for _, s := range []string{
		"Rabu, 7/8/2019",
		"14 Nopember tahun 1983",
		"Jum'at, 15 November 2024",
		"12hb September 2017",
		"August 7, 2019",
	} {
		d, err := date.Parse(s, language.Indonesian)
		fmt.Println(d, err)
	}
	_, err := date.Parse("Senin, 7/8/2019", language.Indonesian)
	fmt.Println(errors.Is(err, date.ErrWeekday), err)
	_, err = date.Parse("31 Februari 2017", language.Indonesian)
	fmt.Println(errors.Is(err, date.ErrRange), err)
	// Output:
	// 2019-08-07 <nil>
	// 1983-11-14 <nil>
	// 2024-11-15 <nil>
	// 2017-09-12 <nil>
	// 2019-08-07 <nil>
	// true date.Parse("Senin, 7/8/2019"): weekday Senin does not match 2019-08-07, a Wednesday
	// true date.Parse("31 Februari 2017"): day 31 out of range for February 2017
}

func ExampleParseRange() {
	for _, s := range []string{
		"23 – 25 Oktober 2017",
		"28 Desember 2017 s.d. 3 Januari 2018",
		"tahun 2013",
		"2015-2016",
		"2022 (sampai November)",
	} {
		r, err := date.ParseRange(s, language.Indonesian)
		fmt.Println(r, r.Days(), r.IsWholeYear(), err)
	}
	// Output:
	// 2017-10-23/2017-10-25 3 false <nil>
	// 2017-12-28/2018-01-03 7 false <nil>
	// 2013-01-01/2013-12-31 365 true <nil>
	// 2015-01-01/2016-12-31 731 false <nil>
	// 2022-01-01/2022-11-30 334 false <nil>
}

func ExampleDate_AddMonths() {
	signed := date.Date{Year: 2024, Month: time.January, Day: 31}
	fmt.Println(signed.AddMonths(1))
	fmt.Println(signed.AddMonths(13))
	// Output:
	// 2024-02-29
	// 2025-02-28
}

func ExampleFormatOrdinal() {
	fmt.Println("Sidang " + date.FormatOrdinal(33, language.Indonesian))
	fmt.Println("the " + date.FormatOrdinal(33, language.English) + " session")
	fmt.Println("LoI Tahap " + date.FormatRoman(3))
	n, _ := date.ParseOrdinal("kali ke-33", language.Indonesian)
	r, _ := date.ParseRoman("II")
	fmt.Println(n, r)
	// Output:
	// Sidang ke-33
	// the 33rd session
	// LoI Tahap III
	// 33 2
}
