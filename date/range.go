package date

import (
	"fmt"
	"time"
)

// A Range is a period of whole days from Start to End, both included: a
// session held "23 – 25 Oktober 2017" is Range{Start: 2017-10-23, End:
// 2017-10-25} and lasts three days. A one-day Range has Start == End.
//
// The zero Range means "no period" and is not valid. A Range is valid when
// both dates are valid and End is not before Start.
type Range struct {
	Start, End Date
}

// YearRange returns the whole calendar year y, 1 January to 31 December.
func YearRange(y int) Range {
	return Range{Date{y, time.January, 1}, Date{y, time.December, 31}}
}

// MonthRange returns the whole month m of year y. A month outside 1 to 12
// gives the zero Range.
func MonthRange(y int, m time.Month) Range {
	if m < time.January || m > time.December {
		return Range{}
	}
	return Range{Date{y, m, 1}, Date{y, m, daysIn(y, m)}}
}

// QuarterRange returns quarter q (1 to 4) of year y: QuarterRange(2022, 4) is
// 1 October to 31 December 2022. A quarter outside 1 to 4 gives the zero
// Range.
func QuarterRange(y, q int) Range {
	if q < 1 || q > 4 {
		return Range{}
	}
	first := time.Month(3*q - 2)
	return Range{Date{y, first, 1}, Date{y, first + 2, daysIn(y, first+2)}}
}

// IsZero reports whether r is the zero Range, meaning "no period".
func (r Range) IsZero() bool { return r == Range{} }

// IsValid reports whether both ends of r are valid dates and r does not end
// before it starts.
func (r Range) IsValid() bool {
	return r.Start.IsValid() && r.End.IsValid() && !r.End.Before(r.Start)
}

// Contains reports whether d falls within r, ends included.
func (r Range) Contains(d Date) bool {
	return !d.Before(r.Start) && !d.After(r.End)
}

// Overlaps reports whether r and s share at least one day. Invalid ranges
// overlap nothing.
func (r Range) Overlaps(s Range) bool {
	return r.IsValid() && s.IsValid() && !r.End.Before(s.Start) && !s.End.Before(r.Start)
}

// Intersect returns the days that r and s share, or the zero Range if they
// share none.
func (r Range) Intersect(s Range) Range {
	if !r.Overlaps(s) {
		return Range{}
	}
	out := r
	if s.Start.After(out.Start) {
		out.Start = s.Start
	}
	if s.End.Before(out.End) {
		out.End = s.End
	}
	return out
}

// Days returns the number of days in r, ends included: 3 for 23 to 25
// October. An invalid Range has 0 days.
func (r Range) Days() int {
	if !r.IsValid() {
		return 0
	}
	return r.End.DaysSince(r.Start) + 1
}

// IsWholeYear reports whether r is exactly one calendar year. It tells a
// full year from a partial one: trade "in 2022, to November" is not a whole
// year and should not be compared with one.
func (r Range) IsWholeYear() bool {
	return r.IsWholeYears() && r.Start.Year == r.End.Year
}

// IsWholeYears reports whether r is one or more whole calendar years,
// from 1 January to 31 December.
func (r Range) IsWholeYears() bool {
	return r.IsValid() &&
		r.Start.Month == time.January && r.Start.Day == 1 &&
		r.End.Month == time.December && r.End.Day == 31
}

// IsWholeMonth reports whether r is exactly one calendar month.
func (r Range) IsWholeMonth() bool {
	return r.IsWholeMonths() && r.Start.Year == r.End.Year && r.Start.Month == r.End.Month
}

// IsWholeMonths reports whether r is one or more whole calendar months,
// from the first day of one month to the last day of the same or a later one.
func (r Range) IsWholeMonths() bool {
	return r.IsValid() && r.Start.Day == 1 && r.End.Day == daysIn(r.End.Year, r.End.Month)
}

// String returns r as an ISO 8601 interval, "2017-10-23/2017-10-25".
func (r Range) String() string {
	var b [32]byte
	return string(r.appendISO(b[:0]))
}

func (r Range) appendISO(b []byte) []byte {
	b = r.Start.appendISO(b)
	b = append(b, '/')
	return r.End.appendISO(b)
}

// AppendText appends the ISO 8601 interval form of r to b, as MarshalText does.
func (r Range) AppendText(b []byte) ([]byte, error) {
	if r.IsZero() {
		return b, nil
	}
	if !r.IsValid() {
		return b, fmt.Errorf("date: cannot marshal invalid range %s", r)
	}
	return r.appendISO(b), nil
}

// MarshalText implements encoding.TextMarshaler with the ISO 8601 interval
// form "2017-10-23/2017-10-25". A range of one day is written as an
// interval too ("2017-09-12/2017-09-12"), so that the text always says it
// is a range; UnmarshalText reads that and the plain date "2017-09-12"
// alike. The zero Range marshals to empty text; any other invalid Range is
// an error.
func (r Range) MarshalText() ([]byte, error) {
	return r.AppendText(make([]byte, 0, 21))
}

// UnmarshalText implements encoding.TextUnmarshaler. It reads what
// ParseISORange reads, including a single date ("2017-09-12") as the range
// of that day; empty text gives the zero Range.
func (r *Range) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = Range{}
		return nil
	}
	v, err := parseISORange(string(text), "UnmarshalText")
	if err != nil {
		return err
	}
	*r = v
	return nil
}
