package money

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// fuzzSeeds are real strings: those of the issue, DESIGN.md and the seed
// documents, and the forms the press writes.
var fuzzSeeds = []string{
	"Rp. 100.387.357.175", "Rp.149.376.448.928", "Rp 1.186.868,-", "Rp5.000,00", "RP 5.000",
	"Rp18 miliar", "Rp1,3 miliar", "Rp 2 M", "Rp 1,5 T", "Rp750 rb", "Rp 12 jt",
	"230 miliar rupiah", "US$ 330 juta", "USD2,41 miliar", "US$9.231,2 juta", "US$2.77 miliar",
	"1.725,99 juta dolar AS", "IDR 5.000", "(Rp5.000)", "-Rp5.000", "RM1,234.56", "RM1.18 bilion",
	"RM13bilion", "RM22,748 juta", "RM900bil", "RM12.7bn", "RM7.18 billion", "RM600",
	"Rp\u00a05.000", "Rp\u202f5.000", "Rp 1,5 Milyar", "B$1.234,56", "S$ 2.000", "1,234.56",
	"Rp 1000.000", "Rp 5.00.0", "IDR 100387357175", "MYR 1725.99",
	"Rp848.388", "Rp. 171.793.920.000", "5.291,17 juta dolar AS", "lima puluh ribu rupiah",
	"Rp5.000.000,00 (lima juta rupiah)", "seratus miliar tiga ratus delapan puluh tujuh juta rupiah",
	"one hundred and five US dollars", "twenty-one thousand ringgit and fifty sen", "dua belas koma lima",
	"15.731,50", "15,731.50", "4.7125", "USD/IDR 15731.5 2024-01-02", "MYR/IDR 3329.5",
	// The spaces and dashes of package internal/chars.
	"Rp\u20035.000", "Rp\u20095.000", "Rp\u20025.000", "Rp\u200b5.000", "Rp\u30005.000",
	"RM1\u2009000\u2009000", "RM1\u202f000\u202f000", "\u2212Rp5.000", "Rp\u22125.000",
	"\u2013Rp5.000", "\u2012Rp5.000", "\uff0dRp5.000", "\u2014Rp5.000", "Rp 1.186.868,\u2015",
	"Rp 1.186.868,\u2013", "Rp\u00a018\u2003miliar",
	// The press forms of issue #15.
	"50 juta dolar Australia", "5 juta dolar Fiji", "US$1.2 bln", "US$2.5-billion", "S$3-billion",
	"(+Rp5.000)", "(+5,2%)", "sekitar Rp20,8 miliar", "lebih dari US$1 juta", "±Rp3 miliar",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		for i := range tags {
			f.Add(s, uint8(i))
		}
	}
	for _, tt := range realTexts {
		for i := range tags {
			f.Add(tt.in, uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, s string, li uint8) {
		tag := tags[int(li)%len(tags)]
		// The other readers of this package must not panic either, and what
		// they accept must write back to text they read again.
		var c Amount
		if c.UnmarshalText([]byte(s)) == nil {
			var back Amount
			if err := back.UnmarshalText([]byte(c.String())); err != nil || back != c {
				t.Fatalf("UnmarshalText(%q) = %v; its String reads back as %v, %v", s, c, back, err)
			}
		}
		if d, err := ParseDecimal(s, tag); err == nil {
			if back, err := ParseDecimal(d.Format(tag), tag); err != nil || back != d {
				t.Fatalf("ParseDecimal(%q) = %v; Format %q reads back as %v, %v", s, d, d.Format(tag), back, err)
			}
		}
		var r Rate
		if r.UnmarshalText([]byte(s)) == nil {
			var back Rate
			if err := back.UnmarshalText([]byte(r.String())); err != nil || !back.Equal(r) {
				t.Fatalf("Rate.UnmarshalText(%q) = %v; reads back as %v, %v", s, r, back, err)
			}
		}
		// A Parser reads what ParseDefault reads, and so does the zero
		// Parser what Parse reads in English.
		for _, def := range []currency.Unit{currency.XXX, currency.IDR} {
			pa, perr := NewParser(tag, def).Parse(s)
			da, derr := ParseDefault(s, tag, def)
			if pa != da || (perr == nil) != (derr == nil) || perr != nil && strings.Replace(perr.Error(), "Parser.Parse", "ParseDefault", 1) != derr.Error() {
				t.Fatalf("NewParser(%v, %v).Parse(%q) = %v, %v; ParseDefault = %v, %v", tag, def, s, pa, perr, da, derr)
			}
		}
		za, zerr := Parser{}.Parse(s)
		ea, eerr := Parse(s, language.English)
		if za != ea || (zerr == nil) != (eerr == nil) {
			t.Fatalf("Parser{}.Parse(%q) = %v, %v; Parse in English = %v, %v", s, za, zerr, ea, eerr)
		}
		// The fast path gives what the general parser gives, or nothing.
		for _, def := range []struct {
			cur currency.Unit
			has bool
		}{{}, {currency.XXX, true}, {currency.USD, true}} {
			p := parser{s: s, l: lang.Of(tag), fn: "Parse", def: def.cur, hasDef: def.has}
			if fa, ok := p.fast(); ok {
				if ga, err := p.general(); err != nil || ga != fa {
					t.Fatalf("fast(%q, %v) = %v; general = %v, %v", s, tag, fa, ga, err)
				}
			}
		}
		// ParseQualified reads what Parse reads, as Exact, and more.
		qa, q, qerr := ParseQualified(s, tag)
		if qerr != nil {
			if pe, ok := qerr.(*ParseError); !ok || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseQualified(%q, %v) error %v: not a *ParseError in the input", s, tag, qerr)
			}
		}
		a, err := Parse(s, tag)
		if err == nil && (qerr != nil || qa != a || q != Exact) {
			t.Fatalf("Parse(%q, %v) = %v, but ParseQualified = %v, %v, %v", s, tag, a, qa, q, qerr)
		}
		if err != nil {
			pe, ok := err.(*ParseError)
			if !ok {
				t.Fatalf("Parse(%q, %v) error %T, want *ParseError", s, tag, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) || pe.Input != s {
				t.Fatalf("Parse(%q, %v) error %v: offset %d out of the input", s, tag, err, pe.Offset)
			}
			return
		}
		if a.Minor() == -1<<63 {
			t.Fatalf("Parse(%q, %v) = MinInt64 hundredths", s, tag)
		}
		// What is accepted formats and parses back to itself.
		for _, f := range []Formatter{{Lang: tag}, {Lang: tag, Full: true}, {Lang: tag, Style: Words}} {
			out := f.Format(a)
			back, err := Parse(out, tag)
			if err != nil || back != a {
				t.Fatalf("Parse(%q, %v) = %v; Parse(%q) = %v, %v", s, tag, a, out, back, err)
			}
		}
		var text Amount
		if err := text.UnmarshalText([]byte(a.String())); err != nil || text != a {
			t.Fatalf("canonical round trip of %v: %v, %v", a, text, err)
		}
	})
}

