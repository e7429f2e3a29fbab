package money_test

import (
	"errors"
	"fmt"
	"time"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/money"
)

func ExampleFormatter_Format() {
	a := money.Rupiah(100387357175)
	for _, f := range []money.Formatter{
		{Lang: language.Indonesian},
		{Lang: language.Indonesian, Style: money.Compact},
		{Lang: language.Indonesian, Style: money.Words},
		{Lang: language.English, Style: money.Compact},
		{Lang: language.Malay, Style: money.Compact, Digits: 1},
	} {
		fmt.Println(f.Format(a))
	}
	fmt.Println(money.Formatter{Lang: language.Indonesian, Full: true}.Format(money.Rupiah(5000)))
	fmt.Println(money.Formatter{Lang: language.Malay}.Format(money.FromMinor(172599, money.MYR)))
	// Output:
	// Rp100.387.357.175
	// Rp100,39 miliar
	// seratus miliar tiga ratus delapan puluh tujuh juta tiga ratus lima puluh tujuh ribu seratus tujuh puluh lima rupiah
	// Rp100.39 billion
	// Rp100.4 bilion
	// Rp5.000,00
	// RM1,725.99
}

func ExampleFormatter_Append() {
	buf := make([]byte, 0, 64)
	f := money.Formatter{Lang: language.Indonesian}
	for _, v := range []int64{5000, 18000000000} {
		buf = f.Append(buf[:0], money.Rupiah(v)) // no allocation
		fmt.Println(string(buf))
	}
	// Output:
	// Rp5.000
	// Rp18.000.000.000
}

func ExampleParse() {
	for _, s := range []string{"Rp. 100.387.357.175", "Rp 1.186.868,-", "Rp1,3 miliar", "US$2.77 miliar", "1.725,99 juta dolar AS", "(Rp5.000)"} {
		a, err := money.Parse(s, language.Indonesian)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(a)
	}
	a, _ := money.Parse("RM12.7bn", language.Malay)
	fmt.Println(a)
	// Output:
	// IDR 100387357175
	// IDR 1186868
	// IDR 1300000000
	// USD 2770000000
	// USD 1725990000
	// IDR -5000
	// MYR 12700000000
}

func ExampleParse_errors() {
	_, err := money.Parse("Rp 1.186.86", language.Indonesian)
	fmt.Println(err)
	fmt.Println(errors.Is(err, money.ErrSyntax))
	_, err = money.Parse("Rp 1,1866", language.Indonesian)
	fmt.Println(errors.Is(err, money.ErrRange))
	// Output:
	// money.Parse("Rp 1.186.86"): "." before only two digits, not a group of three; if they are hundredths, this language marks them with "," (1.000.000,00) (at ".86")
	// true
	// true
}

func ExampleAmount_Add() {
	var total money.Amount // no currency yet
	for _, v := range []int64{5000, 2500} {
		total, _ = total.Add(money.Rupiah(v))
	}
	fmt.Println(total)
	_, err := total.Add(money.Ringgit(1))
	fmt.Println(err, errors.Is(err, money.ErrCurrencyMismatch))
	// Output:
	// IDR 7500
	// money: IDR 7500 Add MYR 1: currency mismatch true
}

func ExampleAmount_Ratio() {
	exports, imports := money.Rupiah(150), money.Rupiah(120)
	r, _ := exports.Ratio(imports)
	fmt.Printf("coverage %.2f\n", r)
	// Output: coverage 1.25
}

func ExampleSum() {
	total, err := money.Sum(money.Ringgit(600), money.Ringgit(600), money.FromMinor(50, money.MYR))
	fmt.Println(total, err)
	// Output: MYR 1200.50 <nil>
}

func ExampleSpellOut() {
	fmt.Println(money.SpellOut(2017, language.Indonesian))
	fmt.Println(money.SpellOut(-1018, language.Malay))
	fmt.Println(money.SpellOut(1_000_000_000, language.English))
	// Output:
	// dua ribu tujuh belas
	// negatif seribu lapan belas
	// one billion
}

