package evaluate

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/trade"
)

// TradeOptions configure a trade-balance evaluation.
type TradeOptions struct {
	// Subject names what the figures are for: "PLBN Entikong",
	// "Kalimantan Tengah". It is written in findings as given.
	Subject string
	// BorderPost says the subject is a border post, so messages read
	// "through PLBN Entikong" ("melalui PLBN Entikong").
	BorderPost bool
	// Region, when valid, is the region the figures are for; messages
	// then name it in their language ("Central Kalimantan" in English),
	// and an empty Subject defaults to its name.
	Region region.Region
	// ConcentrationWarning is the HHI, on the 0–10,000 scale, above which
	// the concentration of exports is a Warning. Zero means 2,500, the
	// threshold of a "highly concentrated" market in the 2010 US
	// Horizontal Merger Guidelines (the 2023 guidelines use 1,800).
	ConcentrationWarning float64
}

// DefaultConcentrationWarning is the HHI points used when
// TradeOptions.ConcentrationWarning is zero.
const DefaultConcentrationWarning = 2500

// A TradePeriod is the evaluation of one period of a trade series.
type TradePeriod struct {
	Period date.Range `json:"period"`
	// Partial reports a period that is not a whole number of calendar
	// years ("2022, to November"). Its growth rates are undefined
	// (ErrPartialPeriod) and it is never an end point of a CAGR.
	Partial bool `json:"partial,omitempty"`
	// NetOnly reports that only the net balance was published; the flows
	// and their ratios are then unknown.
	NetOnly bool         `json:"net_only,omitempty"`
	Exports money.Amount `json:"exports,omitzero"`
	Imports money.Amount `json:"imports,omitzero"`
	// Balance is exports − imports (or the published net).
	Balance money.Amount `json:"balance"`
	Status  trade.Status `json:"status"`
	// Coverage is X / M; undefined when there are no imports or only the
	// net is known.
	Coverage Ratio `json:"coverage"`
	// ExportGrowth, ImportGrowth and BalanceGrowth are the changes from
	// the previous calendar year, defined only when both years are whole
	// and consecutive. BalanceGrowth is defined only from a surplus.
	ExportGrowth  Ratio `json:"export_growth"`
	ImportGrowth  Ratio `json:"import_growth"`
	BalanceGrowth Ratio `json:"balance_growth"`
	// DeficitChange is how much the deficit widened (positive) or
	// narrowed since the previous year, when both are deficits.
	DeficitChange Ratio `json:"deficit_change"`
	// ByPartner and ByCommodity are the concentration of exports over
	// partners and over HS chapters in this period (from records that
	// name them; undefined for balances).
	ByPartner   Concentration `json:"by_partner"`
	ByCommodity Concentration `json:"by_commodity"`
}

// A GrowthSpan is a compound annual growth rate over whole years.
type GrowthSpan struct {
	Flow  Word       `json:"flow"` // WordExports, WordImports, WordSurplus or WordBalance
	From  date.Range `json:"from"` // the first whole year
	To    date.Range `json:"to"`   // the last whole year
	Years int        `json:"years"`
	Rate  Ratio      `json:"rate"`
}

// A LikeForLike compares a partial year with the same months of the year
// before, when the data has those months.
type LikeForLike struct {
	Flow     Word         `json:"flow"`
	Period   date.Range   `json:"period"`
	Previous date.Range   `json:"previous"`
	Value    money.Amount `json:"value"`
	Before   money.Amount `json:"before"`
	Change   Ratio        `json:"change"`
}

// A TradeEvaluation is the evaluation of a trade series.
type TradeEvaluation struct {
	Subject    string        `json:"subject"`
	BorderPost bool          `json:"border_post,omitempty"`
	Periods    []TradePeriod `json:"periods"` // in time order
	// CAGR holds compound annual growth over whole years only, for each
	// flow that has at least two whole years.
	CAGR        []GrowthSpan  `json:"cagr,omitempty"`
	LikeForLike []LikeForLike `json:"like_for_like,omitempty"`
	Findings    []Finding     `json:"findings"`
}

// Balances evaluates a series of balances, as published (both
// flows, or only the net as in seed 004). Balances are put in time order;
// two balances for the same period, or balances in different currencies,
// are an error (ErrCurrencyMismatch wrapped): convert with money rates
// first.
func Balances(balances []trade.Balance, opt TradeOptions) (TradeEvaluation, error) {
	ps := make([]TradePeriod, 0, len(balances))
	for _, b := range balances {
		if !b.Period.IsValid() {
			return TradeEvaluation{}, fmt.Errorf("evaluate: balance period %s is not valid", b.Period)
		}
		p := TradePeriod{Period: b.Period, NetOnly: b.NetOnly, Exports: b.Exports, Imports: b.Imports, Balance: b.Net}
		if !b.NetOnly {
			net, err := b.Exports.Sub(b.Imports)
			if err != nil {
				return TradeEvaluation{}, fmt.Errorf("evaluate: balance for %s: %w", b.Period, err)
			}
			p.Balance = net
		}
		ps = append(ps, p)
	}
	return evaluateTrade(ps, nil, opt)
}

