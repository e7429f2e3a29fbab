package trade

import (
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// Split returns the single dimensions of d in the order Key.Compare sorts
// by. Of ByCommodity, ByHeading and ByChapter only the finest asked for is
// returned, since it is the one a Key holds.
func (d Dimension) Split() []Dimension {
	order := []Dimension{ByPeriod, ByYear, ByMonth, ByReporter, ByPartner, ByPost, ByFlow, ByScheme, ByBasis,
		ByCommodity, ByHeading, ByChapter}
	var out []Dimension
	hs := false
	for _, x := range order {
		if d&x == 0 {
			continue
		}
		if x == ByCommodity || x == ByHeading || x == ByChapter {
			if hs {
				continue
			}
			hs = true
		}
		out = append(out, x)
	}
	return out
}

// noValue is what Key.Text writes for a dimension a key has no value for.
const noValue = "–"

// Text writes the value of the single dimension d of k for people, in the
// language of tag: the period or the year, the month's name ("Agustus"),
// a region's or border post's name ("Kalimantan Barat", "PLBN Entikong"),
// a flow, scheme or basis label, or the dotted HS code; "–" where the key
// has no value, and a code as written where no region or post has it.
func (k Key) Text(d Dimension, tag language.Tag) string {
	switch d {
	case ByPeriod:
		return Period(k.Period).String()
	case ByYear:
		if k.Year == 0 {
			return noValue
		}
		return strconv.Itoa(k.Year)
	case ByMonth:
		if k.Month == 0 {
			return noValue
		}
		// The long form of the month's first day, without the day and year.
		s := date.Formatter{Lang: tag, Style: date.Long}.Format(date.Date{Year: 2000, Month: k.Month, Day: 1})
		return strings.TrimSuffix(strings.TrimPrefix(s, "1 "), " 2000")
	case ByReporter:
		return regionText(k.Reporter, tag)
	case ByPartner:
		return regionText(k.Partner, tag)
	case ByPost:
		if k.Post == "" {
			return noValue
		}
		if p, err := region.FindPost(k.Post); err == nil {
			return p.Name
		}
		return k.Post
	case ByFlow:
		return k.Flow.Label(tag)
	case ByScheme:
		if k.Scheme == 0 {
			return noValue
		}
		return k.Scheme.Label(tag)
	case ByBasis:
		if k.Basis == 0 {
			return noValue
		}
		return k.Basis.Label(tag)
	}
	if k.HS.IsZero() {
		if k.Code != "" {
			return k.Code
		}
		return noValue
	}
	return k.HS.Dotted()
}

// regionText returns the name of the region with the given code in the
// language of tag, or the code itself.
func regionText(code string, tag language.Tag) string {
	if code == "" {
		return noValue
	}
	if r, ok := region.Lookup(code); ok {
		return region.Default().Label(r, tag)
	}
	return code
}
