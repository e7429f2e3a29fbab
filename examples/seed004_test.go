package examples

import (
	"fmt"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// Example_seed004KaltengSurplus reproduces seed 004: six years of surplus
// in Central Kalimantan's foreign trade, published only as net figures in
// millions of US dollars, the last of them for 2022 "sampai November". The
// partial year is reported but enters no growth rate: the compound growth
// runs over the whole years 2017–2021.
func Example_seed004KaltengSurplus() {
	id := language.Indonesian
	published := []struct{ period, surplus string }{
		{"2017", "1.725,99 juta dolar AS"},
		{"2018", "1.677,29 juta dolar AS"},
		{"2019", "2.099,40 juta dolar AS"},
		{"2020", "1.791,09 juta dolar AS"},
		{"2021", "3.050,82 juta dolar AS"},
		{"Januari–November 2022", "5.291,17 juta dolar AS"}, // the seed: "2022 (sampai November)"
	}
	var balances []trade.Balance
	for _, p := range published {
		period, err := date.ParseRange(p.period, id)
		if err != nil {
			fmt.Println(err)
			return
		}
		net, err := money.Parse(p.surplus, id)
		if err != nil {
			fmt.Println(err)
			return
		}
		balances = append(balances, trade.PublishedNet(period, net, "ANTARA, 28 Mei 2023"))
	}
	ev, err := evaluate.Balances(balances, evaluate.TradeOptions{Subject: "Kalimantan Tengah"})
	if err != nil {
		fmt.Println(err)
		return
	}
	usd := money.Formatter{Lang: id}
	for _, p := range ev.Periods {
		fmt.Printf("%-22s %-18s %s\n", date.Formatter{Lang: id}.FormatRange(p.Period), usd.Format(p.Balance), p.Status.Label(id))
	}
	for _, g := range ev.CAGR {
		fmt.Printf("CAGR %d–%d: %s\n", g.From.Start.Year, g.To.End.Year, g.Rate.Percent(id, 2))
	}
	for _, f := range ev.Findings {
		if f.Code == evaluate.TradePartial {
			fmt.Println(f.Message(id))
		}
	}
	// Output:
	// 2017                   US$1.725.990.000   surplus
	// 2018                   US$1.677.290.000   surplus
	// 2019                   US$2.099.400.000   surplus
	// 2020                   US$1.791.090.000   surplus
	// 2021                   US$3.050.820.000   surplus
	// Januari–November 2022  US$5.291.170.000   surplus
	// CAGR 2017–2021: 15,30%
	// Data Kalimantan Tengah untuk Januari–November 2022 hanya mencakup sebagian tahun; tidak dibandingkan dengan tahun penuh dan tidak masuk perhitungan pertumbuhan
}
