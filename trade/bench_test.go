package trade_test

import (
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
)

var benchPosts = []string{"entikong", "aruk", "nanga-badau", "jagoi-babang", "sei-kelik", "motaain", "skouw", "serasan"}

// benchRecords generates n records over 10 years, 12 months, 8 posts and 2 flows.
func benchRecords(n int) []trade.Record {
	rs := make([]trade.Record, n)
	x := uint64(88172645463325252)
	for i := range rs {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		y := 2014 + int(x%10)
		m := time.Month(1 + (x>>8)%12)
		f := trade.Export
		if (x>>16)&1 == 1 {
			f = trade.Import
		}
		rs[i] = trade.Record{
			Period:  date.MonthRange(y, m),
			Flow:    f,
			Post:    benchPosts[(x>>20)%uint64(len(benchPosts))],
			Partner: "MY",
			Value:   money.Rupiah(int64(x>>40) % 1_000_000_000),
		}
	}
	return rs
}

func BenchmarkAggregate(b *testing.B) {
	rs := benchRecords(1_000_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		agg := trade.Aggregator{By: trade.ByYear | trade.ByPost | trade.ByFlow}
		for i := range rs {
			if err := agg.Add(&rs[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(rs))/b.Elapsed().Seconds()/1e6, "Mrecords/s")
}
