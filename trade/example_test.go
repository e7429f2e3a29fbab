package trade_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// The trade balance of Kalimantan Barat through PLBN Entikong (seed 000):
// exports against imports on cross-border cards (KILB), source Kantor
// Pelayanan Bea dan Cukai Entikong.
func Example() {
	const file = `tahun,arus,pelapor,pos,skema,nilai,mata_uang
2015,ekspor,Kalbar,PLBN Entikong,,Rp. 100.387.357.175,IDR
2016,ekspor,Kalbar,PLBN Entikong,,Rp.149.376.448.928,IDR
2015,impor,Kalbar,PLBN Entikong,KILB,Rp. 171.793.920.000,IDR
2016,impor,Kalbar,PLBN Entikong,KILB,Rp.270.791.872.000,IDR
`
	agg := trade.Aggregator{By: trade.ByYear | trade.ByPost}
	for r, err := range trade.ReadCSV(strings.NewReader(file), trade.Simple) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		if err := agg.Add(&r); err != nil {
			fmt.Println(err)
		}
	}
	rp := money.Formatter{Lang: language.Indonesian}
	for _, g := range agg.Groups() {
		b, _ := g.Balance()
		c, _ := b.Coverage()
		fmt.Printf("%d %s: ekspor %s, impor %s, neraca %s (%s), rasio cakupan %.2f\n",
			g.Key.Year, g.Key.Post, rp.Format(b.Exports), rp.Format(b.Imports), rp.Format(b.Net),
			b.Status().Label(language.Indonesian), c)
	}
	// Output:
	// 2015 entikong: ekspor Rp100.387.357.175, impor Rp171.793.920.000, neraca -Rp71.406.562.825 (defisit), rasio cakupan 0.58
	// 2016 entikong: ekspor Rp149.376.448.928, impor Rp270.791.872.000, neraca -Rp121.415.423.072 (defisit), rasio cakupan 0.55
}

// Kalimantan Tengah's trade surplus (seed 004) was published only as a net
// figure, in millions of US dollars, and the last year only to November.
func ExamplePublishedNet() {
	published := []string{"1.725,99", "1.677,29", "2.099,40", "1.791,09", "3.050,82", "5.291,17"}
	usd := money.Formatter{Lang: language.Indonesian}
	for i, s := range published {
		net, err := money.Parse(s+" juta dolar AS", language.Indonesian)
		if err != nil {
			panic(err)
		}
		period := date.YearRange(2017 + i)
		if i == len(published)-1 {
			period.End = date.Date{Year: 2022, Month: time.November, Day: 30} // "2022 (sampai November)"
		}
		b := trade.PublishedNet(period, net, "ANTARA via Republika, 28 Mei 2023")
		partial := ""
		if b.IsPartial() {
			partial = " (sebagian tahun)"
		}
		fmt.Printf("%s: %s %s%s\n", trade.Period(b.Period), b.Status().Label(language.Indonesian), usd.Format(b.Net), partial)
	}
	// Output:
	// 2017: surplus US$1.725.990.000
	// 2018: surplus US$1.677.290.000
	// 2019: surplus US$2.099.400.000
	// 2020: surplus US$1.791.090.000
	// 2021: surplus US$3.050.820.000
	// 2022-01/2022-11: surplus US$5.291.170.000 (sebagian tahun)
}

func ExampleBalance_Coverage() {
	b, _ := trade.NewBalance(date.YearRange(2015), money.Rupiah(100_387_357_175), money.Rupiah(171_793_920_000))
	if c, ok := b.Coverage(); ok {
		fmt.Printf("exports cover %.1f%% of imports\n", 100*c)
	}
	b, _ = trade.NewBalance(date.YearRange(2015), money.Rupiah(5_000), money.Rupiah(0))
	if _, ok := b.Coverage(); !ok {
		fmt.Println("coverage undefined: no imports")
	}
	// Output:
	// exports cover 58.4% of imports
	// coverage undefined: no imports
}

func ExampleCSVReader_Records() {
	// A BPS export table, Indonesian headers and numbers, separated by ';'.
	const file = `Tahun;Bulan;Kode HS;Pelabuhan;Negara Tujuan;Berat Bersih (Kg);Nilai FOB (US$)
2022;11;1511.10.00;Pulang Pisau;India;1.500.000;1.234.567,89
2022;11;2701;Sampit;Jepang;25.000;987.654
2022;11;101;Sampit;Jepang;1;1
`
	rd := trade.CSVReader{Reporter: "62"}
	for r, err := range rd.Records(strings.NewReader(file)) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(trade.Period(r.Period), r.Flow, r.Reporter, r.Partner, r.Post, r.HS.Dotted(), r.NetWeight, r.Value)
	}
	// Output:
	// 2022-11 export 62 IN Pulang Pisau 1511.10.00 1500000 kg USD 1234567.89
	// 2022-11 export 62 JP Sampit 2701 25000 kg USD 987654
	// error: 4:9: Kode HS: trade.ParseHS("101"): odd number of digits (was a leading zero dropped?) (at "1")
}

