package date

import (
	"errors"

	"github.com/kerjasama/kerjasama/internal/perr"
)

// Sentinel errors wrapped by *ParseError, for errors.Is.
var (
	// ErrSyntax means the text is not a date or range in a form this
	// package reads.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange means the text has the shape of a date but names one that
	// does not exist (31 Februari, month 13, year 0) or a range that ends
	// before it starts.
	ErrRange = errors.New("value out of range")
	// ErrWeekday means the text names a weekday that the date does not fall
	// on ("Senin, 7/8/2019": 7 August 2019 was a Wednesday).
	ErrWeekday = errors.New("weekday does not match date")
)

// MaxInput is the length in bytes above which parsers refuse their input
// without reading it. The longest real forms ("pada tanggal Jum'at, 28
// Desember 2017 sampai dengan tanggal Rabu, 3 Januari 2018") are well
// under it.
const MaxInput = 256

// A ParseError describes text that could not be read as a date or a range.
type ParseError struct {
	Func   string // the function that failed: "Parse", "ParseRange", "ParseISO", …
	Input  string // the text given to it
	Offset int    // byte offset in Input of the problem
	Msg    string // what is wrong, e.g. "unknown month name"
	Err    error  // ErrSyntax, ErrRange or ErrWeekday
}

// Error returns the failed call, the problem and where it is, in the
// format shared by every package:
// `date.Parse("31 Februari 2017"): day 31 out of range for February 2017`,
// `date.Parse("12 Okt 2017 x"): unexpected text after the date (at "x")`.
// The input is quoted and cut to 64 bytes; the place is shown when it is
// inside the input and not at its start.
func (e *ParseError) Error() string {
	return perr.Format("date", e.Func, e.Input, e.Offset, e.Msg, e.Err)
}

// Unwrap returns the sentinel error e wraps.
func (e *ParseError) Unwrap() error { return e.Err }

func syntaxError(fn, in string, off int, msg string) error {
	return &ParseError{Func: fn, Input: in, Offset: off, Msg: msg, Err: ErrSyntax}
}

func rangeError(fn, in string, off int, msg string) error {
	return &ParseError{Func: fn, Input: in, Offset: off, Msg: msg, Err: ErrRange}
}
