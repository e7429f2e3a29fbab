package trade

import (
	"errors"
	"strconv"

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

// Error returns the failed call, the problem and where it is:
// `trade.ParseHS("0101.2"): odd number of digits (at "2")`.
func (e *ParseError) Error() string {
	b := make([]byte, 0, 64+2*len(e.Input))
	b = append(b, "trade."...)
	b = append(b, e.Func...)
	b = append(b, '(')
	b = strconv.AppendQuote(b, clip(e.Input))
	b = append(b, "): "...)
	if e.Msg != "" {
		b = append(b, e.Msg...)
	} else if e.Err != nil {
		b = append(b, e.Err.Error()...)
	}
	if e.Offset > 0 && e.Offset < len(e.Input) {
		b = append(b, " (at "...)
		b = strconv.AppendQuote(b, clip(e.Input[e.Offset:]))
		b = append(b, ')')
	}
	return string(b)
}

// Unwrap returns the sentinel error e wraps.
func (e *ParseError) Unwrap() error { return e.Err }

// clip shortens s for an error message without cutting a UTF-8 sequence.
func clip(s string) string {
	const n = 64
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}
