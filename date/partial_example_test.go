package date_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"golang.org/x/text/language"
)

func ExampleParsePartial() {
	// Dates as the seeds give them: Tangerang Selatan–Timrå signed "pada
	// tanggal 2013", Tangerang Selatan–Daejeon on 21 February 2016.
	for _, s := range []string{"tanggal 2013", "Februari 2016", "Nopember 2022", "21 Februari 2016", "2016-02", "2015-2016"} {
		p, err := date.ParsePartial(s, language.Indonesian)
		if err != nil {
			fmt.Printf("%-18q error: %v\n", s, errors.Is(err, date.ErrSyntax))
			continue
		}
		fmt.Printf("%-18q %-10v %v\n", s, p, p.Precision())
	}
	// Output:
	// "tanggal 2013"     2013       year
	// "Februari 2016"    2016-02    month
	// "Nopember 2022"    2022-11    month
	// "21 Februari 2016" 2016-02-21 day
	// "2016-02"          2016-02    month
	// "2015-2016"        error: true
}

func ExampleMustParsePartial() {
	p := date.MustParsePartial("2022-06")
	fmt.Println(p.Year, p.Month, p.Day)
	// Output: 2022 June 0
}

func ExamplePartialOf() {
	p := date.PartialOf(date.Date{Year: 2016, Month: time.February, Day: 21})
	fmt.Println(p, p.Precision())
	// Output: 2016-02-21 day
}

func ExampleInYear() {
	p := date.InYear(2013)
	fmt.Println(p, p.First(), p.Last())
	// Output: 2013 2013-01-01 2013-12-31
}

func ExampleInMonth() {
	p := date.InMonth(2023, time.September)
	fmt.Println(p, p.Span())
	// Output: 2023-09 2023-09-01/2023-09-30
}

func ExamplePartial_HappenedBy() {
	// Business matching dated only "2022" has certainly happened once the
	// whole of 2022 has passed, not before.
	matching := date.InYear(2022)
	for _, d := range []date.Date{{Year: 2022, Month: 6, Day: 9}, {Year: 2022, Month: 12, Day: 30}, {Year: 2022, Month: 12, Day: 31}} {
		fmt.Println(d, matching.HappenedBy(d))
	}
	fmt.Println(date.InMonth(2022, time.June).HappenedBy(date.Date{Year: 2022, Month: 6, Day: 30}))
	// Output:
	// 2022-06-09 false
	// 2022-12-30 false
	// 2022-12-31 true
	// true
}

func ExamplePartial_Span() {
	for _, p := range []date.Partial{date.InYear(2013), date.InMonth(2016, time.February), date.PartialOf(date.Date{Year: 2016, Month: 2, Day: 21})} {
		fmt.Printf("%q %v %v\n", p, p.Span(), p.Span().Days())
	}
	// Output:
	// "2013" 2013-01-01/2013-12-31 365
	// "2016-02" 2016-02-01/2016-02-29 29
	// "2016-02-21" 2016-02-21/2016-02-21 1
}

func ExamplePartial_First() {
	fmt.Println(date.InMonth(2016, time.February).First())
	// Output: 2016-02-01
}

func ExamplePartial_Last() {
	// Recency counts from the last day a partial date may stand for.
	fmt.Println(date.InMonth(2016, time.February).Last())
	// Output: 2016-02-29
}

func ExamplePartial_IsValid() {
	fmt.Println(date.InYear(2013).IsValid(), date.Partial{Year: 2016, Month: 2, Day: 30}.IsValid(), date.Partial{}.IsValid())
	// Output: true false false
}

func ExamplePartial_IsZero() {
	var signed date.Partial // not recorded
	fmt.Println(signed.IsZero(), signed.Precision(), signed.HappenedBy(date.Date{Year: 2000, Month: 1, Day: 1}))
	// Output: true none true
}

func ExamplePartial_Precision() {
	for _, p := range []date.Partial{{Year: 2013}, {Year: 2016, Month: 2}, {Year: 2016, Month: 2, Day: 21}} {
		fmt.Println(p, p.Precision(), p.Precision().Label(language.Indonesian))
	}
	// Output:
	// 2013 year tahun
	// 2016-02 month bulan
	// 2016-02-21 day hari
}

func ExamplePartial_String() {
	fmt.Println(date.InYear(2013).String(), date.InMonth(2016, time.February).String(), date.Partial{Year: 2016, Month: 13}.String())
	// Output: 2013 2016-02 2016-13
}

func ExamplePartial_AppendText() {
	b, err := date.InMonth(2023, time.September).AppendText([]byte("within: "))
	fmt.Println(string(b), err)
	// Output: within: 2023-09 <nil>
}

func ExamplePartial_MarshalText() {
	type activity struct {
		Date        date.Partial `json:"date,omitzero"`
		Description string       `json:"description"`
	}
	b, _ := json.Marshal([]activity{{date.InYear(2022), "business matching"}, {date.Partial{}, "undated"}})
	fmt.Println(string(b))
	// Output: [{"date":"2022","description":"business matching"},{"description":"undated"}]
}

func ExamplePartial_UnmarshalText() {
	var p date.Partial
	err := p.UnmarshalText([]byte("2016-02"))
	fmt.Println(p, err)
	err = p.UnmarshalText([]byte("Februari 2016")) // documents' forms: ParsePartial
	fmt.Println(errors.Is(err, date.ErrSyntax))
	// Output:
	// 2016-02 <nil>
	// true
}

func ExampleFormatter_FormatPartial() {
	// As the source gives it: "sejak 2022", never "sejak 31 Desember 2022".
	ps := []date.Partial{date.InYear(2022), date.InMonth(2022, time.June), date.PartialOf(date.Date{Year: 2022, Month: 6, Day: 9})}
	for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
		f := date.Formatter{Lang: tag}
		fmt.Printf("%v: %s | %s | %s\n", tag, f.FormatPartial(ps[0]), f.FormatPartial(ps[1]), f.FormatPartial(ps[2]))
	}
	fmt.Println(date.Formatter{Lang: language.Indonesian, Style: date.Medium}.FormatPartial(ps[1]))
	// Output:
	// id: 2022 | Juni 2022 | 9 Juni 2022
	// ms: 2022 | Jun 2022 | 9 Jun 2022
	// en: 2022 | June 2022 | 9 June 2022
	// Jun 2022
}

func ExampleFormatter_AppendPartial() {
	f := date.Formatter{Lang: language.Indonesian}
	b := f.AppendPartial([]byte("sejak "), date.InYear(2022))
	fmt.Println(string(b))
	// Output: sejak 2022
}

func ExamplePrecision_Label() {
	for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
		fmt.Println(date.PrecisionMonth.Label(tag))
	}
	// Output:
	// bulan
	// bulan
	// month
}

func ExampleParsePrecision() {
	p, err := date.ParsePrecision("Tahun")
	fmt.Println(p, err)
	// Output: year <nil>
}
