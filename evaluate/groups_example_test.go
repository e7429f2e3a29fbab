package evaluate_test

import (
	"fmt"
	"strings"

	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// Records streamed from a file are summed as they are read, by a
// trade.Aggregator, and the series is evaluated from its groups: the
// records need not be held in memory. The figures are those of seed 000,
// PLBN Entikong (KPPBC Entikong); the border post, a dimension Groups does
// not need, is summed over. The imports are on cross-border cards (KILB,
// the "skema" column), so exports against them are a gap that the
// findings name, not the trade balance.
func ExampleGroups() {
	const file = `tahun,arus,pelapor,pos,skema,nilai,mata_uang
2015,ekspor,Kalbar,PLBN Entikong,,Rp. 100.387.357.175,IDR
2016,ekspor,Kalbar,PLBN Entikong,,Rp.149.376.448.928,IDR
2015,impor,Kalbar,PLBN Entikong,KILB,Rp. 171.793.920.000,IDR
2016,impor,Kalbar,PLBN Entikong,KILB,Rp.270.791.872.000,IDR
`
	agg := trade.Aggregator{By: evaluate.GroupDims | trade.ByPost}
	if _, err := agg.AddAll(trade.ReadCSV(strings.NewReader(file), trade.Simple)); err != nil {
		fmt.Println(err)
		return
	}
	ev, err := evaluate.Groups(agg.Groups(), evaluate.TradeOptions{Subject: "PLBN Entikong", BorderPost: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	rp := money.Formatter{Lang: language.English}
	for _, p := range ev.Periods {
		fmt.Printf("%s: exports %s, imports %s (%s), exports − imports %s, coverage %s\n", trade.Period(p.Period),
			rp.Format(p.Exports), rp.Format(p.Imports), p.ImportScheme.Label(language.English), rp.Format(p.Balance),
			p.Coverage.Percent(language.English, 1))
	}
	for _, f := range ev.Findings {
		fmt.Printf("[%s] %s\n", f.Severity, f.Message(language.English))
	}
	// Output:
	// 2015: exports Rp100,387,357,175, imports Rp171,793,920,000 (border trade with KILB card), exports − imports -Rp71,406,562,825, coverage 58.4%
	// 2016: exports Rp149,376,448,928, imports Rp270,791,872,000 (border trade with KILB card), exports − imports -Rp121,415,423,072, coverage 55.2%
	// [warning] In 2015 exports through PLBN Entikong fell short of imports on cross-border cards (KILB) by Rp71,406,562,825 (a gap between the two, not the trade balance)
	// [warning] In 2015 exports through PLBN Entikong covered only 58.4% of imports on cross-border cards (KILB)
	// [warning] In 2016 exports through PLBN Entikong fell short of imports on cross-border cards (KILB) by Rp121,415,423,072 (a gap between the two, not the trade balance)
	// [warning] In 2016 exports through PLBN Entikong covered only 55.2% of imports on cross-border cards (KILB)
	// [info] From 2015 to 2016 exports through PLBN Entikong grew 48.8% and imports on cross-border cards (KILB) grew 57.6%
	// [critical] The shortfall of exports through PLBN Entikong against imports on cross-border cards (KILB) widened by 70.0% from 2015 to 2016, while exports grew 48.8%
	// [info] Compound annual growth (CAGR) of the exports through PLBN Entikong over 1 year, 2015 to 2016: 48.8% a year
	// [info] Compound annual growth (CAGR) of the imports on cross-border cards (KILB) through PLBN Entikong over 1 year, 2015 to 2016: 57.6% a year
}
