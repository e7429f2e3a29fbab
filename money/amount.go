package money

import (
	"errors"
	"math"
	"math/bits"
	"strconv"

	"golang.org/x/text/currency"
)

// Currencies that x/text does not predefine but that kerjasama meets often.
// Together with [currency.IDR] and [currency.USD] they are the currencies
// of the region. They are variables only because currency.Unit values can
// not be constants; do not assign to them.
var (
	MYR = currency.MustParseISO("MYR") // Malaysian ringgit (RM)
	BND = currency.MustParseISO("BND") // Brunei dollar (B$), called ringgit in Brunei Malay
	SGD = currency.MustParseISO("SGD") // Singapore dollar (S$)
)

// Sentinel errors. Errors returned by this package wrap one of them, so
// callers test with errors.Is.
var (
	// ErrCurrencyMismatch reports arithmetic or a comparison between
	// amounts of two different currencies.
	ErrCurrencyMismatch = errors.New("money: currency mismatch")
	// ErrOverflow reports arithmetic whose result does not fit in an
	// Amount (more than math.MaxInt64 hundredths in absolute value).
	ErrOverflow = errors.New("money: overflow")
	// ErrRange reports a value that is well formed but cannot be
	// represented: out of range, or more precise than hundredths.
	ErrRange = errors.New("money: value out of range")
	// ErrSyntax reports malformed text.
	ErrSyntax = errors.New("money: invalid syntax")
)

// An Amount is an exact amount of money: an integer count of hundredths
// (the minor unit: sen, cents) of one ISO 4217 currency. Amounts are small
// immutable values; they are comparable with == and usable as map keys, and
// two amounts are == exactly when they have the same currency and the same
// number of hundredths.
//
// Every currency counts in hundredths here, whatever its ISO 4217 minor
// unit: Rupiah(5000) is 500000 hundredths of a rupiah, and an Amount of yen
// may carry hundredths too.
//
// The range of an Amount is ±math.MaxInt64 hundredths (about ±92 quadrillion
// whole units). It is symmetric, so [Amount.Neg] and [Amount.Abs] never
// overflow; math.MinInt64 is not a valid count.
//
// The zero Amount has no currency (its Currency is [currency.XXX], the ISO
// code for "no currency") and is zero. An amount without a currency takes
// the currency of the other operand in Add, Sub, Cmp, Ratio and Sum, so a
// zero-valued total accumulates amounts of any one currency:
//
//	var total money.Amount
//	total, _ = total.Add(money.Rupiah(5000)) // IDR 5000
type Amount struct {
	minor int64
	cur   currency.Unit
}

// FromMinor returns the amount of minor hundredths of cur. FromMinor panics
// if minor is math.MinInt64, the one int64 without a negation, which is
// outside the range of an Amount. Passing currency.XXX (or the zero Unit)
// gives an amount without currency.
func FromMinor(minor int64, cur currency.Unit) Amount {
	if minor == math.MinInt64 {
		panic("money: FromMinor(math.MinInt64): out of range")
	}
	return Amount{minor: minor, cur: cur}
}

// maxWhole is the largest whole number of units an Amount holds.
const maxWhole = math.MaxInt64 / 100

// FromMajor returns whole units (rupiah, ringgit, dollars) of cur. It
// returns an error wrapping ErrRange if |whole| exceeds math.MaxInt64/100.
func FromMajor(whole int64, cur currency.Unit) (Amount, error) {
	if whole > maxWhole || whole < -maxWhole {
		return Amount{}, &rangeError{op: "FromMajor", whole: whole}
	}
	return Amount{minor: whole * 100, cur: cur}, nil
}

type rangeError struct {
	op    string
	whole int64
}

func (e *rangeError) Error() string {
	return "money: " + e.op + "(" + strconv.FormatInt(e.whole, 10) + "): value out of range"
}

func (e *rangeError) Unwrap() error { return ErrRange }

func mustMajor(op string, whole int64, cur currency.Unit) Amount {
	a, err := FromMajor(whole, cur)
	if err != nil {
		panic("money: " + op + "(" + strconv.FormatInt(whole, 10) + "): out of range")
	}
	return a
}

// Rupiah returns whole rupiah (IDR). It panics only if |whole| exceeds
// math.MaxInt64/100; use [FromMajor] for values that come from input.
func Rupiah(whole int64) Amount { return mustMajor("Rupiah", whole, currency.IDR) }

