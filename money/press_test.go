package money

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Forms of the press that issue #15 found unread or misread: currency names
// of partner countries in Indonesian and Malay order, English abbreviations
// and hyphenated scales, a plus sign in parentheses, and estimates.
func TestParsePressForms(t *testing.T) {
	ms := language.Malay
	tests := []struct {
		in   string
		tag  language.Tag
		want Amount
		err  error
	}{
		// antaranews.com/berita/3667362 (Queensland–Shanghai sister state)
		// and antaranews.com/berita/75650 (Jawa Tengah–Queensland).
		{"21 miliar dolar Australia", language.Indonesian, FromMinor(21_000_000_000_00, currency.AUD), nil},
		{"1,78 miliar dolar Australia", language.Indonesian, FromMinor(1_780_000_000_00, currency.AUD), nil},
		{"807,6 juta dolar Australia", language.Indonesian, FromMinor(807_600_000_00, currency.AUD), nil},
		{"sekitar 13,7 miliar dolar AS", language.Indonesian, Amount{}, ErrSyntax}, // an estimate: ParseQualified
		// oxfordbusinessgroup.com, Brunei Darussalam 2016 report.
		{"BN$6.39bn", language.English, FromMinor(6_390_000_000_00, BND), nil},
		// en.minanews.net, Malaysia–Indonesia trade target, 2016.
		{"US$25 Bln", language.English, FromMinor(25_000_000_000_00, currency.USD), nil},
		{"50 juta dolar Australia", language.Indonesian, FromMinor(50_000_000_00, currency.AUD), nil},
		// Brunei Malay writes both conventions: the decimal point of
		// government texts (thescoop.co, 2024 budget: "$6.25 billion") and
		// CLDR's comma; before a scale, a point and three digits could be
		// either.
		{"$6.25 bilion", language.MustParse("ms-BN"), FromMinor(6_250_000_000_00, BND), nil},
		{"B$1.500 juta", language.MustParse("ms-BN"), Amount{}, ErrSyntax},
		{"B$1,500 juta", language.MustParse("ms-BN"), FromMinor(1_500_000_00, BND), nil}, // CLDR's decimal comma
		{"B$1.500", language.MustParse("ms-BN"), FromMinor(1500_00, BND), nil},
		{"1,2 miliar dolar Hong Kong", language.Indonesian, FromMinor(1_200_000_000_00, currency.HKD), nil},
		{"3 juta dolar Selandia Baru", language.Indonesian, FromMinor(3_000_000_00, currency.NZD), nil},
		{"2 juta dolar Kanada", language.Indonesian, FromMinor(2_000_000_00, currency.CAD), nil},
		{"10 miliar yen Jepang", language.Indonesian, FromMinor(10_000_000_000_00, currency.JPY), nil},
		{"5 juta yuan Tiongkok", language.Indonesian, FromMinor(5_000_000_00, currency.CNY), nil},
		{"7 miliar won Korea Selatan", language.Indonesian, FromMinor(7_000_000_000_00, currency.KRW), nil},
		{"4 juta baht Thailand", language.Indonesian, FromMinor(4_000_000_00, currency.THB), nil},
		{"1 juta franc Swiss", language.Indonesian, FromMinor(1_000_000_00, currency.CHF), nil},
		{"2.5 juta yen Jepun", ms, FromMinor(2_500_000_00, currency.JPY), nil},
		{"A$3 million Australian dollars", language.English, FromMinor(3_000_000_00, currency.AUD), nil},
		{"12 million New Zealand dollars", language.English, FromMinor(12_000_000_00, currency.NZD), nil},
		{"5 juta dolar Fiji", language.Indonesian, Amount{}, ErrSyntax}, // a dollar not named: never US dollars
		{"US$1.2 bln", language.English, FromMinor(1_200_000_000_00, currency.USD), nil},
		{"US$350 mln", language.English, FromMinor(350_000_000_00, currency.USD), nil},
		{"US$1.2 bln", language.Indonesian, Amount{}, ErrSyntax}, // "bln" is bulan in Indonesian
		{"US$2.5-billion", language.English, FromMinor(2_500_000_000_00, currency.USD), nil},
		{"S$3-billion", language.English, FromMinor(3_000_000_000_00, SGD), nil},
		{"RM1.2-bilion", ms, FromMinor(1_200_000_000_00, MYR), nil},
		{"(+Rp5.000)", language.Indonesian, Rupiah(5000), nil},
		{"(Rp5.000)", language.Indonesian, Rupiah(-5000), nil},
		{"( + Rp 5.000 )", language.Indonesian, Rupiah(5000), nil},
		{"sekitar Rp20,8 miliar", language.Indonesian, Amount{}, ErrSyntax},
		{"lebih dari US$1 juta", language.Indonesian, Amount{}, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, tt.tag)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("Parse(%q, %v) = %v, %v; want error %v", tt.in, tt.tag, got, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q, %v): %v", tt.in, tt.tag, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b Amount) bool { return a == b })); diff != "" {
			t.Errorf("Parse(%q, %v) mismatch (-want +got):\n%s", tt.in, tt.tag, diff)
		}
	}
}

