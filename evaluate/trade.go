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
	// At is the date of the evaluation. A figure counts only once its
	// period has ended by At (its last day is At or earlier, the one rule
	// of date.Partial.HappenedBy): an annual figure for 2016 does not
	// exist on 30 June 2016, only at the end of 31 December 2016; a
	// January–November figure counts from the end of November, as a part
	// year. Figures of periods not ended by At are left out, counted in
	// TradeEvaluation.NotYetKnown and reported by a TradeNotYetKnown
	// finding. The zero At leaves every figure in.
	At date.Date
	// ImportScheme is the scheme under which imports came when the
	// figures do not say: for Balances, all imports; for Records and
	// Groups, the imports of records without a Scheme (or of groups not
	// keyed by trade.ByScheme). Seed 000's Entikong imports are
	// trade.BorderTradeCard, on cross-border cards (KILB). Only the
	// border-trade schemes change the evaluation (see
	// TradePeriod.ImportScheme).
	ImportScheme trade.Scheme
}

// DefaultConcentrationWarning is the HHI points used when
// TradeOptions.ConcentrationWarning is zero.
const DefaultConcentrationWarning = 2500

// A TradePeriod is the evaluation of one period of a trade series.
//
// Growth rates are of flows only (WITS): exports and imports. Of the
// balance, which changes sign, the evaluation gives the change in money
// (BalanceChange) and a rate only between two balances of one sign
// (BalanceGrowth).
type TradePeriod struct {
	Period date.Range `json:"period"`
	// Partial reports a period that is not a whole number of calendar
	// years ("2022, to November"). Its growth rates are undefined
	// (ErrPartialPeriod) and it is never an end point of a CAGR.
	Partial bool `json:"partial,omitempty"`
	// NetOnly reports that only the net balance was published; the flows
	// and their ratios are then unknown.
	NetOnly bool `json:"net_only,omitempty"`
	// NoExports and NoImports report a flow of which no figure was
	// recorded in the period (a file of exports only): it is unknown, not
	// zero, so the period has no balance, status, coverage or growth of
	// that flow, and no balance finding.
	NoExports bool         `json:"no_exports,omitempty"`
	NoImports bool         `json:"no_imports,omitempty"`
	Exports   money.Amount `json:"exports,omitzero"`
	Imports   money.Amount `json:"imports,omitzero"`
	// ImportScheme is the Border Trade Agreement scheme under which the
	// period's imports came, in whole or in part, as the figures (or
	// TradeOptions.ImportScheme) say: trade.BorderTradeCard for imports on
	// cross-border cards (KILB), trade.BorderTradePass on border passes,
	// trade.BorderTrade when the document is not stated or differs. Zero
	// when no import came under border trade or the figures do not say.
	ImportScheme trade.Scheme `json:"import_scheme,omitzero"`
	// BorderImports is the part of Imports that came under ImportScheme.
	// When it is all of them, Balance is exports against border-trade
	// imports only, not the trade balance, and the findings say so
	// (TradeBorderDeficit and the like).
	BorderImports money.Amount `json:"border_imports,omitzero"`
	// Balance is exports − imports (or the published net).
	Balance money.Amount `json:"balance"`
	Status  trade.Status `json:"status"`
	// Coverage is X / M; undefined when there are no imports, when a flow
	// is negative (the rule of trade.CoverageRatio) or when only the net
	// is known.
	Coverage Ratio `json:"coverage"`
	// ExportGrowth and ImportGrowth are the growth of the flows from the
	// previous calendar year, (V_t − V_{t−1}) / V_{t−1}, defined only when
	// both years are whole and consecutive and both give the flows.
	ExportGrowth Ratio `json:"export_growth"`
	ImportGrowth Ratio `json:"import_growth"`
	// BalanceChange is B_t − B_{t−1}, the change of the balance in money
	// from the previous calendar year: positive when the balance rose (a
	// surplus grew, a deficit narrowed or turned into a surplus). Defined
	// when both years are whole and consecutive; otherwise the zero
	// Amount, without currency.
	BalanceChange money.Amount `json:"balance_change,omitzero"`
	// BalanceGrowth is the growth of the size of the balance from the
	// previous calendar year when both years have one sign: of a surplus,
	// (S_t − S_{t−1}) / S_{t−1}; of a deficit, |D_t| / |D_{t−1}| − 1 (as
	// DeficitChange). Undefined across a change of sign (ErrSignChange),
	// from a balance of zero (ErrZeroBase), and as the flow growths are.
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

// A GrowthSpan is a compound annual growth rate between two whole
// calendar years, (V_T / V_0)^(1/T) − 1.
type GrowthSpan struct {
	// Flow is WordExports or WordImports for a series that gives the
	// flows at both ends (WITS: growth is of flows). For a series that
	// gives only the net at either end it is WordSurplus or WordDeficit,
	// the growth of the size of the surplus or deficit, when the balance
	// keeps that one sign in every period from From to To; otherwise
	// WordBalance, with the rate undefined (ErrSignChange, or ErrZeroBase
	// from a balance of zero): never a rate across a change of sign.
	Flow Word       `json:"flow"`
	From date.Range `json:"from"` // the first whole year
	To   date.Range `json:"to"`   // the last whole year
	// Years is T, the number of yearly intervals from From to To, not the
	// number of years they cover: 2015 to 2016 is 1 (over two whole
	// years), 2017 to 2021 is 4.
	Years int   `json:"years"`
	Rate  Ratio `json:"rate"`
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
	Subject    string `json:"subject"`
	BorderPost bool   `json:"border_post,omitempty"`
	// At is TradeOptions.At, the date of the evaluation; zero when none.
	At date.Date `json:"at,omitzero"`
	// NotYetKnown is the number of distinct periods whose figures were
	// left out because they had not ended before At.
	NotYetKnown int           `json:"not_yet_known,omitempty"`
	Periods     []TradePeriod `json:"periods"` // in time order
	// CAGR holds compound annual growth over whole years only, for each
	// flow that has at least two whole years (see GrowthSpan).
	CAGR        []GrowthSpan  `json:"cagr,omitempty"`
	LikeForLike []LikeForLike `json:"like_for_like,omitempty"`
	Findings    []Finding     `json:"findings"`
}

// known reports whether a figure for period r is known at o.At: whether r
// has ended by then, the rule of date.Partial.HappenedBy.
func (o TradeOptions) known(r date.Range) bool { return o.At.IsZero() || !r.End.After(o.At) }

// A periodSet holds the distinct periods of figures left out as not yet
// known.
type periodSet map[date.Range]struct{}

func (s *periodSet) add(r date.Range) {
	if *s == nil {
		*s = periodSet{}
	}
	(*s)[r] = struct{}{}
}

// Balances evaluates a series of balances, as published (both
// flows, or only the net as in seed 004). A balance with a flow not
// recorded (trade.Balance.NoImports) gives a period without balance,
// status or coverage, and no balance finding. Balances are put in time order;
// two balances for the same period, or balances in different currencies,
// are an error (ErrCurrencyMismatch wrapped): convert with money rates
// first. A balance whose period has not ended before opt.At is left out.
// Balances do not say under which scheme imports came:
// opt.ImportScheme does.
func Balances(balances []trade.Balance, opt TradeOptions) (TradeEvaluation, error) {
	ps := make([]TradePeriod, 0, len(balances))
	var late periodSet
	for _, b := range balances {
		if !b.Period.IsValid() {
			return TradeEvaluation{}, fmt.Errorf("evaluate: balance period %s is not valid", b.Period)
		}
		if !opt.known(b.Period) {
			late.add(b.Period)
			continue
		}
		p := TradePeriod{Period: b.Period, NetOnly: b.NetOnly, NoExports: b.NoExports, NoImports: b.NoImports, Exports: b.Exports, Imports: b.Imports, Balance: b.Net}
		if b.NotRecorded() {
			// No net: a zero in the currency of the flow that is known, so
			// that the series stays in one currency.
			c := b.Exports
			if !c.HasCurrency() {
				c = b.Imports
			}
			if c.HasCurrency() {
				p.Balance = money.FromMinor(0, c.Currency())
			}
		}
		if !b.NetOnly && !b.NotRecorded() {
			net, err := b.Exports.Sub(b.Imports)
			if err != nil {
				return TradeEvaluation{}, fmt.Errorf("evaluate: balance for %s: %w", b.Period, err)
			}
			p.Balance = net
			if opt.ImportScheme.IsBorderTrade() && b.Imports.Sign() != 0 {
				p.ImportScheme, p.BorderImports = opt.ImportScheme, b.Imports
			}
		}
		ps = append(ps, p)
	}
	return evaluateTrade(ps, nil, opt, len(late))
}

// Records evaluates trade records. Exports and re-exports count as
// exports, imports and re-imports as imports (the WITS gross flows).
// Records are grouped by calendar year: a year's period runs from the
// earliest start to the latest end of its records, so monthly records for
// January to November make the partial period "Januari–November 2022". A
// record spanning more than one calendar year forms its own period. A
// record whose period has not ended before opt.At is left out, before it
// is summed; its Scheme says whether its imports came on cross-border
// cards (KILB) or otherwise under border trade.
//
// Records in more than one currency are an error wrapping
// money.ErrCurrencyMismatch: convert them first with dated money rates.
//
// Records sums the records with a trade.Aggregator by GroupDims and
// evaluates its groups with Groups; to evaluate records as they stream
// from a file, aggregate them the same way.
func Records(records []trade.Record, opt TradeOptions) (TradeEvaluation, error) {
	agg := trade.Aggregator{By: GroupDims}
	var late periodSet
	for i := range records {
		r := &records[i]
		if r.Period.IsValid() && !opt.known(r.Period) {
			late.add(r.Period)
			continue
		}
		if err := agg.Add(r); err != nil {
			return TradeEvaluation{}, fmt.Errorf("evaluate: record %d: %w", i, err)
		}
	}
	return groupsOf(agg.Groups(), opt, late)
}

// minor returns a as a float64 count of hundredths, for ratios.
func minor(a money.Amount) float64 { return float64(a.Minor()) }

func evaluateTrade(ps []TradePeriod, groups []trade.Group, opt TradeOptions, late int) (TradeEvaluation, error) {
	ev := TradeEvaluation{Subject: opt.Subject, BorderPost: opt.BorderPost, At: opt.At, NotYetKnown: late, Periods: ps}
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
	notYetKnown := func() {
		if late > 0 {
			add(TradeNotYetKnown, Info, date.Range{}, fig("periods", late), fig("at", opt.At))
		}
	}
	if len(ps) == 0 {
		add(TradeNoData, Warning, date.Range{})
		notYetKnown()
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
		switch {
		case p.notRecorded():
			p.Status = 0 // a flow not recorded: no balance
		case p.Balance.Sign() == 1:
			p.Status = trade.Surplus
		case p.Balance.Sign() == -1:
			p.Status = trade.Deficit
		default:
			p.Status = trade.Balanced
		}
		switch {
		case p.notRecorded():
			p.Coverage = undefined(stateNoData)
		case !p.NetOnly:
			p.Coverage = Coverage(minor(p.Exports), minor(p.Imports))
		}
		p.ExportGrowth, p.ImportGrowth, p.BalanceGrowth, p.DeficitChange = undefined(stateNoData), undefined(stateNoData), undefined(stateNoData), undefined(stateNoData)
		p.BalanceChange = money.Amount{}
		if i == 0 {
			continue
		}
		q := &ps[i-1]
		if p.Partial || q.Partial {
			r := undefined(statePartial)
			p.ExportGrowth, p.ImportGrowth, p.BalanceGrowth, p.DeficitChange = r, r, r, r
			continue
		}
		if !consecutive(q, p) {
			r := undefined(stateNotAdjacent)
			p.ExportGrowth, p.ImportGrowth, p.BalanceGrowth, p.DeficitChange = r, r, r, r
			continue
		}
		if !p.NetOnly && !q.NetOnly {
			p.ExportGrowth = Growth(minor(q.Exports), minor(p.Exports))
			p.ImportGrowth = Growth(minor(q.Imports), minor(p.Imports))
			if p.NoExports || q.NoExports {
				p.ExportGrowth = undefined(stateNoData)
			}
			if p.NoImports || q.NoImports {
				p.ImportGrowth = undefined(stateNoData)
			}
		}
		if p.notRecorded() || q.notRecorded() {
			continue // no balance at one end: no change of it
		}
		change, err := p.Balance.Sub(q.Balance)
		if err != nil {
			return TradeEvaluation{}, fmt.Errorf("evaluate: change of the balance from %s to %s: %w", q.Period, p.Period, err)
		}
		p.BalanceChange = change
		p.BalanceGrowth = balanceGrowth(minor(q.Balance), minor(p.Balance))
		p.DeficitChange = DeficitChange(minor(q.Balance), minor(p.Balance))
	}

	warnAt := opt.ConcentrationWarning
	if warnAt <= 0 {
		warnAt = DefaultConcentrationWarning
	}
	lastConc := -1
	for i := range ps {
		p := &ps[i]
		border := p.BorderOnly()
		imports := importsWord(p)
		if p.notRecorded() {
			// A flow not recorded: no balance, so no balance finding.
			if p.Partial {
				add(TradePartial, Info, p.Period)
			}
			continue
		}
		switch {
		case border && p.Status == trade.Deficit:
			add(TradeBorderDeficit, Warning, p.Period, fig("imports", imports), fig("shortfall", p.Balance.Abs()))
		case border && p.Status == trade.Surplus:
			add(TradeBorderSurplus, Info, p.Period, fig("imports", imports), fig("excess", p.Balance))
		case border:
			add(TradeBorderBalanced, Info, p.Period, fig("imports", imports))
		case p.Status == trade.Deficit:
			add(TradeDeficit, Warning, p.Period, fig("deficit", p.Balance.Abs()))
		case p.Status == trade.Surplus:
			add(TradeSurplus, Info, p.Period, fig("surplus", p.Balance))
		default:
			add(TradeBalanced, Info, p.Period)
		}
		if !border && !p.NetOnly && p.ImportScheme.IsBorderTrade() {
			add(TradeBorderImports, Info, p.Period, fig("imports", schemeWord(p.ImportScheme)), fig("border_imports", p.BorderImports),
				fig("share", Share(minor(p.BorderImports), minor(p.Imports))))
		}
		if !p.NetOnly {
			if v, ok := p.Coverage.Value(); ok && v < 1 {
				add(TradeCoverage, Warning, p.Period, fig("coverage", p.Coverage), fig("imports", imports))
			} else if p.Imports.Sign() == 0 {
				add(TradeCoverageUndefined, Info, p.Period)
			}
		}
		if p.Partial {
			add(TradePartial, Info, p.Period)
		}
		if i > 0 && !p.Partial && !ps[i-1].Partial && consecutive(&ps[i-1], p) && !ps[i-1].notRecorded() {
			q := &ps[i-1]
			prev := q.Period
			if !p.NetOnly && !q.NetOnly {
				if importsWord(q) != imports {
					imports = WordImports
				}
				add(TradeGrowth, Info, p.Period, fig("previous", prev),
					fig("export_growth", Change{Rate: p.ExportGrowth}), fig("import_growth", Change{Rate: p.ImportGrowth}), fig("imports", imports))
				if v, ok := p.DeficitChange.Value(); ok {
					sev := Info
					if v > 0 {
						sev = Critical
					}
					switch {
					case border && q.BorderOnly() && p.ImportScheme == q.ImportScheme:
						add(TradeBorderDeficitChange, sev, p.Period, fig("previous", prev), fig("imports", imports),
							fig("deficit_change", Change{Rate: p.DeficitChange, Deficit: true}), fig("export_growth", Change{Rate: p.ExportGrowth}))
					case !border && !q.BorderOnly():
						add(TradeDeficitChange, sev, p.Period, fig("previous", prev),
							fig("deficit_change", Change{Rate: p.DeficitChange, Deficit: true}), fig("export_growth", Change{Rate: p.ExportGrowth}))
					}
				}
			} else {
				// Only the net is known at one end: the change of the
				// balance in money is the figure, not a "growth" of it.
				dir, sev := wordBalanceSame, Info
				switch p.BalanceChange.Sign() {
				case 1:
					dir = wordBalanceUp
				case -1:
					dir = wordBalanceDown
					if p.Status == trade.Deficit {
						sev = Warning
					}
				}
				add(TradeBalanceChange, sev, p.Period, fig("previous", prev), fig("direction", dir), fig("change", p.BalanceChange.Abs()),
					fig("previous_status", q.Status), fig("previous_balance", q.Balance.Abs()), fig("status", p.Status), fig("balance", p.Balance.Abs()))
			}
		}
		if p.ByPartner.Index.OK() || p.ByCommodity.Index.OK() {
			lastConc = i
		}
	}

	ev.CAGR = cagrs(ps)
	if len(ev.CAGR) > 0 {
		first, last := wholeEnds(ps)
		for _, g := range ev.CAGR {
			flow := g.Flow
			if flow == WordImports && importsWord(&ps[first]) == importsWord(&ps[last]) {
				flow = importsWord(&ps[last])
			}
			code, sev := TradeCAGR, Info
			if v, ok := g.Rate.Value(); !ok {
				code = TradeCAGRUndefined
			} else if v < 0 && (g.Flow == WordExports || g.Flow == WordSurplus) || v > 0 && g.Flow == WordDeficit {
				sev = Warning
			}
			add(code, sev, date.Range{Start: g.From.Start, End: g.To.End}, fig("flow", flow), fig("from", g.From), fig("to", g.To),
				fig("rate", g.Rate), fig("years", g.Years))
		}
	}
	if groups != nil {
		var err error
		if ev.LikeForLike, err = likeForLike(ps, groups); err != nil {
			return TradeEvaluation{}, err
		}
		for _, l := range ev.LikeForLike {
			flow := l.Flow
			if flow == WordImports {
				if k := slices.IndexFunc(ps, func(p TradePeriod) bool { return p.Period == l.Period }); k >= 0 {
					flow = importsWord(&ps[k])
				}
			}
			add(TradeLikeForLike, Info, l.Period, fig("previous", l.Previous), fig("flow", flow), fig("change", Change{Rate: l.Change}))
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
	notYetKnown()
	return ev, nil
}

// notRecorded reports whether a flow of p was not recorded.
func (p *TradePeriod) notRecorded() bool { return p.NoExports || p.NoImports }

// consecutive reports whether q and p are whole calendar years, p the one
// after q.
func consecutive(q, p *TradePeriod) bool {
	return q.Period.IsWholeYear() && p.Period.IsWholeYear() && q.Period.Start.Year+1 == p.Period.Start.Year
}

// BorderOnly reports whether all of the period's imports came under
// border trade (on cross-border cards, KILB, or border passes): its
// Balance is then exports against those imports only, not the trade
// balance, and should be labelled so ("ekspor − impor KILB").
func (p TradePeriod) BorderOnly() bool {
	return !p.NetOnly && p.ImportScheme.IsBorderTrade() && p.BorderImports.Minor() == p.Imports.Minor()
}

// importsWord names p's imports in messages: "impor dengan KILB" when they
// all came on cross-border cards, "impor" otherwise.
func importsWord(p *TradePeriod) Word {
	if p.BorderOnly() {
		return schemeWord(p.ImportScheme)
	}
	return WordImports
}

// schemeWord names imports under the border-trade scheme s.
func schemeWord(s trade.Scheme) Word {
	switch s {
	case trade.BorderTradeCard:
		return WordCardImports
	case trade.BorderTradePass:
		return WordPassImports
	case trade.BorderTrade:
		return WordBorderImports
	}
	return WordImports
}

// wholeEnds returns the indices of the first and the last whole calendar
// year of ps, or -1, -1.
func wholeEnds(ps []TradePeriod) (first, last int) {
	first, last = -1, -1
	for i, p := range ps {
		if p.Period.IsWholeYear() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// cagrs returns the compound annual growth between the first and the last
// whole calendar year of the series: of exports and imports when both ends
// give the flows; otherwise of the surplus or the deficit when the balance
// keeps one sign in every period between them, and else an undefined rate
// of the balance. Partial periods are never end points; years between the
// end points need not all be present.
func cagrs(ps []TradePeriod) []GrowthSpan {
	first, last := wholeEnds(ps)
	if first < 0 || first == last {
		return nil
	}
	a, b := ps[first], ps[last]
	years := b.Period.Start.Year - a.Period.Start.Year
	span := func(t Word, r Ratio) GrowthSpan {
		return GrowthSpan{Flow: t, From: a.Period, To: b.Period, Years: years, Rate: r}
	}
	if !a.NetOnly && !b.NetOnly {
		var out []GrowthSpan
		if !a.NoExports && !b.NoExports {
			out = append(out, span(WordExports, CAGR(minor(a.Exports), minor(b.Exports), years)))
		}
		if !a.NoImports && !b.NoImports {
			out = append(out, span(WordImports, CAGR(minor(a.Imports), minor(b.Imports), years)))
		}
		return out
	}
	sign := a.Balance.Sign()
	if sign == 0 {
		return []GrowthSpan{span(WordBalance, undefined(stateZeroBase))}
	}
	for _, p := range ps[first : last+1] {
		if p.Balance.Sign() != sign {
			return []GrowthSpan{span(WordBalance, undefined(stateSignChange))}
		}
	}
	if sign > 0 {
		return []GrowthSpan{span(WordSurplus, CAGR(minor(a.Balance), minor(b.Balance), years))}
	}
	return []GrowthSpan{span(WordDeficit, CAGR(-minor(a.Balance), -minor(b.Balance), years))}
}
