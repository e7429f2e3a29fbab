package evaluate

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
)

// GroupDims are the dimensions of the groups that Groups evaluates: the
// exact period of the records, from which the periods of the series are
// formed and the months of a year told apart; the partner and the HS
// chapter, over which the concentration of exports is measured; and the
// scheme, which tells imports on cross-border cards (KILB) and other
// border trade from the rest. Records aggregates by exactly these. A
// caller that aggregates records itself (streaming them from a file, say)
// groups by at least these and may add others, such as trade.ByPost or
// trade.ByFlow, which Groups sums over. Without trade.ByScheme, Groups
// cannot tell border-trade imports (TradeOptions.ImportScheme then says
// what they are).
const GroupDims = trade.ByPeriod | trade.ByPartner | trade.ByChapter | trade.ByScheme

// Groups evaluates one trade series from the groups of a trade.Aggregator that
// grouped its records by at least ByPeriod (ByPartner and ByChapter add the
// concentration of exports; other dimensions are summed over). It gives
// what Records gives for the records aggregated, and it is how Records
// evaluates: trade is summed once, by the Aggregator.
//
// Exports and re-exports count as exports, imports and re-imports as
// imports (the WITS gross flows). Groups are put into calendar years by
// their Key.Period: a year's period runs from the earliest start to the
// latest end of its groups' periods, and a group whose period spans more
// than one calendar year forms its own period. A partial year of whole
// months is compared with the same months of the year before when groups
// of whole months cover exactly those months. The concentration of
// exports in each period is measured over the partners (Key.Partner) and
// over the HS chapters of Key.HS (so ByHeading or ByCommodity serve as
// well as ByChapter) of its groups. The imports of groups whose
// Key.Scheme is a border-trade scheme (trade.BorderTradeCard: on
// cross-border cards, KILB) are TradePeriod.BorderImports; a group without
// a scheme takes opt.ImportScheme.
//
// A period none of whose groups has a record of imports (or of exports;
// trade.Group.NoImports) has that flow not recorded (TradePeriod.NoImports):
// unknown, not zero, so the period has no balance, status or coverage and
// no balance finding. Groups made by hand without Counts have both flows.
//
// A group whose period has not ended before opt.At is left out, and
// counted in TradeEvaluation.NotYetKnown by its distinct period.
//
// Groups may come in any order and are not modified. A group without a
// period (an aggregation not by ByPeriod) or with an invalid one is an
// error; so are groups in more than one currency, wrapping
// money.ErrCurrencyMismatch (aggregate with money rates to convert), and a
// total that does not fit in an Amount, wrapping money.ErrOverflow.
func Groups(groups []trade.Group, opt TradeOptions) (TradeEvaluation, error) {
	return groupsOf(groups, opt, nil)
}

// groupsOf is Groups with the periods that Records has already left out
// as not yet known.
func groupsOf(groups []trade.Group, opt TradeOptions, late periodSet) (TradeEvaluation, error) {
	if !opt.At.IsZero() {
		kept := make([]trade.Group, 0, len(groups))
		for _, g := range groups {
			if r := g.Key.Period; r.IsValid() && !opt.known(r) {
				late.add(r)
				continue
			}
			kept = append(kept, g) // a group without a valid period fails below
		}
		groups = kept
	}
	ps, err := tradePeriods(groups, opt.ImportScheme)
	if err != nil {
		return TradeEvaluation{}, err
	}
	return evaluateTrade(ps, groups, opt, len(late))
}

// A share is the exports of one group to one partner or of one HS chapter,
// for the concentration of exports in the period of index period.
type share[K cmp.Ordered] struct {
	period int
	key    K
	minor  int64
}

