package evaluate

import (
	"errors"
	"math"
	"slices"

	"github.com/kerjasama/kerjasama/trade"
)

// This file holds the indicator formulas, on plain numbers. They follow the
// World Bank WITS definitions (see DESIGN.md, "Trade indicators"); what each
// does at the edges (zero or negative bases, no data) is part of its
// contract and is never a division by zero.

// Growth returns the growth rate from prev to cur, (cur − prev) / prev.
// It is undefined (ErrZeroBase) when prev is zero, since growth from
// nothing has no rate, and undefined (ErrNegativeBase) when prev is
// negative, since the sign of the rate would then be misleading: a deficit
// of −100 that becomes −170 would "grow" by −70 %. DeficitChange measures
// that case.
func Growth(prev, cur float64) Ratio {
	switch {
	case math.IsNaN(prev) || math.IsNaN(cur):
		return Ratio{}
	case prev == 0:
		return undefined(stateZeroBase)
	case prev < 0:
		return undefined(stateNegativeBase)
	}
	return RatioOf((cur - prev) / prev)
}

// DeficitChange returns how much a deficit widened (positive) or narrowed
// (negative) from prev to cur, as |cur| / |prev| − 1, when both balances are
// deficits (negative). From −71.4 to −121.4 it is 0.70: "the deficit
// widened by 70 %". When either balance is not a deficit the change is
// undefined (ErrNoData): a move from surplus to deficit is reported by the
// statuses, not by a rate.
func DeficitChange(prev, cur float64) Ratio {
	if !(prev < 0 && cur < 0) {
		return Ratio{}
	}
	return RatioOf(cur/prev - 1)
}

// CAGR returns the compound annual growth rate from start to end over
// periods yearly intervals: (end / start)^(1/periods) − 1.
// It is undefined when periods < 1 (ErrNoData), start is zero
// (ErrZeroBase), start is negative (ErrNegativeBase) or end is negative
// (ErrNegativeEnd). An end of zero gives −100 %.
//
// periods counts intervals between whole years, not the years: 2017 to
// 2021 is 4 intervals over five whole years, 2015 to 2016 one interval
// over two. A partial period is never an end point (see TradeEvaluation).
// CAGR is a rate of a flow (exports, imports); of a balance only when it
// keeps one sign throughout (see GrowthSpan).
func CAGR(start, end float64, periods int) Ratio {
	switch {
	case periods < 1 || math.IsNaN(start) || math.IsNaN(end):
		return Ratio{}
	case start == 0:
		return undefined(stateZeroBase)
	case start < 0:
		return undefined(stateNegativeBase)
	case end < 0:
		return undefined(stateNegativeEnd)
	}
	return RatioOf(math.Pow(end/start, 1/float64(periods)) - 1)
}

// Coverage returns the export–import coverage ratio X / M: 0.584 means
// exports paid for 58.4 % of imports. It follows the one coverage rule of
// the module, trade.CoverageRatio (trade.Balance.Coverage gives the same
// answer): defined only when both flows are non-negative and imports are
// positive. It is undefined (ErrNegativeValue) when either flow is
// negative, (ErrZeroBase) when there are no imports, and (ErrNoData) when
// either is NaN.
func Coverage(exports, imports float64) Ratio {
	if math.IsNaN(exports) || math.IsNaN(imports) {
		return Ratio{}
	}
	r, err := trade.CoverageRatio(exports, imports)
	switch {
	case errors.Is(err, trade.ErrNegativeFlow):
		return undefined(stateNegativeValue)
	case errors.Is(err, trade.ErrNoImports):
		return undefined(stateZeroBase)
	case err != nil:
		return Ratio{}
	}
	return RatioOf(r)
}

// balanceGrowth returns the growth of the size of a balance from prev to
// cur when both have one sign: of a surplus, (cur − prev) / prev; of a
// deficit, |cur| / |prev| − 1 (as DeficitChange: positive when it
// widened). From a balance of zero it is undefined (ErrZeroBase); between
// a surplus and a deficit, or to a balance of zero, (ErrSignChange).
func balanceGrowth(prev, cur float64) Ratio {
	switch {
	case math.IsNaN(prev) || math.IsNaN(cur):
		return Ratio{}
	case prev > 0 && cur > 0:
		return Growth(prev, cur)
	case prev < 0 && cur < 0:
		return DeficitChange(prev, cur)
	case prev == 0:
		return undefined(stateZeroBase)
	}
	return undefined(stateSignChange)
}

// Share returns part / total: undefined (ErrZeroBase) when total is zero
// and (ErrNegativeValue) when either is negative.
func Share(part, total float64) Ratio {
	switch {
	case part < 0 || total < 0:
		return undefined(stateNegativeValue)
	case total == 0:
		return undefined(stateZeroBase)
	}
	return RatioOf(part / total)
}

// A Concentration is the Herfindahl–Hirschman index of a distribution (of
// exports over partners or commodities): the sum of the squared shares.
type Concentration struct {
	// Index is HHI on the 0–1 scale (shares as fractions): 1 means a single
	// partner, 1/N an even spread over N. Undefined when there is nothing
	// to share out.
	Index Ratio `json:"index"`
	// N is the number of groups with a positive value.
	N int `json:"n"`
}

// Points returns the index on the 0–10,000 scale (shares as percentages)
// used by competition authorities, or NaN when undefined.
func (c Concentration) Points() float64 { return c.Index.Float() * 10000 }

// Equivalent returns the number of equal-sized groups with the same
// index, 1 / HHI (the "numbers equivalent"), or NaN when undefined.
func (c Concentration) Equivalent() float64 { return 1 / c.Index.Float() }

// HHI returns the concentration of values. Zero values are ignored; a
// negative value makes the index undefined (ErrNegativeValue), and so does
// an empty or all-zero list (ErrNoData).
func HHI(values []float64) Concentration {
	var total float64
	n := 0
	for _, v := range values {
		if v < 0 || math.IsNaN(v) {
			return Concentration{Index: undefined(stateNegativeValue)}
		}
		if v > 0 {
			total += v
			n++
		}
	}
	if n == 0 {
		return Concentration{}
	}
	var h float64
	for _, v := range values {
		s := v / total
		h += s * s
	}
	return Concentration{Index: RatioOf(h), N: n}
}

// median returns the median of xs (the mean of the two middle values when
// their number is even) and false when xs is empty. xs is not modified.
func median(xs []float64) (float64, bool) {
	if len(xs) == 0 {
		return 0, false
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m], true
	}
	return (s[m-1] + s[m]) / 2, true
}

// EngelShare returns the share of food in total spending, food / total,
// the reading of Engel's law that BPS uses: the lower the food share, the
// better off the population. Undefined as Share is.
func EngelShare(food, total float64) Ratio { return Share(food, total) }
