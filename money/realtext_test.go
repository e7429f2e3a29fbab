package money

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// realTexts are amounts copied as they appear in real documents and press
// reports (the source of each is noted), with the value each must read as,
// or the error it must give when the text is a typo or genuinely
// ambiguous. They are also seeds of FuzzParse.
var realTexts = []struct {
	in   string
	tag  language.Tag
	want Amount
	err  error // if not nil, the sentinel the *ParseError must wrap
}{
	// Kemenkeu, "Realisasi Semester I Transfer ke Daerah Tahun 2017" (123dok).
	{"Rp360.363,8 miliar", id, Rupiah(360363800000000), nil},
	{"Rp3.174,7 miliar", id, Rupiah(3174700000000), nil},
	{"Rp349.375,2 miliar", id, Rupiah(349375200000000), nil},
	{"Rp693,4 miliar", id, Rupiah(693400000000), nil},
	// channel9.id, Kemendagri APBD revenue, July 2021: "." before two digits.
	{"Rp 488.87 triliun", id, Rupiah(488870000000000), nil},
	{"Rp 536,70 triliun", id, Rupiah(536700000000000), nil},
	{"Rp 158,56 triliun", id, Rupiah(158560000000000), nil},
	// kontan.co.id, the same report.
	{"Rp 488,87 triliun", id, Rupiah(488870000000000), nil},
	{"Rp 536,7 triliun", id, Rupiah(536700000000000), nil},
	// djpk.kemenkeu.go.id, APBD posture table ("M" is miliar).
	{"2.325,32 M", id, Rupiah(2325320000000), nil},
	{"1.008,98 M", id, Rupiah(1008980000000), nil},
	{"0,00 M", id, Rupiah(0), nil},
	// kalbar.prokal.co, BPS Kalimantan Barat exports, September 2023.
	{"USD158,85 juta", id, USDollar(158850000), nil},
	{"USD21,58 juta", id, USDollar(21580000), nil},
	// bisnis.com, Kalbar exports May 2018.
	{"US$102,12 juta", id, USDollar(102120000), nil},
	{"US$0,80 juta", id, USDollar(800000), nil},
	// tribunnews Pontianak, Kalbar exports February 2017 (the second is
	// missing "juta" in the source; it reads as written).
	{"79,38 juta dolar AS", id, USDollar(79380000), nil},
	{"87,48 dolar AS", id, FromMinor(8748, currency.USD), nil},
	// antaranews Kalbar, exports September 2012 and October 2017.
	{"1.305,17 juta dolar AS", id, USDollar(1305170000), nil},
	{"951,63 juta dolar AS", id, USDollar(951630000), nil},
	{"71, 55 juta Dolar AS", id, Amount{}, ErrSyntax}, // a space after the comma: typo
	{"49,05 juta dolar As", id, USDollar(49050000), nil},
	// tribunnews Pontianak, August 2017: "dolar" alone.
	{"43,22 juta dolar", id, USDollar(43220000), nil},
	// kabar24.bisnis.com, Kalbar exports October 2017.
	{"US$71,5 juta", id, USDollar(71500000), nil},
	{"US$691,64 juta", id, USDollar(691640000), nil},
	// malangvoice.com: a symbol and a currency word that agree.
	{"Rp 10 miliar", id, Rupiah(10000000000), nil},
	{"Rp 1 miliar rupiah", id, Rupiah(1000000000), nil},
	// beritamoneter.com, PTPP first half 2023.
	{"Rp93,81 miliar", id, Rupiah(93810000000), nil},
	{"Rp42,72 triliun", id, Rupiah(42720000000000), nil},
	// Kemsos contract addendum 2023 (scribd): figures and words, spaces
	// inside the parentheses (the words completed after a cut excerpt).
	{"Rp 284.124.000 ( Dua Ratus Delapan Puluh Empat Juta Seratus Dua Puluh Empat Ribu Rupiah )", id, Rupiah(284124000), nil},
	// PT Hasnur financial statements 2022 (123dok): negatives in parentheses.
	{"148.789.255.647", id, Rupiah(148789255647), nil},
	{"(47.688.062)", id, Rupiah(-47688062), nil},
	// Terregra XBRL 2023 and SPK BPIP 2021: Indonesian documents with
	// English separators. A thousands group reads; "625,000" is 625 000 or
	// 625.000 and is refused.
	{"13,124,622,998", id, Rupiah(13124622998), nil},
	{"32,500,000", id, Rupiah(32500000), nil},
	{"625,000", id, Amount{}, ErrSyntax},
	// PT Harum Energy statements (USD thousands), English.
	{"210,579,458", en, FromMinor(21057945800, currency.XXX), nil},
	// malaymail.com, Sarawak approved investments 2023.
	{"RM22.8 billion", en, Ringgit(22800000000), nil},
	{"RM436 million", en, Ringgit(436000000), nil},
	{"RM7.8 billion", en, Ringgit(7800000000), nil},
	// The Star via GEIS, Sarawak investments 2022.
	{"RM23.17bil", en, Ringgit(23170000000), nil},
	{"RM250mil", en, Ringgit(250000000), nil},
	{"RM938mil", en, Ringgit(938000000), nil},
	{"US$7.13bil (RM31.4bil)", en, Amount{}, ErrSyntax}, // a conversion, not a gloss
	// Bernama (Malay), Sarawak FDI 2019–2023.
	{"RM31.8 Bilion", ms, Ringgit(31800000000), nil},
	{"RM9.3 bilion", ms, Ringgit(9300000000), nil},
	// theborneopost.com, May 2023 ("RMS" is a typo in the source).
	{"RMS9.6 billion", en, Amount{}, ErrSyntax},
	{"RM85.2 billion", en, Ringgit(85200000000), nil},
	{"RM167 million", en, Ringgit(167000000), nil},
	// newsarawaktribune.com.my, Q3 2024.
	{"RM10.43 billion", en, Ringgit(10430000000), nil},
	{"RM147.5 billion", en, Ringgit(147500000000), nil},
	// malaysiagazette.com, Budget 2021 (Malay).
	{"RM1.28 bilion", ms, Ringgit(1280000000), nil},
	{"RM823 juta", ms, Ringgit(823000000), nil},
	{"RM464 juta", ms, Ringgit(464000000), nil},
	// Penyata Rasmi Dewan Rakyat, Usul Anggaran Pembangunan 2021.
	{"RM1,640,151,656,800.00", ms, Ringgit(1640151656800), nil},
	// Dewan Rakyat 2008 (mppas blog) and headtopics, Malay.
	{"RM7 bilion", ms, Ringgit(7000000000), nil},
	{"RM25.5 bilion", ms, Ringgit(25500000000), nil},
	// kopitalkmho.blogspot.com, Brunei Legislative Council, March 2025.
	{"B$146.5 million", en, FromMinor(14650000000, BND), nil},
	{"B$108.6 million", en, FromMinor(10860000000, BND), nil},
	{"B$96.97 million", msBN, FromMinor(9697000000, BND), nil},
	// The Star (daily8.com) and thestar.com.my, English press.
	{"RM1.2bil", en, Ringgit(1200000000), nil},
	{"RM1.19bil", en, Ringgit(1190000000), nil},
	{"RM264mil", en, Ringgit(264000000), nil},
	{"RM260mil", en, Ringgit(260000000), nil},
	{"RM13bil", en, Ringgit(13000000000), nil},
	{"RM 13.90", ms, FromMinor(1390, MYR), nil},
	{"RM 103.60", en, FromMinor(10360, MYR), nil},
	// The Edge CEO Morning Brief, 2021 and 2024.
	{"RM4 bil", en, Ringgit(4000000000), nil},
	{"RM3 bil", en, Ringgit(3000000000), nil},
	{"US$60,000", en, USDollar(60000), nil},
	{"US$1.15 bil", en, USDollar(1150000000), nil},
	{"RM50b", en, Ringgit(50000000000), nil},
	{"RM2.29b", en, Ringgit(2290000000), nil},
	{"RM707m", en, Ringgit(707000000), nil},
	{"RM1m", en, Ringgit(1000000), nil},
	// edgeprop.my and sarawaktribune.com.
	{"RM600m", en, Ringgit(600000000), nil},
	{"RM600 million", en, Ringgit(600000000), nil},
	// klhive.com (Malay): coins in sen.
	{"50 sen", ms, FromMinor(50, MYR), nil},
	{"5 sen", ms, FromMinor(5, MYR), nil},
	// blogmalaysia.com: the currency after the figures.
	{"100 Ringgit Malaysia", en, Ringgit(100), nil},
	{"5000 Ringgit Malaysia", ms, Ringgit(5000), nil},
	// azizlaw.blogspot.com: how RM12 is read aloud.
	{"Ringgit Malaysia dua belas", ms, Ringgit(12), nil},
	// The English forms of the brief (issue 2).
	{"RM12.7bn", en, Ringgit(12700000000), nil},
	{"RM900mil", en, Ringgit(900000000), nil},
	{"USD2.41 billion", en, USDollar(2410000000), nil},
	{"US$ 330 million", en, USDollar(330000000), nil},
	// Forms of Indonesian contracts and Malaysian cheques (PBJ contract
	// templates; Malaysian cheque wording), with the words introduced or
	// ordered as they write them.
	{"Rp. 5.000.000,- (terbilang: lima juta rupiah)", id, Rupiah(5000000), nil},
	{"Rp5.000.000,00 (Terbilang : Lima Juta Rupiah)", id, Rupiah(5000000), nil},
	{"lima juta rupiah (Rp5.000.000,00)", id, Rupiah(5000000), nil},
	{"Lima Juta Rupiah (Rp 5.000.000,-)", id, Rupiah(5000000), nil},
	{"lima juta rupiah (Rp5.000.000,01)", id, Amount{}, ErrSyntax},
	{"Rp 5.000.000,00 (lima juta rupiah).", id, Rupiah(5000000), nil},
	{"Rp 10.500.000,00 (sepuluh juta lima ratus ribu rupiah);", id, Rupiah(10500000), nil},
	{"Rp 5.000.000,00 (lima juta rupiah). Lalu", id, Amount{}, ErrSyntax},
	{"lima juta rupiah (RM5,000,000)", id, Amount{}, ErrCurrencyMismatch},
	{"RM1,234.56 (Ringgit Malaysia Satu Ribu Dua Ratus Tiga Puluh Empat dan Sen Lima Puluh Enam Sahaja)", ms, FromMinor(123456, MYR), nil},
	{"Ringgit Malaysia Lima Ratus dan Sen Lima Puluh Sahaja", ms, FromMinor(50050, MYR), nil},
	// Hundredths written with the grouping separator: refused, with the
	// language's form in the message.
	{"Rp. 1.000.000.00", id, Amount{}, ErrSyntax},
	// Thousands grouped with spaces, as Malaysian and English tables and
	// the SI write them (and with no-break and narrow spaces).
	{"1 000 000", ms, Ringgit(1000000), nil},
	{"RM1 000 000", en, Ringgit(1000000), nil},
	{"RM 1\u00a0234\u00a0567.89", ms, FromMinor(123456789, MYR), nil},
	{"Rp 2\u202f500\u202f000", id, Rupiah(2500000), nil},
	{"1 234 567,89 juta rupiah", id, FromMinor(123456789000000, currency.IDR), nil},
}

