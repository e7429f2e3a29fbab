package evaluate

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
)

// Seed 000: exports of Kalimantan Barat through PLBN Entikong and imports
// on cross-border cards (KILB), source KPPBC Entikong.
func entikongBalances() []trade.Balance {
	b15, _ := trade.NewBalance(date.YearRange(2015), money.Rupiah(100387357175), money.Rupiah(171793920000))
	b16, _ := trade.NewBalance(date.YearRange(2016), money.Rupiah(149376448928), money.Rupiah(270791872000))
	return []trade.Balance{b16, b15} // out of order on purpose
}

func entikongRecords() []trade.Record {
	rec := func(y int, f trade.Flow, v int64) trade.Record {
		return trade.Record{Period: date.YearRange(y), Flow: f, Reporter: "61", Post: "entikong", Value: money.Rupiah(v), Source: "KPPBC Entikong"}
	}
	return []trade.Record{
		rec(2015, trade.Export, 100387357175),
		rec(2015, trade.Import, 171793920000),
		rec(2016, trade.Export, 149376448928),
		rec(2016, trade.Import, 270791872000),
	}
}

// Seed 004: the trade surplus of Kalimantan Tengah in millions of US
// dollars; 2022 only to November.
func kaltengBalances() []trade.Balance {
	usd := func(centsOfMillions int64) money.Amount {
		// 1.725,99 juta dolar AS = 1,725,990,000.00 USD = 172,599,000,000 cents.
		return money.FromMinor(centsOfMillions*1000000, currency.USD)
	}
	src := "Disdagperin Kalimantan Tengah (Republika/ANTARA, 28 May 2023)"
	toNov := date.Range{Start: date.Date{Year: 2022, Month: time.January, Day: 1}, End: date.Date{Year: 2022, Month: time.November, Day: 30}}
	return []trade.Balance{
		trade.PublishedNet(date.YearRange(2017), usd(172599), src),
		trade.PublishedNet(date.YearRange(2018), usd(167729), src),
		trade.PublishedNet(date.YearRange(2019), usd(209940), src),
		trade.PublishedNet(date.YearRange(2020), usd(179109), src),
		trade.PublishedNet(date.YearRange(2021), usd(305082), src),
		trade.PublishedNet(toNov, usd(529117), src),
	}
}

// Seed 003: average monthly spending per person in Kalimantan Barat, from
// BPS Provinsi Kalimantan Barat, Statistik Daerah Provinsi Kalimantan Barat
// 2018, p. 33, as the article quotes it. The food and non-food shares
// (51,50% and 48,50%) are given for 2017.
func kalbarSpending() []Spending {
	kalbar, _ := region.Lookup("61")
	src := "BPS Provinsi Kalimantan Barat, Statistik Daerah Provinsi Kalimantan Barat 2018, hlm. 33"
	return []Spending{
		{Region: kalbar, Period: date.YearRange(2016), PerCapitaMonthly: money.Rupiah(848388), Source: src},
		{Region: kalbar, Period: date.YearRange(2017), PerCapitaMonthly: money.Rupiah(1186868), FoodShare: RatioOf(0.5150), Source: src},
	}
}

// seedAgreements reads the canonical fixtures of the seed agreements,
// ../agreement/testdata/seeds.json, through agreement.ReadJSON: one copy
// of the seed facts, whose sources and quotes are recorded there. It
// returns them by ID.
func seedAgreements(t testing.TB) map[string]agreement.Agreement {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "agreement", "testdata", "seeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	load, err := agreement.ReadJSON(f, agreement.ReadOptions{File: "seeds.json", Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[string]agreement.Agreement, len(load.Agreements))
	for _, a := range load.Agreements {
		m[a.ID] = a
	}
	return m
}

// bantenAgreements are seed 001: Banten's and Tangerang Selatan's foreign
// agreements, as the Cabinet Secretariat heard them on 7 August 2019. No
// activities are recorded in the seed; Daejeon's MoU continues the LoI
// line (Tahap III). The seed calls Timrå a "sister province", and says
// nothing of Zhejiang's type beyond a foreign local government (KSDPL).
func bantenAgreements(t testing.TB) []agreement.Agreement {
	m := seedAgreements(t)
	var as []agreement.Agreement
	for _, id := range []string{"banten-incheon-2007", "banten-zhejiang-2012", "tangsel-timra-2013", "tangsel-daejeon-2016"} {
		a, ok := m[id]
		if !ok {
			t.Fatalf("seeds.json has no agreement %q", id)
		}
		as = append(as, a)
	}
	return as
}

// kaltimPalembang is seed 002: East Kalimantan's business matching in
// Palembang, "about Rp18 miliar" of transactions reported the week before
// 9 June 2022. The seed gives no signing date, and dates the activity only
// to 2022.
func kaltimPalembang(t testing.TB) agreement.Agreement {
	a, ok := seedAgreements(t)["kaltim-palembang-2022"]
	if !ok {
		t.Fatal("seeds.json has no agreement kaltim-palembang-2022")
	}
	return a
}

// mixedRecords are in rupiah and ringgit, with no rate to convert them.
func mixedRecords() []trade.Record {
	return []trade.Record{
		{Period: date.YearRange(2016), Flow: trade.Export, Value: money.Rupiah(10)},
		{Period: date.YearRange(2016), Flow: trade.Import, Value: money.Ringgit(10)},
	}
}

// TestSeedAgreementFacts pins what the evaluations rely on in the
// canonical fixtures, as the seeds say it.
func TestSeedAgreementFacts(t *testing.T) {
	m := seedAgreements(t)
	type fact struct {
		Type     agreement.Type
		Signed   string
		Activity int
	}
	got := map[string]fact{}
	for _, id := range []string{"banten-incheon-2007", "banten-zhejiang-2012", "tangsel-timra-2013", "tangsel-daejeon-2016", "kaltim-palembang-2022"} {
		a := m[id]
		got[id] = fact{a.Type, a.Signed.String(), len(a.Activities)}
	}
	want := map[string]fact{
		"banten-incheon-2007":   {agreement.KSDPLSisterProvince, "2007-02-06", 0},
		"banten-zhejiang-2012":  {agreement.KSDPL, "2012-09-21", 0},         // the seed names no sister relation
		"tangsel-timra-2013":    {agreement.KSDPLSisterProvince, "2013", 0}, // "kerja sama sister province", as the seed writes
		"tangsel-daejeon-2016":  {agreement.KSDPLOther, "2016-02-21", 0},
		"kaltim-palembang-2022": {agreement.KSDD, agreement.PartialDate{}.String(), 1}, // no signing date in the seed
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed agreements mismatch (-want +got):\n%s", diff)
	}
}
