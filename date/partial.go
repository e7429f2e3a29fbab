package date

import (
	"time"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// A Partial is a calendar date known to the day, to the month or only to
// the year, as sources give them: Tangerang Selatan signed its Letter of
// Intent with Timrå "pada tanggal 2013"; the 36th Kalimantan
// Barat–Sarawak session met in Kuching in September 2023, its days not
// reported. It stands for one day of its span (First to Last) that the
// source does not name, not for the whole span: a session "in September
// 2023" was held on some days of September, an activity "in 2022" on
// some day of 2022.
//
// A zero Month means the date is known only to the year; a zero Day, only
// to the month. The zero Partial means "no date". A Partial is comparable,
// so it can be a map key, and its fields are exported, so it can be
// written as a literal; [InYear], [InMonth] and [PartialOf] say what they
// build.
//
// Its text form is ISO 8601 with reduced precision: "2013", "2013-02",
// "2016-02-21". [Formatter.FormatPartial] writes it as documents do:
// "2013", "Februari 2016", "21 Februari 2016".
//
// A Partial has happened by a day D when its whole span has, that is when
// Last is on or before D ([Partial.HappenedBy]): on 9 June 2022 an
// activity dated only "2022" has not certainly happened yet. This is the
// one rule for partial dates; every package of the module counts by it.
type Partial struct {
	Year  int        // Year, 1 to 9999 for a valid Partial.
	Month time.Month // Month of the year, January = 1; 0 when known only to the year.
	Day   int        // Day of the month; 0 when known only to the month or the year.
}

// PartialOf returns the Partial known to the day d.
func PartialOf(d Date) Partial { return Partial(d) }

// InYear returns the Partial known only to the year y: "2013".
func InYear(y int) Partial { return Partial{Year: y} }

// InMonth returns the Partial known only to the month m of year y:
// "Februari 2016".
func InMonth(y int, m time.Month) Partial { return Partial{Year: y, Month: m} }

// IsZero reports whether p is the zero Partial, meaning "no date".
func (p Partial) IsZero() bool { return p == Partial{} }

// IsValid reports whether p is a real year, month or day with a year from
// 1 to 9999, and no day given without its month. The zero Partial is not
// valid.
func (p Partial) IsValid() bool {
	switch {
	case p.Year < 1 || p.Year > 9999:
		return false
	case p.Month == 0:
		return p.Day == 0
	case p.Month < time.January || p.Month > time.December:
		return false
	case p.Day == 0:
		return true
	}
	return p.Day >= 1 && p.Day <= daysIn(p.Year, p.Month)
}

// Precision returns how much of p is known: PrecisionDay, PrecisionMonth,
// PrecisionYear, or PrecisionNone for the zero Partial. It reads the
// fields only; use IsValid to tell whether they name a real date.
func (p Partial) Precision() Precision {
	switch {
	case p.IsZero():
		return PrecisionNone
	case p.Month == 0 && p.Day == 0:
		return PrecisionYear
	case p.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// Span returns the days p may stand for: one day, a whole month or a whole
// year. An invalid p, the zero Partial included, gives the zero Range.
func (p Partial) Span() Range {
	if !p.IsValid() {
		return Range{}
	}
	switch p.Precision() {
	case PrecisionYear:
		return YearRange(p.Year)
	case PrecisionMonth:
		return MonthRange(p.Year, p.Month)
	}
	d := Date(p)
	return Range{d, d}
}

// First returns the earliest day p may stand for: 1 January 2013 for
// "2013". An invalid p gives the zero Date.
func (p Partial) First() Date { return p.Span().Start }

// Last returns the latest day p may stand for, the day by which it has
// certainly happened: 31 December 2013 for "2013". An invalid p gives the
// zero Date.
func (p Partial) Last() Date { return p.Span().End }

// HappenedBy reports whether p has certainly happened by d: its whole span
// lies on or before d (Last is not after d). A day counts from itself,
// "June 2022" from 30 June 2022, "2022" from 31 December 2022, so on 9
// June 2022 something dated only "2022" has not happened yet, and on 30
// December 2022 it still has not. Recency counts from the same day.
//
// The zero Partial, of something recorded without its date, has happened
// by every day: it is known to have happened, not when (callers that need
// a date test IsZero first). Any other invalid p never happens. Dates are
// compared field by field, as Date.Compare does, so the zero d comes
// before every day.
//
// HappenedBy is monotonic: if p has happened by d, it has happened by
// every later day.
func (p Partial) HappenedBy(d Date) bool {
	if p.IsZero() {
		return true
	}
	l := p.Last()
	return l.IsValid() && !l.After(d)
}

// String returns p in the ISO 8601 form of its precision: "2013",
// "2013-02", "2016-02-21"; the zero Partial gives "". An invalid p prints
// its fields in the same shape ("2013-13"); use IsValid to tell.
func (p Partial) String() string {
	var b [16]byte
	return string(p.appendISO(b[:0]))
}

// appendISO appends the fields of p in the ISO form of its precision,
// whatever their values; the zero Partial appends nothing.
func (p Partial) appendISO(b []byte) []byte {
	if p.IsZero() {
		return b
	}
	b = appendPadded(b, p.Year, 4)
	if p.Month != 0 || p.Day != 0 {
		b = append(b, '-')
		b = appendPadded(b, int(p.Month), 2)
	}
	if p.Day != 0 {
		b = append(b, '-')
		b = appendPadded(b, p.Day, 2)
	}
	return b
}

// AppendText appends the ISO 8601 form of p to b, as MarshalText does.
func (p Partial) AppendText(b []byte) ([]byte, error) {
	if p.IsZero() {
		return b, nil
	}
	if !p.IsValid() {
		return b, &ParseError{Func: "Partial.MarshalText", Input: p.String(), Offset: -1, Msg: "invalid partial date", Err: ErrRange}
	}
	return p.appendISO(b), nil
}

// MarshalText implements encoding.TextMarshaler with the ISO 8601 form of
// p's precision: "2013", "2013-02", "2016-02-21". The zero Partial
// marshals to empty text, so an empty JSON string or CSV cell means "no
// date"; any other invalid Partial is an error wrapping ErrRange.
func (p Partial) MarshalText() ([]byte, error) {
	return p.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements encoding.TextUnmarshaler. It reads the strict
// ISO 8601 forms "2013", "2013-02" and "2016-02-21" only; empty text gives
// the zero Partial. Read what documents write with ParsePartial.
func (p *Partial) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Partial{}
		return nil
	}
	s := string(text)
	v, ok, err := parseISOPartial(s, "UnmarshalText")
	if !ok {
		return syntaxError("UnmarshalText", s, 0, "want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// parseISOPartial reads s if it has the shape of an ISO 8601 date of
// reduced precision, YYYY, YYYY-MM or YYYY-MM-DD, all digits. ok reports
// whether it has that shape; err whether the fields name a real date.
func parseISOPartial(s, fn string) (p Partial, ok bool, err error) {
	switch len(s) {
	case 4, 7, 10:
	default:
		return Partial{}, false, nil
	}
	y, ok := digits(s[0:4])
	if !ok {
		return Partial{}, false, nil
	}
	p.Year = y
	if len(s) >= 7 {
		m, ok := digits(s[5:7])
		if !ok || s[4] != '-' {
			return Partial{}, false, nil
		}
		p.Month = time.Month(m)
	}
	if len(s) == 10 {
		d, ok := digits(s[8:10])
		if !ok || s[7] != '-' {
			return Partial{}, false, nil
		}
		p.Day = d
	}
	switch {
	case y < 1:
		return Partial{}, true, rangeError(fn, s, 0, "year "+itoa(y)+" out of range 1 to 9999")
	case len(s) >= 7 && (p.Month < time.January || p.Month > time.December):
		return Partial{}, true, rangeError(fn, s, 5, "month "+itoa(int(p.Month))+" out of range")
	case len(s) == 10 && (p.Day < 1 || p.Day > daysIn(p.Year, p.Month)):
		return Partial{}, true, rangeError(fn, s, 8, "day "+itoa(p.Day)+" out of range for "+p.Month.String()+" "+itoa(p.Year))
	}
	return p, true, nil
}

// ParsePartial reads a date known to the day, the month or the year, as
// documents write it, in the forms Parse reads and these:
//
//	2013                  tahun 2013, pada tanggal 2013, Tahun Anggaran 2022
//	Februari 2016         bulan Februari 2016, Nopember 2022, Ogos 2019, June 2022, Sept. 2017
//	2016-02, 2013         ISO 8601 of reduced precision, as MarshalText writes
//	21 Februari 2016      a day, read as Parse reads it: Kamis (9/6/2022), 2016-02-21
//
// The words that introduce a date ("pada", "tanggal", "tahun", "bulan")
// are skipped, month names of every language are read whatever lang is,
// and a written weekday is checked against the day, as Parse does.
// A period is not a partial date: "2015-2016", "Triwulan III 2022",
// "Oktober – Desember 2017" and "23 – 25 Oktober 2017" are errors wrapping
// ErrSyntax (read them with ParseRange), as are a month or day without a
// year ("Februari") and empty text. A date that does not exist ("31
// Februari 2016", "2016-13") wraps ErrRange. Input longer than MaxInput
// bytes is refused. ParsePartial does not allocate when it succeeds.
func ParsePartial(s string, lang language.Tag) (Partial, error) {
	const fn = "ParsePartial"
	if v, ok, err := parseISOPartial(s, fn); ok {
		return v, err
	}
	var p parser
	if err := p.init(fn, s, lang); err != nil {
		return Partial{}, err
	}
	pt, err := p.part()
	if err != nil {
		return Partial{}, err
	}
	if err := p.finish(); err != nil {
		return Partial{}, err
	}
	switch {
	case pt.month2 != 0 && pt.month2 != pt.month:
		return Partial{}, p.errorAt(ErrSyntax, pt.first, "a quarter or half year is a period, not a partial date (read it with ParseRange)")
	case pt.day != 0 && pt.month == 0:
		return Partial{}, p.errorAt(ErrSyntax, p.n, "missing month")
	case pt.year == 0:
		return Partial{}, p.errorAt(ErrSyntax, p.n, "missing year")
	case pt.day != 0:
		d, err := p.date(&pt)
		if err != nil {
			return Partial{}, err
		}
		return PartialOf(d), nil
	}
	if err := p.checkYear(&pt); err != nil {
		return Partial{}, err
	}
	return Partial{Year: pt.year, Month: time.Month(pt.month)}, nil
}

// MustParsePartial reads the ISO 8601 forms UnmarshalText reads ("2013",
// "2013-02", "2016-02-21") and panics on error. It is meant for tests and
// package-level literals, never for user data.
func MustParsePartial(s string) Partial {
	var p Partial
	if err := p.UnmarshalText([]byte(s)); err != nil {
		panic(err)
	}
	return p
}

// FormatPartial returns p written as the source gives it, in f's language:
// "2022" for a year, "Juni 2022" (Malay "Jun 2022", English "June 2022")
// for a month, and a day as Format writes it, "9 Juni 2022". Nothing is
// added that the source does not say: "2022" is never written "31
// Desember 2022". The Medium and Short styles abbreviate the month ("Jun
// 2022"; there is no numeric month form that readers agree on); the Full
// style writes the weekday of a day only. An invalid Partial is written in
// ISO 8601 field form, as String writes it, and the zero Partial as the
// empty string. ParsePartial reads every form back.
func (f Formatter) FormatPartial(p Partial) string {
	var b [64]byte
	return string(f.AppendPartial(b[:0], p))
}

// AppendPartial appends p, written as FormatPartial writes it, to dst and
// returns the extended buffer. It does not allocate when dst has room.
func (f Formatter) AppendPartial(dst []byte, p Partial) []byte {
	if !p.IsValid() {
		return p.appendISO(dst)
	}
	switch p.Precision() {
	case PrecisionYear:
		return appendPadded(dst, p.Year, 4)
	case PrecisionMonth:
		if f.Style == Short {
			f.Style = Medium
		}
		dst = f.appendMonth(dst, names(lang.Of(f.Lang)), p.Month)
		dst = append(dst, ' ')
		return appendPadded(dst, p.Year, 4)
	}
	return f.Append(dst, Date(p))
}

// A Precision tells how much of a Partial is known. The zero Precision,
// PrecisionNone, is that of the zero Partial; finer precisions are
// greater, so PrecisionDay > PrecisionMonth > PrecisionYear.
type Precision uint8

// The precisions.
const (
	PrecisionNone  Precision = iota // the zero Partial: no date
	PrecisionYear                   // "2013"
	PrecisionMonth                  // "2013-02"
	PrecisionDay                    // "2013-02-06"
)

// precisions is the table of Precision. The zero Precision, "none", is a
// value like the others: that of the zero Partial.
var precisions = enum.New(enum.Config{Type: "Precision", ZeroIsValue: true, MaxLen: 16, Err: enumError}, []enum.Entry{
	PrecisionNone:  {ID: "none", En: "no date", In: "tanpa tanggal", Ms: "tiada tarikh"},
	PrecisionYear:  {ID: "year", En: "year", In: "tahun", Ms: "tahun"},
	PrecisionMonth: {ID: "month", En: "month", In: "bulan", Ms: "bulan"},
	PrecisionDay:   {ID: "day", En: "day", In: "hari", Ms: "hari", Aliases: []string{"tanggal", "tarikh"}},
})

// String returns the English identifier of p: "none", "year", "month" or
// "day", or "%!Precision(N)" for an unknown value.
func (p Precision) String() string { return precisions.String(int(p)) }

// Label returns p in the language of tag: "tahun", "bulan", "hari" in
// Indonesian and Malay, "year", "month", "day" in English (the fallback
// for other languages); the zero Precision is "tanpa tanggal", "tiada
// tarikh", "no date".
func (p Precision) Label(tag language.Tag) string { return precisions.Label(int(p), tag) }

// MarshalText implements encoding.TextMarshaler with the identifier String
// returns; an unknown Precision is an error.
func (p Precision) MarshalText() ([]byte, error) { return precisions.MarshalText(int(p)) }

// UnmarshalText implements encoding.TextUnmarshaler, reading what
// ParsePrecision reads; empty text is the zero Precision.
func (p *Precision) UnmarshalText(text []byte) error {
	v, err := precisions.UnmarshalText(text)
	if err != nil {
		return err
	}
	*p = Precision(v)
	return nil
}

// ParsePrecision reads a precision by its identifier ("none", "year",
// "month", "day") or its label in any language ("tahun", "bulan", "hari",
// "no date"), and "tanggal", "tarikh" for a day, in any letter case. It
// does not allocate for ASCII input.
func ParsePrecision(s string) (Precision, error) {
	v, err := precisions.Parse("ParsePrecision", s)
	return Precision(v), err
}
