package input

import (
	"strconv"
	"unicode/utf8"
)

// Row errors. Every reader of the module (trade, agreement and session
// items, CSV and JSON) reports a record it could not load as an error of
// one shape: its own exported type with the fields
//
//	File   string // the file, as the caller named it; "" if none
//	Line   int    // 1-based line of the problem; 0 if unknown
//	Column int    // 1-based column, in bytes; 0 if unknown
//	Field  string // the column's header (CSV) or key (JSON); "" for the whole row
//	Text   string // the cell's text, through CellText; "" for the whole row
//	Err    error  // the reason, wrapping the package's sentinel errors
//	More   []*T   // the row's other bad fields, for a row with several (where kept)
//
// and formatted by AppendRowError, so that every message reads
// "file:line:column: field: reason" (the file left out when empty, the
// column when 0, the position when the line is 0; the field when empty).
// Error itself is formatted the same way.

// MaxText is the number of bytes of a cell's text that CellText keeps.
const MaxText = 64

// CellText returns the text of a cell for a row error: cut to MaxText bytes
// at a rune boundary (ending in "…" when cut), with control characters
// escaped (see Escape), so that a 50 MB cell gives a short message and an
// escape sequence in a cell never reaches a terminal.
func CellText(s string) string {
	if len(s) > MaxText {
		n := MaxText
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n] + "…"
	}
	return Escape(s)
}

// IsControl reports whether r is escaped by Escape: C0 controls (tab and
// line breaks included), DEL, C1 controls, the line and paragraph
// separators U+2028 and U+2029, and the bidirectional formatting
// characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
func IsControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x2028 || r == 0x2029 ||
		r == 0x061c || r == 0x200e || r == 0x200f || (0x202a <= r && r <= 0x202e) || (0x2066 <= r && r <= 0x2069)
}

// Escape returns s with every control character (IsControl) written as a
// Go escape ("\x1b", "\r", "\u202e") and every byte of invalid UTF-8 as
// "\xff". Other text, non-ASCII letters included, is kept as it is.
func Escape(s string) string {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsControl(r) || (r == utf8.RuneError && n == 1) {
			return string(appendEscaped(append(make([]byte, 0, len(s)+8), s[:i]...), s[i:]))
		}
		i += n
	}
	return s
}

// appendEscaped appends s to b, escaping as Escape does.
func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, `\x`...)
			b = append(b, "0123456789abcdef"[s[i]>>4], "0123456789abcdef"[s[i]&15])
		case IsControl(r):
			q := strconv.QuoteRuneToASCII(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// AppendPos appends the position "file:line:column: " to b: the file left
// out when empty, the column when 0, and everything when the line is 0
// (then only "file: ", or nothing).
func AppendPos(b []byte, file string, line, column int) []byte {
	if file != "" {
		b = appendEscaped(b, file)
		b = append(b, ':')
	}
	if line > 0 {
		b = strconv.AppendInt(b, int64(line), 10)
		b = append(b, ':')
		if column > 0 {
			b = strconv.AppendInt(b, int64(column), 10)
			b = append(b, ':')
		}
	}
	if len(b) > 0 {
		b = append(b, ' ')
	}
	return b
}

// AppendRowError appends the message of a row error to b:
// "file:line:column: field: reason", with the parts left out as AppendPos
// and the field left out when empty. Control characters of the file, the
// field and the reason are escaped.
func AppendRowError(b []byte, file string, line, column int, field string, err error) []byte {
	b = AppendPos(b, file, line, column)
	if field != "" {
		b = appendEscaped(b, field)
		b = append(b, ": "...)
	}
	if err != nil {
		b = appendEscaped(b, err.Error())
	} else {
		b = append(b, "invalid row"...)
	}
	return b
}

// RowError returns what AppendRowError appends.
func RowError(file string, line, column int, field string, err error) string {
	return string(AppendRowError(make([]byte, 0, 64), file, line, column, field, err))
}

// AppendMore appends the message of another bad field of the same row:
// "; column 25: field: reason" (the column left out when 0).
func AppendMore(b []byte, column int, field string, err error) []byte {
	b = append(b, "; "...)
	if column > 0 {
		b = append(b, "column "...)
		b = strconv.AppendInt(b, int64(column), 10)
		b = append(b, ": "...)
	}
	if field != "" {
		b = appendEscaped(b, field)
		b = append(b, ": "...)
	}
	if err != nil {
		b = appendEscaped(b, err.Error())
	}
	return b
}
