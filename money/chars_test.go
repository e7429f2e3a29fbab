package money

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// spaceTests are the spaces of package internal/chars, which money and
// date both read.
var spaceTests = []struct{ name, sp string }{
	{"space", " "},
	{"tab", "\t"},
	{"no-break space", "\u00a0"},
	{"narrow no-break space", "\u202f"},
	{"en space", "\u2002"},
	{"em space", "\u2003"},
	{"figure space", "\u2007"},
	{"thin space", "\u2009"},
	{"hair space", "\u200a"},
	{"zero-width space", "\u200b"},
	{"ideographic space", "\u3000"},
	{"two spaces", " \u00a0"},
}

// minusTests are the minus signs of package internal/chars; longDashes
// are dashes that mark a whole amount (",—") but are never a minus.
var (
	minusTests = []struct{ name, d string }{
		{"hyphen-minus", "-"},
		{"minus sign", "\u2212"},
		{"en dash", "\u2013"},
		{"figure dash", "\u2012"},
		{"hyphen", "\u2010"},
		{"full-width hyphen-minus", "\uff0d"},
	}
	longDashes = []struct{ name, d string }{
		{"em dash", "\u2014"},
		{"horizontal bar", "\u2015"},
	}
)

func TestParseSpacesAndDashes(t *testing.T) {
	id, ms := language.Indonesian, language.Malay
	type test struct {
		in   string
		lang language.Tag
		want Amount
	}
	var tests []test
	for _, sp := range spaceTests {
		tests = append(tests,
			test{"Rp" + sp.sp + "5.000", id, Rupiah(5000)},
			test{"Rp." + sp.sp + "100.387.357.175", id, Rupiah(100387357175)},
			test{sp.sp + "Rp 5.000" + sp.sp, id, Rupiah(5000)},
			test{"Rp" + sp.sp + "18" + sp.sp + "miliar", id, Rupiah(18e9)},
			test{"RM" + sp.sp + "1,234.56", ms, FromMinor(123456, MYR)},
		)
	}
	for _, d := range minusTests {
		tests = append(tests,
			test{d.d + "Rp5.000", id, Rupiah(-5000)},
			test{"Rp" + d.d + "5.000", id, Rupiah(-5000)},
			test{d.d + " Rp 5.000", id, Rupiah(-5000)},
			test{"Rp 1.186.868," + d.d, id, Rupiah(1186868)},
		)
	}
	for _, d := range longDashes {
		tests = append(tests, test{"Rp 1.186.868," + d.d, id, Rupiah(1186868)})
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, tt.lang)
		if err != nil {
			t.Errorf("Parse(%+q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%+q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	// A long dash is not a minus sign.
	for _, d := range longDashes {
		in := d.d + "Rp5.000"
		if got, err := Parse(in, id); !errors.Is(err, ErrSyntax) {
			t.Errorf("Parse(%+q) = %v, %v; want ErrSyntax", in, got, err)
		}
	}
}
