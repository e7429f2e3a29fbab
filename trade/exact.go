package trade

import (
	"errors"
	"fmt"
)

// maxExact is the longest number parseExact reads, in bytes.
const maxExact = 64

// errNotPlain is returned by parseExact for text that is not a plain
// machine-written number, so that the caller can read it another way.
var errNotPlain = errors.New("not a plain decimal number")

// parseExact reads a number as statistical databases write it for
// machines — an optional sign, digits, an optional point and fraction, an
// optional exponent: "12345678901.5", "123456.789", "1.5e9", "4.2E-3" —
// and returns it in units of 10^-places, rounded half to even when the
// text is finer than that. rounded reports whether digits other than
// zeros were dropped. The text is read exactly, digit by digit, never
// through a float. A number beyond ±math.MaxInt64 units wraps ErrRange;
// text of another shape returns errNotPlain.
func parseExact(s string, places int) (v int64, rounded bool, err error) {
	if len(s) == 0 || len(s) > maxExact {
		return 0, false, errNotPlain
	}
	i := 0
	neg := false
	switch s[0] {
	case '-':
		neg = true
		i++
	case '+':
		i++
	}
	// The significant digits, without leading zeros, and the power of
	// ten of the last of them.
	var digits [maxExact]byte
	n := 0
	exp := 0
	seen, point := false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			seen = true
			if n > 0 || c != '0' {
				digits[n] = c - '0'
				n++
			}
			if point {
				exp--
			}
		case c == '.' && !point:
			point = true
		default:
			goto suffix
		}
	}
suffix:
	if !seen {
		return 0, false, errNotPlain
	}
	if i < len(s) {
		if s[i] != 'e' && s[i] != 'E' || i+1 == len(s) {
			return 0, false, errNotPlain
		}
		i++
		eneg := false
		switch s[i] {
		case '-':
			eneg = true
			i++
		case '+':
			i++
		}
		if i == len(s) {
			return 0, false, errNotPlain
		}
		e := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false, errNotPlain
			}
			if e < 1000 { // beyond any int64 either way; stop counting
				e = e*10 + int(c-'0')
			}
		}
		if eneg {
			e = -e
		}
		exp += e
	}
	// digits × 10^(exp+places) units.
	shift := exp + places
	keep := n
	if shift < 0 {
		keep = n + shift // digits that stay; the rest are rounded away
	}
	var u uint64
	const limit = 1<<63 - 1
	for k := 0; k < keep; k++ {
		d := uint64(digits[k])
		if u > (limit-d)/10 {
			return 0, false, errRangeExact
		}
		u = u*10 + d
	}
	if shift > 0 && n > 0 {
		for range shift {
			if u > limit/10 {
				return 0, false, errRangeExact
			}
			u *= 10
		}
	}
	if keep < n {
		var first byte // the first digit dropped
		rest := false  // whether any digit after it is not zero
		if keep >= 0 {
			first = digits[keep]
			for k := keep + 1; k < n; k++ {
				if digits[k] != 0 {
					rest = true
					break
				}
			}
		} else {
			// Every digit lies below a tenth of a unit: the number
			// rounds to zero, and something was dropped unless it is 0.
			rest = n > 0
		}
		rounded = first != 0 || rest
		if first > 5 || first == 5 && (rest || u%2 == 1) {
			if u == limit {
				return 0, false, errRangeExact
			}
			u++
		}
	}
	if neg {
		return -int64(u), rounded, nil
	}
	return int64(u), rounded, nil
}

var errRangeExact = fmt.Errorf("number too large: %w", ErrRange)
