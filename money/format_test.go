package money

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

var tags = []language.Tag{id, ms, msBN, en}

func TestFormatStandard(t *testing.T) {
	tests := []struct {
		a    Amount
		full bool
		want [4]string // id, ms, ms-BN, en
	}{
		{Rupiah(100387357175), false, [4]string{"Rp100.387.357.175", "Rp100,387,357,175", "Rp100.387.357.175", "Rp100,387,357,175"}},
		{idr(500050), false, [4]string{"Rp5.000,50", "Rp5,000.50", "Rp5.000,50", "Rp5,000.50"}},
		{Rupiah(5000), true, [4]string{"Rp5.000,00", "Rp5,000.00", "Rp5.000,00", "Rp5,000.00"}},
		{Rupiah(5000), false, [4]string{"Rp5.000", "Rp5,000", "Rp5.000", "Rp5,000"}},
		{Rupiah(-5000), false, [4]string{"-Rp5.000", "-Rp5,000", "-Rp5.000", "-Rp5,000"}},
		{myr(172599), false, [4]string{"RM1.725,99", "RM1,725.99", "RM1.725,99", "RM1,725.99"}},
		{usd(172599), false, [4]string{"US$1.725,99", "US$1,725.99", "US$1.725,99", "US$1,725.99"}},
		{FromMinor(172599, BND), false, [4]string{"B$1.725,99", "B$1,725.99", "B$1.725,99", "B$1,725.99"}},
		{FromMinor(5, SGD), false, [4]string{"S$0,05", "S$0.05", "S$0,05", "S$0.05"}},
		{FromMinor(123456, currency.EUR), false, [4]string{"€1.234,56", "€1,234.56", "€1.234,56", "€1,234.56"}},
		{FromMinor(-123400, currency.JPY), false, [4]string{"-JPY 1.234", "-JPY 1,234", "-JPY 1.234", "-JPY 1,234"}},
		{Rupiah(0), false, [4]string{"Rp0", "Rp0", "Rp0", "Rp0"}},
		{Rupiah(999), false, [4]string{"Rp999", "Rp999", "Rp999", "Rp999"}},
		{Rupiah(1000), false, [4]string{"Rp1.000", "Rp1,000", "Rp1.000", "Rp1,000"}},
		{Amount{}, false, [4]string{"0", "0", "0", "0"}},
		{Amount{}, true, [4]string{"0,00", "0.00", "0,00", "0.00"}},
		{FromMinor(math.MaxInt64, currency.IDR), false, [4]string{"Rp92.233.720.368.547.758,07", "Rp92,233,720,368,547,758.07", "Rp92.233.720.368.547.758,07", "Rp92,233,720,368,547,758.07"}},
		{FromMinor(-math.MaxInt64, currency.IDR), false, [4]string{"-Rp92.233.720.368.547.758,07", "-Rp92,233,720,368,547,758.07", "-Rp92.233.720.368.547.758,07", "-Rp92,233,720,368,547,758.07"}},
	}
	for _, tt := range tests {
		for i, tag := range tags {
			f := Formatter{Lang: tag, Full: tt.full}
			if diff := cmp.Diff(tt.want[i], f.Format(tt.a)); diff != "" {
				t.Errorf("%+v.Format(%v) mismatch (-want +got):\n%s", f, tt.a, diff)
			}
		}
	}
}

