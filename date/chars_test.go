package date

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// charSpaces are the spaces of package internal/chars, which date and
// money both read, and the line breaks date also reads between words.
var charSpaces = []struct{ name, sp string }{
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
	{"byte order mark", "\ufeff"},
	{"line feed", "\n"},
	{"line separator", "\u2028"},
}

// charDashes are the dashes of package internal/chars.
var charDashes = []struct{ name, d string }{
	{"hyphen-minus", "-"},
	{"hyphen", "\u2010"},
	{"figure dash", "\u2012"},
	{"en dash", "\u2013"},
	{"em dash", "\u2014"},
	{"horizontal bar", "\u2015"},
	{"minus sign", "\u2212"},
	{"full-width hyphen-minus", "\uff0d"},
}

// charTests are dates written with each space and dash.
func charTests() (dates []struct {
	in   string
	want Date
}, ranges []struct {
	in   string
	want Range
}) {
	for _, sp := range charSpaces {
		dates = append(dates,
			struct {
				in   string
				want Date
			}{"7" + sp.sp + "Agustus" + sp.sp + "2019", Date{2019, 8, 7}},
			struct {
				in   string
				want Date
			}{"Rabu," + sp.sp + "7/8/2019", Date{2019, 8, 7}},
		)
	}
	for _, d := range charDashes {
		dates = append(dates, struct {
			in   string
			want Date
		}{"12" + d.d + "09" + d.d + "2017", Date{2017, 9, 12}})
		ranges = append(ranges,
			struct {
				in   string
				want Range
			}{"23 " + d.d + " 25 Oktober 2017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
			struct {
				in   string
				want Range
			}{"23" + d.d + "25\u00a0Oktober\u20032017", Range{Date{2017, 10, 23}, Date{2017, 10, 25}}},
		)
	}
	return dates, ranges
}

func TestParseSpacesAndDashes(t *testing.T) {
	dates, ranges := charTests()
	for _, tt := range dates {
		got, err := Parse(tt.in, tagID)
		if err != nil {
			t.Errorf("Parse(%+q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%+q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, tt := range ranges {
		got, err := ParseRange(tt.in, tagID)
		if err != nil {
			t.Errorf("ParseRange(%+q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseRange(%+q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
