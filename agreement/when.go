package agreement

import (
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
)

// A PartialDate is a calendar date known to the day, to the month or only
// to the year, as sources give them: Tangerang Selatan signed its Letter of
// Intent with Timrå "pada tanggal 2013". Month zero means the date is known
// only to the year; Day zero, only to the month. The zero PartialDate means
// "no date".
//
// Its text form is ISO 8601 with reduced precision: "2013", "2013-02",
// "2016-02-21".
type PartialDate struct {
	Year  int
	Month time.Month // 0: known only to the year
	Day   int        // 0: known only to the month (or the year)
}

// Precision tells how much of a PartialDate is known.
type Precision uint8

// The precisions.
const (
	PrecisionNone  Precision = iota // the zero PartialDate
	PrecisionYear                   // "2013"
	PrecisionMonth                  // "2013-02"
	PrecisionDay                    // "2013-02-06"
)

// String returns "none", "year", "month" or "day".
func (p Precision) String() string {
	switch p {
	case PrecisionNone:
		return "none"
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "%!Precision(" + strconv.Itoa(int(p)) + ")"
}

// On returns the PartialDate known to the day d.
func On(d date.Date) PartialDate { return PartialDate{d.Year, d.Month, d.Day} }

// InYear returns the PartialDate known only to the year y.
func InYear(y int) PartialDate { return PartialDate{Year: y} }

// InMonth returns the PartialDate known only to the month m of year y.
func InMonth(y int, m time.Month) PartialDate { return PartialDate{Year: y, Month: m} }

// IsZero reports whether p is the zero PartialDate.
func (p PartialDate) IsZero() bool { return p == PartialDate{} }

// Precision returns how much of p is known.
func (p PartialDate) Precision() Precision {
	switch {
	case p.IsZero():
		return PrecisionNone
	case p.Month == 0:
		return PrecisionYear
	case p.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// IsValid reports whether p is a real year, month or day (years 1 to 9999)
// with no day given without its month.
func (p PartialDate) IsValid() bool {
	if p.Year < 1 || p.Year > 9999 {
		return false
	}
	switch {
	case p.Month == 0:
		return p.Day == 0
	case p.Month < 1 || p.Month > 12:
		return false
	case p.Day == 0:
		return true
	}
	return date.Date{Year: p.Year, Month: p.Month, Day: p.Day}.IsValid()
}

// Span returns the days p may stand for: one day, a whole month or a whole
// year. An invalid p gives the zero Range.
func (p PartialDate) Span() date.Range {
	if !p.IsValid() {
		return date.Range{}
	}
	switch p.Precision() {
	case PrecisionYear:
		return date.YearRange(p.Year)
	case PrecisionMonth:
		return date.MonthRange(p.Year, p.Month)
	}
	d := date.Date{Year: p.Year, Month: p.Month, Day: p.Day}
	return date.Range{Start: d, End: d}
}

// First returns the earliest day p may stand for (zero if p is invalid).
func (p PartialDate) First() date.Date { return p.Span().Start }

// Last returns the latest day p may stand for (zero if p is invalid). Status
// and dormancy count an event from this day, the day by which it has
// certainly happened.
func (p PartialDate) Last() date.Date { return p.Span().End }

// String returns p in ISO 8601 form of its precision: "2013", "2013-02",
// "2013-02-06"; the zero PartialDate gives "".
func (p PartialDate) String() string { return string(p.appendText(nil)) }

func (p PartialDate) appendText(b []byte) []byte {
	if p.IsZero() {
		return b
	}
	b = appendPad(b, p.Year, 4)
	if p.Month != 0 {
		b = append(b, '-')
		b = appendPad(b, int(p.Month), 2)
		if p.Day != 0 {
			b = append(b, '-')
			b = appendPad(b, p.Day, 2)
		}
	}
	return b
}

func appendPad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// AppendText appends the ISO form of p to b; an invalid non-zero p is an error.
func (p PartialDate) AppendText(b []byte) ([]byte, error) {
	if !p.IsZero() && !p.IsValid() {
		return b, newParseError("PartialDate.MarshalText", p.String(), 0, ErrRange)
	}
	return p.appendText(b), nil
}

// MarshalText returns the ISO form of p; the zero PartialDate gives empty text.
func (p PartialDate) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText reads the ISO forms "2013", "2013-02" and "2013-02-06";
// empty text gives the zero PartialDate.
func (p *PartialDate) UnmarshalText(b []byte) error {
	v, err := parseISOPartial(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

func parseISOPartial(s string) (PartialDate, error) {
	const fn = "ParsePartialDate"
	if s == "" {
		return PartialDate{}, nil
	}
	if len(s) > 10 {
		return PartialDate{}, newParseError(fn, s, 0, ErrSyntax)
	}
	num := func(t string, off int) (int, error) {
		n := 0
		if t == "" {
			return 0, newParseError(fn, s, off, ErrSyntax)
		}
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, newParseError(fn, s, off+i, ErrSyntax)
			}
			n = n*10 + int(t[i]-'0')
		}
		return n, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return PartialDate{}, newParseError(fn, s, 0, ErrSyntax)
	}
	var p PartialDate
	var err error
	if p.Year, err = num(parts[0], 0); err != nil {
		return PartialDate{}, err
	}
	if len(parts) > 1 {
		if len(parts[1]) != 2 {
			return PartialDate{}, newParseError(fn, s, 5, ErrSyntax)
		}
		m, err := num(parts[1], 5)
		if err != nil {
			return PartialDate{}, err
		}
		p.Month = time.Month(m)
	}
	if len(parts) > 2 {
		if len(parts[2]) != 2 {
			return PartialDate{}, newParseError(fn, s, 8, ErrSyntax)
		}
		if p.Day, err = num(parts[2], 8); err != nil {
			return PartialDate{}, err
		}
	}
	if !p.IsValid() {
		return PartialDate{}, newParseError(fn, s, 0, ErrRange)
	}
	return p, nil
}

// ParsePartialDate reads a date as documents write it, to the day ("6
// Februari 2007", "Rabu, 7/8/2019", "2016-02-21", read by date.Parse), to
// the month ("Februari 2016") or to the year ("2013"). Dates are read by the
// date package in the language of tag.
func ParsePartialDate(s string, tag language.Tag) (PartialDate, error) {
	s = strings.TrimSpace(s)
	if len(s) > maxInput {
		return PartialDate{}, newParseError("ParsePartialDate", s, 0, ErrTooLong)
	}
	if s == "" {
		return PartialDate{}, nil
	}
	if p, err := parseISOPartial(s); err == nil {
		return p, nil
	}
	d, err := date.Parse(s, tag)
	if err == nil {
		return On(d), nil
	}
	if r, rerr := date.ParseRange(s, tag); rerr == nil {
		switch {
		case r.IsWholeYear():
			return InYear(r.Start.Year), nil
		case r.IsWholeMonth():
			return InMonth(r.Start.Year, r.Start.Month), nil
		}
	}
	return PartialDate{}, err
}
