package input

import (
	"errors"
	"fmt"
)

// The sentinel errors, wrapped by *Error values; test for them with
// errors.Is.
var (
	// ErrQuote is a quote where strict quoting (RFC 4180) allows none: a
	// bare quote in an unquoted field, text between a closing quote and
	// the separator, or a quoted field not closed by the end of the input.
	ErrQuote = errors.New("bad quoting")
	// ErrTooLong is a record longer than Options.MaxRecord bytes. Reading
	// stops at it.
	ErrTooLong = errors.New("record too long")
	// ErrTooManyFields is a record of more than Options.MaxFields fields.
	ErrTooManyFields = errors.New("too many fields")
	// ErrEncoding is text that is not valid in its encoding: invalid
	// UTF-8, a NUL byte, or invalid UTF-16 (an unpaired surrogate or an
	// odd trailing byte).
	ErrEncoding = errors.New("invalid encoding")
	// ErrFieldCount is a record with more or fewer fields than
	// Reader.SetFieldCount asked for.
	ErrFieldCount = errors.New("wrong number of fields")
)

// An Error is a problem at a position of the input: the file (as given in
// Options.File), the 1-based line and column (in bytes) and the byte
// offset in the text, and the problem, which wraps one of the sentinel
// errors (ErrQuote, ErrTooLong, ErrTooManyFields, ErrEncoding,
// ErrFieldCount).
type Error struct {
	File         string
	Line, Column int
	Offset       int64
	Err          error
}

// Error returns "file.csv:3:7: bare quote in unquoted field", or
// "3:7: bare quote in unquoted field" when File is empty: the shape of
// every row error (AppendRowError).
func (e *Error) Error() string { return RowError(e.File, e.Line, e.Column, "", e.Err) }

// Unwrap returns the problem.
func (e *Error) Unwrap() error { return e.Err }

// Pos returns the position of the error.
func (e *Error) Pos() Pos { return Pos{Line: e.Line, Column: e.Column, Offset: e.Offset} }

// detail is a problem with its own message that wraps a sentinel.
type detail struct {
	msg string
	err error
}

func (d *detail) Error() string { return d.msg }
func (d *detail) Unwrap() error { return d.err }

var (
	errBareQuote  = &detail{"bare quote in unquoted field", ErrQuote}
	errAfterQuote = &detail{"text after the closing quote of a quoted field (want the separator or a line end)", ErrQuote}
	errUTF8       = &detail{"invalid UTF-8", ErrEncoding}
	errNUL        = &detail{"NUL byte (the file is binary, or in an encoding other than UTF-8 or UTF-16)", ErrEncoding}
	errUTF16      = &detail{"invalid UTF-16 (an unpaired surrogate or an odd trailing byte; or U+FFFD in the file)", ErrEncoding}
)

// unclosedError is a quoted field that the end of the input closes.
type unclosedError struct{ last int }

func (e *unclosedError) Error() string {
	return fmt.Sprintf("unclosed quote: the quoted field opened here runs to the end of the input (line %d), taking every line after it", e.last)
}

func (e *unclosedError) Unwrap() error { return ErrQuote }

// tooLongError is a record over the limit.
type tooLongError struct {
	max   int
	quote Pos // the opening quote of a field still open at the limit; zero if none
}

func (e *tooLongError) Error() string {
	s := fmt.Sprintf("record too long: more than %d bytes, reading stopped", e.max)
	if e.quote.Line > 0 {
		s += fmt.Sprintf(" (a quoted field opened at line %d, column %d is still open)", e.quote.Line, e.quote.Column)
	}
	return s
}

func (e *tooLongError) Unwrap() error { return ErrTooLong }

// tooManyError is a record of too many fields.
type tooManyError struct{ max int }

func (e *tooManyError) Error() string {
	return fmt.Sprintf("too many fields: more than %d in one record", e.max)
}

func (e *tooManyError) Unwrap() error { return ErrTooManyFields }

// countError is a record of the wrong number of fields.
type countError struct{ got, want int }

func (e *countError) Error() string {
	return fmt.Sprintf("wrong number of fields: %d, want %d", e.got, e.want)
}

func (e *countError) Unwrap() error { return ErrFieldCount }