// A UN Comtrade Plus download: extra columns are ignored, alpha-3 codes
// are read by region, and values finer than a cent or in exponent form are
// read exactly, rounded half to even with a warning.
func ExampleCSVReader_comtrade() {
	const file = `refYear,refMonth,period,reporterISO,flowCode,flowDesc,partnerISO,cmdCode,netWgt,primaryValue,isAggregate
2022,11,202211,IDN,X,Export,MYS,1511,1500.5,123456.789,False
2022,52,2022,IDN,M,Import,W00,TOTAL,,1.5e9,True
2022,52,2022,IDN,Z,?,MYS,15x,,,False
`
	rd := trade.CSVReader{Warn: func(w *trade.RowError) { fmt.Println("warning:", w) }}
	for r, err := range rd.Records(strings.NewReader(file)) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s %s %s→%q hs=%q weight=%q %s\n", trade.Period(r.Period), r.Flow, r.Reporter, r.Partner, r.HS, r.NetWeight, r.Value)
	}
	// Output:
	// warning: 2:45: primaryValue: rounded half to even: 123456.789 read as USD 123456.79
	// 2022-11 export ID→"MY" hs="1511" weight="1500.5 kg" USD 123456.79
	// error: 4:18: flowCode: trade.ParseFlow("Z"): unknown flow; column 26: cmdCode: trade.ParseHS("15x"): unexpected character (at "x"); column 31: primaryValue: empty value
	// 2022 import ID→"" hs="" weight="" USD 1500000000
}

func ExampleAggregator_currencies() {
	rec := func(v money.Amount) trade.Record {
		return trade.Record{Period: date.YearRange(2022), Flow: trade.Export, Value: v}
	}
	var agg trade.Aggregator
	r1, r2 := rec(money.Rupiah(15_731_500)), rec(money.USDollar(1_000))
	fmt.Println(agg.Add(&r1))
	fmt.Println(agg.Add(&r2))

	rate, _ := money.NewRate(currency.USD, currency.IDR, "15.731,50", language.Indonesian, time.Date(2022, 12, 30, 0, 0, 0, 0, time.UTC))
	agg = trade.Aggregator{Currency: currency.IDR, Rates: trade.Rates{rate}}
	fmt.Println(agg.Add(&r1), agg.Add(&r2))
	total, _ := agg.Total()
	fmt.Println(money.Formatter{Lang: language.Indonesian}.Format(total.Exports))
	// Output:
	// <nil>
	// trade: aggregating 2022 export in USD with totals in IDR and no rates: money: currency mismatch
	// <nil> <nil>
	// Rp31.463.000
}

func ExampleCheckLimit() {
	purchases := []trade.Purchase{
		{Holder: "KILB 61.03.0042", Document: trade.BorderTradeCard, Date: date.Date{Year: 2017, Month: 8, Day: 3}, Post: "entikong", Value: money.Ringgit(450)},
		{Holder: "KILB 61.03.0042", Document: trade.BorderTradeCard, Date: date.Date{Year: 2017, Month: 8, Day: 28}, Post: "entikong", Value: money.Ringgit(230)},
		{Holder: "KILB 61.03.0107", Document: trade.BorderTradeCard, Date: date.Date{Year: 2017, Month: 8, Day: 9}, Post: "entikong", Value: money.Ringgit(600)},
	}
	excesses, err := trade.CheckLimit(purchases, trade.Limits{trade.BTA1970}, nil)
	if err != nil {
		fmt.Println(err)
	}
	rm := money.Formatter{Lang: language.Malay}
	for _, e := range excesses {
		fmt.Printf("%s, %s: %s of %s, over by %s\n", e.Holder, trade.Period(e.Month), rm.Format(e.Spent), rm.Format(e.Limit), rm.Format(e.Over))
	}
	// Output:
	// KILB 61.03.0042, 2017-08: RM680 of RM600, over by RM80
}

func ExampleParseHS() {
	h, _ := trade.ParseHS("1511.10.00")
	fmt.Println(h, h.Dotted(), h.Chapter(), h.Heading().Dotted(), h.Subheading().Dotted())
	_, err := trade.ParseHS("101")
	fmt.Println(err)
	// Output:
	// 15111000 1511.10.00 15 1511 1511.10
	// trade.ParseHS("101"): odd number of digits (was a leading zero dropped?) (at "1")
}

