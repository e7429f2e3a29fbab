package evaluate

import (
	"errors"
	"math"
	"strconv"
)

// Reasons a Ratio is undefined, for errors.Is on the result of Ratio.Err.
var (
	// ErrNoData means there was nothing to compute the ratio from.
	ErrNoData = errors.New("no data")
	// ErrZeroBase means the denominator or the starting value is zero:
	// growth from nothing, or a coverage ratio with no imports.
	ErrZeroBase = errors.New("zero base")
	// ErrNegativeBase means the starting value is negative, so a growth
	// rate would have the wrong sign (a deficit "growing" by −50 % when it
	// widened). Use DeficitChange for the size of a deficit.
	ErrNegativeBase = errors.New("negative base")
	// ErrNegativeEnd means a compound growth rate ends on a negative value,
	// for which no real rate exists.
	ErrNegativeEnd = errors.New("negative end value")
	// ErrPartialPeriod means one of the periods is not whole (a year "to
	// November"), and a growth rate would compare it with a whole one.
	ErrPartialPeriod = errors.New("partial period")
	// ErrNotAdjacent means the two periods compared are not consecutive
	// (a year is missing between them).
	ErrNotAdjacent = errors.New("periods not consecutive")
	// ErrNegativeValue means a value that must not be negative (a share of
	// exports, an amount spent, a flow whose coverage is asked) is.
	ErrNegativeValue = errors.New("negative value")
	// ErrSignChange means the balances compared do not all have one sign:
	// a surplus and a deficit (or a balance of zero) between them. A growth
	// rate of the balance across them, −150 % from a surplus of 100 to a
	// deficit of 50, would mean nothing; the change is given in money
	// (TradePeriod.BalanceChange) instead.
	ErrSignChange = errors.New("sign change")
)

// ratioState says whether a Ratio holds a value and, if not, why.
type ratioState uint8

const (
	stateNoData ratioState = iota // the zero Ratio
	stateDefined
	stateZeroBase
	stateNegativeBase
	stateNegativeEnd
	statePartial
	stateNotAdjacent
	stateNegativeValue
	stateSignChange
)

var stateErr = [...]error{
	stateNoData:        ErrNoData,
	stateDefined:       nil,
	stateZeroBase:      ErrZeroBase,
	stateNegativeBase:  ErrNegativeBase,
	stateNegativeEnd:   ErrNegativeEnd,
	statePartial:       ErrPartialPeriod,
	stateNotAdjacent:   ErrNotAdjacent,
	stateNegativeValue: ErrNegativeValue,
	stateSignChange:    ErrSignChange,
}

// A Ratio is a dimensionless figure — a growth rate, a coverage ratio, a
// share — that may be undefined. 0.488 means 48.8 %. Ratios are float64
// (money never is); they are computed from exact amounts.
//
// The zero Ratio is undefined for lack of data (its Err is ErrNoData). A
// Ratio is comparable; it marshals to JSON as a number, or null when
// undefined, and the structs of this package that hold Ratios write the
// reason beside it ("growth": null, "growth_note": "zero base").
type Ratio struct {
	v     float64
	state ratioState
}

// RatioOf returns a defined Ratio of v. NaN and infinities give the zero
// (undefined) Ratio.
func RatioOf(v float64) Ratio {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Ratio{}
	}
	return Ratio{v: v, state: stateDefined}
}

func undefined(s ratioState) Ratio { return Ratio{state: s} }

// Value returns the ratio and whether it is defined.
func (r Ratio) Value() (float64, bool) { return r.v, r.state == stateDefined }

// OK reports whether r is defined.
func (r Ratio) OK() bool { return r.state == stateDefined }

// Float returns the ratio, or NaN when it is undefined.
func (r Ratio) Float() float64 {
	if r.state != stateDefined {
		return math.NaN()
	}
	return r.v
}

// Err returns nil when r is defined, and otherwise the sentinel error that
// says why not (ErrNoData, ErrZeroBase, ErrNegativeBase, ErrNegativeEnd,
// ErrPartialPeriod, ErrNotAdjacent, ErrNegativeValue, ErrSignChange).
func (r Ratio) Err() error {
	if int(r.state) < len(stateErr) {
		return stateErr[r.state]
	}
	return ErrNoData
}

// Round returns r rounded to n decimal places of the ratio (not of the
// percentage): Round(4) of 0.488000612 is 0.488. Undefined ratios are
// returned unchanged.
func (r Ratio) Round(n int) Ratio {
	if r.state != stateDefined {
		return r
	}
	p := math.Pow10(n)
	return Ratio{v: math.Round(r.v*p) / p, state: stateDefined}
}

// Equal reports whether r and s are the same: both defined with the same
// value, or both undefined for the same reason. It lets go-cmp compare
// Ratios.
func (r Ratio) Equal(s Ratio) bool { return r == s }

// String returns the ratio in Go's shortest float form ("0.488"), or
// "undefined (zero base)" and the like.
func (r Ratio) String() string {
	if r.state == stateDefined {
		return strconv.FormatFloat(r.v, 'g', -1, 64)
	}
	return "undefined (" + r.Err().Error() + ")"
}

// MarshalJSON writes the ratio as a JSON number, or null when undefined.
// A null cannot carry its reason: the structs of this package that hold
// Ratios write it beside the field ("growth_note": "zero base"), and so
// should a caller's own struct, from Err.
func (r Ratio) MarshalJSON() ([]byte, error) {
	if r.state != stateDefined {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, r.v, 'g', -1, 64), nil
}

// UnmarshalJSON reads a JSON number or null (the zero Ratio).
func (r *Ratio) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*r = Ratio{}
		return nil
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return err
	}
	*r = RatioOf(v)
	return nil
}