// tradePeriods sums groups into the periods of a series, with their
// flows, border-trade imports, balance and concentration of exports, in
// no particular order. Imports of groups without a scheme are taken to
// have come under scheme.
func tradePeriods(groups []trade.Group, scheme trade.Scheme) ([]TradePeriod, error) {
	type key struct {
		year  int
		multi date.Range // non-zero for a period spanning several years
	}
	var (
		idx      map[key]int
		ps       []TradePeriod
		recorded [][2]bool // by period: exports, imports recorded by some group
		partners []share[string]
		chapters []share[int]
		cur      = currency.XXX
	)
	for i := range groups {
		g := &groups[i]
		r := g.Key.Period
		if r.IsZero() {
			return nil, fmt.Errorf("evaluate: group %v has no period (aggregate by trade.ByPeriod)", g.Key)
		}
		if !r.IsValid() {
			return nil, fmt.Errorf("evaluate: group %v: period %s is not valid", g.Key, r)
		}
		for _, a := range [...]money.Amount{g.Exports, g.Imports, g.ReExports, g.ReImports} {
			switch {
			case !a.HasCurrency():
			case cur == currency.XXX:
				cur = a.Currency()
			case a.Currency() != cur:
				return nil, fmt.Errorf("evaluate: group %v is in %v, earlier groups in %v (aggregate with money rates first): %w",
					g.Key, a.Currency(), cur, money.ErrCurrencyMismatch)
			}
		}
		x, err := g.Exports.Add(g.ReExports)
		if err != nil {
			return nil, fmt.Errorf("evaluate: exports of group %v: %w", g.Key, err)
		}
		m, err := g.Imports.Add(g.ReImports)
		if err != nil {
			return nil, fmt.Errorf("evaluate: imports of group %v: %w", g.Key, err)
		}
		k := key{year: r.Start.Year}
		if r.End.Year != r.Start.Year {
			k = key{multi: r}
		}
		j, ok := idx[k]
		if !ok {
			if idx == nil {
				idx = make(map[key]int)
			}
			j = len(ps)
			idx[k] = j
			ps = append(ps, TradePeriod{Period: r})
			recorded = append(recorded, [2]bool{})
		}
		p := &ps[j]
		// A group of an Aggregator counts its records by flow; one made by
		// hand, without counts, has both flows.
		recorded[j][0] = recorded[j][0] || !g.NoExports()
		recorded[j][1] = recorded[j][1] || !g.NoImports()
		if r.Start.Before(p.Period.Start) {
			p.Period.Start = r.Start
		}
		if r.End.After(p.Period.End) {
			p.Period.End = r.End
		}
		if p.Exports, err = p.Exports.Add(x); err != nil {
			return nil, fmt.Errorf("evaluate: exports in %s: %w", p.Period, err)
		}
		if p.Imports, err = p.Imports.Add(m); err != nil {
			return nil, fmt.Errorf("evaluate: imports in %s: %w", p.Period, err)
		}
		if s := cmp.Or(g.Key.Scheme, scheme); s.IsBorderTrade() && m.Sign() != 0 {
			switch p.ImportScheme {
			case 0:
				p.ImportScheme = s
			case s:
			default:
				p.ImportScheme = trade.BorderTrade // several documents
			}
			if p.BorderImports, err = p.BorderImports.Add(m); err != nil {
				return nil, fmt.Errorf("evaluate: border-trade imports in %s: %w", p.Period, err)
			}
		}
		if x.Sign() == 0 {
			continue // a zero share changes no concentration
		}
		if g.Key.Partner != "" {
			partners = append(partners, share[string]{j, g.Key.Partner, x.Minor()})
		}
		if c := g.Key.HS.Chapter(); c != 0 {
			chapters = append(chapters, share[int]{j, c, x.Minor()})
		}
	}
	for i := range ps {
		p := &ps[i]
		p.NoExports, p.NoImports = !recorded[i][0], !recorded[i][1]
		// Zero amounts adopt the currency of the series, so X − M never
		// mixes a currency with none.
		if !p.Exports.HasCurrency() {
			p.Exports = money.FromMinor(p.Exports.Minor(), cur)
		}
		if !p.Imports.HasCurrency() {
			p.Imports = money.FromMinor(p.Imports.Minor(), cur)
		}
		net, err := p.Exports.Sub(p.Imports)
		if err != nil {
			return nil, fmt.Errorf("evaluate: balance for %s: %w", p.Period, err)
		}
		p.Balance = net
	}
	if err := concentrations(partners, ps, func(p *TradePeriod, c Concentration) { p.ByPartner = c }); err != nil {
		return nil, err
	}
	if err := concentrations(chapters, ps, func(p *TradePeriod, c Concentration) { p.ByCommodity = c }); err != nil {
		return nil, err
	}
	return ps, nil
}

