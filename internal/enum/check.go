package enum

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// Funcs are the methods of one enumeration type, seen through int, for
// [Table.Check]. Parse may be nil when the type has no parser of its own.
type Funcs struct {
	String        func(v int) string
	Label         func(v int, tag language.Tag) string
	MarshalText   func(v int) ([]byte, error)
	UnmarshalText func(text []byte) (int, error)
	Parse         func(s string) (int, error)
}

// tags are the languages Check reads labels in.
var tags = []language.Tag{language.English, language.Indonesian, language.Malay, lang.MalayBrunei.Tag()}

// Check verifies that the methods f of an enumeration type follow the
// convention of this package over the values of t, and returns the
// problems found (none when all is well). A package test calls it for each
// of its enumerations and reports every problem:
//
//   - the zero value: String and MarshalText give empty text (or entry
//     0's identifier when the zero is a value), Label gives entry 0's
//     label, and empty text unmarshals to zero;
//   - out of range: String gives "%!Type(n)", Label gives the same, and
//     MarshalText fails;
//   - every value round-trips through MarshalText and UnmarshalText, and
//     every name of it in every language, in upper and lower case, reads
//     back as the value through UnmarshalText and Parse;
//   - every value has a non-empty label in every language (the zero value
//     only when it is a value).
func (t *Table) Check(f Funcs) []string {
	t.index() // panics on a name shared by two values, or over the limit
	var probs []string
	bad := func(format string, args ...any) {
		probs = append(probs, t.typ+": "+fmt.Sprintf(format, args...))
	}
	wantZ := ""
	if t.zeroIsValue {
		wantZ = t.entries[0].ID
	}
	if got := f.String(0); got != wantZ {
		bad("String(0) = %q, want %q", got, wantZ)
	}
	z, err := f.MarshalText(0)
	if err != nil || string(z) != wantZ {
		bad("MarshalText(0) = %q, %v; want %q, nil", z, err, wantZ)
	}
	if v, err := f.UnmarshalText(nil); err != nil || v != 0 {
		bad("UnmarshalText(empty) = %d, %v; want 0, nil", v, err)
	}
	for _, out := range []int{len(t.entries), 255} {
		want := "%!" + t.typ + "(" + strconv.Itoa(out) + ")"
		if got := f.String(out); got != want {
			bad("String(%d) = %q, want %q", out, got, want)
		}
		if got := f.Label(out, language.Indonesian); got != want {
			bad("Label(%d, id) = %q, want %q", out, got, want)
		}
		if b, err := f.MarshalText(out); err == nil {
			bad("MarshalText(%d) = %q, nil; want an error", out, b)
		}
	}
	for v, e := range t.entries {
		if got := f.String(v); v > 0 && got != e.ID {
			bad("String(%d) = %q, want %q", v, got, e.ID)
		}
		for _, tag := range tags {
			l := f.Label(v, tag)
			if l == "" && (v > 0 || t.zeroIsValue) {
				bad("Label(%s, %s) is empty", e.ID, tag)
			}
			if want := e.Label(lang.Of(tag)); l != want {
				bad("Label(%s, %s) = %q, want %q", e.ID, tag, l, want)
			}
		}
		b, err := f.MarshalText(v)
		if err != nil {
			bad("MarshalText(%s): %v", e.ID, err)
			continue
		}
		if got, err := f.UnmarshalText(b); err != nil || got != v {
			bad("UnmarshalText(%q) = %d, %v; want %d (round trip)", b, got, err, v)
		}
		for _, n := range e.Names() {
			for _, s := range []string{n, strings.ToUpper(n), strings.ToLower(n)} {
				if got, err := f.UnmarshalText([]byte(s)); err != nil || got != v {
					bad("UnmarshalText(%q) = %d, %v; want %d", s, got, err, v)
				}
				if f.Parse == nil {
					continue
				}
				if got, err := f.Parse(s); err != nil || got != v {
					bad("Parse(%q) = %d, %v; want %d", s, got, err, v)
				}
			}
		}
	}
	return probs
}

// CheckAccepted reads a list of spellings that parsers accepted (a
// testdata file written before a change) and checks that they still read
// as the same values. Each line is
//
//	Type<TAB>parse|unmarshal<TAB>"quoted input"<TAB>value
//
// and funcs holds the methods of each Type. It returns the problems found
// and the number of lines checked.
func CheckAccepted(r io.Reader, funcs map[string]Funcs) (probs []string, n int, err error) {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		parts := strings.Split(text, "\t")
		if len(parts) != 4 {
			return probs, n, fmt.Errorf("line %d: want 4 tab-separated fields, have %d", line, len(parts))
		}
		in, err := strconv.Unquote(parts[2])
		if err != nil {
			return probs, n, fmt.Errorf("line %d: input: %v", line, err)
		}
		want, err := strconv.Atoi(parts[3])
		if err != nil {
			return probs, n, fmt.Errorf("line %d: value: %v", line, err)
		}
		f, ok := funcs[parts[0]]
		if !ok {
			return probs, n, fmt.Errorf("line %d: no functions for type %q", line, parts[0])
		}
		var got int
		switch parts[1] {
		case "parse":
			if f.Parse == nil {
				return probs, n, fmt.Errorf("line %d: %s has no parser", line, parts[0])
			}
			got, err = f.Parse(in)
		case "unmarshal":
			got, err = f.UnmarshalText([]byte(in))
		default:
			return probs, n, fmt.Errorf("line %d: unknown operation %q", line, parts[1])
		}
		n++
		if err != nil || got != want {
			probs = append(probs, fmt.Sprintf("%s %s(%q) = %d, %v; want %d", parts[0], parts[1], in, got, err, want))
		}
	}
	return probs, n, sc.Err()
}

// Value is the method set of an enumeration type, for [FuncsOf].
type Value interface {
	~uint8 | ~int
	String() string
	Label(language.Tag) string
	MarshalText() ([]byte, error)
}

// FuncsOf returns the Funcs of the enumeration type T, whose pointer type
// P has UnmarshalText; parse is its parser, or nil.
func FuncsOf[T Value, P interface {
	*T
	UnmarshalText([]byte) error
}](parse func(string) (T, error)) Funcs {
	f := Funcs{
		String:      func(v int) string { return T(v).String() },
		Label:       func(v int, tag language.Tag) string { return T(v).Label(tag) },
		MarshalText: func(v int) ([]byte, error) { return T(v).MarshalText() },
		UnmarshalText: func(b []byte) (int, error) {
			var x T
			err := P(&x).UnmarshalText(b)
			return int(x), err
		},
	}
	if parse != nil {
		f.Parse = func(s string) (int, error) {
			x, err := parse(s)
			return int(x), err
		}
	}
	return f
}