// Ringgit returns whole Malaysian ringgit (MYR), with the same rule as
// [Rupiah].
func Ringgit(whole int64) Amount { return mustMajor("Ringgit", whole, MYR) }

// USDollar returns whole US dollars (USD), with the same rule as [Rupiah].
func USDollar(whole int64) Amount { return mustMajor("USDollar", whole, currency.USD) }

// Minor returns the amount as a count of hundredths of its currency.
func (a Amount) Minor() int64 { return a.minor }

// Currency returns the currency of a; currency.XXX if it has none.
func (a Amount) Currency() currency.Unit { return a.cur }

// HasCurrency reports whether a has a currency (one other than XXX).
func (a Amount) HasCurrency() bool { return a.cur != currency.XXX }

// Whole returns the whole units of a (rupiah, ringgit, dollars), truncated
// toward zero, and the remaining hundredths, which carry the sign of a.
func (a Amount) Whole() (whole, hundredths int64) { return a.minor / 100, a.minor % 100 }

// IsZero reports whether a is the zero Amount: zero and of no currency,
// no amount at all. An amount of zero in a currency (Rupiah(0), "IDR 0")
// is a figure, not the zero Amount: a.Sign() == 0 tests for a value of
// zero whatever the currency. So encoding/json's omitzero option leaves
// out only the zero Amount, and "IDR 0" is written and read back.
func (a Amount) IsZero() bool { return a == Amount{} }

// Sign returns -1, 0 or +1 as a is negative, zero or positive.
func (a Amount) Sign() int {
	switch {
	case a.minor < 0:
		return -1
	case a.minor > 0:
		return 1
	}
	return 0
}

// Neg returns -a. It never overflows, because the range of an Amount is
// symmetric.
func (a Amount) Neg() Amount { return Amount{minor: -a.minor, cur: a.cur} }

// Abs returns the absolute value of a.
func (a Amount) Abs() Amount {
	if a.minor < 0 {
		return a.Neg()
	}
	return a
}

// Equal reports whether a and b are the same amount of the same currency,
// as a == b does. It lets go-cmp compare Amounts.
func (a Amount) Equal(b Amount) bool { return a == b }

// An OpError describes a failed operation on two amounts. It wraps
// ErrCurrencyMismatch or ErrOverflow.
type OpError struct {
	Op   string // "Add", "Sub", "Cmp", "Mul", "Ratio", "Sum", "Convert"
	A, B Amount // the operands (for Mul, B holds the factor as hundredths without currency; for Convert, B is zero in the target currency)
	Err  error  // ErrCurrencyMismatch or ErrOverflow
}

// Error returns the operation, its operands and the reason, such as
// "money: IDR 5000 Add MYR 10: currency mismatch".
func (e *OpError) Error() string {
	b := []byte("money: ")
	b = e.A.AppendText(b)
	b = append(b, ' ')
	b = append(b, e.Op...)
	b = append(b, ' ')
	if e.Op == "Mul" {
		b = strconv.AppendInt(b, e.B.minor, 10)
	} else {
		b = e.B.AppendText(b)
	}
	b = append(b, ": "...)
	switch e.Err {
	case ErrCurrencyMismatch:
		b = append(b, "currency mismatch"...)
	case ErrOverflow:
		b = append(b, "overflow"...)
	default:
		b = append(b, e.Err.Error()...)
	}
	return string(b)
}

// Unwrap returns the sentinel error.
func (e *OpError) Unwrap() error { return e.Err }

// common returns the currency of an operation on a and b: the currency they
// share, or the one of them that has one.
func common(a, b Amount) (currency.Unit, bool) {
	switch {
	case a.cur == b.cur || b.cur == currency.XXX:
		return a.cur, true
	case a.cur == currency.XXX:
		return b.cur, true
	}
	return currency.XXX, false
}

// add returns x+y and whether it is in range (never math.MinInt64).
func add(x, y int64) (int64, bool) {
	s := x + y
	// Overflow iff x and y have the same sign and s has the other.
	if (x >= 0) == (y >= 0) && (s >= 0) != (x >= 0) {
		return 0, false
	}
	return s, s != math.MinInt64
}

