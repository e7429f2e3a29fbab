package agreement

import (
	"errors"
	"fmt"
	"strconv"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
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
	Err    error  // the reason
}

// Error returns the failed function, the input and the reason.
func (e *ParseError) Error() string {
	if e.Offset > 0 {
		return fmt.Sprintf("agreement.%s(%q): %v (at offset %d)", e.Func, e.Input, e.Err, e.Offset)
	}
	return fmt.Sprintf("agreement.%s(%q): %v", e.Func, e.Input, e.Err)
}

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }

func newParseError(fn, in string, off int, err error) *ParseError {
	if len(in) > 200 {
		in = in[:200]
	}
	return &ParseError{Func: fn, Input: in, Offset: off, Err: err}
}

// label holds the names of one value of an enumeration: a stable English
// identifier used for text marshalling, a display label per language and
// further spellings the parser accepts (abbreviations, older spellings,
// misspellings seen in real registers).
type label struct {
	ident      string
	en, id, ms string
	alias      []string
}

// table is the label table of one enumeration; index 0 is the unknown value.
type table struct {
	name   string
	labels []label
	index  map[string]uint8 // fold.Key of every name → value
}

func newTable(name string, labels []label) *table {
	t := &table{name: name, labels: labels, index: make(map[string]uint8)}
	for v, l := range labels {
		if v == 0 {
			continue
		}
		names := append([]string{l.ident, l.en, l.id, l.ms}, l.alias...)
		for _, n := range names {
			k := fold.Key(n)
			if k == "" {
				continue
			}
			if old, dup := t.index[k]; dup && old != uint8(v) {
				panic(fmt.Sprintf("agreement: %s name %q given to both %s and %s", name, n, labels[old].ident, l.ident))
			}
			t.index[k] = uint8(v)
		}
	}
	return t
}

func (t *table) valid(v uint8) bool { return v > 0 && int(v) < len(t.labels) }

// str returns the identifier of v, "unknown" for zero and a %!Name(n) form
// for a value out of range.
func (t *table) str(v uint8) string {
	if v == 0 {
		return "unknown"
	}
	if !t.valid(v) {
		return "%!" + t.name + "(" + strconv.Itoa(int(v)) + ")"
	}
	return t.labels[v].ident
}

func (t *table) label(v uint8, tag language.Tag) string {
	if !t.valid(v) {
		if v == 0 {
			switch lang.Of(tag) {
			case lang.Indonesian:
				return "tidak diketahui"
			case lang.Malay, lang.MalayBrunei:
				return "tidak diketahui"
			}
			return "unknown"
		}
		return t.str(v)
	}
	l := t.labels[v]
	switch lang.Of(tag) {
	case lang.Indonesian:
		return l.id
	case lang.Malay, lang.MalayBrunei:
		return l.ms
	}
	return l.en
}

func (t *table) marshal(v uint8) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !t.valid(v) {
		return nil, fmt.Errorf("agreement: invalid %s %d", t.name, v)
	}
	return []byte(t.labels[v].ident), nil
}

// lookup returns the value named by s, whose fold key is looked up; "" and
// "unknown" give 0 with ok true.
func (t *table) lookup(s string) (uint8, bool) {
	k := fold.Key(s)
	switch k {
	case "", "unknown", "tidak diketahui", "-":
		return 0, true
	}
	v, ok := t.index[k]
	return v, ok
}

func (t *table) parse(fn, s string) (uint8, error) {
	if len(s) > maxInput {
		return 0, newParseError(fn, s, 0, ErrTooLong)
	}
	v, ok := t.lookup(s)
	if !ok {
		return 0, newParseError(fn, s, 0, ErrUnknown)
	}
	return v, nil
}

// unmarshal reads the identifier form (any accepted name works).
func (t *table) unmarshal(fn string, b []byte) (uint8, error) {
	return t.parse(fn, string(b))
}
