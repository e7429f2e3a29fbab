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
