package trade

import (
	"encoding/json"
	"errors"
	"fmt"

	"golang.org/x/text/currency"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
)

// A Balance is the trade balance of one reporter over one period: exports
// against imports, and the net figure X − M.
//
// Most sources give both flows, and NewBalance computes the net. Some give
// only the net ("Kalimantan Tengah surplus sebanyak 1.725,99 juta dolar
// AS"): PublishedNet records it as published, with NetOnly set and the
// flows unknown. Either way Net, Status and the period are there; Coverage
// needs both flows.
type Balance struct {
	// Period is the time the balance covers. A partial year ("2022, to
	// November") stays partial; compare it with a full year only knowingly.
	Period date.Range `json:"period"`
	// Reporter is the code of the region whose balance it is ("62" for
	// Kalimantan Tengah); Partner the code of the other side, empty for
	// the world.
	Reporter string `json:"reporter,omitempty"`
	Partner  string `json:"partner,omitempty"`
	// Exports and Imports are the flows; both zero when NetOnly.
	Exports money.Amount `json:"exports,omitzero"`
	Imports money.Amount `json:"imports,omitzero"`
	// Net is Exports − Imports, or the published net when NetOnly.
	Net money.Amount `json:"net"`
	// NetOnly reports that the source published only the net figure.
	NetOnly bool `json:"net_only,omitempty"`
	// NoExports and NoImports report a flow of which no figure was
	// recorded (a file of exports only): the flow is unknown, not zero,
	// so Net, Status and Coverage are not given (Net is zero, Status the
	// zero Status, Coverage ErrNotRecorded). Group.Balance sets them.
	NoExports bool `json:"no_exports,omitempty"`
	NoImports bool `json:"no_imports,omitempty"`
	// Source names where the figures come from.
	Source string `json:"source,omitempty"`
}

// NewBalance returns the balance of exports and imports over period. It
// fails with ErrCurrencyMismatch when the two are in different currencies
// and with ErrOverflow when the net does not fit in an Amount.
func NewBalance(period date.Range, exports, imports money.Amount) (Balance, error) {
	net, err := exports.Sub(imports)
	if err != nil {
		return Balance{}, fmt.Errorf("trade: balance for %s: %w", Period(period), err)
	}
	return Balance{Period: period, Exports: exports, Imports: imports, Net: net}, nil
}

// PublishedNet returns a balance for which only the net figure is known,
// exactly as published: a surplus is positive, a deficit negative.
// Seed 004's "2017 … surplus sebanyak 1.725,99 juta dolar AS" is
// PublishedNet(date.YearRange(2017), money.FromMinor(172599000000, currency.USD), source).
func PublishedNet(period date.Range, net money.Amount, source string) Balance {
	return Balance{Period: period, Net: net, NetOnly: true, Source: source}
}

// NotRecorded reports whether a flow of b was not recorded (NoExports or
// NoImports): b then has no net, no status and no coverage.
func (b Balance) NotRecorded() bool { return b.NoExports || b.NoImports }

// Status returns Surplus, Deficit or Balanced from the sign of the net,
// or the zero Status (unknown) when a flow was not recorded.
func (b Balance) Status() Status {
	if b.NotRecorded() {
		return 0
	}
	switch b.Net.Sign() {
	case 1:
		return Surplus
	case -1:
		return Deficit
	}
	return Balanced
}

// Reasons the coverage ratio is undefined, for errors.Is on the error of
// CoverageRatio and Balance.CoverageRatio.
var (
	// ErrNoImports means there are no imports (M = 0): nothing to cover,
	// and the ratio is never computed as a division by zero.
	ErrNoImports = errors.New("no imports")
	// ErrNegativeFlow means exports or imports are negative (net
	// corrections, say): X / M of negative flows (−5 / −10 = 0.5) would
	// read as a coverage it is not.
	ErrNegativeFlow = errors.New("negative flow")
	// ErrNetOnly means only the net balance was published: the flows are
	// unknown.
	ErrNetOnly = errors.New("only the net was published")
	// ErrNotRecorded means no figure of one flow was recorded: it is
	// unknown, not zero.
	ErrNotRecorded = errors.New("a flow was not recorded")
)

// CoverageRatio returns the export coverage ratio of imports, X / M
// (WITS), from exports and imports in the same unit. It is the one rule of
// this module for coverage (evaluate.Coverage calls it): the ratio is
// defined only when both flows are non-negative and imports are positive.
// Otherwise it returns 0 and ErrNegativeFlow (either flow negative, or not
// a number) or ErrNoImports (M = 0).
func CoverageRatio(exports, imports float64) (float64, error) {
	switch {
	case !(exports >= 0) || !(imports >= 0): // NaN too
		return 0, ErrNegativeFlow
	case imports == 0:
		return 0, ErrNoImports
	}
	return exports / imports, nil
}

