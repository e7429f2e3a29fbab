package money

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/internal/perr"
	"golang.org/x/text/currency"
)

// A ParseError reports text that could not be read as an amount. It wraps
// ErrSyntax for malformed text, ErrRange for a value that is too large or
// more precise than hundredths, and ErrCurrencyMismatch when the text names
// two different currencies.
type ParseError struct {
	Func   string // "Parse", "ParseDefault", "UnmarshalText", "ParseDecimal", …
	Input  string // the text as given
	Offset int    // byte offset in Input where the problem was found
	Msg    string // what is wrong there
	Err    error  // the sentinel: ErrSyntax, ErrRange or ErrCurrencyMismatch
}

// Error returns the failed call, the problem and where it is, in the
// format shared by every package:
// `money.Parse("Rp 5.00.0"): separator "." not followed by three digits (at ".00.0")`.
// The input is quoted and cut to 64 bytes; the place is shown when it is
// inside the input and not at its start.
func (e *ParseError) Error() string {
	return perr.Format("money", e.Func, e.Input, e.Offset, e.Msg, e.Err)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// String returns a in the canonical, language-independent form: the ISO
// 4217 code, a space, an optional minus sign, the whole units without
// grouping, and a point with two digits of hundredths only when there are
// hundredths: "IDR 100387357175", "MYR 1725.99", "USD -0.50". An amount
// without currency has no code: "0", "12.50".
func (a Amount) String() string {
	var buf [32]byte
	return string(a.AppendText(buf[:0]))
}

// AppendText appends the canonical form of a (see [Amount.String]) to b.
// It never fails and never allocates when b has room.
func (a Amount) AppendText(b []byte) []byte {
	if a.cur != currency.XXX {
		b = appendCode(b, a.cur)
		b = append(b, ' ')
	}
	if a.minor < 0 {
		b = append(b, '-')
	}
	u := abs64(a.minor)
	b = strconv.AppendUint(b, u/100, 10)
	if f := u % 100; f != 0 {
		b = append(b, '.', byte('0'+f/10), byte('0'+f%10))
	}
	return b
}

// appendCode appends the ISO code of c without allocating.
func appendCode(b []byte, c currency.Unit) []byte {
	switch c {
	case currency.IDR:
		return append(b, "IDR"...)
	case MYR:
		return append(b, "MYR"...)
	case currency.USD:
		return append(b, "USD"...)
	}
	return append(b, c.String()...)
}

// MarshalText returns the canonical form of a (see [Amount.String]).
func (a Amount) MarshalText() ([]byte, error) {
	return a.AppendText(nil), nil
}

// UnmarshalText sets a from its canonical form (see [Amount.String]). It
// also accepts one digit of fraction ("MYR 0.5") and a two-digit fraction
// of zeros ("IDR 5000.00"), but nothing else: no grouping, no symbols, no
// scale words. Use [Parse] for text written for people.
func (a *Amount) UnmarshalText(text []byte) error {
	v, err := parseCanonical(text)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

func parseCanonical(text []byte) (Amount, error) {
	fail := func(off int, msg string, sentinel error) (Amount, error) {
		return Amount{}, &ParseError{Func: "UnmarshalText", Input: string(text), Offset: off, Msg: msg, Err: sentinel}
	}
	if len(text) > 64 {
		return fail(64, "text too long for an amount", ErrSyntax)
	}
	i := 0
	cur := currency.XXX
	if len(text) >= 4 && isUpper(text[0]) && isUpper(text[1]) && isUpper(text[2]) && text[3] == ' ' {
		u, err := currency.ParseISO(string(text[:3])) // does not allocate: the conversion does not escape
		if err != nil {
			return fail(0, "unknown currency code "+strconv.Quote(string(text[:3])), ErrSyntax)
		}
		cur = u
		i = 4
	}
	neg := false
	if i < len(text) && text[i] == '-' {
		neg = true
		i++
	}
	start := i
	var whole uint64
	for ; i < len(text) && isDigit(text[i]); i++ {
		if whole > maxWhole/10+1 {
			return fail(start, "value out of range", ErrRange)
		}
		whole = whole*10 + uint64(text[i]-'0')
	}
	if i == start {
		return fail(i, "expected a digit", ErrSyntax)
	}
	var frac uint64
	if i < len(text) && text[i] == '.' {
		i++
		n := 0
		for ; i < len(text) && isDigit(text[i]) && n < 2; i, n = i+1, n+1 {
			frac = frac*10 + uint64(text[i]-'0')
		}
		if n == 0 {
			return fail(i, "expected a digit after the point", ErrSyntax)
		}
		if n == 1 {
			frac *= 10
		}
	}
	if i < len(text) {
		if isDigit(text[i]) {
			return fail(i, "more than two digits of hundredths", ErrRange)
		}
		return fail(i, "unexpected "+strconv.QuoteRune(firstRune(text[i:])), ErrSyntax)
	}
	if whole > maxWhole+1 {
		return fail(start, "value out of range", ErrRange)
	}
	m := whole*100 + frac
	if m > uint64(1<<63-1) {
		return fail(start, "value out of range", ErrRange)
	}
	v := int64(m)
	if neg {
		v = -v
	}
	return Amount{minor: v, cur: cur}, nil
}

func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// Value implements driver.Valuer: an Amount is stored as its canonical text
// ("IDR 100387357175"), which keeps the currency and every hundredth.
func (a Amount) Value() (driver.Value, error) { return a.String(), nil }

// Scan implements sql.Scanner for the canonical text written by Value,
// given as a string or []byte. A NULL scans as the zero Amount. Numbers
// are refused: they carry no currency.
func (a *Amount) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*a = Amount{}
		return nil
	case string:
		return a.UnmarshalText([]byte(v))
	case []byte:
		return a.UnmarshalText(v)
	}
	return &ParseError{Func: "Scan", Input: fmt.Sprintf("%T", src), Msg: "want the canonical text of an amount, not a " + fmt.Sprintf("%T", src), Err: ErrSyntax}
}
