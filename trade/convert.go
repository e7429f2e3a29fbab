package trade

import (
	"fmt"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/currency"
)

// Rates is a set of dated exchange rates that the caller supplies, such as
// Bank Indonesia's middle rates. It implements Converter: an amount is
// converted with the latest rate between its currency and the target
// (either way round) dated on or before the last day of the record's
// period; an undated rate serves only when no dated one does. A rate dated
// after the period is never used. Rounding is money.Rate's: half to even,
// to hundredths, once per record.
type Rates []money.Rate

// Convert converts a into currency to at the rate that applies to period.
// An amount already in to is returned unchanged. It fails with ErrNoRate
// when no rate fits.
func (rs Rates) Convert(a money.Amount, to currency.Unit, period date.Range) (money.Amount, error) {
	from := a.Currency()
	if from == to {
		return a, nil
	}
	end := period.End.In(time.UTC)
	best := -1
	for i, r := range rs {
		if !(r.From == from && r.To == to || r.From == to && r.To == from) {
			continue
		}
		switch {
		case r.Date.IsZero():
			if best < 0 {
				best = i
			}
		case !r.Date.After(end) && (best < 0 || rs[best].Date.IsZero() || r.Date.After(rs[best].Date)):
			best = i
		}
	}
	if best < 0 {
		return money.Amount{}, fmt.Errorf("trade: %v to %v on or before %v: %w", from, to, period.End, ErrNoRate)
	}
	return rs[best].Convert(a)
}
