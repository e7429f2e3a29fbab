package trade_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// BenchmarkSummaryTableManyLines makes the table of a summary by year and
// partner of 2,000 partners over two years of months: 4,000 lines, each
// compared with the same months of the year before, over 48,000 monthly
// groups. Each line looks at its own groups only; before, every line read
// all 48,000.
func BenchmarkSummaryTableManyLines(b *testing.B) {
	var recs []trade.Record
	for p := range 2000 {
		for y := 2022; y <= 2023; y++ {
			for m := time.January; m <= time.December; m++ {
				recs = append(recs, trade.Record{
					Period:  date.MonthRange(y, m),
					Flow:    trade.Flow(1 + (p+int(m))%2),
					Partner: fmt.Sprintf("P%04d", p),
					Value:   money.Rupiah(int64(1000 + p + int(m))),
				})
			}
		}
	}
	sum := trade.Summary{By: trade.ByYear | trade.ByPartner}
	for i := range recs {
		if err := sum.Add(&recs[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		rows, err := sum.Table(language.Indonesian)
		if err != nil {
			b.Fatal(err)
		}
		if len(rows) != 4002 {
			b.Fatalf("%d rows, want 4002", len(rows))
		}
	}
}

// BenchmarkSummaryAdd adds 1,000,000 in-memory records to a summary by
// year and post (the command's trade summary --by year,post): by year and
// post, and by exact period and post, in one Add.
func BenchmarkSummaryAdd(b *testing.B) {
	rs := benchRecords(1_000_000)
	b.ReportAllocs()
	for b.Loop() {
		sum := trade.Summary{By: trade.ByYear | trade.ByPost}
		for i := range rs {
			if err := sum.Add(&rs[i]); err != nil {
				b.Fatal(err)
			}
		}
		if n := sum.Aggregator().Len(); n != 80 {
			b.Fatalf("%d groups, want 80", n)
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(rs))/b.Elapsed().Seconds()/1e6, "Mrecords/s")
}
