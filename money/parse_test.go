package money

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

var (
	id   = language.Indonesian
	ms   = language.Malay
	msBN = language.MustParse("ms-BN")
	en   = language.English
)

func idr(minor int64) Amount { return FromMinor(minor, currency.IDR) }
func myr(minor int64) Amount { return FromMinor(minor, MYR) }
func usd(minor int64) Amount { return FromMinor(minor, currency.USD) }

// parseTests holds the strings of the issue, of DESIGN.md and of the seed
// documents, with their neighbours.
var parseTests = []struct {
	in   string
	tag  language.Tag
	want Amount
}{
	// Indonesian: the forms of the issue.
	{"Rp. 100.387.357.175", id, Rupiah(100387357175)},
	{"Rp.149.376.448.928", id, Rupiah(149376448928)},
	{"Rp 1.186.868,-", id, Rupiah(1186868)},
	{"Rp5.000,00", id, Rupiah(5000)},
	{"RP 5.000", id, Rupiah(5000)},
	{"Rp18 miliar", id, Rupiah(18e9)},
	{"Rp1,3 miliar", id, Rupiah(13e8)},
	{"Rp 2 M", id, Rupiah(2e9)},
	{"Rp 1,5 T", id, Rupiah(15e11)},
	{"Rp750 rb", id, Rupiah(750000)},
	{"Rp 12 jt", id, Rupiah(12e6)},
	{"230 miliar rupiah", id, Rupiah(230e9)},
	{"US$ 330 juta", id, USDollar(330e6)},
	{"USD2,41 miliar", id, USDollar(241e7)},
	{"US$9.231,2 juta", id, USDollar(92312e5)},
	{"US$2.77 miliar", id, USDollar(277e7)},
	{"1.725,99 juta dolar AS", id, USDollar(172599e4)},
	{"IDR 5.000", id, Rupiah(5000)},
	{"(Rp5.000)", id, Rupiah(-5000)},
	{"-Rp5.000", id, Rupiah(-5000)},
	// Indonesian neighbours.
	{"Rp5.000", id, Rupiah(5000)},
	{"Rp5.000,50", id, idr(500050)},
	{"Rp5.000,5", id, idr(500050)},
	{"Rp1.500", id, Rupiah(1500)},
	{"Rp100387357175", id, Rupiah(100387357175)},
	{"rp 5.000", id, Rupiah(5000)},
	{"Rp-5.000", id, Rupiah(-5000)},
	{"Rp -5.000", id, Rupiah(-5000)},
	{"- Rp 5.000", id, Rupiah(-5000)},
	{"−Rp5.000", id, Rupiah(-5000)},
	{"( Rp 5.000,- )", id, Rupiah(-5000)},
	{"Rp 5.000.-", id, Rupiah(5000)},
	{"Rp 5.000,—", id, Rupiah(5000)},
	{"Rp 5.000,--", id, Rupiah(5000)},
	{"Rp\u00a05.000", id, Rupiah(5000)},
	{"Rp\u202f5.000", id, Rupiah(5000)},
	{"Rp.\u00a0100.387.357.175", id, Rupiah(100387357175)},
	{"  Rp 5.000  ", id, Rupiah(5000)},
	{"5.000", id, Rupiah(5000)},
	{"5.000 rupiah", id, Rupiah(5000)},
	{"5.000 Rupiah", id, Rupiah(5000)},
	{"Rp5.000 rupiah", id, Rupiah(5000)},
	{"Rp 2 Milyar", id, Rupiah(2e9)},
	{"Rp 2 milyar", id, Rupiah(2e9)},
	{"Rp 2,5 Miliar", id, Rupiah(25e8)},
	{"Rp 2 MILIAR", id, Rupiah(2e9)},
	{"Rp 3 triliun", id, Rupiah(3e12)},
	{"Rp 3 trilyun", id, Rupiah(3e12)},
	{"Rp 1 kuadriliun", id, Rupiah(1e15)},
	{"Rp 750 ribu", id, Rupiah(750000)},
	{"Rp50k", id, Rupiah(50000)},
	{"Rp 12 jt.", id, Rupiah(12e6)},
	{"Rp 12 juta", id, Rupiah(12e6)},
	{"Rp 0,5 juta", id, Rupiah(500000)},
	{"Rp1,2345 miliar", id, Rupiah(1234500000)},
	{"Rp 1,18", id, idr(118)},
	{"US$1.725,99", id, usd(172599)},
	{"US $ 5", id, USDollar(5)},
	{"$5", id, USDollar(5)},
	{"U.S.$5", id, USDollar(5)},
	{"5 dolar", id, USDollar(5)},
	{"5 dollar AS", id, USDollar(5)},
	{"5 dolar Amerika Serikat", id, USDollar(5)},
	{"1,5 miliar dolar AS", id, USDollar(15e8)},
	{"330 juta USD", id, USDollar(330e6)},
	{"1.725,99 juta US$", id, USDollar(172599e4)},
	{"5.000 Rp", id, Rupiah(5000)},
	{"5.000 Rp.", id, Rupiah(5000)},
	{"5 €", id, FromMinor(500, currency.EUR)},
	{"5 $", en, USDollar(5)},
	{"usd 5", id, USDollar(5)},
	{"S$ 2.000", id, FromMinor(200000, SGD)},
	{"2.000 dolar Singapura", id, FromMinor(200000, SGD)},
	{"B$ 2.000", id, FromMinor(200000, BND)},
	{"BND 2.000", id, FromMinor(200000, BND)},
	{"€5", id, FromMinor(500, currency.EUR)},
	{"5 euro", id, FromMinor(500, currency.EUR)},
	{"JPY 5.000", id, FromMinor(500000, currency.JPY)},
	{"5.000 yen", id, FromMinor(500000, currency.JPY)},
	{"₩5.000.000", id, FromMinor(500000000, currency.KRW)},
	{"5 juta won", id, FromMinor(500000000, currency.KRW)},
	{"RMB 5 juta", id, FromMinor(500000000, currency.CNY)},
	{"5 juta yuan", id, FromMinor(500000000, currency.CNY)},
	{"2,5 juta kronor", id, FromMinor(250000000, currency.SEK)},
	{"1.000 krona", id, FromMinor(100000, currency.SEK)},
	{"A$ 5.000", id, FromMinor(500000, currency.AUD)},
	{"HK$5.000", id, FromMinor(500000, currency.HKD)},
	{"£5", id, FromMinor(500, currency.GBP)},
	{"5 poundsterling", id, FromMinor(500, currency.GBP)},
	{"฿1.000", id, FromMinor(100000, currency.THB)},
	{"RM600", id, Ringgit(600)},
	{"600 ringgit", id, Ringgit(600)},
	{"600 ringgit Malaysia", id, Ringgit(600)},
	{"1,234.56", id, idr(123456)}, // only the English reading fits
	{"Rp0", id, Rupiah(0)},
	{"Rp0,00", id, Rupiah(0)},
	{"-Rp0", id, Rupiah(0)},
	{"+Rp5", id, Rupiah(5)},
	{"Rp 92.233.720.368.547.758,07", id, idr(9223372036854775807)},
	{"-Rp 92.233.720.368.547.758,07", id, idr(-9223372036854775807)},
	{"Rp 92 kuadriliun", id, Rupiah(92e15)},
	{"Rp 0,01", id, idr(1)},
	// A group of thousands never starts with 0: "0.500" in Indonesian
	// can only be 0.5 (see the errors for three decimal places).
	{"Rp0.50", id, idr(50)},
	{"Rp0.5", id, idr(50)},
	{"Rp0.500 miliar", id, Rupiah(500_000_000)},
	{"RM0,500 bilion", ms, myr(50_000_000_000)},
	{"Rp0,500 miliar", id, Rupiah(500_000_000)},
	{"Rp 1.000.500", id, Rupiah(1_000_500)},

	// The seed documents.
	{"Rp848.388", id, Rupiah(848388)},
	{"Rp 848.388", id, Rupiah(848388)},
	{"Rp.270.791.872.000", id, Rupiah(270791872000)},
	{"Rp. 171.793.920.000", id, Rupiah(171793920000)},
	{"5.291,17 juta dolar AS", id, USDollar(5291170000)},
	{"3.050,82 juta dolar AS", id, USDollar(3050820000)},

	// Amounts in words (terbilang), alone or after the figures.
	{"lima puluh ribu rupiah", id, Rupiah(50000)},
	{"Lima Puluh Ribu Rupiah", id, Rupiah(50000)},
	{"seratus miliar tiga ratus delapan puluh tujuh juta tiga ratus lima puluh tujuh ribu seratus tujuh puluh lima rupiah", id, Rupiah(100387357175)},
	{"lima ribu rupiah lima puluh sen", id, idr(500050)},
	{"lima puluh sen", id, idr(50)},
	{"nol rupiah", id, Rupiah(0)},
	{"minus seribu rupiah", id, Rupiah(-1000)},
	{"-seribu rupiah", id, Rupiah(-1000)},
	{"satu juta seribu", id, Rupiah(1001000)},
	{"sebelas ribu sebelas rupiah", id, Rupiah(11011)},
	{"dua belas juta rupiah", id, Rupiah(12e6)},
	{"sepuluh ribu", id, Rupiah(10000)},
	{"dua milyar rupiah", id, Rupiah(2e9)},
	{"seratus dolar AS", id, USDollar(100)},
	{"lapan ratus ringgit", ms, Ringgit(800)},
	{"satu bilion ringgit dan lima sen", ms, myr(100000000005)},
	{"seratus ringgit", msBN, FromMinor(10000, BND)},
	{"one hundred five thousand rupiah and fifty sen", en, idr(10500050)},
	{"one hundred and five US dollars", en, USDollar(105)},
	{"twenty-one thousand ringgit", en, Ringgit(21000)},
	{"one thousand and five ringgit", en, Ringgit(1005)},
	{"two million and twenty dollars", en, USDollar(2000020)},
	{"sejuta rupiah", id, Rupiah(1e6)},
	{"dua miliar sejuta rupiah", id, Rupiah(2001000000)},
	{"Twenty-One Thousand Ringgit", en, Ringgit(21000)},
	{"twelve point five", en, FromMinor(1250, currency.XXX)},
	{"dua belas koma lima", id, idr(1250)},
	{"Rp5.000.000,00 (lima juta rupiah)", id, Rupiah(5e6)},
	{"Rp 1.186.868,- (satu juta seratus delapan puluh enam ribu delapan ratus enam puluh delapan rupiah)", id, Rupiah(1186868)},
	{"Rp5.000 (lima ribu)", id, Rupiah(5000)},
	{"Ringgit Malaysia Satu Ribu Dua Ratus Sahaja", ms, Ringgit(1200)},
	{"Ringgit Malaysia Satu Ribu Dan Lima Puluh Sen Sahaja", ms, myr(100050)},
	{"Ringgit Malaysia Lima Puluh Sen", ms, myr(50)},
	{"rupiah lima juta", id, Rupiah(5e6)},
	{"lima juta rupiah saja", id, Rupiah(5e6)},
	{"five hundred US dollars only", en, USDollar(500)},
	{"RM5,000.00 (Ringgit Malaysia Lima Ribu Sahaja)", ms, Ringgit(5000)},
	{"Rp (5.000)", id, Rupiah(-5000)},
	{"Rp(5.000)", id, Rupiah(-5000)},
	{"RM1,234.56 (seribu dua ratus tiga puluh empat ringgit lima puluh enam sen)", ms, myr(123456)},

	// Malay of Malaysia.
	{"RM1,234.56", ms, myr(123456)},
	{"RM1.500 bilion", ms, myr(150000000000)}, // with a scale, three decimals are money
	{"RM1.18 bilion", ms, Ringgit(118e7)},
	{"RM13bilion", ms, Ringgit(13e9)},
	{"RM22,748 juta", ms, Ringgit(22748e6)},
	{"RM900bil", ms, Ringgit(900e9)},
	{"RM12.7bn", ms, Ringgit(127e8)},
	{"RM7.18 billion", ms, Ringgit(718e7)},
	{"RM600", ms, Ringgit(600)},
	{"RM 600", ms, Ringgit(600)},
	{"RM1,725.99", ms, myr(172599)},
	{"RM1.2 bilion", ms, Ringgit(12e8)},
	{"RM600 juta", ms, Ringgit(600e6)},
	{"RM2.5m", ms, Ringgit(25e5)},
	{"RM2.5mil", ms, Ringgit(25e5)},
	{"RM 3 trilion", ms, Ringgit(3e12)},
	{"RM 5 ribu", ms, Ringgit(5000)},
	{"5,000", ms, Ringgit(5000)},
	{"5,000 ringgit", ms, Ringgit(5000)},
	{"MYR 5,000.00", ms, Ringgit(5000)},
	{"RM1.234,56", ms, myr(123456)}, // only the Indonesian reading fits
	{"Rp 5,000", ms, Rupiah(5000)},
	{"US$ 5", ms, USDollar(5)},
	{"5 dolar Amerika Syarikat", ms, USDollar(5)},
	{"(RM5.50)", ms, myr(-550)},

	// Malay of Brunei: "." groups, "," marks decimals; "$" and bare
	// "ringgit" or "dolar" are Brunei dollars.
	{"B$1.234,56", msBN, FromMinor(123456, BND)},
	{"$1.234,56", msBN, FromMinor(123456, BND)},
	{"1.234,56", msBN, FromMinor(123456, BND)},
	{"5 ringgit", msBN, FromMinor(500, BND)},
	{"5 ringgit Malaysia", msBN, Ringgit(5)},
	{"RM5", msBN, Ringgit(5)},
	{"BND 2,5 juta", msBN, FromMinor(25e7, BND)},
	{"B$2,5 bilion", msBN, FromMinor(25e10, BND)},

	// English.
	{"Rp1.3 billion", en, Rupiah(13e8)},
	{"Rp 5,000", en, Rupiah(5000)},
	{"RM12.7bn", en, Ringgit(127e8)},
	{"RM900bil", en, Ringgit(900e9)},
	{"US$1,725.99", en, usd(172599)},
	{"$5M", en, USDollar(5e6)},
	{"$5m", en, USDollar(5e6)},
	{"$5 million", en, USDollar(5e6)},
	{"$2B", en, USDollar(2e9)},
	{"$1.5T", en, USDollar(15e11)},
	{"USD 5 mn", en, USDollar(5e6)},
	{"5 US dollars", en, USDollar(5)},
	{"5 U.S. dollars", en, USDollar(5)},
	{"2 Singapore dollars", en, FromMinor(200, SGD)},
	{"5 dollars", en, USDollar(5)},
	{"5,000", en, FromMinor(500000, currency.XXX)},
	{"0", en, Amount{}},
	{"1.234,56 rupiah", en, idr(123456)},
	{"IDR 100387357175", en, Rupiah(100387357175)},
	{"Rp -5,000", en, Rupiah(-5000)},
	{"(Rp 5,000)", en, Rupiah(-5000)},
	{"RM 5 thousand", en, Ringgit(5000)},
	{"Rp 5 M", en, Rupiah(5e6)}, // M is million in English, miliar in Indonesian
	{"Rp 5 bil", id, Rupiah(5e9)},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		got, err := Parse(tt.in, tt.tag)
		if err != nil {
			t.Errorf("Parse(%q, %v): %v", tt.in, tt.tag, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%q, %v) mismatch (-want +got):\n%s", tt.in, tt.tag, diff)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		tag    language.Tag
		offset int
		err    error
	}{
		{"", id, 0, ErrSyntax},
		{"   ", id, 3, ErrSyntax},
		{"Rp", id, 2, ErrSyntax},
		{"Rp.", id, 3, ErrSyntax},
		{"Rp lima ribu", id, 3, ErrSyntax},
		{"Rp 5.00.0", id, 5, ErrSyntax},
		{"Rp 5..000", id, 5, ErrSyntax},
		{"Rp 1.2.3", id, 5, ErrSyntax},
		{"Rp 1000.000", id, 7, ErrSyntax}, // ambiguous: neither grouping nor a sure decimal
		{"RM1000,000", ms, 6, ErrSyntax},
		{"Rp 5.000,", id, 8, ErrSyntax},
		{"Rp .5", id, 3, ErrSyntax},
		{"Rp 5.000,50,-", id, 11, ErrSyntax},
		{"Rp 1,1866", id, 3, ErrRange}, // 1.1866 rupiah: finer than sen
		{"Rp 1,186", id, 4, ErrSyntax}, // 1.186 rupiah or 1,186: no money has three decimals
		{"Rp1,234", id, 3, ErrSyntax},
		{"RM1.500", ms, 3, ErrSyntax},
		{"RM0.500", ms, 3, ErrSyntax},
		{"Rp0,500", id, 3, ErrSyntax},
		// "0.500" in Indonesian is not five hundred: no group of
		// thousands starts with 0, and 0.500 has three decimal places.
		{"Rp0.500", id, 3, ErrSyntax},
		{"0.500", id, 1, ErrSyntax},
		{"Rp 000.123", id, 6, ErrSyntax}, // was read as 123 before zeros stopped grouping
		{"Rp 00.500", id, 5, ErrSyntax},
		{"RM0,500", ms, 3, ErrSyntax},
		{"Rp0.500.000", id, 3, ErrSyntax},
		{"Rp0.500,25", id, 3, ErrSyntax},
		{"625,000", id, 3, ErrSyntax}, // SPK BPIP 2021, a table with English separators
		{"Rp1,2345", id, 2, ErrRange}, // the Indonesian reading wins and is too precise
		{"Rp 1,123456789123 miliar", id, 3, ErrRange},
		{"Rp 92.233.720.368.547.758,08", id, 3, ErrRange},
		{"Rp 100 kuadriliun", id, 3, ErrRange},
		{"Rp 12345678901234567890", id, 3, ErrRange},
		{"Rp 5.000 ringgit", id, 9, ErrCurrencyMismatch},
		{"RM 5 rupiah", ms, 5, ErrCurrencyMismatch},
		{"US$ 5 rupiah", id, 6, ErrCurrencyMismatch},
		{"(Rp5.000", id, 8, ErrSyntax},
		{"Rp(5.000", id, 8, ErrSyntax},
		{"-Rp(5.000)", id, 3, ErrSyntax},
		{"Ringgit Malaysia Lima Ribu Rupiah", ms, 27, ErrCurrencyMismatch},
		{"lima ribu saja rupiah", id, 15, ErrSyntax},
		{"-(Rp5.000)", id, 1, ErrSyntax},
		{"(-Rp5.000)", id, 1, ErrSyntax},
		{"--Rp5.000", id, 1, ErrSyntax},
		{"-Rp-5.000", id, 3, ErrSyntax},
		{"Rp 5 xyz", id, 5, ErrSyntax},
		{"Rp 5 RM", id, 5, ErrCurrencyMismatch},
		{"5 Rp Rp", id, 5, ErrSyntax},
		{"Rp 5 juta juta", id, 10, ErrSyntax},
		{"Rp 5 mil", id, 5, ErrSyntax}, // "mil" is million in English and Malaysian press only
		{"Rp 5 B", id, 5, ErrSyntax},
		{"QQQ 5", id, 0, ErrSyntax},
		{"Rp 5 00", id, 5, ErrSyntax}, // spaces group by threes only
		{"Rp 5 0000", id, 5, ErrSyntax},
		{"Rp 1234 567", id, 8, ErrSyntax},  // the first group has one to three digits
		{"Rp 1 234.567", id, 8, ErrSyntax}, // after spaces, three digits: a group or decimals?
		{"RM 1 234,567", ms, 8, ErrSyntax},
		{"Rp 1 000 000.", id, 12, ErrSyntax},
		{"Rp 1.000 000", id, 9, ErrSyntax}, // spaces and separators do not mix as groups
		{"Rp5.000 lalu", id, 8, ErrSyntax},
		{"Rupiah 5.000", id, 0, ErrSyntax},
		{"RM5 sen", ms, 4, ErrSyntax}, // a symbol and sen
		{"5,5 sen", id, 0, ErrRange},  // finer than a sen
		{"Rp. 1.000.000.00", id, 13, ErrSyntax},
		{"RM1,000,000,00", ms, 11, ErrSyntax},
		{"¥5", id, 0, ErrSyntax},
		{strings.Repeat("1", 600), id, 512, ErrSyntax},
		{strings.Repeat("1", 513), id, 512, ErrSyntax},
		// Words.
		{"dua tiga rupiah", id, 4, ErrSyntax},
		{"seribu dua ribu", id, 11, ErrSyntax},
		{"lima juta lima juta", id, 15, ErrSyntax},
		{"nol lima", id, 4, ErrSyntax},
		{"juta rupiah", id, 0, ErrSyntax},
		{"lima ribu rupiah seratus sen", id, 17, ErrRange},
		{"lima ribu rupiah lima", id, 21, ErrSyntax},
		{"lima ribu rupiah kemarin", id, 17, ErrSyntax},
		{"(lima juta rupiah)", id, 0, ErrSyntax},
		{"Rp5.000.000 (lima ribu rupiah)", id, 13, ErrSyntax},
		{"Rp5.000 (lima ribu ringgit)", id, 9, ErrCurrencyMismatch},
		{"Rp5.000 (lima ribu rupiah", id, 25, ErrSyntax},
		{"Rp5.000 (lima ribu rupiah) x", id, 27, ErrSyntax},
		{"Rp5.000 (Rp5.000)", id, 9, ErrSyntax},
		{"sembilan puluh dua kuintiliun rupiah", id, 0, ErrRange},
		{"dua belas koma lima nol satu", id, 24, ErrRange},
		{"one hundred and", en, 12, ErrSyntax},
		{"sejuta seribu sejuta", id, 14, ErrSyntax},
		{"one and five", en, 4, ErrSyntax},
		{"Rp " + strings.Repeat("1", 509), id, 3, ErrRange},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, tt.tag)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q, %v) = %v, %v; want a *ParseError", tt.in, tt.tag, got, err)
			continue
		}
		if !errors.Is(err, tt.err) || pe.Offset != tt.offset || pe.Input != tt.in {
			t.Errorf("Parse(%q, %v) error = %v (offset %d); want offset %d and %v", tt.in, tt.tag, err, pe.Offset, tt.offset, tt.err)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := Parse("Rp 5.00.0", id)
	want := `money.Parse("Rp 5.00.0"): digit group not three digits long (at "00.0")`
	if err == nil || err.Error() != want {
		t.Errorf("Parse error = %v, want %s", err, want)
	}
	_, err = Parse(strings.Repeat("9", 100), en)
	if err == nil || !strings.Contains(err.Error(), "…") || len(err.Error()) > 120 {
		t.Errorf("long input error = %v, want the input cut", err)
	}
}

