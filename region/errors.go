package region

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/perr"
)

// Sentinel errors, wrapped by the error types of this package for errors.Is.
var (
	ErrNotFound  = errors.New("no such region")
	ErrAmbiguous = errors.New("ambiguous region name")
	ErrSyntax    = errors.New("invalid syntax")
	ErrTooLong   = errors.New("input too long")
	ErrInvalid   = errors.New("invalid region definition")
)

// maxInput is the longest name or code Find, Lookup and the parsers read;
// longer input is refused before any work is done.
const maxInput = 256

// A ParseError reports text that does not read as a code, a name or a
// level. It has the fields and the message format of every package's
// ParseError.
type ParseError struct {
	Func   string // the function that failed: "ParseLevel", "Find", …
	Input  string // the text given (cut to maxInput bytes)
	Offset int    // byte offset of the problem in Input
	Msg    string // what is wrong; empty when Err says it
	Err    error  // ErrSyntax, ErrTooLong or ErrNotFound
}

// Error returns the failed call, the problem and where it is, in the
// format shared by every package: `region.ParseLevel("desa x"): invalid
// syntax`. The input is quoted and cut to 64 bytes.
func (e *ParseError) Error() string {
	return perr.Format("region", e.Func, e.Input, e.Offset, e.Msg, e.Err)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// An AmbiguousError reports a name that fits several regions equally well.
// Candidates lists them, best first (by level, then code); a caller may show
// them to the user and ask for a prefix or a code ("Kecamatan Badau,
// Kapuas Hulu" or "61.06.14").
type AmbiguousError struct {
	Name       string
	Candidates []Region
}

// Error names the input and every candidate with its level and code.
func (e *AmbiguousError) Error() string {
	var b strings.Builder
	b.WriteString("region: ")
	b.WriteString(strconv.Quote(e.Name))
	b.WriteString(" is ambiguous: ")
	for i, c := range e.Candidates {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c.describe())
	}
	return b.String()
}

// Unwrap returns ErrAmbiguous.
func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// A NotFoundError reports a name or code that names no region.
type NotFoundError struct {
	Name string

	g           *Gazetteer // where to look for suggestions; nil for none
	once        sync.Once
	suggestions []Region
}

// Suggestions returns a few near matches from Search, best first; it may
// be empty. They are looked for on the first call (or the first Error), not
// when Find fails, so that a batch job checking many names pays nothing for
// them.
func (e *NotFoundError) Suggestions() []Region {
	e.once.Do(func() {
		if e.g != nil && fold.Key(e.Name) != "" {
			e.suggestions = e.g.Search(e.Name, 3)
		}
	})
	return e.suggestions
}

// Error names the input and the suggestions, if any.
func (e *NotFoundError) Error() string {
	name := e.Name
	if len(name) > maxInput {
		name = name[:maxInput] + "…"
	}
	s := "region: no region named " + strconv.Quote(name)
	if sug := e.Suggestions(); len(sug) > 0 {
		s += " (did you mean "
		for i, c := range sug {
			if i > 0 {
				s += ", "
			}
			s += c.describe()
		}
		s += "?)"
	}
	return s
}

// Unwrap returns ErrNotFound.
func (e *NotFoundError) Unwrap() error { return ErrNotFound }