func ExampleParseScheme() {
	for _, s := range []string{"KILB", "pas lintas batas", "PLB"} {
		v, err := trade.ParseScheme(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(v)
	}
	// Output:
	// border-card
	// border-pass
	// trade.ParseScheme("PLB"): "PLB" may mean a border post (Pos Lintas Batas) or a border pass (Pas Lintas Batas); write "pas lintas batas" for the pass
}

// A BPS table by country closes with a "Jumlah" row: it is not a partner.
// It is reported to Warn, checked against the rows above it, and the
// difference (the countries the table does not list) is said.
func ExampleCSVReader_totalRow() {
	const file = `Negara Tujuan,Nilai FOB (Juta US$)
Tiongkok,"26,29"
Malaysia,"25,65"
Jumlah,"102,12"
`
	rd := trade.CSVReader{Period: date.MonthRange(2018, time.May), Warn: func(w *trade.RowError) { fmt.Println("warning:", w) }}
	for r, err := range rd.Records(strings.NewReader(file)) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(trade.Period(r.Period), r.Flow, r.Partner, r.Value)
	}
	// Output:
	// 2018-05 export CN USD 26290000
	// 2018-05 export MY USD 25650000
	// warning: 4:1: Negara Tujuan: a total row, not a figure (USD 102120000, but the 2 rows of export above it sum to USD 51940000, a difference of USD 50180000: rows not listed, such as "lainnya"?)
}

// The wide table of a press release gives one record for each filled
// cell, at its column; a blank cell is not recorded, not zero.
func ExampleCSVReader_wide() {
	const file = `Tahun,Bulan,Ekspor (Juta US$),Impor (Juta US$)
2016,Desember,"62,78","29,27"
2017,Januari,"87,48",
`
	for r, err := range (trade.CSVReader{}).Rows(strings.NewReader(file)) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%d:%d %s %s %s\n", r.Line, r.Column, trade.Period(r.Period), r.Flow, r.Value)
	}
	// Output:
	// 2:15 2016-12 export USD 62780000
	// 2:23 2016-12 import USD 29270000
	// 3:14 2017-01 export USD 87480000
}

// A UN Comtrade file of several levels is refused unless one is chosen:
// summed whole, every good would count once at each level.
func ExampleCSVReader_levels() {
	const file = `Classification,Year,Period,Aggregate Level,Is Leaf Code,Trade Flow,Reporter ISO,Partner ISO,Commodity Code,Trade Value (US$)
H4,2016,2016,2,0,Export,AUS,IDN,01,1398835890
H4,2016,2016,4,0,Export,AUS,IDN,0102,1000000000
H4,2016,2016,6,1,Export,AUS,IDN,010229,1000000000
`
	for _, level := range []int{0, trade.LeafLevel} {
		rd := trade.CSVReader{Level: level, Warn: func(w *trade.RowError) { fmt.Println("  warning:", w) }}
		fmt.Println("level", level)
		for r, err := range rd.Records(strings.NewReader(file)) {
			if err != nil {
				fmt.Println("  error:", err)
				continue
			}
			fmt.Println(" ", r.Classification, r.HS, r.Flow, r.Value)
		}
	}
	// Output:
	// level 0
	//   H4 01 export USD 1398835890
	//   error: 3:14: Aggregate Level: several aggregate levels in one file: level 4 beside level 2 (line 2): summing levels counts every good once at each; choose one (--level N or --level leaf, CSVReader.Level)
	//   error: 4:14: Aggregate Level: several aggregate levels in one file: level 6 beside level 2 (line 2): summing levels counts every good once at each; choose one (--level N or --level leaf, CSVReader.Level)
	// level -1
	//   warning: 2:16: Is Leaf Code: not the level or classification chosen: not a leaf
	//   warning: 3:16: Is Leaf Code: not the level or classification chosen: not a leaf
	//   H4 010229 export USD 1000000000
}

// A summary says what was not recorded, and compares a part of a year
// with the same months of the year before.
func ExampleSummary_Table() {
	const file = `tahun,bulan,arus,nilai,mata_uang
2018,1-11,ekspor,100,USD
2018,12,ekspor,20,USD
2019,1-11,ekspor,130,USD
2019,1-11,impor,60,USD
`
	s := trade.Summary{By: trade.ByYear}
	for r, err := range trade.ReadCSV(strings.NewReader(file), 0) {
		if err != nil {
			fmt.Println(err)
			return
		}
		if err := s.Add(&r); err != nil {
			fmt.Println(err)
			return
		}
	}
	rows, err := s.Table(language.Indonesian)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, row := range rows[1:] {
		fmt.Println(strings.Join(row, " | "))
	}
	// Output:
	// 2018 | US$120 | tidak tercatat | – | – | – | 2018 | –
	// 2019 | US$130 | US$60 | US$70 | surplus | 2,17 | 2019-01/2019-11 | +30,00% / – (2018-01/2018-11)
	// jumlah | US$250 | US$60 (tidak lengkap) | – | – | – | 2018-01/2019-11 | –
}
