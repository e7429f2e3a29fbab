package trade

import (
	"errors"

	"github.com/kerjasama/kerjasama/internal/perr"
	"github.com/kerjasama/kerjasama/money"
)

// Sentinel errors, for errors.Is.
var (
	// ErrSyntax means text does not have the shape of the value asked for.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange means text has the right shape but names a value that does
	// not exist: HS chapter 00, an 11-digit HS code, month 13.
	ErrRange = errors.New("value out of range")
	// ErrUnknown means a label names no value of the enumeration.
	ErrUnknown = errors.New("unknown label")
	// ErrAmbiguous means a label could name two different things: "PLB" is
	// both a border post (Pos Lintas Batas) and a border pass (Pas Lintas
	// Batas).
	ErrAmbiguous = errors.New("ambiguous label")
	// ErrMissingColumn means a CSV header lacks a column the layout needs.
	ErrMissingColumn = errors.New("missing column")
	// ErrCurrencyMismatch is money's error for adding amounts of two
	// currencies; aggregation returns it (wrapped) when records of another
	// currency arrive and no rates were given to convert them.
	ErrCurrencyMismatch = money.ErrCurrencyMismatch
	// ErrOverflow is money's error for a sum beyond the int64 range of
	// hundredths.
	ErrOverflow = money.ErrOverflow
	// ErrNoRate means a conversion was asked for but no rate fits the
	// currencies and the date.
	ErrNoRate = errors.New("no exchange rate")
)

// A ParseError describes text that could not be read as one of this
// package's values.
type ParseError struct {
	Func   string // the function that failed: "ParseFlow", "ParseHS", …
	Input  string // the text given to it
	Offset int    // byte offset in Input of the problem
	Msg    string // what is wrong
	Err    error  // ErrSyntax, ErrRange, ErrUnknown or ErrAmbiguous
}

// Error returns the failed call, the problem and where it is, in the
// format shared by every package: `trade.ParseHS("0101.2"): odd number of
// digits (at "2")`. The input is quoted and cut to 64 bytes.
func (e *ParseError) Error() string {
	return perr.Format("trade", e.Func, e.Input, e.Offset, e.Msg, e.Err)
}

// Unwrap returns the sentinel error e wraps.
func (e *ParseError) Unwrap() error { return e.Err }

// clip shortens s for a message, as parse errors do.
func clip(s string) string { return perr.Clip(s) }
