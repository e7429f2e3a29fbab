package evaluate

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// periodFigures is what the seed figures are checked against, rounded as
// the documents round them.
type periodFigures struct {
	Period                     string
	ImportScheme               trade.Scheme
	Balance, BalanceChange     money.Amount
	Status                     trade.Status
	Coverage                   Ratio // 3 decimals: 0.584 = 58,4 %
	ExportGrowth, ImportGrowth Ratio // 4 decimals: 0.4880 = 48,80 %
	BalanceGrowth              Ratio // 4 decimals
	DeficitChange              Ratio // 2 decimals
}

func figuresOf(ev TradeEvaluation) []periodFigures {
	var out []periodFigures
	for _, p := range ev.Periods {
		out = append(out, periodFigures{
			Period: p.Period.String(), ImportScheme: p.ImportScheme, Balance: p.Balance, BalanceChange: p.BalanceChange, Status: p.Status,
			Coverage: p.Coverage.Round(3), ExportGrowth: p.ExportGrowth.Round(4), ImportGrowth: p.ImportGrowth.Round(4),
			BalanceGrowth: p.BalanceGrowth.Round(4), DeficitChange: p.DeficitChange.Round(2),
		})
	}
	return out
}

// kilbRecords are entikongRecords as seed 000 gives them: the imports are
// "Nilai Impor dengan menggunakan Kartu Identitas Lintas Batas (KILB)".
func kilbRecords() []trade.Record {
	rs := entikongRecords()
	for i := range rs {
		if rs[i].Flow == trade.Import {
			rs[i].Scheme = trade.BorderTradeCard
		}
	}
	return rs
}

// TestEntikongSeed evaluates seed 000 from balances and from records, both
// saying that the imports came on cross-border cards (KILB): exports
// against them are a gap, not the trade balance, and every finding names
// the KILB imports.
func TestEntikongSeed(t *testing.T) {
	kilb := trade.BorderTradeCard
	want := []periodFigures{
		{Period: "2015-01-01/2015-12-31", ImportScheme: kilb, Balance: money.Rupiah(-71406562825), Status: trade.Deficit,
			Coverage: RatioOf(0.584), ExportGrowth: Ratio{}, ImportGrowth: Ratio{}, BalanceGrowth: Ratio{}, DeficitChange: Ratio{}},
		{Period: "2016-01-01/2016-12-31", ImportScheme: kilb, Balance: money.Rupiah(-121415423072), BalanceChange: money.Rupiah(-50008860247),
			Status: trade.Deficit, Coverage: RatioOf(0.552), ExportGrowth: RatioOf(0.4880), ImportGrowth: RatioOf(0.5763),
			BalanceGrowth: RatioOf(0.7003), DeficitChange: RatioOf(0.70)},
	}
	fromBalances, err := Balances(entikongBalances(), TradeOptions{Subject: "PLBN Entikong", BorderPost: true, ImportScheme: kilb})
	if err != nil {
		t.Fatal(err)
	}
	fromRecords, err := Records(kilbRecords(), TradeOptions{Subject: "PLBN Entikong", BorderPost: true})
	if err != nil {
		t.Fatal(err)
	}
	for name, ev := range map[string]TradeEvaluation{"balances": fromBalances, "records": fromRecords} {
		if diff := cmp.Diff(want, figuresOf(ev)); diff != "" {
			t.Errorf("%s: Entikong mismatch (-want +got):\n%s", name, diff)
		}
		var msgs []string
		for _, f := range ev.Findings {
			msgs = append(msgs, f.Message(language.Indonesian))
		}
		wantMsgs := []string{
			"Selisih antara ekspor melalui PLBN Entikong dan impor dengan KILB pada 2015: ekspor lebih kecil Rp71.406.562.825 (selisih ini bukan neraca perdagangan)",
			"Pada 2015 ekspor melalui PLBN Entikong hanya menutup 58,4% nilai impor dengan KILB",
			"Selisih antara ekspor melalui PLBN Entikong dan impor dengan KILB pada 2016: ekspor lebih kecil Rp121.415.423.072 (selisih ini bukan neraca perdagangan)",
			"Pada 2016 ekspor melalui PLBN Entikong hanya menutup 55,2% nilai impor dengan KILB",
			"Dari 2015 ke 2016 ekspor melalui PLBN Entikong naik 48,8% dan impor dengan KILB naik 57,6%",
			"Kekurangan ekspor melalui PLBN Entikong terhadap impor dengan KILB melebar 70,0% dari 2015 ke 2016, sementara ekspor naik 48,8%",
			"Pertumbuhan tahunan majemuk (CAGR) ekspor melalui PLBN Entikong selama 1 tahun (2015–2016): 48,8% per tahun",
			"Pertumbuhan tahunan majemuk (CAGR) impor dengan KILB melalui PLBN Entikong selama 1 tahun (2015–2016): 57,6% per tahun",
		}
		if diff := cmp.Diff(wantMsgs, msgs); diff != "" {
			t.Errorf("%s: Entikong messages mismatch (-want +got):\n%s", name, diff)
		}
	}
	// The precise figures behind the rounded ones.
	p := fromBalances.Periods[1]
	if g := p.ExportGrowth.Float(); g < 0.48800 || g >= 0.48801 {
		t.Errorf("export growth 2016 = %v, want 0.48800…", g)
	}
	if g := p.ImportGrowth.Float(); g < 0.57625 || g >= 0.57635 {
		t.Errorf("import growth 2016 = %v, want 0.5763 (57,63 %%)", g)
	}
}

