package evaluate

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

func FuzzParseDegree(f *testing.F) {
	for _, s := range []string{"0", "3", "full", "penuh", "Sebagian", "separa", "belum dimulai", "not-started", "sepenuhnya",
		"minimal", " Minimum ", "selesai", "4", "", "tidak\u00a0dimulai", "PENUH"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseDegree(s)
		if err != nil {
			return
		}
		b, err := l.MarshalText()
		if err != nil {
			t.Fatalf("ParseDegree(%q) = %v, which does not marshal: %v", s, l, err)
		}
		back, err := ParseDegree(string(b))
		if err != nil || back != l {
			t.Fatalf("ParseDegree(%q) = %v; round trip gives %v, %v", s, l, back, err)
		}
		if _, ok := l.Score(); !ok && l != 0 {
			t.Fatalf("ParseDegree(%q) = %v without a score", s, l)
		}
	})
}

func FuzzParseSeverity(f *testing.F) {
	for _, s := range []string{"warning", "Peringatan", "AMARAN", "kritis", "kritikal", "maklumat", "informasi", "warn", "crit", "", "none"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseSeverity(s)
		if err != nil {
			return
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("ParseSeverity(%q) = %v, which does not marshal: %v", s, v, err)
		}
		if back, err := ParseSeverity(string(b)); err != nil || back != v {
			t.Fatalf("ParseSeverity(%q) = %v; round trip gives %v, %v", s, v, back, err)
		}
	})
}

// FuzzEvaluateRecords evaluates series made from arbitrary years, flows
// and values: no panic, and the invariants of every period hold.
func FuzzEvaluateRecords(f *testing.F) {
	f.Add([]byte{15, 1, 100, 15, 2, 171, 16, 1, 149, 16, 2, 255}) // the Entikong shape
	f.Add([]byte{22, 1, 0, 21, 2, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var recs []trade.Record
		for i := 0; i+2 < len(b) && len(recs) < 64; i += 3 {
			y := 2000 + int(b[i]%40)
			flow := trade.Flow(1 + b[i+1]%4)
			period := date.YearRange(y)
			if b[i+1]&0x80 != 0 { // a month instead of the year
				period = date.MonthRange(y, time.Month(1+b[i+1]%12))
			}
			v := int64(b[i+2]) * 1_000_000_007
			if b[i+1]&0x40 != 0 {
				v = -v
			}
			recs = append(recs, trade.Record{Period: period, Flow: flow, Partner: string(rune('A' + b[i]%5)), Value: money.Rupiah(v)})
		}
		ev, err := Records(recs, TradeOptions{Subject: "X", BorderPost: b != nil && len(b)%2 == 0})
		if err != nil {
			return
		}
		for _, p := range ev.Periods {
			net, err := p.Exports.Sub(p.Imports)
			if err != nil || net != p.Balance {
				t.Fatalf("%s: balance %v, exports − imports %v (%v)", p.Period, p.Balance, net, err)
			}
			if p.Coverage.OK() && p.Imports.Sign() <= 0 {
				t.Fatalf("%s: coverage %v with imports %v", p.Period, p.Coverage, p.Imports)
			}
			if p.Partial && (p.ExportGrowth.OK() || p.ImportGrowth.OK()) {
				t.Fatalf("%s: growth of a partial period", p.Period)
			}
		}
		for _, g := range ev.CAGR {
			if g.Years < 1 || !g.From.IsWholeYear() || !g.To.IsWholeYear() {
				t.Fatalf("CAGR over %+v", g)
			}
		}
		for _, fd := range ev.Findings {
			for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
				if m := fd.Message(tag); m == "" || strings.Contains(m, "%!") {
					t.Fatalf("%s message %q", fd.Code, m)
				}
			}
		}
		// Every ratio of a period reads back from JSON with its reason.
		for _, p := range ev.Periods {
			js, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			var back TradePeriod
			if err := json.Unmarshal(js, &back); err != nil {
				t.Fatalf("%s: %v", js, err)
			}
			for _, r := range [][2]Ratio{{p.Coverage, back.Coverage}, {p.ExportGrowth, back.ExportGrowth}, {p.ImportGrowth, back.ImportGrowth},
				{p.BalanceGrowth, back.BalanceGrowth}, {p.DeficitChange, back.DeficitChange}, {p.ByPartner.Index, back.ByPartner.Index}} {
				if r[0] != r[1] {
					t.Fatalf("%s: ratio %v read back as %v", js, r[0], r[1])
				}
			}
		}
	})
}
