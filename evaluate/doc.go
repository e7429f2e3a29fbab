// Package evaluate writes the evaluations that officials are asked for:
// is the border-trade balance in deficit and widening, is an agreement
// alive or "only on paper", does the forum meet every year, are its
// decisions carried out, and is the border population better off. Each
// evaluation returns its figures as data, for programs, and a list of
// findings, whose messages are rendered in Indonesian, Malay or English.
//
//	ev, err := evaluate.Balances(balances, evaluate.TradeOptions{
//		Subject: "PLBN Entikong", BorderPost: true,
//		ImportScheme: trade.BorderTradeCard, // the imports came on cross-border cards (KILB)
//		At: date.Date{Year: 2019, Month: 8, Day: 7}, // as known on that day
//	})
//	for _, f := range ev.Findings {
//		fmt.Println(f.Message(language.Indonesian))
//	}
//	// Selisih antara ekspor melalui PLBN Entikong dan impor dengan KILB pada 2016: ekspor lebih kecil Rp121.415.423.072 …
//	// Kekurangan ekspor melalui PLBN Entikong terhadap impor dengan KILB melebar 70,0% dari 2015 ke 2016, sementara ekspor naik 48,8%
//
// Every evaluation is as of a date (TradeOptions.At, ForumOptions.At,
// WelfareOptions.At, the day given to Register and Decisions) and uses
// only what was known by then: a figure once its period has ended, an
// event once it has happened (date.Partial.HappenedBy), a session once it
// has taken place (session.Dataset.SeriesBy). A missing record is "not
// recorded", never a verdict.
//
// # Indicators
//
// The formulas are the World Bank WITS definitions (DESIGN.md, "Trade
// indicators"). Money is summed exactly with money.Amount; only ratios are
// float64, held in a Ratio that may be undefined and says why:
//
//   - Growth (V_t − V_{t−1}) / V_{t−1} of the flows (exports, imports):
//     undefined from a zero base (ErrZeroBase) and from a negative one
//     (ErrNegativeBase), since the sign would mislead. A net balance has no
//     growth across a change of sign (ErrSignChange): its change is
//     TradePeriod.BalanceChange, in money; the size of a deficit is
//     measured by DeficitChange, |B_t| / |B_{t−1}| − 1 when both are
//     deficits.
//   - CAGR (V_T / V_0)^(1/T) − 1 of the flows over T yearly intervals
//     between whole years; of a surplus or a deficit only where every
//     period from start to end keeps that sign, and named so. A partial period
//     (seed 004's "2022, to November") is reported, flagged Partial, and
//     never enters a growth rate as if it were a year. When monthly records
//     exist, a partial year is compared like for like with the same months
//     of the year before.
//   - Coverage X / M: one rule, trade.CoverageRatio's: defined only when
//     both flows are non-negative and imports are positive.
//   - Imports on cross-border cards (KILB) or border passes are named: a
//     balance of exports against them is not the trade balance, and its
//     findings say so (TradePeriod.ImportScheme, BorderOnly).
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
// # JSON
//
// The report package lays the evaluations out and writes them as text,
// Markdown, HTML and JSON. In JSON a Ratio is a number, or null when it
// is undefined, and every struct of this package that holds Ratios writes
// the reason right after each null, in a field named after it with
// "_note" appended: "growth": null, "growth_note": "zero base". The
// reasons are the texts of ErrNoData, ErrZeroBase, ErrNegativeBase,
// ErrNegativeEnd, ErrPartialPeriod, ErrNotAdjacent, ErrNegativeValue and
// ErrSignChange;
// the field names are unchanged, and JSON read back restores the reason.
package evaluate
