// Package perr writes the parse errors of every kerjasama package in one
// shape. Each package keeps its own exported ParseError type (money, date,
// region, trade, agreement) with the fields
//
//	Func   string // the function that failed: "ParseFlow", "Parse", …
//	Input  string // the text given to it
//	Offset int    // byte offset in Input of the problem
//	Msg    string // what is wrong; empty to use Err's text
//	Err    error  // the sentinel error, for errors.Is
//
// and formats itself with [Format]:
//
//	trade.ParseHS("0101.2"): odd number of digits (at "2")
//
// The input is quoted with Go's %q rules, so control characters and invalid
// UTF-8 never reach a terminal, and cut to [MaxQuote] bytes, so that a
// megabyte of junk gives a short message. The position is shown only when
// it is inside the input and not at its start.
package perr

import (
	"strconv"
	"unicode/utf8"
)

// MaxQuote is the number of bytes of the input, and of the text at the
// offset, that a message shows; longer text is cut and ends in "…".
const MaxQuote = 64

// Format returns the message of a parse error of package pkg:
// pkg.fn("input"): msg (at "rest"). When msg is empty the text of err is
// used, and when both are empty "invalid input".
func Format(pkg, fn, input string, offset int, msg string, err error) string {
	b := make([]byte, 0, 32+len(pkg)+len(fn)+len(msg)+2*min(len(input), MaxQuote))
	return string(Append(b, pkg, fn, input, offset, msg, err))
}

// Append appends what Format returns to b.
func Append(b []byte, pkg, fn, input string, offset int, msg string, err error) []byte {
	if pkg != "" {
		b = append(b, pkg...)
		if fn != "" {
			b = append(b, '.')
		}
	}
	b = append(b, fn...)
	b = append(b, '(')
	b = strconv.AppendQuote(b, Clip(input))
	b = append(b, "): "...)
	switch {
	case msg != "":
		b = append(b, msg...)
	case err != nil:
		b = append(b, err.Error()...)
	default:
		b = append(b, "invalid input"...)
	}
	if offset > 0 && offset < len(input) {
		b = append(b, " (at "...)
		b = strconv.AppendQuote(b, Clip(input[offset:]))
		b = append(b, ')')
	}
	return b
}

// Clip shortens s to at most MaxQuote bytes followed by "…", without
// cutting a UTF-8 sequence.
func Clip(s string) string {
	if len(s) <= MaxQuote {
		return s
	}
	i := MaxQuote
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
