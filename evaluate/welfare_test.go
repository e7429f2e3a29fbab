package evaluate

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// welfareMessages renders every finding of ev in each language.
func welfareMessages(ev WelfareEvaluation, tags ...string) map[string][]string {
	msgs := map[string][]string{}
	for _, tag := range tags {
		for _, f := range ev.Findings {
			msgs[tag] = append(msgs[tag], f.Message(language.MustParse(tag)))
		}
	}
	return msgs
}

// welfareSummary is the code and severity of each finding: "welfare.food-share info".
func welfareSummary(ev WelfareEvaluation) []string {
	var out []string
	for _, f := range ev.Findings {
		out = append(out, string(f.Code)+" "+f.Severity.String())
	}
	return out
}

// TestKalbarWelfareSeed evaluates seed 003 as published: growth is
// nominal, the figures cover the whole province, and one year of food
// shares gives no verdict.
func TestKalbarWelfareSeed(t *testing.T) {
	ev, err := Welfare(kalbarSpending(), WelfareOptions{At: date.Date{Year: 2018, Month: time.December, Day: 31}})
	if err != nil {
		t.Fatal(err)
	}
	p := ev.Periods[1]
	got := []Ratio{p.Growth.Round(3), p.FoodShare.Round(4), p.NonFoodShare.Round(4)}
	want := []Ratio{RatioOf(0.399), RatioOf(0.5150), RatioOf(0.4850)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Kalbar growth, food, non-food mismatch (-want +got):\n%s", diff)
	}
	wantMsgs := map[string][]string{
		"id": {
			"Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat (seluruh provinsi) naik 39,9% secara nominal (harga berlaku) dari Rp848.388 (2016) menjadi Rp1.186.868 (2017)",
			"Pada 2017 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel",
		},
		"ms": {
			"Perbelanjaan purata per kapita sebulan di Kalimantan Barat (seluruh wilayah) meningkat 39.9% secara nominal (harga semasa) daripada Rp848,388 (2016) kepada Rp1,186,868 (2017)",
			"Pada 2017 perbelanjaan penduduk di Kalimantan Barat (seluruh wilayah) untuk makanan 51.5% dan bukan makanan 48.5%; tiada bahagian makanan tempoh sebelumnya yang setara untuk dibandingkan, maka perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel",
		},
		"en": {
			"Average monthly per-capita spending in West Kalimantan (whole province) grew 39.9% in nominal terms (current prices) from Rp848,388 (2016) to Rp1,186,868 (2017)",
			"In 2017 people in West Kalimantan (whole province) spent 51.5% on food and 48.5% on other items; there is no food share of an earlier comparable period to compare it with, so no change in welfare can be read by Engel's law",
		},
	}
	if diff := cmp.Diff(wantMsgs, welfareMessages(ev, "id", "ms", "en")); diff != "" {
		t.Errorf("Kalbar welfare messages mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"welfare.spending-growth info", "welfare.food-share info"}, welfareSummary(ev)); diff != "" {
		t.Errorf("Kalbar welfare findings mismatch (-want +got):\n%s", diff)
	}
}

// TestWelfareNominal: every growth finding says the change is nominal, in
// whichever direction.
func TestWelfareNominal(t *testing.T) {
	kb := kalbarSpending()
	tests := []struct {
		name     string
		from, to int64
		want     map[string][]string
	}{
		{"rise", 848388, 1186868, map[string][]string{
			"id": {"Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat (seluruh provinsi) naik 39,9% secara nominal (harga berlaku) dari Rp848.388 (2016) menjadi Rp1.186.868 (2017)"},
			"en": {"Average monthly per-capita spending in West Kalimantan (whole province) grew 39.9% in nominal terms (current prices) from Rp848,388 (2016) to Rp1,186,868 (2017)"},
		}},
		{"fall", 1000000, 950000, map[string][]string{
			"id": {"Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat (seluruh provinsi) turun 5,0% secara nominal (harga berlaku) dari Rp1.000.000 (2016) menjadi Rp950.000 (2017)"},
			"en": {"Average monthly per-capita spending in West Kalimantan (whole province) fell 5.0% in nominal terms (current prices) from Rp1,000,000 (2016) to Rp950,000 (2017)"},
		}},
		{"same", 1000000, 1000000, map[string][]string{
			"id": {"Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat (seluruh provinsi) tetap secara nominal (harga berlaku) dari Rp1.000.000 (2016) menjadi Rp1.000.000 (2017)"},
			"en": {"Average monthly per-capita spending in West Kalimantan (whole province) did not change in nominal terms (current prices) from Rp1,000,000 (2016) to Rp1,000,000 (2017)"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := []Spending{kb[0], kb[1]}
			figs[0].PerCapitaMonthly, figs[1].PerCapitaMonthly = money.Rupiah(tt.from), money.Rupiah(tt.to)
			figs[1].FoodShare = Ratio{}
			ev, err := Welfare(figs, WelfareOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, welfareMessages(ev, "id", "en")); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWelfareArea: the evaluation and its messages name the area the
// figures cover: the whole region at its level unless the data marks the
// figures as a border area's.
func TestWelfareArea(t *testing.T) {
	type result struct {
		Region   string
		Border   bool
		Area     map[string]string
		Messages []string // Indonesian
	}
	tests := []struct {
		name   string
		code   string
		border bool
		want   result
	}{
		{"province", "61", false, result{"61", false,
			map[string]string{"id": "Kalimantan Barat (seluruh provinsi)", "ms": "Kalimantan Barat (seluruh wilayah)", "en": "West Kalimantan (whole province)"},
			[]string{"Pada 2017 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel"}}},
		{"regency", "61.03", false, result{"61.03", false,
			map[string]string{"id": "Kabupaten Sanggau (seluruh kabupaten)", "ms": "Kabupaten Sanggau (seluruh kabupaten)", "en": "Sanggau Regency (whole regency)"},
			[]string{"Pada 2017 pengeluaran penduduk di Kabupaten Sanggau (seluruh kabupaten) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel"}}},
		{"border area, as the data says", "61.03", true, result{"61.03", true,
			map[string]string{"id": "Kabupaten Sanggau (kawasan perbatasan)", "ms": "Kabupaten Sanggau (kawasan sempadan)", "en": "Sanggau Regency (border area)"},
			[]string{"Pada 2017 pengeluaran penduduk di Kabupaten Sanggau (kawasan perbatasan) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel"}}},
		{"state", "MY-13", false, result{"MY-13", false,
			map[string]string{"id": "Sarawak (seluruh negara bagian)", "ms": "Sarawak (seluruh negeri)", "en": "Sarawak (whole state)"},
			[]string{"Pada 2017 pengeluaran penduduk di Sarawak (seluruh negara bagian) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := region.Lookup(tt.code)
			if !ok {
				t.Fatalf("no region %s", tt.code)
			}
			s := kalbarSpending()[1]
			s.Region, s.Border = r, tt.border
			ev, err := Welfare([]Spending{s}, WelfareOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := result{Region: ev.Region.Code, Border: ev.Border, Area: map[string]string{}}
			for _, tag := range []string{"id", "ms", "en"} {
				got.Area[tag] = ev.Area(language.MustParse(tag))
			}
			got.Messages = welfareMessages(ev, "id")["id"]
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
	// Figures of a border area and of the whole region are not one series.
	kb := kalbarSpending()
	kb[1].Border = true
	if _, err := Welfare(kb, WelfareOptions{}); err == nil || !strings.Contains(err.Error(), "border area") {
		t.Errorf("mixed areas: err = %v, want an error naming the border area", err)
	}
	// A figure must say which area it covers.
	kb = kalbarSpending()
	kb[0].Region = region.Region{}
	if _, err := Welfare(kb[:1], WelfareOptions{}); err == nil || !strings.Contains(err.Error(), "no region") {
		t.Errorf("no region: err = %v", err)
	}
}

// TestWelfareEngel: the food share is read over time, or against a
// threshold that a source gives; never on a cut-off of its own.
func TestWelfareEngel(t *testing.T) {
	kalbar, _ := region.Lookup("61")
	year := func(y int, share float64) Spending {
		return Spending{Region: kalbar, Period: date.YearRange(y), PerCapitaMonthly: money.Rupiah(1000000), FoodShare: RatioOf(share)}
	}
	firstHalf := func(y int, share float64) Spending {
		s := year(y, share)
		s.Period = date.Range{Start: date.Date{Year: y, Month: time.January, Day: 1}, End: date.Date{Year: y, Month: time.June, Day: 30}}
		return s
	}
	noShare := func(s Spending) Spending { s.FoodShare = Ratio{}; return s }
	const src = "Sumber X (2020), tabel 3"
	tests := []struct {
		name    string
		figures []Spending
		opt     WelfareOptions
		want    []string // code and severity of each finding
		msgs    []string // Indonesian messages of the Engel findings, when checked
	}{
		{"one share: stated, no verdict",
			[]Spending{year(2017, 0.515)}, WelfareOptions{},
			[]string{"welfare.food-share info"},
			[]string{"Pada 2017 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel"}},
		{"one share over half: still no verdict",
			[]Spending{year(2017, 0.7)}, WelfareOptions{},
			[]string{"welfare.food-share info"}, nil},
		{"share fell: welfare rose",
			[]Spending{year(2016, 0.55), year(2017, 0.515)}, WelfareOptions{},
			[]string{"welfare.food-share info", "welfare.spending-growth info", "welfare.food-share-change info"},
			[]string{
				"Pada 2016 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 55,0% dan bukan makanan 45,0%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel",
				"Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat (seluruh provinsi) tetap secara nominal (harga berlaku) dari Rp1.000.000 (2016) menjadi Rp1.000.000 (2017)",
				"Pada 2017 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 51,5% dan bukan makanan 48,5%; pangsa makanan turun dari 55,0% (2016): menurut hukum Engel, tanda kesejahteraan meningkat",
			}},
		{"share rose: a warning",
			[]Spending{year(2016, 0.48), year(2017, 0.515)}, WelfareOptions{},
			[]string{"welfare.food-share info", "welfare.spending-growth info", "welfare.food-share-change warning"},
			[]string{
				"Pada 2016 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 48,0% dan bukan makanan 52,0%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel",
				"Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat (seluruh provinsi) tetap secara nominal (harga berlaku) dari Rp1.000.000 (2016) menjadi Rp1.000.000 (2017)",
				"Pada 2017 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 51,5% dan bukan makanan 48,5%; pangsa makanan naik dari 48,0% (2016): menurut hukum Engel, tanda kesejahteraan menurun",
			}},
		{"share unchanged",
			[]Spending{noShare(year(2015, 0)), year(2016, 0.515), year(2017, 0.515)}, WelfareOptions{},
			[]string{"welfare.spending-growth info", "welfare.food-share info", "welfare.spending-growth info", "welfare.food-share-change info"},
			nil},
		{"nearest earlier share, years apart",
			[]Spending{year(2014, 0.6), noShare(year(2015, 0)), year(2017, 0.515)}, WelfareOptions{},
			[]string{"welfare.food-share info", "welfare.spending-growth info", "welfare.food-share-change info"},
			nil},
		{"half year against a whole year: not compared",
			[]Spending{year(2016, 0.55), firstHalf(2017, 0.515)}, WelfareOptions{},
			[]string{"welfare.food-share info", "welfare.food-share info"}, nil},
		{"same half of two years: compared",
			[]Spending{firstHalf(2016, 0.55), firstHalf(2017, 0.515)}, WelfareOptions{},
			[]string{"welfare.food-share info", "welfare.food-share-change info"}, nil},
		{"above a sourced threshold: a warning",
			[]Spending{year(2017, 0.515)}, WelfareOptions{EngelThreshold: 0.5, EngelSource: src},
			[]string{"welfare.food-share info", "welfare.engel-threshold warning"},
			[]string{
				"Pada 2017 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel",
				"Pada 2017 pangsa pengeluaran makanan penduduk di Kalimantan Barat (seluruh provinsi), 51,5%, di atas ambang 50,0% menurut Sumber X (2020), tabel 3",
			}},
		{"not above a sourced threshold",
			[]Spending{year(2017, 0.515)}, WelfareOptions{EngelThreshold: 0.6, EngelSource: src},
			[]string{"welfare.food-share info", "welfare.engel-threshold info"},
			[]string{
				"Pada 2017 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel",
				"Pada 2017 pangsa pengeluaran makanan penduduk di Kalimantan Barat (seluruh provinsi), 51,5%, tidak di atas ambang 60,0% menurut Sumber X (2020), tabel 3",
			}},
		{"no share: no Engel finding",
			[]Spending{noShare(year(2017, 0))}, WelfareOptions{EngelThreshold: 0.5, EngelSource: src},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := Welfare(tt.figures, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, welfareSummary(ev)); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s", diff)
			}
			if tt.msgs != nil {
				if diff := cmp.Diff(tt.msgs, welfareMessages(ev, "id")["id"]); diff != "" {
					t.Errorf("messages mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
	// Every Engel message renders in the three languages.
	ev, err := Welfare([]Spending{year(2016, 0.48), year(2017, 0.515)}, WelfareOptions{EngelThreshold: 0.5, EngelSource: src})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"ms": {
			"Pada 2016 perbelanjaan penduduk di Kalimantan Barat (seluruh wilayah) untuk makanan 48.0% dan bukan makanan 52.0%; tiada bahagian makanan tempoh sebelumnya yang setara untuk dibandingkan, maka perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel",
			"Pada 2016 bahagian perbelanjaan makanan penduduk di Kalimantan Barat (seluruh wilayah), 48.0%, tidak melebihi ambang 50.0% menurut Sumber X (2020), tabel 3",
			"Perbelanjaan purata per kapita sebulan di Kalimantan Barat (seluruh wilayah) tidak berubah secara nominal (harga semasa) daripada Rp1,000,000 (2016) kepada Rp1,000,000 (2017)",
			"Pada 2017 perbelanjaan penduduk di Kalimantan Barat (seluruh wilayah) untuk makanan 51.5% dan bukan makanan 48.5%; bahagian makanan meningkat daripada 48.0% (2016): menurut hukum Engel, tanda kesejahteraan menurun",
			"Pada 2017 bahagian perbelanjaan makanan penduduk di Kalimantan Barat (seluruh wilayah), 51.5%, melebihi ambang 50.0% menurut Sumber X (2020), tabel 3",
		},
		"en": {
			"In 2016 people in West Kalimantan (whole province) spent 48.0% on food and 52.0% on other items; there is no food share of an earlier comparable period to compare it with, so no change in welfare can be read by Engel's law",
			"In 2016 the food share of spending in West Kalimantan (whole province), 48.0%, is not above the threshold of 50.0% given by Sumber X (2020), tabel 3",
			"Average monthly per-capita spending in West Kalimantan (whole province) did not change in nominal terms (current prices) from Rp1,000,000 (2016) to Rp1,000,000 (2017)",
			"In 2017 people in West Kalimantan (whole province) spent 51.5% on food and 48.5% on other items; the food share rose from 48.0% (2016): by Engel's law, a sign of falling welfare",
			"In 2017 the food share of spending in West Kalimantan (whole province), 51.5%, is above the threshold of 50.0% given by Sumber X (2020), tabel 3",
		},
	}
	if diff := cmp.Diff(want, welfareMessages(ev, "ms", "en")); diff != "" {
		t.Errorf("Engel messages mismatch (-want +got):\n%s", diff)
	}
}

// TestWelfareEngelOptions: no cut-off without a source, and no source
// without a cut-off.
func TestWelfareEngelOptions(t *testing.T) {
	tests := []struct {
		name string
		opt  WelfareOptions
		want string // part of the error; "" for none
	}{
		{"none", WelfareOptions{}, ""},
		{"threshold and source", WelfareOptions{EngelThreshold: 0.6, EngelSource: "X"}, ""},
		{"threshold without source", WelfareOptions{EngelThreshold: 0.5}, "without a source"},
		{"source without threshold", WelfareOptions{EngelSource: "X"}, "without a threshold"},
		{"threshold out of range", WelfareOptions{EngelThreshold: 1.5, EngelSource: "X"}, "not a share"},
		{"negative threshold", WelfareOptions{EngelThreshold: -0.1, EngelSource: "X"}, "not a share"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Welfare(kalbarSpending(), tt.opt)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if tt.want == "" && err != nil || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("Welfare(%+v) error = %q, want one containing %q", tt.opt, got, tt.want)
			}
		})
	}
}

// TestWelfareAt: a figure counts once its period has ended.
func TestWelfareAt(t *testing.T) {
	d := func(y int, m time.Month, day int) date.Date { return date.Date{Year: y, Month: m, Day: day} }
	tests := []struct {
		name    string
		at      date.Date
		periods []string // the periods evaluated
		codes   []string
	}{
		{"no date: every figure", date.Date{},
			[]string{"2016-01-01/2016-12-31", "2017-01-01/2017-12-31"}, []string{"welfare.spending-growth info", "welfare.food-share info"}},
		{"before any period ended", d(2016, time.June, 30), nil, nil},
		{"last day of 2016", d(2016, time.December, 31), []string{"2016-01-01/2016-12-31"}, nil},
		{"2017 not yet ended", d(2017, time.December, 30), []string{"2016-01-01/2016-12-31"}, nil},
		{"2017 ended", d(2017, time.December, 31),
			[]string{"2016-01-01/2016-12-31", "2017-01-01/2017-12-31"}, []string{"welfare.spending-growth info", "welfare.food-share info"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := Welfare(kalbarSpending(), WelfareOptions{At: tt.at})
			if err != nil {
				t.Fatal(err)
			}
			var periods []string
			for _, p := range ev.Periods {
				periods = append(periods, p.Spending.Period.String())
			}
			if diff := cmp.Diff(tt.periods, periods); diff != "" {
				t.Errorf("periods mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.codes, welfareSummary(ev)); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s", diff)
			}
			if ev.At != tt.at {
				t.Errorf("At = %v, want %v", ev.At, tt.at)
			}
		})
	}
	// A later figure that is not yet known cannot spoil the evaluation.
	kb := kalbarSpending()
	late := kb[1]
	late.Period = date.YearRange(2018)
	late.PerCapitaMonthly = money.Ringgit(1)
	if _, err := Welfare(append(kb, late), WelfareOptions{At: d(2018, time.March, 1)}); err != nil {
		t.Errorf("figure not yet known: %v", err)
	}
}

// TestWelfareKnownByProperty checks the rule of DESIGN.md ("Time") on
// generated figures: evaluating at D equals evaluating at D only the
// figures whose period had ended by D.
func TestWelfareKnownByProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 2017))
	kalbar, _ := region.Lookup("61")
	for n := range 500 {
		var figs []Spending
		for y := 2010; y < 2022; y++ {
			var p date.Range
			switch rng.IntN(4) {
			case 0:
				continue // no figure that year
			case 1:
				m := time.Month(1 + rng.IntN(12))
				p = date.MonthRange(y, m)
			default:
				p = date.YearRange(y)
			}
			s := Spending{Region: kalbar, Period: p, PerCapitaMonthly: money.Rupiah(int64(500000 + rng.IntN(1000000)))}
			switch rng.IntN(3) {
			case 1:
				s.FoodShare = RatioOf(float64(4000+rng.IntN(3000)) / 10000)
			case 2:
				s.Food, s.NonFood = money.Rupiah(int64(200000+rng.IntN(400000))), money.Rupiah(int64(200000+rng.IntN(400000)))
			}
			figs = append(figs, s)
		}
		rng.Shuffle(len(figs), func(i, j int) { figs[i], figs[j] = figs[j], figs[i] })
		at := date.Date{Year: 2009 + rng.IntN(15), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)}
		if rng.IntN(4) == 0 {
			at = date.YearRange(at.Year).End // the last day of a year
		}
		var opt WelfareOptions
		if rng.IntN(2) == 0 {
			opt = WelfareOptions{EngelThreshold: 0.5, EngelSource: "test"}
		}
		opt.At = at
		var cut []Spending
		for _, s := range figs {
			if !s.Period.End.After(at) {
				cut = append(cut, s)
			}
		}
		got, err := Welfare(figs, opt)
		if err != nil {
			t.Fatalf("case %d: %v", n, err)
		}
		want, err := Welfare(cut, opt)
		if err != nil {
			t.Fatalf("case %d, cut: %v", n, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("case %d at %s: mismatch (-want +got):\n%s", n, at, diff)
		}
		for _, p := range got.Periods {
			if p.Spending.Period.End.After(at) {
				t.Fatalf("case %d at %s: period %s has not ended", n, at, p.Spending.Period)
			}
		}
	}
}

func TestWelfareEdges(t *testing.T) {
	kb := kalbarSpending()
	ev, err := Welfare(nil, WelfareOptions{})
	if err != nil || len(ev.Findings) != 0 {
		t.Errorf("no data: %v, %v", ev, err)
	}
	ev, err = Welfare(kb[:1], WelfareOptions{})
	if err != nil || len(ev.Findings) != 0 || ev.Periods[0].Growth.OK() {
		t.Errorf("one period: %+v, %v", ev, err)
	}
	// Amounts instead of shares: food 40 of 100.
	s := kb[1]
	s.FoodShare = Ratio{}
	s.Food, s.NonFood = money.Rupiah(400000), money.Rupiah(600000)
	ev, err = Welfare([]Spending{s}, WelfareOptions{})
	if err != nil || ev.Periods[0].FoodShare.Round(4) != RatioOf(0.4) || ev.Findings[0].Code != WelfareFoodShare {
		t.Errorf("food from amounts: %+v, %v", ev, err)
	}
	// Every problem at once.
	bad := []Spending{kb[0], kb[1], kb[1]}
	bad[1].PerCapitaMonthly = money.Ringgit(1)
	bad[2].Period = date.Range{}
	_, err = Welfare(bad, WelfareOptions{})
	if !errors.Is(err, money.ErrCurrencyMismatch) || !strings.Contains(fmt.Sprint(err), "not valid") {
		t.Errorf("bad figures: err = %v", err)
	}
	// A gap year: no growth.
	gap := []Spending{kb[0], kb[1]}
	gap[1].Period = date.YearRange(2018)
	ev, err = Welfare(gap, WelfareOptions{})
	if err != nil || !errors.Is(ev.Periods[1].Growth.Err(), ErrNotAdjacent) {
		t.Errorf("gap year: growth %v, %v", ev.Periods[1].Growth, err)
	}
	// The figures given are not modified.
	in := kalbarSpending()
	in[0], in[1] = in[1], in[0]
	if _, err := Welfare(in, WelfareOptions{}); err != nil || in[0].Period != date.YearRange(2017) {
		t.Errorf("input reordered: %v, %v", in, err)
	}
}

// TestWelfareCatalog: every welfare code and word has a message.
func TestWelfareCatalog(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range entries {
		seen[e.key] = true
	}
	for _, k := range []string{string(WelfareSpending), string(WelfareFoodShare), string(WelfareFoodShareChange), string(WelfareEngelThreshold),
		string(wordAreaProvince), string(wordAreaRegency), string(wordAreaCity), string(wordAreaDistrict), string(wordAreaState),
		string(wordAreaCountry), string(wordAreaWhole), string(wordAreaBorder), string(wordFoodShareFell), string(wordFoodShareRose),
		string(wordFoodShareSame), string(wordEngelWelfareUp), string(wordEngelWelfareDown), string(wordEngelNoChange),
		string(wordAboveThreshold), string(wordNotAboveThreshold)} {
		if !seen[k] {
			t.Errorf("%s has no message", k)
		}
	}
}

func TestSpendingJSON(t *testing.T) {
	in := kalbarSpending()
	in[1].Border = true
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
	if hand[0].Region.Code != "61" || hand[0].Border || hand[0].PerCapitaMonthly != money.Rupiah(1186868) || hand[0].FoodShare != RatioOf(0.515) {
		t.Errorf("hand-written spending = %+v", hand[0])
	}
	// The evaluation says in JSON that the figures are not a border area's.
	ev, err := Welfare(kalbarSpending(), WelfareOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"region":"61","border":false,`) || !strings.Contains(string(b), `"value":"area.province"`) {
		t.Errorf("evaluation JSON does not name the area: %s", b)
	}
}
