package trade

import "strconv"

// An HS is a commodity code of the Harmonized System: 2 digits for a
// chapter (bab), 4 for a heading (pos), 6 for a subheading (subpos), and 8
// or 10 for national tariff lines such as Indonesia's BTKI or Malaysia's
// tariff. Leading zeros count: "0101" (live horses, asses, mules) is not
// "101".
//
// HS is a small comparable value, usable as a map key. The zero HS means
// "no code" (all commodities, or not stated); it is not valid.
type HS struct {
	v uint64 // digit count << 40 | the code as a number
}

const (
	hsShift   = 40
	hsMask    = 1<<hsShift - 1
	maxHSText = 32 // longest text ParseHS reads: "HS 0101.21.00.10" with room for spacing
)

var pow10 = [...]uint64{1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000}

// ParseHS reads an HS code: "01", "0101", "0101.21", "010121", "0101.21.00",
// "HS 0101.21.00.10", with dots or spaces (including no-break spaces)
// between digit groups. It accepts 2, 4, 6, 8 or 10 digits. An odd number of
// digits is refused with ErrSyntax (it usually means a spreadsheet dropped a
// leading zero: "101" for "0101"); chapter 00, the reserved chapter 77 and
// more than 10 digits are ErrRange.
func ParseHS(s string) (HS, error) {
	const fn = "ParseHS"
	if len(s) > maxHSText {
		return HS{}, &ParseError{Func: fn, Input: s, Offset: maxHSText, Msg: "input too long", Err: ErrSyntax}
	}
	i := skipSpace(s, 0)
	if i+1 < len(s) && (s[i] == 'H' || s[i] == 'h') && (s[i+1] == 'S' || s[i+1] == 's') {
		i = skipSpace(s, i+2)
		if i < len(s) && s[i] == ':' {
			i = skipSpace(s, i+1)
		}
	}
	var v uint64
	n := 0
	start := i
	lastDigit := -1
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if n == 10 {
				return HS{}, &ParseError{Func: fn, Input: s, Offset: i, Msg: "more than 10 digits", Err: ErrRange}
			}
			v = v*10 + uint64(c-'0')
			n++
			lastDigit = i
			i++
		case c == '.' || c == '-':
			if lastDigit < 0 || lastDigit != i-1 || i+1 >= len(s) || s[i+1] < '0' || s[i+1] > '9' {
				return HS{}, &ParseError{Func: fn, Input: s, Offset: i, Msg: "separator not between digits", Err: ErrSyntax}
			}
			i++
		default:
			j := skipSpace(s, i)
			if j == i {
				return HS{}, &ParseError{Func: fn, Input: s, Offset: i, Msg: "unexpected character", Err: ErrSyntax}
			}
			if j < len(s) && (lastDigit < 0 || s[j] < '0' || s[j] > '9') {
				return HS{}, &ParseError{Func: fn, Input: s, Offset: j, Msg: "unexpected character", Err: ErrSyntax}
			}
			i = j
		}
	}
	switch {
	case n == 0:
		return HS{}, &ParseError{Func: fn, Input: s, Offset: start, Msg: "no digits", Err: ErrSyntax}
	case n%2 == 1:
		return HS{}, &ParseError{Func: fn, Input: s, Offset: lastDigit, Msg: "odd number of digits (was a leading zero dropped?)", Err: ErrSyntax}
	}
	h := HS{uint64(n)<<hsShift | v}
	switch h.Chapter() {
	case 0:
		return HS{}, &ParseError{Func: fn, Input: s, Offset: start, Msg: "chapter 00 does not exist", Err: ErrRange}
	case 77:
		return HS{}, &ParseError{Func: fn, Input: s, Offset: start, Msg: "chapter 77 is reserved", Err: ErrRange}
	}
	return h, nil
}

// MustParseHS is like ParseHS but panics on error. It is for tests and
// package-level literals.
func MustParseHS(s string) HS {
	h, err := ParseHS(s)
	if err != nil {
		panic(err)
	}
	return h
}

// skipSpace returns the index of the first byte at or after i that is not
// an ASCII space or tab, U+00A0 (no-break space) or U+202F (narrow no-break
// space).
func skipSpace(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case i+1 < len(s) && s[i] == 0xC2 && s[i+1] == 0xA0:
			i += 2
		case i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0xAF:
			i += 3
		default:
			return i
		}
	}
	return i
}