func FuzzWords(f *testing.F) {
	for _, n := range []int64{0, 1, 11, 1000, 1001000, 100387357175, 1e18, -1, -1 << 63, 1<<63 - 1} {
		f.Add(n, uint8(0))
	}
	f.Fuzz(func(t *testing.T, n int64, li uint8) {
		tag := tags[int(li)%len(tags)]
		s := SpellOut(n, tag)
		if s == "" || strings.Contains(s, "  ") || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || !utf8.ValidString(s) {
			t.Fatalf("SpellOut(%d, %v) = %q", n, tag, s)
		}
		if (n < 0) != (strings.HasPrefix(s, "minus ") || strings.HasPrefix(s, "negatif ")) {
			t.Fatalf("SpellOut(%d, %v) = %q: sign", n, tag, s)
		}
		if tag == language.Indonesian && strings.Contains(s, "milyar") {
			t.Fatalf("SpellOut(%d, id) = %q", n, s)
		}
		if n > -maxWhole && n < maxWhole {
			// What SpellOut writes, Parse reads back.
			want := FromMinor(n*100, HomeCurrency(tag))
			if got, err := Parse(s, tag); err != nil || got != want {
				t.Fatalf("Parse(SpellOut(%d, %v) = %q) = %v, %v", n, tag, s, got, err)
			}
		}
		if n != -1<<63 {
			a := FromMinor(n, MYR)
			w := Formatter{Lang: tag, Style: Words}.Format(a)
			if got, err := Parse(w, tag); err != nil || got != a {
				t.Fatalf("Parse(%q) = %v, %v; want %v", w, got, err, a)
			}
		}
	})
}

// TestFastGroupBytes puts every byte in each place of a group of
// thousands: the fast path reads the amount only when the group is three
// digits, and then gives what the general parser gives.
func TestFastGroupBytes(t *testing.T) {
	for _, tc := range []struct {
		text string
		tag  language.Tag
	}{{"Rp 12.%s.500", language.Indonesian}, {"RM12,%s,500.25", language.Malay}, {"7.%s", language.Indonesian}} {
		for place := range 3 {
			for c := range 256 {
				group := []byte("345")
				group[place] = byte(c)
				s := fmt.Sprintf(tc.text, group)
				p := parser{s: s, l: lang.Of(tc.tag), fn: "Parse"}
				fa, ok := p.fast()
				if want := '0' <= c && c <= '9'; ok != want {
					t.Errorf("fast(%q) read it: %v, want %v", s, ok, want)
					continue
				}
				if ok {
					if ga, err := p.general(); err != nil || ga != fa {
						t.Errorf("fast(%q) = %v; general = %v, %v", s, fa, ga, err)
					}
				}
			}
		}
	}
}
