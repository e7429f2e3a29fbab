package trade

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
)

// A Limit is a per-person monthly purchase limit of the Indonesia–Malaysia
// Border Trade Agreement: a border resident holding a cross-border card
// (KILB) or a border pass (Pas Lintas Batas) may buy goods up to Amount per
// calendar month free of duty. A Limit applies from From until the next
// Limit of a Limits schedule.
type Limit struct {
	Amount money.Amount `json:"amount"`
	From   date.Date    `json:"from"`
	Source string       `json:"source,omitempty"`
}

// BTA1970 is the limit of the Border Trade Agreement signed in Jakarta on
// 24 August 1970: RM600 per person per month. (Sources: the date and place
// from the agreement's title as cited in BNPP's history of the border
// regions and in borneoreview.co, 22 August 2024; the RM600 monthly quota of
// KILB holders from Bea dan Cukai Entikong via ANTARA Kalbar, "Bea Cukai
// Entikong terima permohonan 536 KILB". For trade by sea the agreement sets
// RM600 per boat per trip, which this limit does not model.)
var BTA1970 = Limit{
	Amount: money.Ringgit(600),
	From:   date.Date{Year: 1970, Month: time.August, Day: 24},
	Source: "Border Trade Agreement Indonesia–Malaysia, Jakarta, 24 August 1970",
}

// Limits is a schedule of limits, each applying from its From date. The
// agreement was revised in 2023; the revised figure was not confirmed when
// this package was written, so the caller adds it with the date it takes
// effect:
//
//	limits := trade.Limits{trade.BTA1970, {Amount: newFigure, From: effective}}
type Limits []Limit

// At returns the limit in force on d: the one with the latest From not
// after d. ok is false when no limit had taken effect by d.
func (ls Limits) At(d date.Date) (l Limit, ok bool) {
	for _, x := range ls {
		if !x.From.After(d) && (!ok || x.From.After(l.From)) {
			l, ok = x, true
		}
	}
	return l, ok
}

// Validate reports whether l can be checked against: its Amount must be
// positive (a limit of zero or less would make every purchase, or none, an
// excess, and is a mistake in the figure, not a rule) and From a real day.
// The error wraps ErrRange and names the limit by its Source.
func (l Limit) Validate() error {
	name := l.Source
	if name == "" {
		name = "limit"
	}
	if l.Amount.Sign() <= 0 {
		return fmt.Errorf("trade: %s: limit %v is not positive: %w", name, l.Amount, ErrRange)
	}
	if !l.From.IsValid() {
		return fmt.Errorf("trade: %s: limit takes effect on no valid day (%v): %w", name, l.From, ErrRange)
	}
	return nil
}

// Validate returns the problems of every limit of ls (see [Limit.Validate]),
// joined, each preceded by its index in ls; nil when all can be used.
func (ls Limits) Validate() error {
	var errs []error
	for i, l := range ls {
		if err := l.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("limit %d: %w", i, err))
		}
	}
	return errors.Join(errs...)
}

// ValidateRate reports whether r can convert purchases: its Value must be
// positive (a rate of zero or less turns a purchase into nothing, or into
// a negative sum that hides the others) and its two currencies different.
// The error wraps ErrRange.
func ValidateRate(r money.Rate) error {
	if r.Value.Sign() <= 0 {
		return fmt.Errorf("trade: rate %v: value %v is not positive: %w", r, r.Value, ErrRange)
	}
	if r.From == r.To {
		return fmt.Errorf("trade: rate %v: converts %v to itself: %w", r, r.From, ErrRange)
	}
	return nil
}

// A Purchase is one purchase by a border resident under the Border Trade
// Agreement, as recorded when the goods pass a border post.
type Purchase struct {
	// Holder identifies the person: the number of their cross-border card
	// (KILB) or border pass (Pas Lintas Batas).
	Holder string `json:"holder"`
	// Document is BorderTradeCard or BorderTradePass (or BorderTrade when
	// not stated).
	Document Scheme `json:"document,omitzero"`
	// Date is the day the goods crossed.
	Date date.Date `json:"date"`
	// Post is the ID of the border post they crossed (region.BorderPost).
	Post string `json:"post,omitempty"`
	// Value is the value of the goods.
	Value money.Amount `json:"value"`
}

