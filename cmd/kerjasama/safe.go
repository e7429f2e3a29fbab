package main

import (
	"strings"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/internal/input"
)

// Text from user files and arguments never reaches a terminal as control
// characters: every user-derived string the commands print goes through
// safe, and every error that may quote user text through safeErr. The rule
// is report's (report/render.go, isControl): C0 controls (tab and line
// breaks included), DEL, C1 controls, and the line and paragraph
// separators U+2028 and U+2029 become a space, so that an ESC sequence
// cannot recolour or rewrite the terminal, a CR cannot overwrite a line,
// and a tab or line break cannot forge a column or a row; so do the
// bidirectional formatting characters (U+061C, U+200E, U+200F,
// U+202A–U+202E, U+2066–U+2069), which reorder what a terminal shows.
// Invalid UTF-8 becomes U+FFFD.

// controlRune reports whether r is replaced by safe.
func controlRune(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x2028 || r == 0x2029 ||
		r == 0x061c || r == 0x200e || r == 0x200f || (0x202a <= r && r <= 0x202e) || (0x2066 <= r && r <= 0x2069)
}

// safe returns s with every control character replaced by a space and
// invalid UTF-8 by U+FFFD.
func safe(s string) string {
	if strings.IndexFunc(s, controlRune) < 0 && utf8.ValidString(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if controlRune(r) {
			return ' '
		}
		return r // strings.Map writes U+FFFD for invalid UTF-8
	}, s)
}

// safeError is an error printed through safe; errors.Is and errors.As
// still see the error it wraps.
type safeError struct{ err error }

func (e safeError) Error() string { return safe(e.err.Error()) }
func (e safeError) Unwrap() error { return e.err }

// safeErr wraps err so that printing it prints no control character.
func safeErr(err error) error {
	if err == nil {
		return nil
	}
	return safeError{err}
}

// csvCell makes a cell of user text safe to write to a CSV that a
// spreadsheet or a terminal may open: a formula is neutralised
// (input.Neutralise), and control characters other than the line feed (which
// the CSV quoting keeps inside the cell) become spaces.
func csvCell(s string) string {
	s = input.Neutralise(s)
	if strings.IndexFunc(s, func(r rune) bool { return r != '\n' && controlRune(r) }) < 0 && utf8.ValidString(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r != '\n' && controlRune(r) {
			return ' '
		}
		return r
	}, s)
}