// Records evaluates trade records. Exports and re-exports count as
// exports, imports and re-imports as imports (the WITS gross flows).
// Records are grouped by calendar year: a year's period runs from the
// earliest start to the latest end of its records, so monthly records for
// January to November make the partial period "Januari–November 2022". A
// record spanning more than one calendar year forms its own period.
//
// Records in more than one currency are an error wrapping
// money.ErrCurrencyMismatch: convert them first with dated money rates.
//
// Records sums the records with a trade.Aggregator by GroupDims and
// evaluates its groups with Groups; to evaluate records as they stream
// from a file, aggregate them the same way.
func Records(records []trade.Record, opt TradeOptions) (TradeEvaluation, error) {
	agg := trade.Aggregator{By: GroupDims}
	for i := range records {
		if err := agg.Add(&records[i]); err != nil {
			return TradeEvaluation{}, fmt.Errorf("evaluate: record %d: %w", i, err)
		}
	}
	return Groups(agg.Groups(), opt)
}

// minor returns a as a float64 count of hundredths, for ratios.
func minor(a money.Amount) float64 { return float64(a.Minor()) }

func evaluateTrade(ps []TradePeriod, groups []trade.Group, opt TradeOptions) (TradeEvaluation, error) {
	ev := TradeEvaluation{Subject: opt.Subject, BorderPost: opt.BorderPost, Periods: ps}
	scope := fig("scope", WordOf)
	if opt.BorderPost {
		scope = fig("scope", WordThrough)
	}
	with := func(figs ...Figure) []Figure { return append([]Figure{scope}, figs...) }
	if opt.Subject == "" && opt.Region.IsValid() {
		opt.Subject = opt.Region.Name
		ev.Subject = opt.Subject
	}
	var place *region.Region
	if opt.Region.IsValid() && !opt.BorderPost {
		place = &opt.Region
	}
	add := func(c Code, s Severity, period date.Range, figs ...Figure) {
		f := newFinding(c, s, opt.Subject, period, with(figs...)...)
		f.Region = place
		ev.Findings = append(ev.Findings, f)
	}
	if len(ps) == 0 {
		add(TradeNoData, Warning, date.Range{})
		return ev, nil
	}
	slices.SortStableFunc(ps, func(a, b TradePeriod) int {
		return cmp.Or(a.Period.Start.Compare(b.Period.Start), a.Period.End.Compare(b.Period.End))
	})
	var cur money.Amount
	for i := range ps {
		p := &ps[i]
		if i > 0 && p.Period.Overlaps(ps[i-1].Period) {
			return TradeEvaluation{}, fmt.Errorf("evaluate: periods %s and %s overlap", ps[i-1].Period, p.Period)
		}
		if !cur.HasCurrency() {
			cur = p.Balance
		} else if p.Balance.Currency() != cur.Currency() {
			return TradeEvaluation{}, fmt.Errorf("evaluate: %s is in %v, %s in %v (convert with money rates first): %w",
				p.Period, p.Balance.Currency(), ps[0].Period, cur.Currency(), money.ErrCurrencyMismatch)
		}
		p.Partial = !p.Period.IsWholeYears()
		switch p.Balance.Sign() {
		case 1:
			p.Status = trade.Surplus
		case -1:
			p.Status = trade.Deficit
		default:
			p.Status = trade.Balanced
		}
		if !p.NetOnly {
			p.Coverage = Coverage(minor(p.Exports), minor(p.Imports))
		}
		p.ExportGrowth, p.ImportGrowth, p.BalanceGrowth, p.DeficitChange = undefined(stateNoData), undefined(stateNoData), undefined(stateNoData), undefined(stateNoData)
		if i == 0 {
			continue
		}
		q := &ps[i-1]
		if p.Partial || q.Partial {
			r := undefined(statePartial)
			p.ExportGrowth, p.ImportGrowth, p.BalanceGrowth, p.DeficitChange = r, r, r, r
			continue
		}
		if !p.Period.IsWholeYear() || !q.Period.IsWholeYear() || q.Period.Start.Year+1 != p.Period.Start.Year {
			r := undefined(stateNotAdjacent)
			p.ExportGrowth, p.ImportGrowth, p.BalanceGrowth, p.DeficitChange = r, r, r, r
			continue
		}
		if !p.NetOnly && !q.NetOnly {
			p.ExportGrowth = Growth(minor(q.Exports), minor(p.Exports))
			p.ImportGrowth = Growth(minor(q.Imports), minor(p.Imports))
		}
		p.BalanceGrowth = Growth(minor(q.Balance), minor(p.Balance))
		p.DeficitChange = DeficitChange(minor(q.Balance), minor(p.Balance))
	}

	warnAt := opt.ConcentrationWarning
	if warnAt <= 0 {
		warnAt = DefaultConcentrationWarning
	}
	lastConc := -1
	for i, p := range ps {
		switch p.Status {
		case trade.Deficit:
			add(TradeDeficit, Warning, p.Period, fig("deficit", p.Balance.Abs()))
		case trade.Surplus:
			add(TradeSurplus, Info, p.Period, fig("surplus", p.Balance))
		default:
			add(TradeBalanced, Info, p.Period)
		}
		if !p.NetOnly {
			if v, ok := p.Coverage.Value(); ok && v < 1 {
				add(TradeCoverage, Warning, p.Period, fig("coverage", p.Coverage))
			} else if p.Imports.IsZero() {
				add(TradeCoverageUndefined, Info, p.Period)
			}
		}
		if p.Partial {
			add(TradePartial, Info, p.Period)
		}
		if i > 0 && !p.Partial && !ps[i-1].Partial && p.Period.IsWholeYear() && ps[i-1].Period.IsWholeYear() &&
			ps[i-1].Period.Start.Year+1 == p.Period.Start.Year {
			prev := ps[i-1].Period
			if !p.NetOnly && !ps[i-1].NetOnly {
				add(TradeGrowth, Info, p.Period, fig("previous", prev),
					fig("export_growth", Change{Rate: p.ExportGrowth}), fig("import_growth", Change{Rate: p.ImportGrowth}))
			}
			if v, ok := p.DeficitChange.Value(); ok {
				sev := Info
				if v > 0 {
					sev = Critical
				}
				if !p.NetOnly && !ps[i-1].NetOnly {
					add(TradeDeficitChange, sev, p.Period, fig("previous", prev),
						fig("deficit_change", Change{Rate: p.DeficitChange, Deficit: true}), fig("export_growth", Change{Rate: p.ExportGrowth}))
				}
			}
		}
		if p.ByPartner.Index.OK() || p.ByCommodity.Index.OK() {
			lastConc = i
		}
	}

	ev.CAGR = cagrs(ps)
	for _, g := range ev.CAGR {
		sev := Info
		if v, ok := g.Rate.Value(); ok && v < 0 && g.Flow != WordImports {
			sev = Warning
		}
		add(TradeCAGR, sev, date.Range{Start: g.From.Start, End: g.To.End}, fig("flow", g.Flow), fig("from", g.From), fig("to", g.To),
			fig("rate", g.Rate), fig("years", g.Years))
	}
	if groups != nil {
		var err error
		if ev.LikeForLike, err = likeForLike(ps, groups); err != nil {
			return TradeEvaluation{}, err
		}
		for _, l := range ev.LikeForLike {
			add(TradeLikeForLike, Info, l.Period, fig("previous", l.Previous), fig("flow", l.Flow), fig("change", Change{Rate: l.Change}))
		}
	}
	if lastConc >= 0 {
		p := ps[lastConc]
		for _, c := range []struct {
			dim Word
			c   Concentration
		}{{WordPartner, p.ByPartner}, {WordCommodity, p.ByCommodity}} {
			if !c.c.Index.OK() {
				continue
			}
			sev := Info
			if c.c.Points() > warnAt {
				sev = Warning
			}
			add(TradeConcentration, sev, p.Period, fig("dimension", c.dim), fig("hhi_points", c.c.Points()), fig("groups", c.c.N))
		}
	}
	return ev, nil
}

// cagrs returns the compound annual growth of each flow between the first
// and the last whole calendar year of the series. Partial periods are
// skipped; years between the end points need not all be present.
func cagrs(ps []TradePeriod) []GrowthSpan {
	first, last := -1, -1
	for i, p := range ps {
		if p.Period.IsWholeYear() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || first == last {
		return nil
	}
	a, b := ps[first], ps[last]
	years := b.Period.Start.Year - a.Period.Start.Year
	var out []GrowthSpan
	span := func(t Word, x, y money.Amount) {
		out = append(out, GrowthSpan{Flow: t, From: a.Period, To: b.Period, Years: years, Rate: CAGR(minor(x), minor(y), years)})
	}
	if !a.NetOnly && !b.NetOnly {
		span(WordExports, a.Exports, b.Exports)
		span(WordImports, a.Imports, b.Imports)
	}
	if a.Status == trade.Surplus && b.Status == trade.Surplus {
		span(WordSurplus, a.Balance, b.Balance)
	} else if a.NetOnly || b.NetOnly {
		span(WordBalance, a.Balance, b.Balance)
	}
	return out
}