// Add returns a+b. It fails with ErrCurrencyMismatch if a and b have
// different currencies and with ErrOverflow if the sum is out of range. An
// operand without currency takes the currency of the other.
func (a Amount) Add(b Amount) (Amount, error) {
	cur, ok := common(a, b)
	if !ok {
		return Amount{}, &OpError{"Add", a, b, ErrCurrencyMismatch}
	}
	s, ok := add(a.minor, b.minor)
	if !ok {
		return Amount{}, &OpError{"Add", a, b, ErrOverflow}
	}
	return Amount{minor: s, cur: cur}, nil
}

// Sub returns a-b, with the rules of [Amount.Add]: subtracting from the
// zero Amount gives the negation of b in b's currency.
func (a Amount) Sub(b Amount) (Amount, error) {
	cur, ok := common(a, b)
	if !ok {
		return Amount{}, &OpError{"Sub", a, b, ErrCurrencyMismatch}
	}
	s, ok := add(a.minor, -b.minor) // -b.minor never overflows: the range is symmetric
	if !ok {
		return Amount{}, &OpError{"Sub", a, b, ErrOverflow}
	}
	return Amount{minor: s, cur: cur}, nil
}

// Cmp compares a and b and returns -1, 0 or +1 as a is less than, equal to
// or greater than b. An amount without currency compares with an amount of
// any currency by value (so the zero Amount is less than Rupiah(1) and
// equal to Rupiah(0)); amounts of two different currencies cannot be
// compared and give ErrCurrencyMismatch.
func (a Amount) Cmp(b Amount) (int, error) {
	if _, ok := common(a, b); !ok {
		return 0, &OpError{"Cmp", a, b, ErrCurrencyMismatch}
	}
	switch {
	case a.minor < b.minor:
		return -1, nil
	case a.minor > b.minor:
		return 1, nil
	}
	return 0, nil
}

// Mul returns a×n in a's currency, or ErrOverflow.
func (a Amount) Mul(n int64) (Amount, error) {
	fail := func() (Amount, error) {
		return Amount{}, &OpError{"Mul", a, Amount{minor: n}, ErrOverflow}
	}
	if n == math.MinInt64 {
		if a.minor == 0 {
			return Amount{cur: a.cur}, nil
		}
		return fail()
	}
	x, y := abs64(a.minor), abs64(n)
	hi, lo := bits.Mul64(x, y)
	if hi != 0 || lo > math.MaxInt64 {
		return fail()
	}
	p := int64(lo)
	if (a.minor < 0) != (n < 0) {
		p = -p
	}
	return Amount{minor: p, cur: a.cur}, nil
}

func abs64(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // correct for math.MinInt64 too: 1<<63
	}
	return uint64(x)
}

// Sum returns the total of amounts, which must share one currency (amounts
// without currency join any). The sum of nothing is the zero Amount. It
// fails with ErrCurrencyMismatch or ErrOverflow, naming the first amount
// that could not be added. Sum overflows only if the final total is out of
// range, not when an intermediate one is: the total is kept in 128 bits.
func Sum(amounts ...Amount) (Amount, error) {
	var t Amount
	var hi int64  // high word of the 128-bit signed total
	var lo uint64 // low word
	for _, a := range amounts {
		cur, ok := common(t, a)
		if !ok {
			return Amount{}, &OpError{"Sum", t, a, ErrCurrencyMismatch}
		}
		t.cur = cur
		var c uint64
		lo, c = bits.Add64(lo, uint64(a.minor), 0)
		ext := int64(0)
		if a.minor < 0 {
			ext = -1
		}
		hi += ext + int64(c)
	}
	// The total fits iff hi is the sign extension of lo and lo is not MinInt64.
	v := int64(lo)
	if (v < 0 && hi != -1) || (v >= 0 && hi != 0) || v == math.MinInt64 {
		return Amount{}, &OpError{"Sum", t, Amount{}, ErrOverflow}
	}
	t.minor = v
	return t, nil
}

// Ratio returns a/b as a float64, for coverage ratios and shares. The
// currencies must match (an amount without currency matches any), or the
// error is ErrCurrencyMismatch. Division by a zero b follows float64
// arithmetic: +Inf or -Inf for a non-zero a, NaN for a zero a; check
// b.Sign() first where that matters.
func (a Amount) Ratio(b Amount) (float64, error) {
	if _, ok := common(a, b); !ok {
		return 0, &OpError{"Ratio", a, b, ErrCurrencyMismatch}
	}
	return float64(a.minor) / float64(b.minor), nil
}
