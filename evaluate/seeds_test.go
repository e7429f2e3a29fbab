package evaluate

import (
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
)

// Seed 000: exports of Kalimantan Barat through PLBN Entikong and imports
// on cross-border cards (KILB), source KPPBC Entikong.
func entikongBalances() []trade.Balance {
	b15, _ := trade.NewBalance(date.YearRange(2015), money.Rupiah(100387357175), money.Rupiah(171793920000))
	b16, _ := trade.NewBalance(date.YearRange(2016), money.Rupiah(149376448928), money.Rupiah(270791872000))
	return []trade.Balance{b16, b15} // out of order on purpose
}

func entikongRecords() []trade.Record {
	rec := func(y int, f trade.Flow, v int64) trade.Record {
		return trade.Record{Period: date.YearRange(y), Flow: f, Reporter: "61", Post: "entikong", Value: money.Rupiah(v), Source: "KPPBC Entikong"}
	}
	return []trade.Record{
		rec(2015, trade.Export, 100387357175),
		rec(2015, trade.Import, 171793920000),
		rec(2016, trade.Export, 149376448928),
		rec(2016, trade.Import, 270791872000),
	}
}

// Seed 004: the trade surplus of Kalimantan Tengah in millions of US
// dollars; 2022 only to November.
func kaltengBalances() []trade.Balance {
	usd := func(centsOfMillions int64) money.Amount {
		// 1.725,99 juta dolar AS = 1,725,990,000.00 USD = 172,599,000,000 cents.
		return money.FromMinor(centsOfMillions*1000000, currency.USD)
	}
	src := "Disdagperin Kalimantan Tengah (Republika/ANTARA, 28 May 2023)"
	toNov := date.Range{Start: date.Date{Year: 2022, Month: time.January, Day: 1}, End: date.Date{Year: 2022, Month: time.November, Day: 30}}
	return []trade.Balance{
		trade.PublishedNet(date.YearRange(2017), usd(172599), src),
		trade.PublishedNet(date.YearRange(2018), usd(167729), src),
		trade.PublishedNet(date.YearRange(2019), usd(209940), src),
		trade.PublishedNet(date.YearRange(2020), usd(179109), src),
		trade.PublishedNet(date.YearRange(2021), usd(305082), src),
		trade.PublishedNet(toNov, usd(529117), src),
	}
}