func TestFormatCode(t *testing.T) {
	tests := []struct {
		f    Formatter
		a    Amount
		want string
	}{
		{Formatter{Lang: id, Code: true}, Rupiah(5000), "IDR 5.000"},
		{Formatter{Lang: id, Code: true}, Rupiah(-5000), "-IDR 5.000"},
		{Formatter{Lang: id, Code: true, Style: Compact}, USDollar(241e7), "USD 2,41 miliar"},
		{Formatter{Lang: ms, Code: true, Full: true}, Ringgit(600), "MYR 600.00"},
		{Formatter{Lang: en, Code: true}, FromMinor(500, currency.XXX), "5"},
		{Formatter{Lang: id, Code: true, Style: Words}, Rupiah(5000), "lima ribu rupiah"},
	}
	for _, tt := range tests {
		got := tt.f.Format(tt.a)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%+v.Format(%v) mismatch (-want +got):\n%s", tt.f, tt.a, diff)
		}
		if back, err := Parse(got, tt.f.Lang); tt.f.Style != Compact && (err != nil || back != tt.a) {
			t.Errorf("Parse(%q) = %v, %v; want %v", got, back, err, tt.a)
		}
	}
}

func TestStyleLabel(t *testing.T) {
	for _, tt := range []struct {
		s    Style
		tag  language.Tag
		want string
	}{{Words, id, "terbilang"}, {Compact, ms, "ringkas"}, {Words, msBN, "perkataan"}, {Standard, en, "standard"}, {Style(9), id, "%!Style(9)"}} {
		if got := tt.s.Label(tt.tag); got != tt.want {
			t.Errorf("%v.Label(%v) = %q, want %q", tt.s, tt.tag, got, tt.want)
		}
		if tt.s >= Standard && tt.s <= Words {
			if back, err := ParseStyle(tt.s.Label(tt.tag)); err != nil || back != tt.s {
				t.Errorf("ParseStyle(%q) = %v, %v", tt.s.Label(tt.tag), back, err)
			}
		}
	}
}

func TestFormatCompact(t *testing.T) {
	tests := []struct {
		a      Amount
		digits int
		want   [4]string // id, ms, ms-BN, en
	}{
		{Rupiah(18e9), 0, [4]string{"Rp18 miliar", "Rp18 bilion", "Rp18 bilion", "Rp18 billion"}},
		{Rupiah(13e8), 0, [4]string{"Rp1,3 miliar", "Rp1.3 bilion", "Rp1,3 bilion", "Rp1.3 billion"}},
		{Rupiah(100387357175), 0, [4]string{"Rp100,39 miliar", "Rp100.39 bilion", "Rp100,39 bilion", "Rp100.39 billion"}},
		{Rupiah(100387357175), 1, [4]string{"Rp100,4 miliar", "Rp100.4 bilion", "Rp100,4 bilion", "Rp100.4 billion"}},
		{Rupiah(100387357175), -1, [4]string{"Rp100 miliar", "Rp100 bilion", "Rp100 bilion", "Rp100 billion"}},
		{Rupiah(100387357175), 4, [4]string{"Rp100,3874 miliar", "Rp100.3874 bilion", "Rp100,3874 bilion", "Rp100.3874 billion"}},
		{Rupiah(100387357175), 99, [4]string{"Rp100,387357 miliar", "Rp100.387357 bilion", "Rp100,387357 bilion", "Rp100.387357 billion"}},
		{Rupiah(15e11), 0, [4]string{"Rp1,5 triliun", "Rp1.5 trilion", "Rp1,5 trilion", "Rp1.5 trillion"}},
		{Rupiah(750000), 0, [4]string{"Rp750 ribu", "Rp750 ribu", "Rp750 ribu", "Rp750 thousand"}},
		{Ringgit(12e8), 0, [4]string{"RM1,2 miliar", "RM1.2 bilion", "RM1,2 bilion", "RM1.2 billion"}},
		{Ringgit(600e6), 0, [4]string{"RM600 juta", "RM600 juta", "RM600 juta", "RM600 million"}},
		{Ringgit(-600e6), 0, [4]string{"-RM600 juta", "-RM600 juta", "-RM600 juta", "-RM600 million"}},
		{Rupiah(999999999), 0, [4]string{"Rp1 miliar", "Rp1 bilion", "Rp1 bilion", "Rp1 billion"}}, // rounding reaches the next scale
		{Rupiah(999499999), 0, [4]string{"Rp999,5 juta", "Rp999.5 juta", "Rp999,5 juta", "Rp999.5 million"}},
		{Rupiah(1005000), 0, [4]string{"Rp1 juta", "Rp1 juta", "Rp1 juta", "Rp1 million"}},             // 1.005: half to even
		{Rupiah(1015000), 0, [4]string{"Rp1,02 juta", "Rp1.02 juta", "Rp1,02 juta", "Rp1.02 million"}}, // 1.015: half to even
		{Rupiah(999), 0, [4]string{"Rp999", "Rp999", "Rp999", "Rp999"}},
		{idr(99950), 0, [4]string{"Rp999,50", "Rp999.50", "Rp999,50", "Rp999.50"}},
		{Rupiah(92e15), 0, [4]string{"Rp92 kuadriliun", "Rp92 kuadrilion", "Rp92 kuadrilion", "Rp92 quadrillion"}},
		{FromMinor(math.MaxInt64, currency.USD), 0, [4]string{"US$92,23 kuadriliun", "US$92.23 kuadrilion", "US$92,23 kuadrilion", "US$92.23 quadrillion"}},
		{FromMinor(23e10, currency.XXX), 0, [4]string{"2,3 miliar", "2.3 bilion", "2,3 bilion", "2.3 billion"}},
	}
	for _, tt := range tests {
		for i, tag := range tags {
			f := Formatter{Lang: tag, Style: Compact, Digits: tt.digits}
			if diff := cmp.Diff(tt.want[i], f.Format(tt.a)); diff != "" {
				t.Errorf("%+v.Format(%v) mismatch (-want +got):\n%s", f, tt.a, diff)
			}
		}
	}
}