// Digits returns the number of digits of h: 2, 4, 6, 8 or 10, or 0 for the
// zero HS.
func (h HS) Digits() int { return int(h.v >> hsShift) }

// IsZero reports whether h is the zero HS, "no code".
func (h HS) IsZero() bool { return h.v == 0 }

// IsValid reports whether h is a code ParseHS would return.
func (h HS) IsValid() bool {
	n := h.Digits()
	c := h.Chapter()
	return n >= 2 && n <= 10 && n%2 == 0 && h.v&hsMask < pow10[n] && c != 0 && c != 77
}

// Chapter returns the chapter of h, 1 to 99 (the first two digits), or 0
// for the zero HS.
func (h HS) Chapter() int {
	n := h.Digits()
	if n < 2 || n > 10 {
		return 0
	}
	return int((h.v & hsMask) / pow10[n-2])
}

// Truncate returns the first n digits of h (n even, 2 to 10), or the zero
// HS when h has fewer than n digits or n is not a code length.
func (h HS) Truncate(n int) HS {
	d := h.Digits()
	if n < 2 || n > 10 || n%2 == 1 || d < n || d > 10 {
		return HS{}
	}
	return HS{uint64(n)<<hsShift | (h.v&hsMask)/pow10[d-n]}
}

// ChapterCode returns the 2-digit chapter of h as an HS: 0101.21 → 01.
func (h HS) ChapterCode() HS { return h.Truncate(2) }

// Heading returns the 4-digit heading of h (HS "pos"): 0101.21 → 0101. It
// is zero when h has fewer than 4 digits.
func (h HS) Heading() HS { return h.Truncate(4) }

// Subheading returns the 6-digit subheading of h (HS "subpos"):
// 0101.21.00 → 0101.21. It is zero when h has fewer than 6 digits.
func (h HS) Subheading() HS { return h.Truncate(6) }

// Contains reports whether code o falls under h: chapter 01 contains
// heading 0101 and subheading 0101.21; every code contains itself. The zero
// HS contains nothing.
func (h HS) Contains(o HS) bool {
	return !h.IsZero() && o.Digits() >= h.Digits() && o.Truncate(h.Digits()) == h
}

// Compare returns -1, 0 or +1 as h sorts before, with or after o: in the
// order of the code's text, so a chapter comes before its headings.
func (h HS) Compare(o HS) int {
	var a, b [10]byte
	x, y := string(h.AppendDigits(a[:0])), string(o.AppendDigits(b[:0]))
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// AppendDigits appends the digits of h, with leading zeros, to b:
// "010121". The zero HS appends nothing.
func (h HS) AppendDigits(b []byte) []byte {
	n := h.Digits()
	if n == 0 || n > 10 {
		return b
	}
	v := h.v & hsMask
	for i := n - 1; i >= 0; i-- {
		b = append(b, byte('0'+v/pow10[i]%10))
	}
	return b
}

// String returns the digits of h: "010121"; "" for the zero HS.
func (h HS) String() string {
	var b [10]byte
	return string(h.AppendDigits(b[:0]))
}

// Dotted returns h in the dotted form of tariff books (BTKI): "0101",
// "0101.21", "0101.21.00", "0101.21.00.10"; a chapter prints as "01".
func (h HS) Dotted() string {
	var d [10]byte
	digits := h.AppendDigits(d[:0])
	b := make([]byte, 0, 14)
	for i, c := range digits {
		if i >= 4 && i%2 == 0 {
			b = append(b, '.')
		}
		b = append(b, c)
	}
	return string(b)
}

// AppendText implements encoding.TextAppender with the digits of h.
func (h HS) AppendText(b []byte) ([]byte, error) { return h.AppendDigits(b), nil }

// MarshalText implements encoding.TextMarshaler with the digits of h; the
// zero HS marshals to empty text.
func (h HS) MarshalText() ([]byte, error) { return h.AppendDigits(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It reads what ParseHS
// reads; empty text gives the zero HS.
func (h *HS) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*h = HS{}
		return nil
	}
	v, err := ParseHS(string(text))
	if err != nil {
		return err
	}
	*h = v
	return nil
}

// GoString returns h as Go source, for %#v: trade.MustParseHS("010121").
func (h HS) GoString() string {
	if h.IsZero() {
		return "trade.HS{}"
	}
	return "trade.MustParseHS(" + strconv.Quote(h.String()) + ")"
}

// Equal reports whether h and o are the same code, so that go-cmp can
// compare values holding an HS.
func (h HS) Equal(o HS) bool { return h == o }