// An Excess reports a holder who bought more than the limit in one month.
type Excess struct {
	Holder    string       `json:"holder"`
	Month     date.Range   `json:"month"`     // the calendar month
	Spent     money.Amount `json:"spent"`     // total of the month, in the limit's currency
	Limit     money.Amount `json:"limit"`     // the limit in force on the first day of the month
	Over      money.Amount `json:"over"`      // Spent − Limit, positive
	Purchases int          `json:"purchases"` // how many purchases made up Spent
}

// CheckLimit totals the purchases of each holder per calendar month and
// returns, ordered by holder and month, every month whose total exceeds
// the limit in force on the first day of that month.
//
// Purchases in another currency than the limit's (rupiah against the
// ringgit limit) are converted with rates at their date; with nil rates
// they are errors wrapping ErrCurrencyMismatch. A purchase that cannot be
// counted (no limit in force yet, no rate, an overflow) is left out and
// reported in the joined error, so the excesses found are still returned.
//
// Questionable numbers are refused before any purchase is counted: a
// limit of zero or less (see [Limits.Validate]), or, when rates is a
// [Rates], an exchange rate of zero or less (see [ValidateRate]). CheckLimit
// then returns no excesses and an error wrapping ErrRange.
func CheckLimit(purchases []Purchase, limits Limits, rates Converter) ([]Excess, error) {
	if err := limits.Validate(); err != nil {
		return nil, err
	}
	if rs, ok := rates.(Rates); ok {
		var errs []error
		for i, r := range rs {
			if err := ValidateRate(r); err != nil {
				errs = append(errs, fmt.Errorf("rate %d: %w", i, err))
			}
		}
		if err := errors.Join(errs...); err != nil {
			return nil, err
		}
	}
	type key struct {
		holder string
		year   int
		month  time.Month
	}
	type total struct {
		spent money.Amount
		limit money.Amount
		n     int
	}
	totals := make(map[key]*total)
	var errs []error
	for i, p := range purchases {
		if !p.Date.IsValid() {
			errs = append(errs, fmt.Errorf("trade: purchase %d by %q: invalid date %v", i, p.Holder, p.Date))
			continue
		}
		k := key{p.Holder, p.Date.Year, p.Date.Month}
		t := totals[k]
		if t == nil {
			first := date.Date{Year: p.Date.Year, Month: p.Date.Month, Day: 1}
			l, ok := limits.At(first)
			if !ok {
				errs = append(errs, fmt.Errorf("trade: purchase %d by %q on %v: no limit in force", i, p.Holder, p.Date))
				continue
			}
			t = &total{limit: l.Amount}
			totals[k] = t
		}
		v := p.Value
		if v.Currency() != t.limit.Currency() {
			if rates == nil {
				errs = append(errs, fmt.Errorf("trade: purchase %d by %q on %v in %v against a limit in %v and no rates: %w",
					i, p.Holder, p.Date, v.Currency(), t.limit.Currency(), ErrCurrencyMismatch))
				continue
			}
			c, err := rates.Convert(v, t.limit.Currency(), date.Range{Start: p.Date, End: p.Date})
			if err != nil {
				errs = append(errs, fmt.Errorf("trade: purchase %d by %q on %v: %w", i, p.Holder, p.Date, err))
				continue
			}
			v = c
		}
		s, err := t.spent.Add(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("trade: purchase %d by %q on %v: %w", i, p.Holder, p.Date, err))
			continue
		}
		t.spent = s
		t.n++
	}
	var out []Excess
	for k, t := range totals {
		if c, err := t.spent.Cmp(t.limit); err != nil || c <= 0 {
			continue
		}
		over, err := t.spent.Sub(t.limit)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, Excess{
			Holder:    k.holder,
			Month:     date.MonthRange(k.year, k.month),
			Spent:     t.spent,
			Limit:     t.limit,
			Over:      over,
			Purchases: t.n,
		})
	}
	slices.SortFunc(out, func(a, b Excess) int {
		return cmp.Or(cmp.Compare(a.Holder, b.Holder), a.Month.Start.Compare(b.Month.Start))
	})
	return out, errors.Join(errs...)
}
