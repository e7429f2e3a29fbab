package evaluate

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"golang.org/x/text/language"
)

func TestKalbarWelfareSeed(t *testing.T) {
	ev, err := Welfare(kalbarSpending())
	if err != nil {
		t.Fatal(err)
	}
	p := ev.Periods[1]
	got := []Ratio{p.Growth.Round(3), p.FoodShare.Round(4), p.NonFoodShare.Round(4)}
	want := []Ratio{RatioOf(0.399), RatioOf(0.5150), RatioOf(0.4850)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Kalbar growth, food, non-food mismatch (-want +got):\n%s", diff)
	}
	msgs := map[string][]string{}
	for _, tag := range []string{"id", "ms", "en"} {
		for _, f := range ev.Findings {
			msgs[tag] = append(msgs[tag], f.Message(language.MustParse(tag)))
		}
	}
	wantMsgs := map[string][]string{
		"id": {
			"Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat naik 39,9% dari Rp848.388 (2016) menjadi Rp1.186.868 (2017)",
			"Pada 2017 pengeluaran penduduk Kalimantan Barat untuk makanan 51,5% dan bukan makanan 48,5%: sebagian besar masih untuk makanan, tanda kesejahteraan yang belum tinggi menurut hukum Engel",
		},
		"ms": {
			"Perbelanjaan purata per kapita sebulan di Kalimantan Barat meningkat 39.9% daripada Rp848,388 (2016) kepada Rp1,186,868 (2017)",
			"Pada 2017 perbelanjaan penduduk Kalimantan Barat untuk makanan 51.5% dan bukan makanan 48.5%: sebahagian besar masih untuk makanan, tanda kesejahteraan yang belum tinggi menurut hukum Engel",
		},
		"en": {
			"Average monthly per-capita spending in West Kalimantan grew 39.9% from Rp848,388 (2016) to Rp1,186,868 (2017)",
			"In 2017 people in West Kalimantan spent 51.5% on food and 48.5% on other items: most of it still goes on food, a sign of modest welfare by Engel's law",
		},
	}
	if diff := cmp.Diff(wantMsgs, msgs); diff != "" {
		t.Errorf("Kalbar welfare messages mismatch (-want +got):\n%s", diff)
	}
	if ev.Findings[1].Severity != Warning {
		t.Errorf("food share over half: severity %v, want warning", ev.Findings[1].Severity)
	}
}

func TestWelfareEdges(t *testing.T) {
	kb := kalbarSpending()
	ev, err := Welfare(nil)
	if err != nil || len(ev.Findings) != 0 {
		t.Errorf("no data: %v, %v", ev, err)
	}
	ev, err = Welfare(kb[:1])
	if err != nil || len(ev.Findings) != 0 || ev.Periods[0].Growth.OK() {
		t.Errorf("one period: %+v, %v", ev, err)
	}
	// Amounts instead of shares: food 40 of 100 is a minority.
	s := kb[1]
	s.FoodShare = Ratio{}
	s.Food, s.NonFood = money.Rupiah(400000), money.Rupiah(600000)
	ev, err = Welfare([]Spending{s})
	if err != nil || ev.Periods[0].FoodShare.Round(4) != RatioOf(0.4) || ev.Findings[0].Severity != Info {
		t.Errorf("food from amounts: %+v, %v", ev, err)
	}
	// Every problem at once.
	bad := []Spending{kb[0], kb[1], kb[1]}
	bad[1].PerCapitaMonthly = money.Ringgit(1)
	bad[2].Period = date.Range{}
	_, err = Welfare(bad)
	if !errors.Is(err, money.ErrCurrencyMismatch) || err == nil {
		t.Errorf("bad figures: err = %v", err)
	}
	// A gap year: no growth.
	gap := []Spending{kb[0], kb[1]}
	gap[1].Period = date.YearRange(2018)
	ev, err = Welfare(gap)
	if err != nil || !errors.Is(ev.Periods[1].Growth.Err(), ErrNotAdjacent) {
		t.Errorf("gap year: growth %v, %v", ev.Periods[1].Growth, err)
	}
}

func TestSpendingJSON(t *testing.T) {
	in := kalbarSpending()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out []Spending
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s\n%s", diff, b)
	}
	// Written by hand: a region by ISO code, an amount in canonical form.
	var hand []Spending
	src := `[{"region":"ID-KB","period":"2017-01-01/2017-12-31","per_capita_monthly":"IDR 1186868","food_share":0.515}]`
	if err := json.Unmarshal([]byte(src), &hand); err != nil {
		t.Fatal(err)
	}
	if hand[0].Region.Code != "61" || hand[0].PerCapitaMonthly != money.Rupiah(1186868) || hand[0].FoodShare != RatioOf(0.515) {
		t.Errorf("hand-written spending = %+v", hand[0])
	}
}
