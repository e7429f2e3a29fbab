package evaluate

import (
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

// benchRegister generates n agreements with m activities in all, spread
// over 2010–2024, with two to five sectors each and a term of five years
// for half of them.
func benchRegister(n, m int) []agreement.Agreement {
	as := make([]agreement.Agreement, n)
	countries := []string{"KR", "CN", "JP", "MY", "SE", "AU", "NL", "US"}
	seed := uint64(1)
	next := func() uint64 { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return seed }
	for i := range as {
		signed := date.Date{Year: 2010 + int(next()%14), Month: time.Month(1 + next()%12), Day: 1 + int(next()%28)}
		a := agreement.Agreement{
			ID: "a", Title: "agreement", Type: agreement.KSDPLSisterCity,
			Parties: []agreement.Party{{Role: agreement.RoleRegion, Country: "ID"}, {Role: agreement.RolePartner, Country: countries[next()%uint64(len(countries))]}},
			Signed:  agreement.On(signed),
		}
		for k := 2 + int(next()%4); k > 0; k-- {
			a.Sectors = append(a.Sectors, agreement.Sector(1+next()%30))
		}
		if i%2 == 0 {
			a.Term = agreement.Term{Months: 60}
		}
		if i%5 == 0 {
			a.Funding = []agreement.Funding{{Amount: money.Rupiah(1_000_000_000)}}
		}
		as[i] = a
	}
	for j := 0; j < m; j++ {
		a := &as[next()%uint64(n)]
		s := a.SignedOn().First()
		a.Activities = append(a.Activities, agreement.Activity{
			Date:   agreement.On(s.AddDays(int(next() % 3000))),
			Sector: a.Sectors[next()%uint64(len(a.Sectors))],
			Value:  money.Rupiah(int64(next() % 100_000_000)),
		})
	}
	return as
}

// BenchmarkEvaluateRegister evaluates a register of 100,000 agreements
// with 1,000,000 activities on one date (target: under 1 s per op).
func BenchmarkEvaluateRegister(b *testing.B) {
	as := benchRegister(100_000, 1_000_000)
	d := date.Date{Year: 2024, Month: time.June, Day: 30}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r := Register(as, d, AgreementOptions{})
		if r.Total != len(as) {
			b.Fatal("wrong total")
		}
	}
}

// BenchmarkFindingMessage renders one finding in Indonesian.
func BenchmarkFindingMessage(b *testing.B) {
	ev, err := Balances(entikongBalances(), TradeOptions{Subject: "PLBN Entikong", BorderPost: true})
	if err != nil {
		b.Fatal(err)
	}
	f := ev.Findings[2]
	b.ReportAllocs()
	for b.Loop() {
		_ = f.Message(language.Indonesian)
	}
}

// benchTradeRecords generates n monthly records over the ten years
// 2014–2023, in random order: exports, imports and a few re-exports
// through 8 border posts, to 5 partners, of 6 HS codes in 5 chapters.
func benchTradeRecords(n int) []trade.Record {
	posts := []string{"entikong", "aruk", "nanga-badau", "jagoi-babang", "sei-kelik", "motaain", "skouw", "serasan"}
	partners := []string{"MY", "BN", "SG", "CN", "TL"}
	var codes []trade.HS
	for _, s := range []string{"1511.10", "1511.90", "4001.22", "2701", "0901", "8517.13"} {
		codes = append(codes, trade.MustParseHS(s))
	}
	flows := []trade.Flow{trade.Export, trade.Import, trade.Export, trade.Import, trade.Export, trade.Import, trade.ReExport, trade.ReImport}
	rs := make([]trade.Record, n)
	seed := uint64(88172645463325252)
	next := func() uint64 { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return seed }
	for i := range rs {
		v := next()
		rs[i] = trade.Record{
			Period:  date.MonthRange(2014+int(v%10), time.Month(1+v>>8%12)),
			Flow:    flows[v>>16%uint64(len(flows))],
			Post:    posts[v>>20%uint64(len(posts))],
			Partner: partners[v>>24%uint64(len(partners))],
			HS:      codes[v>>28%uint64(len(codes))],
			Value:   money.Rupiah(int64(v>>40) % 1_000_000_000),
		}
	}
	return rs
}

// BenchmarkRecords evaluates 1,000,000 monthly trade records (120
// periods, 5 partners, 5 chapters) as one series.
func BenchmarkRecords(b *testing.B) {
	rs := benchTradeRecords(1_000_000)
	opt := TradeOptions{Subject: "Kalimantan Barat"}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ev, err := Records(rs, opt)
		if err != nil {
			b.Fatal(err)
		}
		if len(ev.Periods) != 10 {
			b.Fatalf("%d periods, want 10", len(ev.Periods))
		}
	}
}

// BenchmarkGroups sums the records of BenchmarkRecords with a
// trade.Aggregator by GroupDims and evaluates the groups (aggregate), and
// evaluates the 3,000 groups alone (evaluate).
func BenchmarkGroups(b *testing.B) {
	rs := benchTradeRecords(1_000_000)
	opt := TradeOptions{Subject: "Kalimantan Barat"}
	aggregate := func() []trade.Group {
		agg := trade.Aggregator{By: GroupDims}
		for i := range rs {
			if err := agg.Add(&rs[i]); err != nil {
				b.Fatal(err)
			}
		}
		return agg.Groups()
	}
	evaluate := func(gs []trade.Group) {
		ev, err := Groups(gs, opt)
		if err != nil {
			b.Fatal(err)
		}
		if len(ev.Periods) != 10 {
			b.Fatalf("%d periods, want 10", len(ev.Periods))
		}
	}
	b.Run("aggregate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			evaluate(aggregate())
		}
		b.ReportMetric(float64(b.N)*float64(len(rs))/b.Elapsed().Seconds()/1e6, "Mrecords/s")
	})
	b.Run("evaluate", func(b *testing.B) {
		gs := aggregate()
		if len(gs) != 3000 {
			b.Fatalf("%d groups, want 3000", len(gs))
		}
		b.ReportAllocs()
		for b.Loop() {
			evaluate(gs)
		}
	})
}
