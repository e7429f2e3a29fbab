package date

import (
	"time"

	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// enDash separates the two ends of a range.
const enDash = "–"

// Format returns d written in f's language and style: "12 September 2017",
// "Selasa, 12 September 2017", "12 Sep 2017" or "12/09/2017" in
// Indonesian. An invalid Date is written in ISO 8601 field form, as
// Date.String writes it, and the zero Date as the empty string.
func (f Formatter) Format(d Date) string {
	var b [64]byte
	return string(f.Append(b[:0], d))
}

// Append appends d, written as Format writes it, to dst and returns the
// extended buffer. It does not allocate when dst has room.
func (f Formatter) Append(dst []byte, d Date) []byte {
	if !d.IsValid() {
		if d.IsZero() {
			return dst
		}
		return d.appendISO(dst)
	}
	l := names(lang.Of(f.Lang))
	switch f.Style {
	case Full:
		dst = append(dst, weekdayLong[l][d.Weekday()]...)
		dst = append(dst, ", "...)
	case Short:
		if monthFirst(f.Lang) {
			dst = appendPadded(dst, int(d.Month), 2)
			dst = append(dst, '/')
			dst = appendPadded(dst, d.Day, 2)
		} else {
			dst = appendPadded(dst, d.Day, 2)
			dst = append(dst, '/')
			dst = appendPadded(dst, int(d.Month), 2)
		}
		dst = append(dst, '/')
		return appendPadded(dst, d.Year, 4)
	}
	dst = appendPadded(dst, d.Day, 1)
	dst = append(dst, ' ')
	dst = f.appendMonth(dst, l, d.Month)
	dst = append(dst, ' ')
	return appendPadded(dst, d.Year, 4)
}

// appendMonth appends the name of m, abbreviated in the Medium style.
func (f Formatter) appendMonth(dst []byte, l lang.Lang, m time.Month) []byte {
	if f.Style == Medium {
		return append(dst, monthShort[l][m]...)
	}
	return append(dst, monthLong[l][m]...)
}

// FormatRange returns r written in f's language and style, collapsing what
// the two ends share, as Indonesian, Malay and English documents do:
//
//	23–25 Oktober 2017                 same month
//	30 September – 2 Oktober 2017      same year
//	28 Desember 2017 – 3 Januari 2018  different years
//	2013                               a whole year
//	2015–2016                          whole years
//	Oktober 2017                       a whole month
//	Oktober–Desember 2017              whole months
//	12 September 2017                  a single day
//
// The Full style writes both ends in full with their weekdays ("Senin, 23
// Oktober 2017 – Rabu, 25 Oktober 2017") unless the range is whole years or
// months. The Short style never collapses: "23/10/2017 – 25/10/2017". The
// two ends are joined by an en dash, with spaces when either side has more
// than one word. An invalid Range is written in ISO 8601 field form, and the
// zero Range as the empty string.
func (f Formatter) FormatRange(r Range) string {
	var b [96]byte
	return string(f.AppendRange(b[:0], r))
}

// AppendRange appends r, written as FormatRange writes it, to dst and
// returns the extended buffer. It does not allocate when dst has room.
func (f Formatter) AppendRange(dst []byte, r Range) []byte {
	if !r.IsValid() {
		if r.IsZero() {
			return dst
		}
		return r.appendISO(dst)
	}
	s, e := r.Start, r.End
	if s == e {
		return f.Append(dst, s)
	}
	if f.Style == Short {
		dst = f.Append(dst, s)
		dst = append(dst, " "+enDash+" "...)
		return f.Append(dst, e)
	}
	l := names(lang.Of(f.Lang))
	switch {
	case r.IsWholeYears():
		dst = appendPadded(dst, s.Year, 4)
		if e.Year != s.Year {
			dst = append(dst, enDash...)
			dst = appendPadded(dst, e.Year, 4)
		}
		return dst
	case r.IsWholeMonths():
		dst = f.appendMonth(dst, l, s.Month)
		if s.Year != e.Year {
			dst = append(dst, ' ')
			dst = appendPadded(dst, s.Year, 4)
			dst = append(dst, " "+enDash+" "...)
		} else if s.Month != e.Month {
			dst = append(dst, enDash...)
		} else {
			dst = append(dst, ' ')
			return appendPadded(dst, s.Year, 4)
		}
		dst = f.appendMonth(dst, l, e.Month)
		dst = append(dst, ' ')
		return appendPadded(dst, e.Year, 4)
	case f.Style == Full || s.Year != e.Year:
		dst = f.Append(dst, s)
		dst = append(dst, " "+enDash+" "...)
		return f.Append(dst, e)
	}
	dst = appendPadded(dst, s.Day, 1)
	if s.Month == e.Month {
		dst = append(dst, enDash...)
	} else {
		dst = append(dst, ' ')
		dst = f.appendMonth(dst, l, s.Month)
		dst = append(dst, " "+enDash+" "...)
	}
	return f.Append(dst, e)
}

var usRegion = language.MustParseRegion("US")

// monthFirst reports whether numeric dates in t are written month first:
// only in American English, and only when the tag names the United States
// itself ("en-US"); "en" alone is read and written day first, as in
// Malaysia, Brunei, Singapore and Britain.
func monthFirst(t language.Tag) bool {
	switch t {
	case language.AmericanEnglish:
		return true
	case language.Indonesian, language.Malay, language.English, language.BritishEnglish, language.Und:
		return false
	}
	if lang.Of(t) != lang.English {
		return false
	}
	r, c := t.Region()
	return c == language.Exact && r == usRegion
}