func TestParseDefault(t *testing.T) {
	tests := []struct {
		in   string
		tag  language.Tag
		def  currency.Unit
		want Amount
	}{
		{"5.000", id, currency.XXX, FromMinor(500000, currency.XXX)},
		{"5.000", id, currency.USD, USDollar(5000)},
		{"Rp5.000", id, currency.USD, Rupiah(5000)}, // a marker wins
		{"5 juta", id, currency.XXX, FromMinor(5e8, currency.XXX)},
		{"5 juta rupiah", id, currency.XXX, Rupiah(5e6)},
		{"lima ribu", id, currency.XXX, FromMinor(500000, currency.XXX)},
		{"lima ribu", id, MYR, Ringgit(5000)},
		{"5,000", en, MYR, Ringgit(5000)},
	}
	for _, tt := range tests {
		got, err := ParseDefault(tt.in, tt.tag, tt.def)
		if err != nil {
			t.Errorf("ParseDefault(%q, %v, %v): %v", tt.in, tt.tag, tt.def, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDefault(%q, %v, %v) mismatch (-want +got):\n%s", tt.in, tt.tag, tt.def, diff)
		}
	}
	_, err := ParseDefault("Rp x", id, currency.IDR)
	if err == nil || !strings.HasPrefix(err.Error(), "money.ParseDefault(") {
		t.Errorf("ParseDefault error = %v", err)
	}
}

func TestMustParse(t *testing.T) {
	if got := MustParse("Rp5.000", id); got != Rupiah(5000) {
		t.Errorf("MustParse = %v", got)
	}
	mustPanic(t, "MustParse(bad)", func() { MustParse("Rp x", id) })
	_, err := FromMajor(1<<62, MYR)
	if err == nil || err.Error() != "money: FromMajor(4611686018427387904): value out of range" {
		t.Errorf("FromMajor error = %v", err)
	}
}