func TestFormatWords(t *testing.T) {
	tests := []struct {
		a    Amount
		full bool
		tag  language.Tag
		want string
	}{
		{Rupiah(100387357175), false, id, "seratus miliar tiga ratus delapan puluh tujuh juta tiga ratus lima puluh tujuh ribu seratus tujuh puluh lima rupiah"},
		{Rupiah(100387357175), false, ms, "seratus bilion tiga ratus lapan puluh tujuh juta tiga ratus lima puluh tujuh ribu seratus tujuh puluh lima rupiah"},
		{Rupiah(100387357175), false, en, "one hundred billion three hundred eighty-seven million three hundred fifty-seven thousand one hundred seventy-five rupiah"},
		{Ringgit(1180000000), false, ms, "satu bilion seratus lapan puluh juta ringgit"},
		{Ringgit(1180000000), false, msBN, "satu bilion seratus lapan puluh juta ringgit Malaysia"},
		{FromMinor(100, BND), false, msBN, "satu ringgit"},
		{FromMinor(100, BND), false, ms, "satu dolar Brunei"},
		{idr(500050), false, id, "lima ribu rupiah lima puluh sen"},
		{idr(500050), false, en, "five thousand rupiah and fifty sen"},
		{myr(172599), false, ms, "seribu tujuh ratus dua puluh lima ringgit sembilan puluh sembilan sen"},
		{Rupiah(5000), true, id, "lima ribu rupiah nol sen"},
		{Rupiah(-5000), false, id, "minus lima ribu rupiah"},
		{Rupiah(-5000), false, ms, "negatif lima ribu rupiah"},
		{Rupiah(-5000), false, en, "minus five thousand rupiah"},
		{Rupiah(0), false, id, "nol rupiah"},
		{Rupiah(0), false, ms, "sifar rupiah"},
		{Rupiah(0), false, en, "zero rupiah"},
		{idr(50), false, id, "nol rupiah lima puluh sen"},
		{usd(1), false, en, "zero US dollars and one cent"},
		{idr(50), true, id, "nol rupiah lima puluh sen"},
		{usd(101), false, en, "one US dollar and one cent"},
		{usd(250), false, en, "two US dollars and fifty cents"},
		{usd(250), false, id, "dua dolar AS lima puluh sen"},
		{FromMinor(150, SGD), false, en, "one Singapore dollar and fifty cents"},
		{FromMinor(150, SGD), false, id, "satu dolar Singapura lima puluh sen"},
		{FromMinor(200, currency.EUR), false, en, "two euros"},
		{FromMinor(200, currency.JPY), false, id, "dua JPY"},
		{FromMinor(250, currency.JPY), false, en, "two JPY and fifty hundredths"},
		{Rupiah(1000), false, id, "seribu rupiah"},
		{Rupiah(1001000), false, id, "satu juta seribu rupiah"},
		{Rupiah(1000), false, en, "one thousand rupiah"},
		{Rupiah(11011), false, id, "sebelas ribu sebelas rupiah"},
		{Rupiah(10), false, id, "sepuluh rupiah"},
		{Rupiah(110), false, ms, "seratus sepuluh rupiah"},
		{Rupiah(115), false, en, "one hundred fifteen rupiah"},
		{Rupiah(18), false, ms, "lapan belas rupiah"},
		{FromMinor(1250, currency.XXX), false, id, "dua belas koma lima"},
		{FromMinor(1205, currency.XXX), false, ms, "dua belas perpuluhan sifar lima"},
		{FromMinor(1250, currency.XXX), true, en, "twelve point five zero"},
		{Amount{}, false, id, "nol"},
		{FromMinor(math.MaxInt64, currency.IDR), false, id, "sembilan puluh dua kuadriliun dua ratus tiga puluh tiga triliun tujuh ratus dua puluh miliar tiga ratus enam puluh delapan juta lima ratus empat puluh tujuh ribu tujuh ratus lima puluh delapan rupiah tujuh sen"},
	}
	for _, tt := range tests {
		f := Formatter{Lang: tt.tag, Style: Words, Full: tt.full}
		if diff := cmp.Diff(tt.want, f.Format(tt.a)); diff != "" {
			t.Errorf("%+v.Format(%v) mismatch (-want +got):\n%s", f, tt.a, diff)
		}
	}
}

