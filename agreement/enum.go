package agreement

import (
	"errors"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/perr"
)

// maxInput is the longest text a parser of this package reads; longer input
// is refused with ErrTooLong before any work is done.
const maxInput = 4096

// Sentinel errors wrapped by the errors of this package, for errors.Is.
var (
	ErrSyntax  = errors.New("syntax error")           // text that is not in any accepted form
	ErrUnknown = errors.New("unknown value")          // a word that names no value of the enumeration
	ErrTooLong = errors.New("input too long")         // input over the parser's length limit
	ErrRange   = errors.New("value out of range")     // a number or date outside the accepted range
	ErrMissing = errors.New("required value missing") // an empty value where one is required
)

// A ParseError reports text that could not be read. It wraps one of the
// sentinel errors (ErrSyntax, ErrUnknown, ErrTooLong, ErrRange) or an error
// of the money or date package.
type ParseError struct {
	Func   string // the function that failed, such as "ParseKind"
	Input  string // the text given, cut to 200 bytes
	Offset int    // byte offset of the problem in Input
	Msg    string // what is wrong; empty when Err says it
	Err    error  // the reason
}

// Error returns the failed call, the problem and where it is, in the
// format shared by every package: `agreement.ParseKind("surat"): unknown
// kind`. The input is quoted and cut to 64 bytes.
func (e *ParseError) Error() string {
	return perr.Format("agreement", e.Func, e.Input, e.Offset, e.Msg, e.Err)
}

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }

func newParseError(fn, in string, off int, err error) *ParseError {
	if len(in) > 200 {
		in = in[:200]
	}
	return &ParseError{Func: fn, Input: in, Offset: off, Err: err}
}

// enumError turns a refusal of the enumeration engine into a *ParseError.
func enumError(f enum.Failure) error {
	err := ErrUnknown
	switch f.Kind {
	case enum.Empty:
		err = ErrSyntax
	case enum.TooLong:
		err = ErrTooLong
	case enum.Range:
		err = ErrRange
	}
	e := newParseError(f.Func, f.Input, f.Offset, err)
	e.Msg = f.Msg
	return e
}

// label holds the names of one value of an enumeration as the tables of
// this package declare them: a stable English identifier used for text
// marshalling, a display label per language and further spellings the
// parser accepts (abbreviations, older spellings, misspellings seen in
// real registers). The tolerant matcher of ParseSectors reads them too.
type label struct {
	ident      string
	en, id, ms string
	alias      []string
}

// table is the label table of one enumeration, an internal/enum table;
// index 0 is the unknown value. The convention of every enumeration (zero
// value, out-of-range values, labels, parsing) is internal/enum's, with
// one addition for registers: a cell with no letter or digit ("", "-")
// given to a parser of this package is the zero value, not an error.
type table struct {
	*enum.Table
	labels []label
}

func newTable(name string, labels []label) *table {
	entries := make([]enum.Entry, len(labels))
	for v, l := range labels {
		entries[v] = enum.Entry{ID: l.ident, En: l.en, In: l.id, Ms: l.ms, Aliases: l.alias}
	}
	if entries[0].ID == "" {
		// The zero value of every enumeration of this package is labelled
		// (and read) as unknown.
		entries[0] = enum.Entry{ID: "unknown", En: "unknown", In: "tidak diketahui", Ms: "tidak diketahui"}
	}
	return &table{Table: enum.New(enum.Config{Type: name, MaxLen: maxInput, Err: enumError}, entries), labels: labels}
}

func (t *table) str(v uint8) string { return t.String(int(v)) }

func (t *table) label(v uint8, tag language.Tag) string { return t.Label(int(v), tag) }

func (t *table) marshal(v uint8) ([]byte, error) { return t.MarshalText(int(v)) }

func (t *table) parse(fn, s string) (uint8, error) {
	if len(s) <= maxInput && fold.Key(s) == "" {
		return 0, nil
	}
	v, err := t.Parse(fn, s)
	return uint8(v), err
}

// unmarshal reads the identifier form (any accepted name works).
func (t *table) unmarshal(fn string, b []byte) (uint8, error) {
	return t.parse(fn, string(b))
}