// concentrations sums the shares of each key in each period and sets the
// HHI of the period over its keys. The shares are summed in the order of
// their keys, so the index does not depend on the order of the groups. ss
// is sorted in place.
func concentrations[K cmp.Ordered](ss []share[K], ps []TradePeriod, set func(*TradePeriod, Concentration)) error {
	slices.SortFunc(ss, func(a, b share[K]) int {
		return cmp.Or(cmp.Compare(a.period, b.period), cmp.Compare(a.key, b.key))
	})
	var vs []float64
	for i := 0; i < len(ss); {
		p := ss[i].period
		vs = vs[:0]
		for i < len(ss) && ss[i].period == p {
			k, v := ss[i].key, ss[i].minor
			for i++; i < len(ss) && ss[i].period == p && ss[i].key == k; i++ {
				var ok bool
				if v, ok = addMinor(v, ss[i].minor); !ok {
					return fmt.Errorf("evaluate: exports of %v in %s: %w", k, ps[p].Period, money.ErrOverflow)
				}
			}
			vs = append(vs, float64(v))
		}
		set(&ps[p], HHI(vs))
	}
	return nil
}

// addMinor returns x+y and whether it is within the range of an Amount
// (±math.MaxInt64 hundredths).
func addMinor(x, y int64) (int64, bool) {
	s, err := money.FromMinor(x, currency.XXX).Add(money.FromMinor(y, currency.XXX))
	return s.Minor(), err == nil
}

// likeForLike compares each partial single-year period of whole months
// with the same months of the year before, when groups of whole months
// cover exactly those months (trade.SameMonthsBefore, the one rule), for
// each flow recorded at both ends.
func likeForLike(ps []TradePeriod, groups []trade.Group) ([]LikeForLike, error) {
	var out []LikeForLike
	for _, p := range ps {
		if !p.Partial {
			continue
		}
		now, before, ok, err := trade.SameMonthsBefore(p.Period, groups, nil)
		if err != nil {
			return nil, fmt.Errorf("evaluate: like-for-like totals for %s: %w", p.Period, err)
		}
		if !ok {
			continue
		}
		cur := p.Balance.Currency()
		add := func(flow Word, a, b, c, d money.Amount, noNow, noBefore bool) error {
			v, err := a.Add(b)
			if err != nil {
				return err
			}
			v0, err := c.Add(d)
			if err != nil {
				return err
			}
			if noNow || noBefore || v.Sign() == 0 && v0.Sign() == 0 {
				return nil
			}
			out = append(out, LikeForLike{Flow: flow, Period: p.Period, Previous: before.Span,
				Value: money.FromMinor(v.Minor(), cur), Before: money.FromMinor(v0.Minor(), cur), Change: Growth(float64(v0.Minor()), float64(v.Minor()))})
			return nil
		}
		if err := add(WordExports, now.Exports, now.ReExports, before.Exports, before.ReExports, now.NoExports(), before.NoExports()); err != nil {
			return nil, fmt.Errorf("evaluate: like-for-like totals for %s: %w", p.Period, err)
		}
		if err := add(WordImports, now.Imports, now.ReImports, before.Imports, before.ReImports, now.NoImports(), before.NoImports()); err != nil {
			return nil, fmt.Errorf("evaluate: like-for-like totals for %s: %w", p.Period, err)
		}
	}
	return out, nil
}
