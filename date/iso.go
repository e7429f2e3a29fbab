package date

import "time"

// ParseISO reads the ISO 8601 calendar date in its extended form,
// "2017-09-12", and nothing else: four-digit year, two-digit month and day,
// hyphens, no spaces. It is the strict reader behind UnmarshalText; Parse
// reads the same form among many others.
func ParseISO(s string) (Date, error) { return parseISO(s, "ParseISO") }

// MustParseISO is like ParseISO but panics on error. It is meant for tests
// and package-level literals, never for user data.
func MustParseISO(s string) Date {
	d, err := ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

func parseISO(s, fn string) (Date, error) {
	if len(s) > MaxInput {
		return Date{}, syntaxError(fn, s, 0, "input too long")
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, syntaxError(fn, s, 0, "want YYYY-MM-DD")
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, syntaxError(fn, s, 0, "want YYYY-MM-DD")
	}
	v := Date{y, time.Month(m), d}
	if off, msg := checkDate(v); msg != "" {
		return Date{}, rangeError(fn, s, [3]int{0, 5, 8}[off], msg)
	}
	return v, nil
}

// ParseISORange reads an ISO 8601 interval of two calendar dates,
// "2017-10-23/2017-10-25". As ISO 8601 allows, the end may leave out what
// it shares with the start: "2017-10-23/25" and "2017-09-30/10-02". A
// single date, "2017-09-12", is the range of that one day, so that a column
// of ranges may hold plain dates. A range that ends before it starts is an
// ErrRange error.
func ParseISORange(s string) (Range, error) { return parseISORange(s, "ParseISORange") }

func parseISORange(s, fn string) (Range, error) {
	if len(s) > MaxInput {
		return Range{}, syntaxError(fn, s, 0, "input too long")
	}
	slash := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			slash = i
			break
		}
	}
	if slash < 0 {
		// One date: the range of that day.
		d, err := parseISO(s, fn)
		if err != nil {
			return Range{}, err
		}
		return Range{d, d}, nil
	}
	start, err := parseISO(s[:slash], fn)
	if err != nil {
		return Range{}, reoffset(err, s, 0)
	}
	e := s[slash+1:]
	var end Date
	switch len(e) {
	case 10:
		end, err = parseISO(e, fn)
		if err != nil {
			return Range{}, reoffset(err, s, slash+1)
		}
	case 5, 2:
		m, d := int(start.Month), 0
		ok := true
		if len(e) == 5 {
			var ok1, ok2 bool
			m, ok1 = digits(e[0:2])
			d, ok2 = digits(e[3:5])
			ok = ok1 && ok2 && e[2] == '-'
		} else {
			d, ok = digits(e)
		}
		if !ok {
			return Range{}, syntaxError(fn, s, slash+1, "want YYYY-MM-DD, MM-DD or DD after /")
		}
		end = Date{start.Year, time.Month(m), d}
		if _, msg := checkDate(end); msg != "" {
			return Range{}, rangeError(fn, s, slash+1, msg)
		}
	default:
		return Range{}, syntaxError(fn, s, slash+1, "want YYYY-MM-DD, MM-DD or DD after /")
	}
	r := Range{start, end}
	if end.Before(start) {
		return Range{}, rangeError(fn, s, slash+1, "range ends before it starts")
	}
	return r, nil
}

// reoffset rewrites a *ParseError about a part of s to be about s, with its
// offset moved by base.
func reoffset(err error, s string, base int) error {
	if pe, ok := err.(*ParseError); ok {
		return &ParseError{Func: pe.Func, Input: s, Offset: base + pe.Offset, Msg: pe.Msg, Err: pe.Err}
	}
	return err
}

// digits reads s as an unsigned decimal number of at most 9 digits.
func digits(s string) (int, bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// checkDate reports what is wrong with the fields of d: which field (0 year,
// 1 month, 2 day) and a message, or "" if d is valid.
func checkDate(d Date) (field int, msg string) {
	switch {
	case d.Year < 1 || d.Year > 9999:
		return 0, "year " + itoa(d.Year) + " out of range 1 to 9999"
	case d.Month < time.January || d.Month > time.December:
		return 1, "month " + itoa(int(d.Month)) + " out of range"
	case d.Day < 1 || d.Day > daysIn(d.Year, d.Month):
		return 2, "day " + itoa(d.Day) + " out of range for " + d.Month.String() + " " + itoa(d.Year)
	}
	return 0, ""
}

func itoa(n int) string {
	var b [24]byte
	return string(appendPadded(b[:0], n, 1))
}
