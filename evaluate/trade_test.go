package evaluate

import (
	"errors"
	"math"
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
	Balance                    money.Amount
	Status                     trade.Status
	Coverage                   Ratio // 3 decimals: 0.584 = 58,4 %
	ExportGrowth, ImportGrowth Ratio // 4 decimals: 0.4880 = 48,80 %
	DeficitChange              Ratio // 2 decimals
}

func figuresOf(ev TradeEvaluation) []periodFigures {
	var out []periodFigures
	for _, p := range ev.Periods {
		out = append(out, periodFigures{
			Period: p.Period.String(), Balance: p.Balance, Status: p.Status,
			Coverage: p.Coverage.Round(3), ExportGrowth: p.ExportGrowth.Round(4), ImportGrowth: p.ImportGrowth.Round(4),
			DeficitChange: p.DeficitChange.Round(2),
		})
	}
	return out
}

func TestEntikongSeed(t *testing.T) {
	want := []periodFigures{
		{Period: "2015-01-01/2015-12-31", Balance: money.Rupiah(-71406562825), Status: trade.Deficit,
			Coverage: RatioOf(0.584), ExportGrowth: Ratio{}, ImportGrowth: Ratio{}, DeficitChange: Ratio{}},
		{Period: "2016-01-01/2016-12-31", Balance: money.Rupiah(-121415423072), Status: trade.Deficit,
			Coverage: RatioOf(0.552), ExportGrowth: RatioOf(0.4880), ImportGrowth: RatioOf(0.5763), DeficitChange: RatioOf(0.70)},
	}
	opt := TradeOptions{Subject: "PLBN Entikong", BorderPost: true}
	fromBalances, err := Balances(entikongBalances(), opt)
	if err != nil {
		t.Fatal(err)
	}
	fromRecords, err := Records(entikongRecords(), opt)
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
			"Neraca perdagangan melalui PLBN Entikong defisit Rp71.406.562.825 pada 2015",
			"Pada 2015 ekspor melalui PLBN Entikong hanya menutup 58,4% nilai impor",
			"Neraca perdagangan melalui PLBN Entikong defisit Rp121.415.423.072 pada 2016",
			"Pada 2016 ekspor melalui PLBN Entikong hanya menutup 55,2% nilai impor",
			"Dari 2015 ke 2016 ekspor melalui PLBN Entikong naik 48,8% dan impor naik 57,6%",
			"Defisit melalui PLBN Entikong melebar 70,0% dari 2015 ke 2016, sementara ekspor naik 48,8%",
			"Pertumbuhan tahunan majemuk (CAGR) ekspor melalui PLBN Entikong dari 2015 hingga 2016 (1 tahun penuh): 48,8% per tahun",
			"Pertumbuhan tahunan majemuk (CAGR) impor melalui PLBN Entikong dari 2015 hingga 2016 (1 tahun penuh): 57,6% per tahun",
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
	// 2018 shrank from 2017: growth of a surplus is defined.
	if r := ev.Periods[1].BalanceGrowth.Round(4); r != RatioOf(-0.0282) {
		t.Errorf("surplus growth 2018 = %v, want -0.0282", r)
	}
	want2 := map[Code]int{TradeSurplus: 6, TradePartial: 1, TradeCAGR: 1}
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
			if f.Code == TradeCAGR || f.Code == TradePartial {
				msgs[tag+" "+string(f.Code)] = f.Message(language.MustParse(tag))
			}
		}
	}
	wantMsgs := map[string]string{
		"id trade.cagr":           "Pertumbuhan tahunan majemuk (CAGR) surplus Kalimantan Tengah dari 2017 hingga 2021 (4 tahun penuh): 15,3% per tahun",
		"ms trade.cagr":           "Kadar pertumbuhan tahunan kompaun (CAGR) lebihan Kalimantan Tengah dari 2017 hingga 2021 (4 tahun penuh): 15.3% setahun",
		"en trade.cagr":           "Compound annual growth (CAGR) of the surplus of Kalimantan Tengah from 2017 to 2021 (4 whole years): 15.3% a year",
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