func ExampleRate() {
	// Rupiah per US dollar, as an Indonesian table writes it.
	r, err := money.NewRate(currency.USD, currency.IDR, "15.731,50", language.Indonesian, time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r)
	idr, _ := r.Convert(money.USDollar(330_000_000))
	fmt.Println(money.Formatter{Lang: language.Indonesian, Style: money.Compact}.Format(idr))
	cents, _ := r.Convert(money.FromMinor(3, currency.USD)) // Rp471,945: half to even
	fmt.Println(money.Formatter{Lang: language.Indonesian}.Format(cents))
	usd, _ := r.Convert(money.Rupiah(1_000_000))
	fmt.Println(usd)
	// Output:
	// USD/IDR 15731.5 2024-01-02
	// Rp5,19 triliun
	// Rp471,94
	// USD 63.57
}

func ExampleParseDecimal() {
	for _, tag := range []language.Tag{language.Indonesian, language.English} {
		d, _ := money.ParseDecimal("15.731", tag)
		fmt.Println(tag, d)
	}
	// Output:
	// id 15731
	// en 15.731
}

// The example of the package documentation.
func Example() {
	total, _ := money.Sum(money.Rupiah(100387357175), money.Rupiah(49000000000))
	f := money.Formatter{Lang: language.Indonesian}
	fmt.Println(f.Format(total))
	f.Style = money.Compact
	fmt.Println(f.Format(total))
	a, err := money.Parse("US$ 330 juta", language.Indonesian)
	fmt.Println(a, err)
	// Output:
	// Rp149.387.357.175
	// Rp149,39 miliar
	// USD 330000000 <nil>
}

func ExampleParse_words() {
	a, err := money.Parse("Rp5.000.000,00 (lima juta rupiah)", language.Indonesian)
	fmt.Println(a, err)
	_, err = money.Parse("Rp5.000.000,00 (lima ribu rupiah)", language.Indonesian)
	fmt.Println(err)
	// Output:
	// IDR 5000000 <nil>
	// money.Parse("Rp5.000.000,00 (lima ribu rupiah)"): amount in words differs from the amount in figures (at "lima ribu rupiah)")
}

func ExampleFindAll() {
	text := "Nilai Ekspor melalui PLBN Entikong pada tahun 2015 adalah sebesar Rp. 100.387.357.175 dan meningkat pada tahun 2016 menjadi Rp.149.376.448.928."
	for _, m := range money.FindAll(text, language.Indonesian) {
		fmt.Printf("%q → %v\n", text[m.Start:m.End], m.Amount)
	}
	// Output:
	// "Rp. 100.387.357.175" → IDR 100387357175
	// "Rp.149.376.448.928" → IDR 149376448928
}

func ExampleParseQualified() {
	for _, s := range []string{"sekitar Rp20,8 miliar", "lebih dari US$1 juta", "Rp5.000"} {
		a, q, err := money.ParseQualified(s, language.Indonesian)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(q, a)
	}
	// Output:
	// about IDR 20800000000
	// more-than USD 1000000
	// exact IDR 5000
}

// A Parser reads the cells of a column whose currency is given elsewhere
// (a header "Nilai (Rp)", a currency column): text without a marker has
// no currency, and the caller gives it the column's.
func ExampleParser() {
	p := money.NewParser(language.Indonesian, currency.XXX)
	f := money.Formatter{Lang: language.Indonesian}
	for _, cell := range []string{"2.746.318.213", "Rp 5.000", "1,5 juta", "12x"} {
		a, err := p.Parse(cell)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if !a.HasCurrency() {
			a = money.FromMinor(a.Minor(), currency.IDR)
		}
		fmt.Println(f.Format(a))
	}
	// Output:
	// Rp2.746.318.213
	// Rp5.000
	// Rp1.500.000
	// money.Parser.Parse("12x"): unknown scale or currency word (at "x")
}