func TestRealTexts(t *testing.T) {
	for _, tt := range realTexts {
		got, err := Parse(tt.in, tt.tag)
		if tt.err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, tt.err) {
				t.Errorf("Parse(%q, %v) = %v, %v; want a *ParseError wrapping %v", tt.in, tt.tag, got, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q, %v): %v", tt.in, tt.tag, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%q, %v) mismatch (-want +got):\n%s", tt.in, tt.tag, diff)
		}
	}
}

// TestRealTextMessages checks that the errors for real mistakes say what
// is wrong in terms a clerk can act on.
func TestRealTextMessages(t *testing.T) {
	for _, tt := range []struct {
		in   string
		tag  language.Tag
		want string
	}{
		{"Rp. 1.000.000.00", id, `money.Parse("Rp. 1.000.000.00"): "." before only two digits, not a group of three; if they are hundredths, this language marks them with "," (1.000.000,00) (at ".00")`},
		{"RM1,000,000,00", ms, `money.Parse("RM1,000,000,00"): "," before only two digits, not a group of three; if they are hundredths, this language marks them with "." (1,000,000.00) (at ",00")`},
		{"US$7.13bil (RM31.4bil)", en, `money.Parse("US$7.13bil (RM31.4bil)"): a second amount in figures in parentheses (a conversion?) cannot be checked against the first: read each amount on its own (at "RM31.4bil)")`},
		{"71, 55 juta Dolar AS", id, `money.Parse("71, 55 juta Dolar AS"): space after a separator inside a number: remove it if the digits belong together (at ", 55 juta Dolar AS")`},
		{"625,000", id, `money.Parse("625,000"): decimal separator before three digits: no amount of money has three decimal places, and as a thousands separator it would be the other convention; write the amount without that separator or add a scale word (at ",000")`},
	} {
		_, err := Parse(tt.in, tt.tag)
		if err == nil {
			t.Errorf("Parse(%q) succeeded; want an error", tt.in)
			continue
		}
		if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
			t.Errorf("Parse(%q) message mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
