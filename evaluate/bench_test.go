package evaluate

import (
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
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
