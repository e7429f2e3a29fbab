package trade_test

import (
	"fmt"
	"strings"

	"github.com/kerjasama/kerjasama/trade"
)

// A file whose totals overflow: the error of summing names the row it
// came from, as every row error does.
func ExampleCSVReader_Rows() {
	const in = "tahun,arus,hs,nilai,mata_uang\n" +
		"2019,ekspor,01,40.000.000.000.000.000,IDR\n" +
		"2019,ekspor,02,40.000.000.000.000.000,IDR\n" +
		"2019,ekspor,03,40.000.000.000.000.000,IDR\n"
	rd := trade.CSVReader{File: "ekspor.csv"}
	var agg trade.Aggregator
	for row, err := range rd.Rows(strings.NewReader(in)) {
		if err == nil {
			if err = agg.Add(&row.Record); err != nil {
				err = &trade.RowError{File: rd.File, Line: row.Line, Err: err}
			}
		}
		if err != nil {
			fmt.Println(err)
		}
	}
	// Output:
	// ekspor.csv:4: trade: aggregating 2019 export: money: overflow
}

// Summarize adds a file to a Summary, as the command's trade summary
// does: the rows that cannot be read, and those whose sums overflow, are
// given to the function, at their lines; the others are summed.
func ExampleCSVReader_Summarize() {
	const in = "tahun,bulan,arus,pos,nilai,mata_uang\n" +
		"2019,1,ekspor,Entikong,2.746.318.213,IDR\n" +
		"2019,2,ekspor,Entikong,3.001.000.000,IDR\n" +
		"2019,3,ekspor,Entikong,12x,IDR\n" +
		"2019,3,impor,Entikong,1.250.000.000,IDR\n"
	rd := trade.CSVReader{File: "entikong.csv"}
	s := trade.Summary{By: trade.ByYear | trade.ByPost}
	n := rd.Summarize(strings.NewReader(in), &s, func(err error) bool {
		fmt.Println(err)
		return true // go on
	})
	fmt.Println(n, "records summed")
	for _, g := range s.Aggregator().Groups() {
		fmt.Println(g.Key.Year, g.Key.Post, g.Exports, g.Imports)
	}
	// Output:
	// entikong.csv:4:24: nilai: money.Parser.Parse("12x"): unknown scale or currency word (at "x")
	// 3 records summed
	// 2019 entikong IDR 5747318213 IDR 1250000000
}
