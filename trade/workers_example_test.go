package trade_test

import (
	"fmt"
	"strings"

	"github.com/kerjasama/kerjasama/trade"
)

// Reading with two workers: the rows, the errors and the warnings come in
// the order of the file, as with one goroutine.
func ExampleCSVReader_workers() {
	const in = "tahun,bulan,arus,pos,nilai,mata_uang\n" +
		"2019,1,ekspor,PLBN Entikong,2.746.318.213,IDR\n" +
		"2019,2,ekspor,PLBN Entikong,12x,IDR\n" +
		"2019,2,impor,Aruk,1.186.868,IDR\n" +
		"2019,2,impor,Aruk,1.186.868,IDR\n"
	rd := trade.CSVReader{File: "entikong.csv", Workers: 2}
	rd.Warn = func(re *trade.RowError) { fmt.Println("warning:", re) }
	sum := trade.Summary{By: trade.ByYear | trade.ByPost}
	for row, err := range rd.Rows(strings.NewReader(in)) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(row.Line, row.Post, row.Value)
		sum.Add(&row.Record)
	}
	fmt.Println(sum.Aggregator().Len(), "groups")
	// Output:
	// 2 entikong IDR 2746318213
	// error: entikong.csv:3:29: nilai: money.Parser.Parse("12x"): unknown scale or currency word (at "x")
	// 4 aruk IDR 1186868
	// warning: entikong.csv:5:1: repeats an earlier row
	// 5 aruk IDR 1186868
	// 2 groups
}
