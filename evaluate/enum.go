package evaluate

import (
	"errors"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/perr"
)

// maxEnumInput is the length above which an enumeration parser refuses
// its input without reading it.
const maxEnumInput = 64

// Errors of the enumeration parsers (ParseSeverity, ParseDegree and the
// UnmarshalText methods), wrapped by *ParseError for errors.Is.
var (
	// ErrUnknownLabel means text names no value of the enumeration (or is
	// empty, or is over the length limit).
	ErrUnknownLabel = errors.New("unknown label")
	// ErrRange means a value out of range was given to MarshalText.
	ErrRange = errors.New("value out of range")
)

// A ParseError reports text that names no value of one of this package's
// enumerations, or a value out of range given to MarshalText.
type ParseError struct {
	Func   string // the function that failed: "ParseSeverity", "Degree.UnmarshalText", …
	Input  string // the text given to it
	Offset int    // byte offset in Input of the problem
	Msg    string // what is wrong: "unknown severity"
	Err    error  // ErrUnknownLabel or ErrRange
}

// Error returns the failed call, the problem and the refused text, quoted
// and cut to 64 bytes, in the format shared by every package:
// `evaluate.ParseSeverity("fatal"): unknown severity`.
func (e *ParseError) Error() string {
	return perr.Format("evaluate", e.Func, e.Input, e.Offset, e.Msg, e.Err)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

func enumError(f enum.Failure) error {
	err := ErrUnknownLabel
	if f.Kind == enum.Range {
		err = ErrRange
	}
	return &ParseError{Func: f.Func, Input: f.Input, Offset: f.Offset, Msg: f.Msg, Err: err}
}

// newEnum builds the table of one of this package's enumerations. The
// convention of every enumeration (zero value, out-of-range values, labels,
// parsing) is internal/enum's; zeroIsValue makes the zero value one like
// the others (Severity's None).
func newEnum(typ string, entries []enum.Entry, zeroIsValue bool) *enum.Table {
	return enum.New(enum.Config{Type: typ, ZeroIsValue: zeroIsValue, MaxLen: maxEnumInput, Err: enumError}, entries)
}