func TestSpellOut(t *testing.T) {
	tests := []struct {
		n    int64
		tag  language.Tag
		want string
	}{
		{0, id, "nol"},
		{1, id, "satu"},
		{11, id, "sebelas"},
		{19, id, "sembilan belas"},
		{100, id, "seratus"},
		{101, id, "seratus satu"},
		{1000, id, "seribu"},
		{2000, id, "dua ribu"},
		{100000, id, "seratus ribu"},
		{1000000, id, "satu juta"},
		{1000000000, id, "satu miliar"},
		{1e12, id, "satu triliun"},
		{1e15, id, "satu kuadriliun"},
		{1e18, id, "satu kuintiliun"},
		{-1, id, "minus satu"},
		{math.MaxInt64, id, "sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua triliun tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu delapan ratus tujuh"},
		{math.MinInt64, id, "minus sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua triliun tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu delapan ratus delapan"},
		{math.MinInt64, en, "minus nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion thirty-six billion eight hundred fifty-four million seven hundred seventy-five thousand eight hundred eight"},
		{math.MinInt64, ms, "negatif sembilan kuintilion dua ratus dua puluh tiga kuadrilion tiga ratus tujuh puluh dua trilion tiga puluh enam bilion lapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu lapan ratus lapan"},
		{8, ms, "lapan"},
		{8, msBN, "lapan"},
		{0, ms, "sifar"},
		{21, en, "twenty-one"},
		{40, en, "forty"},
		{1e9 + 1, en, "one billion one"},
		{2024, language.French, "two thousand twenty-four"}, // unsupported: English
		{2024, language.Tag{}, "two thousand twenty-four"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, SpellOut(tt.n, tt.tag)); diff != "" {
			t.Errorf("SpellOut(%d, %v) mismatch (-want +got):\n%s", tt.n, tt.tag, diff)
		}
	}
	// Indonesian writes miliar, never milyar.
	for n := int64(1e9); n < 1e18; n *= 7 {
		if s := SpellOut(n, id); strings.Contains(s, "milyar") {
			t.Errorf("SpellOut(%d, id) = %q, contains milyar", n, s)
		}
	}
}

