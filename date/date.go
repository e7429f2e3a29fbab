package date

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// A Date is a day of the proleptic Gregorian calendar, without a time of day
// or a time zone: the date a document was signed, a session opened or a
// period ended. Its fields are exported, so a Date can be written as a
// literal, and it is comparable, so it can be a map key.
//
// The zero Date has every field zero; it means "no date" and is not valid.
// A Date is valid when its month is January to December, its day exists in
// that month and its year is 1 to 9999 (the years ISO 8601 writes with four
// digits). Methods that compute (AddDays, AddMonths, DaysSince, Weekday)
// first normalize an invalid Date the way time.Date does, so 2017-02-31
// counts as 2017-03-03.
type Date struct {
	Year  int        // Year, 1 to 9999 for a valid Date.
	Month time.Month // Month of the year, January = 1.
	Day   int        // Day of the month, starting at 1.
}

// Of returns the date on which t falls in t's own location.
func Of(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// In returns the time at midnight starting d in loc. A nil loc means UTC
// (time.Date would panic instead).
func (d Date) In(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// IsZero reports whether d is the zero Date, meaning "no date".
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real day with a year from 1 to 9999.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 &&
		d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// Compare returns -1 if d is before e, +1 if d is after e and 0 if they are
// the same date. Fields are compared in the order Year, Month, Day, so
// invalid dates compare consistently too.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the date n days after d (before d if n is negative).
func (d Date) AddDays(n int) Date {
	return fromDays(d.days() + n)
}

// AddMonths returns the date n months after d (before d if n is negative),
// keeping the day of the month. Where that day does not exist in the
// target month, the result is clamped to the month's last day:
// 2024-01-31 plus one month is 2024-02-29, not time.AddDate's 2024-03-02.
// Adding months therefore never leaves the target month, and an agreement
// signed on 31 August for six months ends in February.
func (d Date) AddMonths(n int) Date {
	d = d.normalize()
	m := int(d.Month) - 1 + n
	y := d.Year + floorDiv(m, 12)
	month := time.Month(m - floorDiv(m, 12)*12 + 1)
	day := min(d.Day, daysIn(y, month))
	return Date{y, month, day}
}

// DaysSince returns the number of days from s to d: positive when d is after
// s, so Date{2017, 10, 25}.DaysSince(Date{2017, 10, 23}) is 2.
func (d Date) DaysSince(s Date) int { return d.days() - s.days() }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01, day 0, was a Thursday.
	return time.Weekday(floorMod(d.days()+int(time.Thursday), 7))
}

// String returns d in the ISO 8601 extended form, "2017-09-12". An invalid
// Date prints its fields in the same shape ("2017-02-31", zero as
// "0000-00-00"); use IsValid to tell.
func (d Date) String() string {
	var b [16]byte
	return string(d.appendISO(b[:0]))
}

// AppendText appends the ISO 8601 form of d to b, as MarshalText does.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	if !d.IsValid() {
		return b, fmt.Errorf("date: cannot marshal invalid date %s", d)
	}
	return d.appendISO(b), nil
}

// MarshalText implements encoding.TextMarshaler with the ISO 8601 form
// "2017-09-12". The zero Date marshals to empty text, so an empty JSON string
// or CSV cell means "no date"; any other invalid Date is an error.
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the strict
// ISO 8601 form read by ParseISO; empty text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := parseISO(string(text), "UnmarshalText")
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Value implements driver.Valuer, so a Date can be stored in a DATE column.
// The zero Date is stored as NULL; it is an error to store an invalid one.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	if !d.IsValid() {
		return nil, fmt.Errorf("date: cannot store invalid date %s", d)
	}
	return d.String(), nil
}

// Scan implements sql.Scanner, so a DATE column can be read into a Date. It
// accepts a time.Time (the date in the value's own location, as drivers
// return DATE), ISO 8601 text as string or []byte (a trailing time of day
// such as "T00:00:00Z" or " 00:00:00", as SQLite returns, is ignored), and
// NULL, which gives the zero Date.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		*d = Of(v)
		return nil
	case string:
		return d.scanText(v)
	case []byte:
		return d.scanText(string(v))
	}
	return fmt.Errorf("date: cannot scan %T into Date", src)
}

func (d *Date) scanText(s string) error {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	v, err := parseISO(s, "Scan")
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// appendISO appends the fields of d as YYYY-MM-DD, whatever their values.
func (d Date) appendISO(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

// appendPadded appends n in decimal with at least width digits. A negative
// n is written with its sign before the padding.
func appendPadded(b []byte, n, width int) []byte {
	var buf [24]byte
	i := len(buf)
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u
	}
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for len(buf)-i < width {
		i--
		buf[i] = '0'
	}
	return append(b, buf[i:]...)
}

// normalize brings the month and day of d into range the way time.Date does.
func (d Date) normalize() Date {
	if d.Month >= time.January && d.Month <= time.December && d.Day >= 1 && d.Day <= 28 {
		return d
	}
	return fromDays(d.days())
}

// days returns the number of days from 1970-01-01 to d, normalizing
// out-of-range months and days as time.Date does.
func (d Date) days() int {
	// Bring the month into 1..12 first.
	m := int(d.Month) - 1
	y := d.Year + floorDiv(m, 12)
	m = m - floorDiv(m, 12)*12 + 1
	// Count from 1 March so that the leap day ends the counting year
	// (the civil-from-days arithmetic described by H. Hinnant,
	// "chrono-Compatible Low-Level Date Algorithms").
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400              // 0..399
	mp := (m + 9) % 12              // March = 0 … February = 11
	doy := (153*mp+2)/5 + d.Day - 1 // day of the counting year
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468 // 719468 days from 0000-03-01 to 1970-01-01
}

// fromDays returns the date n days after 1970-01-01.
func fromDays(n int) Date {
	n += 719468
	era := floorDiv(n, 146097)
	doe := n - era*146097                                  // 0..146096
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // 0..399
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // 0..365
	mp := (5*doy + 2) / 153                  // March = 0
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
		y++
	}
	return Date{y, time.Month(m), d}
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days in month m of year y (m in 1..12).
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}
