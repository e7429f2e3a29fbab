package trade

import (
	"math"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// maxUnit is the longest unit ParseQuantity accepts, in bytes.
const maxUnit = 32

// A Quantity is an exact physical quantity: a count of thousandths of a
// unit, so 1234.567 kg is Quantity{Milli: 1234567, Unit: "kg"}. Net weight
// in trade statistics is in kilograms ("kg"); other quantities use the
// units of the source (Comtrade's "u" for items, "l" for litres, …).
//
// The zero Quantity means "not stated".
type Quantity struct {
	Milli int64  // thousandths of Unit
	Unit  string // "kg", "u", "l", … as the source writes it
}

// Kilograms returns a weight of kg whole kilograms.
func Kilograms(kg int64) Quantity {
	if kg > math.MaxInt64/1000 || kg < -math.MaxInt64/1000 {
		panic("trade: Kilograms(" + strconv.FormatInt(kg, 10) + "): out of range")
	}
	return Quantity{Milli: kg * 1000, Unit: "kg"}
}

// IsZero reports whether q is the zero Quantity.
func (q Quantity) IsZero() bool { return q == Quantity{} }

// AppendText appends q in its canonical form to b: the number with a point
// and only as many decimals as it needs, a space and the unit: "1234.5 kg".
func (q Quantity) AppendText(b []byte) ([]byte, error) {
	if q.IsZero() {
		return b, nil
	}
	m := q.Milli
	if m < 0 {
		b = append(b, '-')
	}
	u := uint64(m)
	if m < 0 {
		u = uint64(-m)
	}
	b = strconv.AppendUint(b, u/1000, 10)
	if f := u % 1000; f != 0 {
		b = append(b, '.', byte('0'+f/100), byte('0'+f/10%10), byte('0'+f%10))
		for b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
	}
	if q.Unit != "" {
		b = append(b, ' ')
		b = append(b, q.Unit...)
	}
	return b, nil
}

// String returns q in its canonical form, "1234.5 kg"; "" for the zero
// Quantity.
func (q Quantity) String() string {
	b, _ := q.AppendText(make([]byte, 0, 24))
	return string(b)
}

// MarshalText implements encoding.TextMarshaler with the canonical form.
func (q Quantity) MarshalText() ([]byte, error) { return q.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler: it reads the canonical
// form ("1234.5 kg", "12 u"), or empty text for the zero Quantity.
func (q *Quantity) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*q = Quantity{}
		return nil
	}
	v, err := ParseQuantity(string(text), language.English)
	if err != nil {
		return err
	}
	*q = v
	return nil
}

// ParseQuantity reads a number followed by an optional unit, "1.234,5 kg"
// in Indonesian or Brunei Malay, "1,234.5 kg" in Malay of Malaysia and
// English (unsupported languages read as English). Grouping separators are
// optional but, where present, must group by three; at most three decimals
// are kept exactly, more is ErrRange. A unit longer than 32 bytes is
// refused.
func ParseQuantity(s string, t language.Tag) (Quantity, error) {
	const fn = "ParseQuantity"
	if len(s) > maxLabel {
		return Quantity{}, &ParseError{Func: fn, Input: s, Offset: maxLabel, Msg: "input too long", Err: ErrSyntax}
	}
	group, dec := byte(','), byte('.')
	if l := lang.Of(t); l == lang.Indonesian || l == lang.MalayBrunei {
		group, dec = '.', ','
	}
	i := skipSpace(s, 0)
	end := i
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' || s[end] == ',' || s[end] == '-' && end == i) {
		end++
	}
	m, off, err := parseDecimal(s[i:end], group, dec, 3)
	if err != nil {
		return Quantity{}, &ParseError{Func: fn, Input: s, Offset: i + off, Msg: err.Error(), Err: errorKind(err)}
	}
	unit := strings.TrimSpace(s[end:])
	if len(unit) > maxUnit {
		return Quantity{}, &ParseError{Func: fn, Input: s, Offset: end, Msg: "unit too long", Err: ErrSyntax}
	}
	return Quantity{Milli: m, Unit: unit}, nil
}

type decimalError struct {
	msg  string
	kind error
}

func (e *decimalError) Error() string { return e.msg }

func errorKind(err error) error {
	if d, ok := err.(*decimalError); ok {
		return d.kind
	}
	return ErrSyntax
}

// parseDecimal reads a plain decimal number with optional grouping by
// three and returns it scaled by 10^places, with the offset of any
// problem. It never allocates on success.
func parseDecimal(s string, group, dec byte, places int) (int64, int, error) {
	neg := false
	i := 0
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	var v uint64
	const limit = math.MaxInt64
	digits, run, groups := 0, 0, 0
	frac := -1 // digits after the decimal separator, -1 before it
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if frac >= 0 {
				if frac == places {
					return 0, i, &decimalError{"too many decimals", ErrRange}
				}
				frac++
			}
			d := uint64(c - '0')
			if v > (limit-d)/10 {
				return 0, i, &decimalError{"number too large", ErrRange}
			}
			v = v*10 + d
			digits++
			run++
		case c == group && frac < 0:
			if run == 0 || groups > 0 && run != 3 || groups == 0 && run > 3 {
				return 0, i, &decimalError{"misplaced group separator", ErrSyntax}
			}
			groups++
			run = 0
		case c == dec && frac < 0:
			if run == 0 || groups > 0 && run != 3 {
				return 0, i, &decimalError{"misplaced decimal separator", ErrSyntax}
			}
			frac = 0
			run = 0
		default:
			return 0, i, &decimalError{"unexpected character", ErrSyntax}
		}
	}
	switch {
	case digits == 0:
		return 0, 0, &decimalError{"no digits", ErrSyntax}
	case frac < 0 && groups > 0 && run != 3:
		return 0, len(s), &decimalError{"misplaced group separator", ErrSyntax}
	case frac == 0:
		return 0, len(s), &decimalError{"no digits after the decimal separator", ErrSyntax}
	}
	if frac < 0 {
		frac = 0
	}
	for ; frac < places; frac++ {
		if v > limit/10 {
			return 0, 0, &decimalError{"number too large", ErrRange}
		}
		v *= 10
	}
	if neg {
		return -int64(v), 0, nil
	}
	return int64(v), 0, nil
}