func TestKaltengSeed(t *testing.T) {
	ev, err := Balances(kaltengBalances(), TradeOptions{Subject: "Kalimantan Tengah"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ev.CAGR) != 1 {
		t.Fatalf("CAGR = %+v, want one span (surplus)", ev.CAGR)
	}
	g := ev.CAGR[0]
	got := struct {
		Flow     Word
		From, To string
		Years    int
		Rate     Ratio
	}{g.Flow, g.From.String(), g.To.String(), g.Years, g.Rate.Round(4)}
	want := struct {
		Flow     Word
		From, To string
		Years    int
		Rate     Ratio
	}{WordSurplus, "2017-01-01/2017-12-31", "2021-01-01/2021-12-31", 4, RatioOf(0.1530)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Kalteng CAGR mismatch (-want +got):\n%s", diff)
	}
	last := ev.Periods[len(ev.Periods)-1]
	if !last.Partial || !errors.Is(last.BalanceGrowth.Err(), ErrPartialPeriod) {
		t.Errorf("2022 to November: Partial = %v, BalanceGrowth = %v; want partial and undefined", last.Partial, last.BalanceGrowth)
	}
	// 2018 shrank from 2017: a surplus both years, so the growth of the
	// surplus is defined beside the change in money.
	if r := ev.Periods[1].BalanceGrowth.Round(4); r != RatioOf(-0.0282) {
		t.Errorf("surplus growth 2018 = %v, want -0.0282", r)
	}
	if c := ev.Periods[1].BalanceChange; c != money.FromMinor(-4_870_000_000, currency.USD) {
		t.Errorf("balance change 2018 = %v, want USD -48700000", c)
	}
	want2 := map[Code]int{TradeSurplus: 6, TradePartial: 1, TradeCAGR: 1, TradeBalanceChange: 4}
	got2 := map[Code]int{}
	for _, f := range ev.Findings {
		got2[f.Code]++
	}
	if diff := cmp.Diff(want2, got2); diff != "" {
		t.Errorf("Kalteng finding counts mismatch (-want +got):\n%s", diff)
	}
	msgs := map[string]string{}
	for _, tag := range []string{"id", "ms", "en"} {
		for _, f := range ev.Findings {
			if f.Code == TradeCAGR || f.Code == TradePartial || f.Code == TradeBalanceChange && f.Period.Start.Year == 2018 {
				msgs[tag+" "+string(f.Code)] = f.Message(language.MustParse(tag))
			}
		}
	}
	wantMsgs := map[string]string{
		"id trade.cagr":           "Pertumbuhan tahunan majemuk (CAGR) surplus Kalimantan Tengah selama 4 tahun (2017–2021): 15,3% per tahun",
		"ms trade.cagr":           "Kadar pertumbuhan tahunan kompaun (CAGR) lebihan Kalimantan Tengah dalam tempoh 4 tahun (2017–2021): 15.3% setahun",
		"en trade.cagr":           "Compound annual growth (CAGR) of the surplus of Kalimantan Tengah over 4 years, 2017 to 2021: 15.3% a year",
		"id trade.balance-change": "Dari 2017 ke 2018 neraca perdagangan Kalimantan Tengah turun US$48.700.000, dari surplus US$1.725.990.000 menjadi surplus US$1.677.290.000",
		"ms trade.balance-change": "Dari 2017 ke 2018 imbangan dagangan Kalimantan Tengah menurun US$48,700,000, daripada lebihan US$1,725,990,000 kepada lebihan US$1,677,290,000",
		"en trade.balance-change": "From 2017 to 2018 the trade balance of Kalimantan Tengah fell by US$48,700,000, from surplus US$1,725,990,000 to surplus US$1,677,290,000",
		"id trade.partial-period": "Data Kalimantan Tengah untuk Januari–November 2022 hanya mencakup sebagian tahun; tidak dibandingkan dengan tahun penuh dan tidak masuk perhitungan pertumbuhan",
		"ms trade.partial-period": "Data Kalimantan Tengah bagi Januari–November 2022 meliputi sebahagian tahun sahaja; tidak dibandingkan dengan tahun penuh dan tidak dikira dalam kadar pertumbuhan",
		"en trade.partial-period": "The figures of Kalimantan Tengah for January–November 2022 cover part of a year only; they are not compared with whole years and enter no growth rate",
	}
	if diff := cmp.Diff(wantMsgs, msgs); diff != "" {
		t.Errorf("Kalteng messages mismatch (-want +got):\n%s", diff)
	}
}

func TestTradeEdges(t *testing.T) {
	y := date.YearRange
	rp := money.Rupiah
	bal := func(yr int, x, m int64) trade.Balance {
		b, err := trade.NewBalance(y(yr), rp(x), rp(m))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	t.Run("no data", func(t *testing.T) {
		ev, err := Balances(nil, TradeOptions{Subject: "PLBN Aruk", BorderPost: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(ev.Findings) != 1 || ev.Findings[0].Code != TradeNoData {
			t.Fatalf("findings = %v, want one %s", ev.Findings, TradeNoData)
		}
		if got, want := ev.Findings[0].Message(language.Indonesian), "Tidak ada data perdagangan melalui PLBN Aruk untuk dievaluasi"; got != want {
			t.Errorf("message = %q, want %q", got, want)
		}
	})
	t.Run("one period", func(t *testing.T) {
		ev, err := Balances([]trade.Balance{bal(2016, 10, 5)}, TradeOptions{Subject: "X"})
		if err != nil {
			t.Fatal(err)
		}
		p := ev.Periods[0]
		if !errors.Is(p.ExportGrowth.Err(), ErrNoData) || ev.CAGR != nil || p.Coverage.Round(2) != RatioOf(2) {
			t.Errorf("one period: %+v, CAGR %v", p, ev.CAGR)
		}
	})
	t.Run("zero imports", func(t *testing.T) {
		ev, err := Balances([]trade.Balance{bal(2016, 10, 0)}, TradeOptions{Subject: "PLBN Aruk", BorderPost: true})
		if err != nil {
			t.Fatal(err)
		}
		if !errors.Is(ev.Periods[0].Coverage.Err(), ErrZeroBase) {
			t.Errorf("coverage with no imports = %v, want undefined (zero base)", ev.Periods[0].Coverage)
		}
		var got []string
		for _, f := range ev.Findings {
			got = append(got, f.Message(language.English))
		}
		want := []string{
			"The trade balance through PLBN Aruk was in surplus by Rp10 in 2016",
			"In 2016 there were no imports through PLBN Aruk, so the export-to-import coverage ratio is undefined",
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("zero imports mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("zero start", func(t *testing.T) {
		ev, err := Balances([]trade.Balance{bal(2015, 0, 5), bal(2016, 10, 5)}, TradeOptions{Subject: "X"})
		if err != nil {
			t.Fatal(err)
		}
		p := ev.Periods[1]
		if !errors.Is(p.ExportGrowth.Err(), ErrZeroBase) || !errors.Is(ev.CAGR[0].Rate.Err(), ErrZeroBase) {
			t.Errorf("growth from zero = %v, CAGR %v; want zero base", p.ExportGrowth, ev.CAGR[0].Rate)
		}
		for _, f := range ev.Findings {
			if f.Code == TradeGrowth {
				want := "Dari 2015 ke 2016 ekspor X tidak dapat dihitung (nilai awal nol) dan impor tetap"
				if got := f.Message(language.Indonesian); got != want {
					t.Errorf("message = %q, want %q", got, want)
				}
			}
		}
	})
	t.Run("gap year", func(t *testing.T) {
		ev, err := Balances([]trade.Balance{bal(2015, 10, 5), bal(2017, 20, 5)}, TradeOptions{Subject: "X"})
		if err != nil {
			t.Fatal(err)
		}
		if !errors.Is(ev.Periods[1].ExportGrowth.Err(), ErrNotAdjacent) {
			t.Errorf("growth over a gap = %v, want not adjacent", ev.Periods[1].ExportGrowth)
		}
		if g := ev.CAGR[0]; g.Years != 2 || g.Rate.Round(4) != RatioOf(0.4142) {
			t.Errorf("CAGR over a gap = %+v, want 2 years, 0.4142", g)
		}
	})
	t.Run("mixed currencies", func(t *testing.T) {
		recs := []trade.Record{
			{Period: y(2016), Flow: trade.Export, Value: rp(10)},
			{Period: y(2016), Flow: trade.Import, Value: money.Ringgit(10)},
		}
		if _, err := Records(recs, TradeOptions{}); !errors.Is(err, money.ErrCurrencyMismatch) {
			t.Errorf("mixed currencies: err = %v, want ErrCurrencyMismatch", err)
		}
		b := []trade.Balance{bal(2015, 1, 1), trade.PublishedNet(y(2016), money.FromMinor(5, currency.USD), "")}
		if _, err := Balances(b, TradeOptions{}); !errors.Is(err, money.ErrCurrencyMismatch) {
			t.Errorf("mixed currencies in balances: err = %v, want ErrCurrencyMismatch", err)
		}
	})
	t.Run("like for like", func(t *testing.T) {
		var recs []trade.Record
		for m := time.January; m <= time.December; m++ {
			recs = append(recs, trade.Record{Period: date.MonthRange(2021, m), Flow: trade.Export, Partner: "MY", Value: rp(100)})
			if m <= time.November {
				recs = append(recs, trade.Record{Period: date.MonthRange(2022, m), Flow: trade.Export, Partner: "MY", Value: rp(120)})
			}
		}
		ev, err := Records(recs, TradeOptions{Subject: "X"})
		if err != nil {
			t.Fatal(err)
		}
		if len(ev.LikeForLike) != 1 {
			t.Fatalf("like for like = %+v, want one", ev.LikeForLike)
		}
		l := ev.LikeForLike[0]
		if l.Value != rp(1320) || l.Before != rp(1100) || l.Change.Round(4) != RatioOf(0.2) || l.Previous.String() != "2021-01-01/2021-11-30" {
			t.Errorf("like for like = %+v", l)
		}
		if !ev.Periods[1].Partial || ev.Periods[1].Period.String() != "2022-01-01/2022-11-30" {
			t.Errorf("2022 = %+v, want partial January–November", ev.Periods[1])
		}
		if c := ev.Periods[1].ByPartner; c.Points() != 10000 || c.N != 1 {
			t.Errorf("HHI by partner = %v, want 10000 with 1 partner", c)
		}
	})
}

func TestConcentration(t *testing.T) {
	hs := func(s string) trade.HS { return trade.MustParseHS(s) }
	recs := []trade.Record{
		{Period: date.YearRange(2022), Flow: trade.Export, Partner: "MY", HS: hs("1511"), Value: money.Rupiah(600)},
		{Period: date.YearRange(2022), Flow: trade.Export, Partner: "CN", HS: hs("2701"), Value: money.Rupiah(300)},
		{Period: date.YearRange(2022), Flow: trade.Export, Partner: "MY", HS: hs("151110"), Value: money.Rupiah(100)},
		{Period: date.YearRange(2022), Flow: trade.Import, Partner: "MY", Value: money.Rupiah(500)},
	}
	ev, err := Records(recs, TradeOptions{Subject: "Kalimantan Tengah"})
	if err != nil {
		t.Fatal(err)
	}
	p := ev.Periods[0]
	// Partners: MY 700, CN 300 → 0.49 + 0.09 = 0.58. Chapters: 15 → 700, 27 → 300: the same.
	if got := [2]float64{p.ByPartner.Points(), p.ByCommodity.Points()}; math.Abs(got[0]-5800) > 1e-6 || math.Abs(got[1]-5800) > 1e-6 {
		t.Errorf("HHI points = %v, want 5800 and 5800", got)
	}
	var msgs []string
	for _, f := range ev.Findings {
		if f.Code == TradeConcentration {
			msgs = append(msgs, f.Message(language.Indonesian), f.Message(language.English))
			if f.Severity != Warning {
				t.Errorf("HHI 5800: severity %v, want warning", f.Severity)
			}
		}
	}
	want := []string{
		"Konsentrasi ekspor Kalimantan Tengah menurut negara mitra pada 2022: HHI 5.800 dari 10.000 (2 negara mitra)",
		"Concentration of exports of Kalimantan Tengah by partner in 2022: HHI 5,800 out of 10,000 (2 groups)",
		"Konsentrasi ekspor Kalimantan Tengah menurut komoditas pada 2022: HHI 5.800 dari 10.000 (2 komoditas)",
		"Concentration of exports of Kalimantan Tengah by commodity in 2022: HHI 5,800 out of 10,000 (2 groups)",
	}
	if diff := cmp.Diff(want, msgs); diff != "" {
		t.Errorf("concentration messages mismatch (-want +got):\n%s", diff)
	}
	// A lower threshold of the caller's choosing.
	ev, _ = Records(recs, TradeOptions{ConcentrationWarning: 6000})
	for _, f := range ev.Findings {
		if f.Code == TradeConcentration && f.Severity != Info {
			t.Errorf("threshold 6000: severity %v, want info", f.Severity)
		}
	}
}

func TestLikeForLikeMessage(t *testing.T) {
	var recs []trade.Record
	for m := time.January; m <= time.December; m++ {
		recs = append(recs, trade.Record{Period: date.MonthRange(2021, m), Flow: trade.Import, Value: money.Rupiah(100)})
		if m <= time.November {
			recs = append(recs, trade.Record{Period: date.MonthRange(2022, m), Flow: trade.Import, Value: money.Rupiah(90)})
		}
	}
	ev, err := Records(recs, TradeOptions{Subject: "PLBN Entikong", BorderPost: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range ev.Findings {
		if f.Code == TradeLikeForLike {
			got = append(got, f.Message(language.Indonesian), f.Message(language.English))
		}
	}
	want := []string{
		"Nilai impor melalui PLBN Entikong pada Januari–November 2022 dibandingkan periode yang sama tahun sebelumnya (Januari–November 2021): turun 10,0%",
		"The value of imports through PLBN Entikong in January–November 2022 against the same months a year before (January–November 2021): fell 10.0%",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("like-for-like mismatch (-want +got):\n%s", diff)
	}
	// With only a whole-year figure for 2021, the same months cannot be told apart.
	recs = []trade.Record{{Period: date.YearRange(2021), Flow: trade.Import, Value: money.Rupiah(1200)}}
	for m := time.January; m <= time.November; m++ {
		recs = append(recs, trade.Record{Period: date.MonthRange(2022, m), Flow: trade.Import, Value: money.Rupiah(90)})
	}
	ev, _ = Records(recs, TradeOptions{})
	if len(ev.LikeForLike) != 0 {
		t.Errorf("like for like against a whole year: %+v", ev.LikeForLike)
	}
}

func TestTradeRegionSubject(t *testing.T) {
	kalteng, ok := region.Lookup("62")
	if !ok {
		t.Skip("region 62 not in the gazetteer")
	}
	ev, err := Balances(kaltengBalances()[:2], TradeOptions{Region: kalteng})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{ev.Subject, ev.Findings[0].Message(language.Indonesian), ev.Findings[0].Message(language.English)}
	want := []string{"Kalimantan Tengah",
		"Neraca perdagangan Kalimantan Tengah surplus US$1.725.990.000 pada 2017",
		"The trade balance of " + kalteng.Label(language.English) + " was in surplus by US$1,725,990,000 in 2017"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("region subject mismatch (-want +got):\n%s", diff)
	}
}

// TestGrowthOnFlows checks that growth rates and CAGR are of flows (WITS),
// and that of a balance the evaluation gives the change in money, a rate
// only between balances of one sign, and a CAGR of the surplus or the
// deficit only when every value from start to end keeps that sign.
func TestGrowthOnFlows(t *testing.T) {
	rp := money.Rupiah
	net := func(y int, v int64) trade.Balance { return trade.PublishedNet(date.YearRange(y), rp(v), "") }
	flows := func(y int, x, m int64) trade.Balance {
		b, err := trade.NewBalance(date.YearRange(y), rp(x), rp(m))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	type period struct {
		Year          int
		Change        money.Amount
		BalanceGrowth Ratio // 4 decimals
		ExportGrowth  Ratio // 4 decimals
	}
	type span struct {
		Flow  Word
		Years int
		Rate  Ratio // 4 decimals
	}
	tests := []struct {
		name     string
		balances []trade.Balance
		periods  []period
		cagr     []span
		codes    map[Code]int
	}{{
		name:     "surplus to deficit: a change in money, no growth of −150 %",
		balances: []trade.Balance{net(2015, 100), net(2016, -50)},
		periods: []period{
			{2015, money.Amount{}, Ratio{}, Ratio{}},
			{2016, rp(-150), undefined(stateSignChange), Ratio{}},
		},
		cagr:  []span{{WordBalance, 1, undefined(stateSignChange)}},
		codes: map[Code]int{TradeSurplus: 1, TradeDeficit: 1, TradeBalanceChange: 1, TradeCAGRUndefined: 1},
	}, {
		name:     "a deficit year between two surpluses: no CAGR straight through",
		balances: []trade.Balance{net(2015, 100), net(2016, -20), net(2017, 150)},
		periods: []period{
			{2015, money.Amount{}, Ratio{}, Ratio{}},
			{2016, rp(-120), undefined(stateSignChange), Ratio{}},
			{2017, rp(170), undefined(stateSignChange), Ratio{}},
		},
		cagr:  []span{{WordBalance, 2, undefined(stateSignChange)}},
		codes: map[Code]int{TradeSurplus: 2, TradeDeficit: 1, TradeBalanceChange: 2, TradeCAGRUndefined: 1},
	}, {
		name:     "surpluses throughout: CAGR of the surplus",
		balances: []trade.Balance{net(2015, 100), net(2016, 121), net(2017, 144)},
		periods: []period{
			{2015, money.Amount{}, Ratio{}, Ratio{}},
			{2016, rp(21), RatioOf(0.21), Ratio{}},
			{2017, rp(23), RatioOf(0.1901), Ratio{}},
		},
		cagr:  []span{{WordSurplus, 2, RatioOf(0.2)}},
		codes: map[Code]int{TradeSurplus: 3, TradeBalanceChange: 2, TradeCAGR: 1},
	}, {
		name:     "deficits throughout: CAGR of the deficit, a widening",
		balances: []trade.Balance{net(2015, -100), net(2016, -150), net(2017, -225)},
		periods: []period{
			{2015, money.Amount{}, Ratio{}, Ratio{}},
			{2016, rp(-50), RatioOf(0.5), Ratio{}},
			{2017, rp(-75), RatioOf(0.5), Ratio{}},
		},
		cagr:  []span{{WordDeficit, 2, RatioOf(0.5)}},
		codes: map[Code]int{TradeDeficit: 3, TradeBalanceChange: 2, TradeCAGR: 1},
	}, {
		name:     "from a balance of zero",
		balances: []trade.Balance{net(2015, 0), net(2016, 10)},
		periods: []period{
			{2015, money.Amount{}, Ratio{}, Ratio{}},
			{2016, rp(10), undefined(stateZeroBase), Ratio{}},
		},
		cagr:  []span{{WordBalance, 1, undefined(stateZeroBase)}},
		codes: map[Code]int{TradeBalanced: 1, TradeSurplus: 1, TradeBalanceChange: 1, TradeCAGRUndefined: 1},
	}, {
		name:     "flows: growth and CAGR of exports and imports only, though both years are surpluses",
		balances: []trade.Balance{flows(2015, 200, 100), flows(2016, 300, 100)},
		periods: []period{
			{2015, money.Amount{}, Ratio{}, Ratio{}},
			{2016, rp(100), RatioOf(1), RatioOf(0.5)},
		},
		cagr:  []span{{WordExports, 1, RatioOf(0.5)}, {WordImports, 1, RatioOf(0)}},
		codes: map[Code]int{TradeSurplus: 2, TradeGrowth: 1, TradeCAGR: 2},
	}, {
		name:     "flows across a change of sign: the flows grow, the balance has only a change",
		balances: []trade.Balance{flows(2015, 200, 100), flows(2016, 220, 300)},
		periods: []period{
			{2015, money.Amount{}, Ratio{}, Ratio{}},
			{2016, rp(-180), undefined(stateSignChange), RatioOf(0.1)},
		},
		cagr:  []span{{WordExports, 1, RatioOf(0.1)}, {WordImports, 1, RatioOf(2)}},
		codes: map[Code]int{TradeSurplus: 1, TradeDeficit: 1, TradeCoverage: 1, TradeGrowth: 1, TradeCAGR: 2},
	}, {
		name:     "flows, then only the net: the balance CAGR, not the flows",
		balances: []trade.Balance{flows(2015, 200, 100), net(2016, 110), net(2017, 121)},
		periods: []period{
			{2015, money.Amount{}, Ratio{}, Ratio{}},
			{2016, rp(10), RatioOf(0.1), Ratio{}},
			{2017, rp(11), RatioOf(0.1), Ratio{}},
		},
		cagr:  []span{{WordSurplus, 2, RatioOf(0.1)}},
		codes: map[Code]int{TradeSurplus: 3, TradeBalanceChange: 2, TradeCAGR: 1},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := Balances(tt.balances, TradeOptions{Subject: "X"})
			if err != nil {
				t.Fatal(err)
			}
			var periods []period
			for _, p := range ev.Periods {
				periods = append(periods, period{p.Period.Start.Year, p.BalanceChange, p.BalanceGrowth.Round(4), p.ExportGrowth.Round(4)})
			}
			if diff := cmp.Diff(tt.periods, periods); diff != "" {
				t.Errorf("periods mismatch (-want +got):\n%s", diff)
			}
			var cagr []span
			for _, g := range ev.CAGR {
				cagr = append(cagr, span{g.Flow, g.Years, g.Rate.Round(4)})
			}
			if diff := cmp.Diff(tt.cagr, cagr); diff != "" {
				t.Errorf("CAGR mismatch (-want +got):\n%s", diff)
			}
			codes := map[Code]int{}
			for _, f := range ev.Findings {
				codes[f.Code]++
				for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
					if m := f.Message(tag); strings.Contains(m, "%!") {
						t.Errorf("%s: %q", f.Code, m)
					}
				}
			}
			if diff := cmp.Diff(tt.codes, codes); diff != "" {
				t.Errorf("finding codes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBalanceChangeMessages pins the wording of the change of a published
// net, and of a CAGR that has no rate.
func TestBalanceChangeMessages(t *testing.T) {
	rp := money.Rupiah
	net := func(y int, v int64) trade.Balance { return trade.PublishedNet(date.YearRange(y), rp(v), "") }
	ev, err := Balances([]trade.Balance{net(2017, 100), net(2018, -50)}, TradeOptions{Subject: "PLBN Aruk", BorderPost: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range ev.Findings {
		if f.Code == TradeBalanceChange || f.Code == TradeCAGRUndefined {
			got = append(got, f.Severity.String(), f.Message(language.Indonesian), f.Message(language.Malay), f.Message(language.English))
		}
	}
	want := []string{
		"warning",
		"Dari 2017 ke 2018 neraca perdagangan melalui PLBN Aruk turun Rp150, dari surplus Rp100 menjadi defisit Rp50",
		"Dari 2017 ke 2018 imbangan dagangan melalui PLBN Aruk menurun Rp150, daripada lebihan Rp100 kepada defisit Rp50",
		"From 2017 to 2018 the trade balance through PLBN Aruk fell by Rp150, from surplus Rp100 to deficit Rp50",
		"info",
		"Pertumbuhan tahunan majemuk (CAGR) neraca perdagangan melalui PLBN Aruk selama 1 tahun (2017–2018) tidak terdefinisi (tanda berganti antara surplus dan defisit)",
		"Kadar pertumbuhan tahunan kompaun (CAGR) imbangan dagangan melalui PLBN Aruk dalam tempoh 1 tahun (2017–2018) tidak tertakrif (tanda bertukar antara lebihan dan defisit)",
		"Compound annual growth (CAGR) of the trade balance through PLBN Aruk over 1 year, 2017 to 2018, is undefined (changes sign between surplus and deficit)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages mismatch (-want +got):\n%s", diff)
	}
}

// TestCAGRYears checks that a CAGR says how many yearly intervals it runs
// over and between which years: 2015 to 2016 is one interval over two
// whole years, not "1 whole year".
func TestCAGRYears(t *testing.T) {
	rp := money.Rupiah
	tests := []struct {
		years []int
		want  []string // id, ms, en of the exports CAGR
	}{
		{[]int{2015, 2016}, []string{
			"Pertumbuhan tahunan majemuk (CAGR) ekspor X selama 1 tahun (2015–2016): 100,0% per tahun",
			"Kadar pertumbuhan tahunan kompaun (CAGR) eksport X dalam tempoh 1 tahun (2015–2016): 100.0% setahun",
			"Compound annual growth (CAGR) of the exports of X over 1 year, 2015 to 2016: 100.0% a year",
		}},
		{[]int{2017, 2021}, []string{ // a gap between: still four intervals
			"Pertumbuhan tahunan majemuk (CAGR) ekspor X selama 4 tahun (2017–2021): 18,9% per tahun",
			"Kadar pertumbuhan tahunan kompaun (CAGR) eksport X dalam tempoh 4 tahun (2017–2021): 18.9% setahun",
			"Compound annual growth (CAGR) of the exports of X over 4 years, 2017 to 2021: 18.9% a year",
		}},
	}
	for _, tt := range tests {
		var bs []trade.Balance
		for i, y := range tt.years {
			b, err := trade.NewBalance(date.YearRange(y), rp(int64(100<<i)), rp(10))
			if err != nil {
				t.Fatal(err)
			}
			bs = append(bs, b)
		}
		ev, err := Balances(bs, TradeOptions{Subject: "X"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range ev.Findings {
			if v, _ := f.Figure("flow"); f.Code == TradeCAGR && v == WordExports {
				got = append(got, f.Message(language.Indonesian), f.Message(language.Malay), f.Message(language.English))
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%v: CAGR mismatch (-want +got):\n%s", tt.years, diff)
		}
	}
}

// TestCoverageOneRule checks trade.Balance.Coverage, trade.CoverageRatio,
// evaluate.Coverage and the coverage of an evaluated period on one table,
// negative flows included: one rule, X / M defined only when both flows
// are non-negative and M > 0.
func TestCoverageOneRule(t *testing.T) {
	tests := []struct {
		x, m     int64
		want     Ratio
		tradeErr error
	}{
		{100387357175, 171793920000, RatioOf(100387357175.0 / 171793920000), nil},
		{0, 5, RatioOf(0), nil},
		{5, 5, RatioOf(1), nil},
		{5, 0, undefined(stateZeroBase), trade.ErrNoImports},
		{0, 0, undefined(stateZeroBase), trade.ErrNoImports},
		{-5, -10, undefined(stateNegativeValue), trade.ErrNegativeFlow}, // not 0.50
		{-5, 10, undefined(stateNegativeValue), trade.ErrNegativeFlow},
		{5, -10, undefined(stateNegativeValue), trade.ErrNegativeFlow},
		{-5, 0, undefined(stateNegativeValue), trade.ErrNegativeFlow},
	}
	for _, tt := range tests {
		b, err := trade.NewBalance(date.YearRange(2016), money.Rupiah(tt.x), money.Rupiah(tt.m))
		if err != nil {
			t.Fatal(err)
		}
		x, m := float64(b.Exports.Minor()), float64(b.Imports.Minor())
		r, ok := b.Coverage()
		fromBalance := undefined(stateNoData)
		if ok {
			fromBalance = RatioOf(r)
		}
		if _, err := b.CoverageRatio(); !errors.Is(err, tt.tradeErr) || (err == nil) != (tt.tradeErr == nil) {
			t.Errorf("X=%d M=%d: Balance.CoverageRatio error %v, want %v", tt.x, tt.m, err, tt.tradeErr)
		}
		ev, err := Balances([]trade.Balance{b}, TradeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got := []Ratio{Coverage(x, m), ev.Periods[0].Coverage}
		want := []Ratio{tt.want, tt.want}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("X=%d M=%d: coverage mismatch (-want +got):\n%s", tt.x, tt.m, diff)
		}
		// trade.Balance.Coverage gives the same answer: the same value when
		// defined, undefined when not.
		if v, defined := tt.want.Value(); defined != ok || ok && r != v {
			t.Errorf("X=%d M=%d: Balance.Coverage = %v, %v; evaluate.Coverage = %v", tt.x, tt.m, r, ok, tt.want)
		} else if !ok && fromBalance.OK() {
			t.Errorf("X=%d M=%d: Balance.Coverage defined", tt.x, tt.m)
		}
	}
	if _, ok := trade.PublishedNet(date.YearRange(2016), money.Rupiah(5), "").Coverage(); ok {
		t.Error("coverage of a published net is defined")
	}
	if r := Coverage(math.NaN(), 1); !errors.Is(r.Err(), ErrNoData) {
		t.Errorf("Coverage(NaN, 1) = %v, want undefined (no data)", r)
	}
}

// TestBorderImports checks that imports under border trade are named:
// when all of a period's imports came on cross-border cards (KILB), the
// balance is a gap, not the trade balance; when part of them did, the part
// is reported.
func TestBorderImports(t *testing.T) {
	rp := money.Rupiah
	y := date.YearRange
	rec := func(yr int, f trade.Flow, s trade.Scheme, v int64) trade.Record {
		return trade.Record{Period: y(yr), Flow: f, Scheme: s, Value: rp(v)}
	}
	type period struct {
		Scheme        trade.Scheme
		BorderImports money.Amount
		BorderOnly    bool
	}
	tests := []struct {
		name     string
		records  []trade.Record
		balances []trade.Balance // instead of records
		opt      TradeOptions
		periods  []period
		messages []string // Indonesian, of the first period's balance, border and coverage findings
	}{{
		name:    "all imports on KILB cards",
		records: []trade.Record{rec(2015, trade.Export, 0, 100), rec(2015, trade.Import, trade.BorderTradeCard, 150)},
		periods: []period{{trade.BorderTradeCard, rp(150), true}},
		messages: []string{
			"Selisih antara ekspor X dan impor dengan KILB pada 2015: ekspor lebih kecil Rp50 (selisih ini bukan neraca perdagangan)",
			"Pada 2015 ekspor X hanya menutup 66,7% nilai impor dengan KILB",
		},
	}, {
		name: "part of the imports on KILB cards",
		records: []trade.Record{rec(2015, trade.Export, 0, 100), rec(2015, trade.Import, trade.BorderTradeCard, 150),
			rec(2015, trade.Import, trade.Regular, 50)},
		periods: []period{{trade.BorderTradeCard, rp(150), false}},
		messages: []string{
			"Neraca perdagangan X defisit Rp100 pada 2015",
			"Dari impor X pada 2015, Rp150 (75,0%) adalah impor dengan KILB",
			"Pada 2015 ekspor X hanya menutup 50,0% nilai impor",
		},
	}, {
		name:    "exports above imports on border passes",
		records: []trade.Record{rec(2015, trade.Export, trade.Regular, 200), rec(2015, trade.Import, trade.BorderTradePass, 150)},
		periods: []period{{trade.BorderTradePass, rp(150), true}},
		messages: []string{
			"Selisih antara ekspor X dan impor dengan pas lintas batas pada 2015: ekspor lebih besar Rp50 (selisih ini bukan neraca perdagangan)",
		},
	}, {
		name: "cards and passes: border trade",
		records: []trade.Record{rec(2015, trade.Export, 0, 100), rec(2015, trade.Import, trade.BorderTradeCard, 100),
			rec(2015, trade.Import, trade.BorderTradePass, 100)},
		periods: []period{{trade.BorderTrade, rp(200), true}},
		messages: []string{
			"Selisih antara ekspor X dan impor lintas batas pada 2015: ekspor lebih kecil Rp100 (selisih ini bukan neraca perdagangan)",
			"Pada 2015 ekspor X hanya menutup 50,0% nilai impor lintas batas",
		},
	}, {
		name:    "records without a scheme: the options say",
		records: []trade.Record{rec(2015, trade.Export, 0, 100), rec(2015, trade.Import, 0, 100)},
		opt:     TradeOptions{ImportScheme: trade.BorderTradeCard},
		periods: []period{{trade.BorderTradeCard, rp(100), true}},
		messages: []string{
			"Selisih antara ekspor X dan impor dengan KILB pada 2015: sama besar (selisih ini bukan neraca perdagangan)",
		},
	}, {
		name:     "balances: the options say",
		balances: entikongBalances()[1:],
		opt:      TradeOptions{ImportScheme: trade.BorderTradeCard},
		periods:  []period{{trade.BorderTradeCard, rp(171793920000), true}},
		messages: []string{
			"Selisih antara ekspor X dan impor dengan KILB pada 2015: ekspor lebih kecil Rp71.406.562.825 (selisih ini bukan neraca perdagangan)",
			"Pada 2015 ekspor X hanya menutup 58,4% nilai impor dengan KILB",
		},
	}, {
		name:     "balances: nothing said, the trade balance",
		balances: entikongBalances()[1:],
		periods:  []period{{}},
		messages: []string{
			"Neraca perdagangan X defisit Rp71.406.562.825 pada 2015",
			"Pada 2015 ekspor X hanya menutup 58,4% nilai impor",
		},
	}, {
		name:     "regular imports: the trade balance",
		records:  []trade.Record{rec(2015, trade.Export, 0, 100), rec(2015, trade.Import, trade.Regular, 150)},
		opt:      TradeOptions{ImportScheme: trade.BorderTradeCard}, // only for imports without a scheme
		periods:  []period{{}},
		messages: []string{"Neraca perdagangan X defisit Rp50 pada 2015", "Pada 2015 ekspor X hanya menutup 66,7% nilai impor"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opt.Subject = "X"
			var ev TradeEvaluation
			var err error
			if tt.balances != nil {
				ev, err = Balances(tt.balances, tt.opt)
			} else {
				ev, err = Records(tt.records, tt.opt)
			}
			if err != nil {
				t.Fatal(err)
			}
			var periods []period
			for _, p := range ev.Periods {
				periods = append(periods, period{p.ImportScheme, p.BorderImports, p.BorderOnly()})
			}
			if diff := cmp.Diff(tt.periods, periods); diff != "" {
				t.Errorf("periods mismatch (-want +got):\n%s", diff)
			}
			var msgs []string
			for _, f := range ev.Findings {
				switch f.Code {
				case TradeDeficit, TradeSurplus, TradeBalanced, TradeBorderDeficit, TradeBorderSurplus, TradeBorderBalanced,
					TradeBorderImports, TradeCoverage:
					msgs = append(msgs, f.Message(language.Indonesian))
				}
			}
			if diff := cmp.Diff(tt.messages, msgs); diff != "" {
				t.Errorf("messages mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTradeAsOf checks that a figure counts only once its period has ended
// by the date of the evaluation (its last day is that date or earlier).
func TestTradeAsOf(t *testing.T) {
	rp := money.Rupiah
	d := func(y int, m time.Month, day int) date.Date { return date.Date{Year: y, Month: m, Day: day} }
	toNov := date.Range{Start: d(2022, time.January, 1), End: d(2022, time.November, 30)}
	annual := []trade.Balance{
		trade.PublishedNet(date.YearRange(2015), rp(10), ""),
		trade.PublishedNet(date.YearRange(2016), rp(20), ""),
	}
	partial := []trade.Balance{trade.PublishedNet(date.YearRange(2021), rp(10), ""), trade.PublishedNet(toNov, rp(20), "")}
	var months []trade.Record
	for m := time.January; m <= time.November; m++ {
		months = append(months, trade.Record{Period: date.MonthRange(2022, m), Flow: trade.Export, Value: rp(1)})
	}
	type result struct {
		Periods     []string
		Partial     []bool
		NotYetKnown int
	}
	tests := []struct {
		name     string
		balances []trade.Balance
		records  []trade.Record
		at       date.Date
		want     result
	}{
		{"no date: everything", annual, nil, date.Date{}, result{[]string{"2015", "2016"}, []bool{false, false}, 0}},
		{"2016 does not exist on 30 June 2016", annual, nil, d(2016, time.June, 30), result{[]string{"2015"}, []bool{false}, 1}},
		{"nor on 30 December 2016", annual, nil, d(2016, time.December, 30), result{[]string{"2015"}, []bool{false}, 1}},
		{"2016 counts at the end of 31 December 2016", annual, nil, d(2016, time.December, 31), result{[]string{"2015", "2016"}, []bool{false, false}, 0}},
		{"nothing yet", annual, nil, d(2015, time.March, 1), result{nil, nil, 2}},
		{"January–November not on 29 November", partial, nil, d(2022, time.November, 29), result{[]string{"2021"}, []bool{false}, 1}},
		{"January–November from the end of November, a part year", partial, nil, d(2022, time.November, 30),
			result{[]string{"2021", "2022-01/2022-11"}, []bool{false, true}, 0}},
		{"monthly records on 15 November: January–October", nil, months, d(2022, time.November, 15),
			result{[]string{"2022-01/2022-10"}, []bool{true}, 1}},
		{"monthly records on 1 December: January–November", nil, months, d(2022, time.December, 1),
			result{[]string{"2022-01/2022-11"}, []bool{true}, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := TradeOptions{Subject: "X", At: tt.at}
			var ev TradeEvaluation
			var err error
			if tt.records != nil {
				ev, err = Records(tt.records, opt)
			} else {
				ev, err = Balances(tt.balances, opt)
			}
			if err != nil {
				t.Fatal(err)
			}
			got := result{NotYetKnown: ev.NotYetKnown}
			for _, p := range ev.Periods {
				got.Periods = append(got.Periods, trade.Period(p.Period).String())
				got.Partial = append(got.Partial, p.Partial)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			n := 0
			for _, f := range ev.Findings {
				if f.Code == TradeNotYetKnown {
					n++
					if v, _ := f.Figure("periods"); v != tt.want.NotYetKnown {
						t.Errorf("finding counts %v periods, want %d", v, tt.want.NotYetKnown)
					}
				}
			}
			if want := min(tt.want.NotYetKnown, 1); n != want {
				t.Errorf("%d not-yet-known findings, want %d", n, want)
			}
		})
	}
	ev, err := Balances(kaltengBalances(), TradeOptions{Subject: "Kalimantan Tengah", At: d(2019, time.August, 7)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range ev.Findings {
		if f.Code == TradeNotYetKnown {
			got = append(got, f.Message(language.Indonesian), f.Message(language.Malay), f.Message(language.English))
		}
	}
	want := []string{
		"Data Kalimantan Tengah untuk 4 periode yang belum berakhir sebelum 7 Agustus 2019 tidak digunakan",
		"Data Kalimantan Tengah bagi 4 tempoh yang belum berakhir sebelum 7 Ogos 2019 tidak digunakan",
		"The figures of Kalimantan Tengah for 4 periods that had not ended before 7 August 2019 are not used",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("not-yet-known messages mismatch (-want +got):\n%s", diff)
	}
}

// withoutNotYetKnown returns ev without the count of figures left out
// and the finding that reports it: what evaluating data already cut to the
// date gives.
func withoutNotYetKnown(ev TradeEvaluation) TradeEvaluation {
	ev.NotYetKnown = 0
	ev.Findings = slices.DeleteFunc(slices.Clone(ev.Findings), func(f Finding) bool { return f.Code == TradeNotYetKnown })
	if len(ev.Findings) == 0 {
		ev.Findings = nil // a period whose imports are not recorded has no finding of its own
	}
	return ev
}

// TestTradeAsOfProperty checks on generated series that evaluating at D
// equals evaluating at D the data cut to the periods ended before D.
func TestTradeAsOfProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		b := make([]byte, 4*rng.IntN(40))
		for j := range b {
			b[j] = byte(rng.UintN(256))
		}
		recs := fuzzRecords(b)
		at := date.Date{Year: 2014 + rng.IntN(8), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)}
		opt := TradeOptions{Subject: "X", At: at, ImportScheme: trade.Scheme(rng.IntN(5))}
		var cut []trade.Record
		for _, r := range recs {
			if !r.Period.End.After(at) {
				cut = append(cut, r)
			}
		}
		got, err := Records(recs, opt)
		want, wantErr := Records(cut, opt)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("%d: at %s: error %v; on the cut data %v", i, at, err, wantErr)
		}
		if diff := cmp.Diff(want, withoutNotYetKnown(got)); diff != "" {
			t.Fatalf("%d: Records at %s mismatch (-cut +all):\n%s", i, at, diff)
		}
		for _, p := range got.Periods {
			if p.Period.End.After(at) {
				t.Fatalf("%d: period %s not ended by %s", i, p.Period, at)
			}
		}
		// The groups of all the records, cut by Groups.
		agg := trade.Aggregator{By: GroupDims | trade.ByFlow}
		aggErr := error(nil)
		for j := range recs {
			if aggErr = agg.Add(&recs[j]); aggErr != nil {
				break
			}
		}
		if aggErr == nil {
			g, err := Groups(agg.Groups(), opt)
			if err == nil && wantErr == nil {
				if diff := cmp.Diff(want, withoutNotYetKnown(g)); diff != "" {
					t.Fatalf("%d: Groups at %s mismatch (-cut +all):\n%s", i, at, diff)
				}
				if g.NotYetKnown != got.NotYetKnown {
					t.Fatalf("%d: Groups left out %d periods, Records %d", i, g.NotYetKnown, got.NotYetKnown)
				}
			}
		}
		// Balances, one per period of the records' evaluation with no date,
		// some of them net only, evaluated at another date.
		all, err := Records(recs, TradeOptions{})
		if err != nil {
			continue
		}
		var bs, bcut []trade.Balance
		opt.At = at.AddDays(rng.IntN(1200) - 600)
		for _, p := range all.Periods {
			b, err := trade.NewBalance(p.Period, p.Exports, p.Imports)
			if err != nil {
				continue
			}
			if rng.IntN(3) == 0 {
				b = trade.PublishedNet(p.Period, b.Net, "")
			}
			bs = append(bs, b)
			if !b.Period.End.After(opt.At) {
				bcut = append(bcut, b)
			}
		}
		gotB, err := Balances(bs, opt)
		wantB, wantErr := Balances(bcut, opt)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("%d: Balances at %s: error %v; on the cut data %v", i, opt.At, err, wantErr)
		}
		if diff := cmp.Diff(wantB, withoutNotYetKnown(gotB)); diff != "" {
			t.Fatalf("%d: Balances at %s mismatch (-cut +all):\n%s", i, opt.At, diff)
		}
	}
}

// TestTradeNotRecorded: a file of exports only says nothing about imports.
// The periods say "not recorded"; there is no surplus, no coverage, no
// growth or CAGR of imports, and no balance finding.
func TestTradeNotRecorded(t *testing.T) {
	usd := func(v int64) money.Amount { return money.FromMinor(v*100, currency.USD) }
	recs := []trade.Record{
		{Period: date.YearRange(2016), Flow: trade.Export, Value: usd(100)},
		{Period: date.YearRange(2017), Flow: trade.Export, Value: usd(120)},
		{Period: date.YearRange(2018), Flow: trade.Export, Value: usd(150)},
		{Period: date.YearRange(2018), Flow: trade.Import, Value: usd(50)},
	}
	ev, err := Records(recs, TradeOptions{Subject: "Kalimantan Barat"})
	if err != nil {
		t.Fatal(err)
	}
	type period struct {
		Period               string
		NoExports, NoImports bool
		Status               trade.Status
		Coverage             bool
		ExportGrowth         bool
		ImportGrowth         bool
	}
	var got []period
	for _, p := range ev.Periods {
		_, cov := p.Coverage.Value()
		_, xg := p.ExportGrowth.Value()
		_, mg := p.ImportGrowth.Value()
		got = append(got, period{trade.Period(p.Period).String(), p.NoExports, p.NoImports, p.Status, cov, xg, mg})
	}
	want := []period{
		{Period: "2016", NoImports: true},
		{Period: "2017", NoImports: true, ExportGrowth: true},
		{Period: "2018", Status: trade.Surplus, Coverage: true, ExportGrowth: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("periods mismatch (-want +got):\n%s", diff)
	}
	var codes []Code
	for _, f := range ev.Findings {
		codes = append(codes, f.Code)
	}
	// Only 2018 has both flows: one balance finding; the CAGR is of
	// exports only (2016 and 2018 both record them).
	wantCodes := []Code{TradeSurplus, TradeCAGR}
	if diff := cmp.Diff(wantCodes, codes); diff != "" {
		t.Errorf("findings mismatch (-want +got):\n%s", diff)
	}
	if len(ev.CAGR) != 1 || ev.CAGR[0].Flow != WordExports {
		t.Errorf("CAGR = %+v, want exports only", ev.CAGR)
	}
	// A published balance of exports only says the same.
	b := trade.Balance{Period: date.YearRange(2019), Exports: usd(10), NoImports: true}
	both, err := trade.NewBalance(date.YearRange(2020), usd(12), usd(5))
	if err != nil {
		t.Fatal(err)
	}
	ev, err = Balances([]trade.Balance{b, both}, TradeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if p := ev.Periods[0]; !p.NoImports || p.Status != 0 {
		t.Errorf("balance of exports only: %+v", p)
	}
	codes = codes[:0]
	for _, f := range ev.Findings {
		codes = append(codes, f.Code)
	}
	if diff := cmp.Diff([]Code{TradeSurplus, TradeCAGR}, codes); diff != "" {
		t.Errorf("balances findings mismatch (-want +got):\n%s", diff)
	}
}