// randomAmounts returns amounts spread over every order of magnitude, of
// several currencies.
func randomAmounts(n int) []Amount {
	r := rand.New(rand.NewPCG(1, 2))
	curs := []currency.Unit{currency.IDR, MYR, currency.USD, BND, SGD, currency.EUR, currency.GBP, currency.JPY, currency.CHF}
	out := []Amount{Rupiah(0), FromMinor(1, currency.IDR), FromMinor(math.MaxInt64, MYR), FromMinor(-math.MaxInt64, currency.USD)}
	for range n {
		m := r.Int64N(math.MaxInt64) >> r.IntN(63)
		if r.IntN(2) == 0 {
			m = -m
		}
		if r.IntN(3) == 0 {
			m -= m % 100 // whole units, the common case
		}
		out = append(out, FromMinor(m, curs[r.IntN(len(curs))]))
	}
	return out
}

// TestRoundTrip checks Parse(Format(a)) == a for the exact styles,
// Standard and Words, in every language, with and without the full form;
// and that Compact, which rounds, reads back to an amount that formats the
// same.
func TestRoundTrip(t *testing.T) {
	amounts := randomAmounts(2000)
	for _, a := range amounts {
		for _, tag := range tags {
			for _, f := range []Formatter{{Lang: tag}, {Lang: tag, Full: true}, {Lang: tag, Code: true}, {Lang: tag, Style: Words}, {Lang: tag, Style: Words, Full: true}} {
				s := f.Format(a)
				got, err := Parse(s, tag)
				if err != nil {
					t.Errorf("Parse(%q, %v) of %v: %v", s, tag, a, err)
					continue
				}
				if diff := cmp.Diff(a, got); diff != "" {
					t.Errorf("Parse(%q, %v) mismatch (-want +got):\n%s", s, tag, diff)
				}
			}
			for _, digits := range []int{0, -1, 1, 6} {
				f := Formatter{Lang: tag, Style: Compact, Digits: digits}
				s := f.Format(a)
				got, err := Parse(s, tag)
				if err != nil {
					t.Errorf("Parse(%q, %v) of %v: %v", s, tag, a, err)
					continue
				}
				if s2 := f.Format(got); s2 != s {
					t.Errorf("Compact %v: Format(Parse(%q)) = %q", a, s, s2)
				}
			}
		}
	}
	// English has no home currency: an amount without one round-trips too.
	for _, m := range []int64{0, 5, -123456, 1250, math.MaxInt64} {
		a := FromMinor(m, currency.XXX)
		for _, st := range []Style{Standard, Words} {
			s := Formatter{Lang: en, Style: st}.Format(a)
			if got, err := Parse(s, en); err != nil || got != a {
				t.Errorf("Parse(%q, en) = %v, %v; want %v", s, got, err, a)
			}
		}
	}
}

// TestAgainstXText compares the digits of Standard style with an
// independent implementation: x/text's message printer with CLDR data, for
// amounts without currency (no symbol) in whole units.
func TestAgainstXText(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, tag := range tags {
		p := message.NewPrinter(tag)
		f := Formatter{Lang: tag}
		for range 300 {
			n := r.Int64N(maxWhole) >> r.IntN(57)
			if r.IntN(2) == 0 {
				n = -n
			}
			want := p.Sprintf("%d", n)
			if got := f.Format(FromMinor(n*100, currency.XXX)); got != want {
				t.Errorf("%v: Format(%d) = %q, x/text says %q", tag, n, got, want)
			}
		}
	}
}