func TestParseQualified(t *testing.T) {
	type result struct {
		A Amount
		Q Qualifier
	}
	tests := []struct {
		in   string
		tag  language.Tag
		want result
	}{
		{"sekitar Rp20,8 miliar", language.Indonesian, result{FromMinor(20_800_000_000_00, currency.IDR), About}},
		// antaranews.com/berita/3667362.
		{"sekitar 13,7 miliar dolar AS", language.Indonesian, result{FromMinor(13_700_000_000_00, currency.USD), About}},
		{"kurang lebih Rp 5 juta", language.Indonesian, result{Rupiah(5_000_000), About}},
		{"lebih dari US$1 juta", language.Indonesian, result{FromMinor(1_000_000_00, currency.USD), MoreThan}},
		{"sekurang-kurangnya RM2 juta", language.Malay, result{Ringgit(2_000_000), AtLeast}},
		{"lebih kurang RM1.5 bilion", language.Malay, result{Ringgit(1_500_000_000), About}},
		{"at least $5 million", language.English, result{FromMinor(5_000_000_00, currency.USD), AtLeast}},
		{"up to US$2.5-billion", language.English, result{FromMinor(2_500_000_000_00, currency.USD), AtMost}},
		{"±Rp3 miliar", language.Indonesian, result{Rupiah(3_000_000_000), About}},
		{"Rp5.000", language.Indonesian, result{Rupiah(5000), Exact}},
	}
	for _, tt := range tests {
		a, q, err := ParseQualified(tt.in, tt.tag)
		if err != nil {
			t.Errorf("ParseQualified(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, result{a, q}, cmp.Comparer(func(a, b Amount) bool { return a == b })); diff != "" {
			t.Errorf("ParseQualified(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	// An error after the qualifier is at its offset in the whole text.
	_, _, err := ParseQualified("sekitar Rp5.00.0", language.Indonesian)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Offset < len("sekitar Rp5") {
		t.Errorf("ParseQualified error = %v; want a *ParseError past the qualifier", err)
	}
}

func TestFindAllPress(t *testing.T) {
	type found struct {
		Text string
		A    string
		Q    Qualifier
	}
	tests := []struct {
		text string
		tag  language.Tag
		want []found
	}{
		{"Nilai investasi sekitar Rp20,8 miliar, naik dari Rp15 miliar.", language.Indonesian,
			[]found{{"Rp20,8 miliar", "IDR 20800000000", About}, {"Rp15 miliar", "IDR 15000000000", Exact}}},
		{"The S$3-billion plan adds $500 million a year.", language.English,
			[]found{{"S$3-billion", "SGD 3000000000", Exact}}},
		{"Exports rose to $5 million, more than US$2 million last year.", language.English,
			[]found{{"$5 million", "USD 5000000", Exact}, {"US$2 million", "USD 2000000", MoreThan}}},
		{"bantuan 5 juta dolar Fiji dan 2 juta dolar Australia", language.Indonesian,
			[]found{{"2 juta dolar Australia", "AUD 2000000", Exact}}},
	}
	for _, tt := range tests {
		var got []found
		for _, m := range FindAll(tt.text, tt.tag) {
			got = append(got, found{tt.text[m.Start:m.End], m.Amount.String(), m.Qualifier})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindAll(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
