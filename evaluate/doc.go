// Package evaluate writes the evaluations that officials are asked for:
// is the border-trade balance in deficit and widening, is an agreement
// alive or "only on paper", does the forum meet every year, are its
// decisions carried out, and is the border population better off. Each
// evaluation returns its figures as data, for programs, and a list of
// findings, whose messages are rendered in Indonesian, Malay or English.
//
//	ev, err := evaluate.Balances(balances, evaluate.TradeOptions{
//		Subject: "PLBN Entikong", BorderPost: true,
//	})
//	for _, f := range ev.Findings {
//		fmt.Println(f.Message(language.Indonesian))
//	}
//	// Neraca perdagangan melalui PLBN Entikong defisit Rp121.415.423.072 pada 2016
//	// Defisit melalui PLBN Entikong melebar 70,0% dari 2015 ke 2016, sementara ekspor naik 48,8%
//
// # Indicators
//
// The formulas are the World Bank WITS definitions (DESIGN.md, "Trade
// indicators"). Money is summed exactly with money.Amount; only ratios are
// float64, held in a Ratio that may be undefined and says why:
//
//   - Growth (V_t − V_{t−1}) / V_{t−1}: undefined from a zero base
//     (ErrZeroBase) and from a negative one (ErrNegativeBase), since the
//     sign would mislead; the size of a deficit is measured by
//     DeficitChange, |B_t| / |B_{t−1}| − 1 when both are deficits.
//   - CAGR (V_T / V_0)^(1/T) − 1 over T whole years only. A partial period
//     (seed 004's "2022, to November") is reported, flagged Partial, and
//     never enters a growth rate as if it were a year. When monthly records
//     exist, a partial year is compared like for like with the same months
//     of the year before.
//   - Coverage X / M: undefined when there are no imports (never a
//     division by zero).
//   - HHI Σ s²: Concentration.Index is on the 0–1 scale (shares as
//     fractions), Concentration.Points on the 0–10,000 scale (shares as
//     percentages). Above 2,500 points the concentration is a Warning by
//     default (the "highly concentrated" threshold of the 2010 US
//     Horizontal Merger Guidelines), configurable.
//   - Engel's law: the share of food in spending falls as income rises.
//     Welfare reads it over time (the share of one region from one period
//     to the next), or against a threshold only when a source for it is
//     given (WelfareOptions.EngelSource): no cut-off without a source.
//
// # Findings
//
// A Finding has a stable Code (programs switch on it), a Severity (Info,
// Warning, Critical), a subject, a period and named Figures. Its Message
// is rendered through an x/text message catalog; the numbers in it are
// written by this module's own formatters: money by money.Formatter,
// dates and periods by date.Formatter, and percentages by Ratio.Percent,
// which follows EYD/PUEBI and CLDR in writing the sign without a space:
// "48,8%" in Indonesian and Brunei Malay, "48.8%" in Malay of Malaysia and
// English, always with one decimal place in messages. Unsupported
// languages get English.
//
// # Reports
//
// A Report is written as plain text, Markdown or JSON. In text and
// Markdown, a trade series whose periods all give only the published net
// (seed 004) has a table of net, status and growth; one that mixes periods
// with both flows and periods with only the net has the full table plus a
// "Balance growth" column, since the growth of the net is the only change
// its net-only periods have. In JSON a Ratio is a number, or null when it
// is undefined, and every struct of this package that holds Ratios writes
// the reason right after each null, in a field named after it with
// "_note" appended: "growth": null, "growth_note": "zero base". The
// reasons are the texts of ErrNoData, ErrZeroBase, ErrNegativeBase,
// ErrNegativeEnd, ErrPartialPeriod, ErrNotAdjacent and ErrNegativeValue;
// the field names are unchanged, and JSON read back restores the reason.
package evaluate
