package trade

import (
	"github.com/kerjasama/kerjasama/internal/enum"
)

// maxLabel is the length in bytes above which a label is refused without
// being read: the longest real label ("perdagangan lintas batas dengan
// kartu identitas lintas batas") is well under it.
const maxLabel = 96

// newEnum builds the table of one of this package's enumerations, whose
// errors are *ParseError values. The convention of every enumeration
// (zero value, out-of-range values, labels, parsing) is internal/enum's.
func newEnum(typ string, entries []enum.Entry) *enum.Table {
	return enum.New(enum.Config{Type: typ, MaxLen: maxLabel, Err: enumError}, entries)
}

// enumError turns a refusal of the enumeration engine into a *ParseError.
func enumError(f enum.Failure) error {
	err := ErrUnknown
	switch f.Kind {
	case enum.Empty, enum.TooLong:
		err = ErrSyntax
	case enum.Ambiguous:
		err = ErrAmbiguous
	case enum.Range:
		err = ErrRange
	}
	return &ParseError{Func: f.Func, Input: f.Input, Offset: f.Offset, Msg: f.Msg, Err: err}
}

// asciiKey appends the fold key of s to dst without allocating when s is
// ASCII; it reports false otherwise (see enum.AppendKey).
func asciiKey(dst []byte, s string) ([]byte, bool) { return enum.AppendKey(dst, s) }
