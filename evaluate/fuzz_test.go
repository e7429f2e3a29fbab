package evaluate

import (
	"encoding/json"
	"slices"
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

// FuzzEvaluateRecords evaluates series made from arbitrary years, flows,
// schemes and values, as of a date when the input has a byte to spare: no
// panic, and the invariants of every period hold.
func FuzzEvaluateRecords(f *testing.F) {
	f.Add([]byte{15, 1, 100, 15, 2, 171, 16, 1, 149, 16, 2, 255})       // the Entikong shape
	f.Add([]byte{15, 0, 100, 15, 0x11, 171, 16, 0, 149, 16, 0x11, 255}) // exports against KILB imports
	f.Add([]byte{15, 0, 100, 16, 1, 200, 17, 0, 10, 17, 1, 5, 18})      // a sign change, as of 19 May 2018
	f.Add([]byte{22, 1, 0, 21, 2, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var at date.Date
		if len(b)%3 != 0 {
			last := b[len(b)-1]
			at = date.Date{Year: 2000 + int(last%42), Month: time.Month(1 + last>>2%12), Day: 1 + int(last%28)}
		}
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
			scheme := []trade.Scheme{0, trade.BorderTradeCard, trade.Regular, trade.BorderTradePass}[b[i+1]>>4&3]
			recs = append(recs, trade.Record{Period: period, Flow: flow, Scheme: scheme, Partner: string(rune('A' + b[i]%5)), Value: money.Rupiah(v)})
		}
		ev, err := Records(recs, TradeOptions{Subject: "X", BorderPost: b != nil && len(b)%2 == 0, At: at})
		if err != nil {
			return
		}
		for i, p := range ev.Periods {
			net, err := p.Exports.Sub(p.Imports)
			if err != nil || net != p.Balance {
				t.Fatalf("%s: balance %v, exports − imports %v (%v)", p.Period, p.Balance, net, err)
			}
			if p.Coverage.OK() && (p.Imports.Sign() <= 0 || p.Exports.Sign() < 0) {
				t.Fatalf("%s: coverage %v of exports %v and imports %v", p.Period, p.Coverage, p.Exports, p.Imports)
			}
			if p.Partial && (p.ExportGrowth.OK() || p.ImportGrowth.OK() || p.BalanceGrowth.OK() || p.BalanceChange.HasCurrency()) {
				t.Fatalf("%s: growth of a partial period", p.Period)
			}
			if !at.IsZero() && p.Period.End.After(at) {
				t.Fatalf("%s: a period not ended by %s", p.Period, at)
			}
			if p.BalanceGrowth.OK() && p.Balance.Sign()*ev.Periods[i-1].Balance.Sign() != 1 {
				t.Fatalf("%s: balance growth %v from %v to %v", p.Period, p.BalanceGrowth, ev.Periods[i-1].Balance, p.Balance)
			}
			if p.BalanceChange.HasCurrency() {
				if d, err := p.Balance.Sub(ev.Periods[i-1].Balance); err != nil || d != p.BalanceChange {
					t.Fatalf("%s: balance change %v, want %v (%v)", p.Period, p.BalanceChange, d, err)
				}
			}
			if p.ImportScheme.IsBorderTrade() != p.BorderImports.HasCurrency() || p.ImportScheme != 0 && !p.ImportScheme.IsBorderTrade() {
				t.Fatalf("%s: import scheme %v with border-trade imports %v", p.Period, p.ImportScheme, p.BorderImports)
			}
		}
		if (ev.NotYetKnown > 0) != slices.ContainsFunc(ev.Findings, func(f Finding) bool { return f.Code == TradeNotYetKnown }) {
			t.Fatalf("%d periods not yet known, findings %v", ev.NotYetKnown, ev.Findings)
		}
		for _, g := range ev.CAGR {
			if g.Years < 1 || !g.From.IsWholeYear() || !g.To.IsWholeYear() {
				t.Fatalf("CAGR over %+v", g)
			}
			if g.Flow == WordSurplus || g.Flow == WordDeficit {
				want := map[Word]int{WordSurplus: 1, WordDeficit: -1}[g.Flow]
				for _, p := range ev.Periods {
					if !p.Period.Start.Before(g.From.Start) && !p.Period.End.After(g.To.End) && p.Balance.Sign() != want {
						t.Fatalf("CAGR of the %s across %s with balance %v", g.Flow, p.Period, p.Balance)
					}
				}
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
			if back.ImportScheme != p.ImportScheme || back.BalanceChange.Minor() != p.BalanceChange.Minor() {
				t.Fatalf("%s: read back as %+v", js, back)
			}
		}
	})
}