// CoverageRatio returns the export coverage ratio of imports, X / M
// (WITS), by the rule of the package function CoverageRatio, or why it is
// undefined: ErrNetOnly when only the net was published, ErrNegativeFlow,
// ErrNoImports, or ErrCurrencyMismatch (wrapped) when the flows are in
// different currencies.
func (b Balance) CoverageRatio() (float64, error) {
	if b.NetOnly {
		return 0, ErrNetOnly
	}
	if b.NotRecorded() {
		return 0, ErrNotRecorded
	}
	r, err := CoverageRatio(float64(b.Exports.Minor()), float64(b.Imports.Minor()))
	if err != nil {
		return 0, err
	}
	if b.Exports.HasCurrency() && b.Imports.HasCurrency() && b.Exports.Currency() != b.Imports.Currency() {
		return 0, fmt.Errorf("trade: coverage of %v by %v: %w", b.Exports, b.Imports, ErrCurrencyMismatch)
	}
	return r, nil
}

// Coverage returns the export coverage ratio of imports, X / M (WITS).
// ok is false, and the ratio 0, when it is undefined (see CoverageRatio
// for the reason): when imports are zero, when either flow is negative,
// when only the net was published or when the flows are in different
// currencies.
func (b Balance) Coverage() (ratio float64, ok bool) {
	r, err := b.CoverageRatio()
	return r, err == nil
}

// Volume returns total trade, X + M, or ErrOverflow, ErrCurrencyMismatch,
// or an error when only the net is known.
func (b Balance) Volume() (money.Amount, error) {
	if b.NetOnly {
		return money.Amount{}, errors.New("trade: volume unknown: only the net was published")
	}
	return b.Exports.Add(b.Imports)
}

// IsPartial reports whether the balance covers less or more than whole
// calendar years: "2022, to November" is partial.
func (b Balance) IsPartial() bool { return !b.Period.IsWholeYears() }

// Validate reports every problem of b at once: an invalid period, flows in
// different currencies, or a net that is not exports minus imports.
func (b Balance) Validate() error {
	var errs []error
	if !b.Period.IsValid() {
		errs = append(errs, fmt.Errorf("trade: balance period %q is not a valid range", b.Period.String()))
	}
	if b.NetOnly {
		if b.Exports.Sign() != 0 || b.Imports.Sign() != 0 {
			errs = append(errs, errors.New("trade: balance has only a net figure but also flows"))
		}
		if !b.Net.HasCurrency() {
			errs = append(errs, errors.New("trade: balance net has no currency"))
		}
		return errors.Join(errs...)
	}
	if b.NotRecorded() {
		if b.Net.Sign() != 0 {
			errs = append(errs, errors.New("trade: balance has a net although a flow was not recorded"))
		}
		return errors.Join(errs...)
	}
	net, err := b.Exports.Sub(b.Imports)
	switch {
	case err != nil:
		errs = append(errs, fmt.Errorf("trade: balance: %w", err))
	case net != b.Net:
		errs = append(errs, fmt.Errorf("trade: balance net %v is not exports − imports = %v", b.Net, net))
	}
	return errors.Join(errs...)
}

type balanceAlias Balance

// MarshalJSON writes b as a JSON object whose period is in the short form
// of Period ("2017", "2022-01/2022-11") and whose amounts are in money's
// canonical form ("USD 1725990000"). Empty fields are left out.
func (b Balance) MarshalJSON() ([]byte, error) {
	a := balanceAlias(b)
	return json.Marshal(struct {
		Period Period `json:"period"`
		*balanceAlias
	}{Period(b.Period), &a})
}

// UnmarshalJSON reads what MarshalJSON writes; the period may also be a
// full ISO 8601 interval.
func (b *Balance) UnmarshalJSON(data []byte) error {
	var a balanceAlias
	v := struct {
		Period Period `json:"period"`
		*balanceAlias
	}{balanceAlias: &a}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	a.Period = date.Range(v.Period)
	// MarshalJSON leaves out an amount of zero ("IDR 0"): an amount left
	// out takes the currency of the balance's others, so that what is
	// written reads back equal (exports − imports = net still holds).
	cur := currency.XXX
	for _, m := range []money.Amount{a.Exports, a.Imports, a.Net} {
		if m.HasCurrency() {
			cur = m.Currency()
			break
		}
	}
	if cur != currency.XXX && !a.NetOnly {
		for _, f := range []struct {
			m       *money.Amount
			unknown bool
		}{{&a.Exports, a.NoExports}, {&a.Imports, a.NoImports}, {&a.Net, a.NoExports || a.NoImports}} {
			if *f.m == (money.Amount{}) && !f.unknown {
				*f.m = money.FromMinor(0, cur)
			}
		}
	}
	*b = Balance(a)
	return nil
}
