package evaluate_test

import (
	"fmt"
	"time"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Seed 000: Kalimantan Barat's exports through PLBN Entikong and imports on
// cross-border cards (KILB), source KPPBC Entikong.
func entikong() []trade.Balance {
	b15, _ := trade.NewBalance(date.YearRange(2015), money.Rupiah(100387357175), money.Rupiah(171793920000))
	b16, _ := trade.NewBalance(date.YearRange(2016), money.Rupiah(149376448928), money.Rupiah(270791872000))
	return []trade.Balance{b15, b16}
}

// Seed 000's imports came on cross-border cards (KILB): balances do not
// say so, the options do, and the findings name them instead of calling
// the gap the trade balance.
func ExampleBalances() {
	ev, err := evaluate.Balances(entikong(), evaluate.TradeOptions{Subject: "PLBN Entikong", BorderPost: true,
		ImportScheme: trade.BorderTradeCard})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := ev.Periods[1]
	fmt.Println(p.Balance, p.Status)
	fmt.Println("exports", p.ExportGrowth.Percent(language.Indonesian, 2),
		"imports", p.ImportGrowth.Percent(language.Indonesian, 2),
		"coverage", ev.Periods[0].Coverage.Percent(language.Indonesian, 1),
		p.Coverage.Percent(language.Indonesian, 1))
	for _, f := range ev.Findings {
		if f.Code == evaluate.TradeBorderDeficitChange || f.Code == evaluate.TradeBorderDeficit && f.Period.Start.Year == 2016 {
			fmt.Println(f.Severity, f.Code)
			fmt.Println(f.Message(language.Indonesian))
			fmt.Println(f.Message(language.Malay))
			fmt.Println(f.Message(language.English))
		}
	}
	// Output:
	// IDR -121415423072 deficit
	// exports 48,80% imports 57,63% coverage 58,4% 55,2%
	// warning trade.border-deficit
	// Selisih antara ekspor melalui PLBN Entikong dan impor dengan KILB pada 2016: ekspor lebih kecil Rp121.415.423.072 (selisih ini bukan neraca perdagangan)
	// Beza antara eksport melalui PLBN Entikong dan import dengan KILB pada 2016: eksport kurang Rp121,415,423,072 (beza ini bukan imbangan dagangan)
	// In 2016 exports through PLBN Entikong fell short of imports on cross-border cards (KILB) by Rp121,415,423,072 (a gap between the two, not the trade balance)
	// critical trade.border-deficit-change
	// Kekurangan ekspor melalui PLBN Entikong terhadap impor dengan KILB melebar 70,0% dari 2015 ke 2016, sementara ekspor naik 48,8%
	// Kekurangan eksport melalui PLBN Entikong berbanding import dengan KILB melebar 70.0% dari 2015 ke 2016, sementara eksport meningkat 48.8%
	// The shortfall of exports through PLBN Entikong against imports on cross-border cards (KILB) widened by 70.0% from 2015 to 2016, while exports grew 48.8%
}

// Seed 004 publishes only Kalimantan Tengah's surplus, the last year to
// November: the partial year is reported and kept out of the growth rate.
func ExampleBalances_partialYear() {
	usd := func(millionsCents int64) money.Amount { return money.FromMinor(millionsCents*1_000_000, currency.USD) }
	toNovember := date.Range{Start: date.Date{Year: 2022, Month: time.January, Day: 1}, End: date.Date{Year: 2022, Month: time.November, Day: 30}}
	var bs []trade.Balance
	for i, v := range []int64{172599, 167729, 209940, 179109, 305082} {
		bs = append(bs, trade.PublishedNet(date.YearRange(2017+i), usd(v), "ANTARA"))
	}
	bs = append(bs, trade.PublishedNet(toNovember, usd(529117), "ANTARA"))
	ev, err := evaluate.Balances(bs, evaluate.TradeOptions{Subject: "Kalimantan Tengah"})
	if err != nil {
		fmt.Println(err)
		return
	}
	g := ev.CAGR[0]
	fmt.Println(g.Flow, g.From.Start.Year, g.To.Start.Year, g.Years, g.Rate.Percent(language.English, 2))
	for _, f := range ev.Findings {
		if f.Code == evaluate.TradeCAGR || f.Code == evaluate.TradePartial {
			fmt.Println(f.Message(language.Indonesian))
			fmt.Println(f.Message(language.Malay))
			fmt.Println(f.Message(language.English))
		}
	}
	// Output:
	// surplus 2017 2021 4 15.30%
	// Data Kalimantan Tengah untuk Januari–November 2022 hanya mencakup sebagian tahun; tidak dibandingkan dengan tahun penuh dan tidak masuk perhitungan pertumbuhan
	// Data Kalimantan Tengah bagi Januari–November 2022 meliputi sebahagian tahun sahaja; tidak dibandingkan dengan tahun penuh dan tidak dikira dalam kadar pertumbuhan
	// The figures of Kalimantan Tengah for January–November 2022 cover part of a year only; they are not compared with whole years and enter no growth rate
	// Pertumbuhan tahunan majemuk (CAGR) surplus Kalimantan Tengah selama 4 tahun (2017–2021): 15,3% per tahun
	// Kadar pertumbuhan tahunan kompaun (CAGR) lebihan Kalimantan Tengah dalam tempoh 4 tahun (2017–2021): 15.3% setahun
	// Compound annual growth (CAGR) of the surplus of Kalimantan Tengah over 4 years, 2017 to 2021: 15.3% a year
}

// Seed 003: average monthly spending per person in Kalimantan Barat (BPS),
// evaluated as of the end of 2018. The figures are province-wide averages
// at current prices, and only 2017 has a food share: the growth is
// nominal, and with no earlier share to compare, Engel's law gives no
// verdict.
func ExampleWelfare() {
	kalbar, _ := region.Lookup("61")
	ev, err := evaluate.Welfare([]evaluate.Spending{
		{Region: kalbar, Period: date.YearRange(2016), PerCapitaMonthly: money.Rupiah(848388)},
		{Region: kalbar, Period: date.YearRange(2017), PerCapitaMonthly: money.Rupiah(1186868), FoodShare: evaluate.RatioOf(0.5150)},
	}, evaluate.WelfareOptions{At: date.Date{Year: 2018, Month: time.December, Day: 31}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ev.Area(language.Indonesian))
	for _, f := range ev.Findings {
		fmt.Println(f.Message(language.Indonesian))
		fmt.Println(f.Message(language.Malay))
		fmt.Println(f.Message(language.MustParse("ms-BN")))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// Kalimantan Barat (seluruh provinsi)
	// Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat (seluruh provinsi) naik 39,9% secara nominal (harga berlaku) dari Rp848.388 (2016) menjadi Rp1.186.868 (2017)
	// Perbelanjaan purata per kapita sebulan di Kalimantan Barat (seluruh wilayah) meningkat 39.9% secara nominal (harga semasa) daripada Rp848,388 (2016) kepada Rp1,186,868 (2017)
	// Perbelanjaan purata per kapita sebulan di Kalimantan Barat (seluruh wilayah) meningkat 39,9% secara nominal (harga semasa) daripada Rp848.388 (2016) kepada Rp1.186.868 (2017)
	// Average monthly per-capita spending in West Kalimantan (whole province) grew 39.9% in nominal terms (current prices) from Rp848,388 (2016) to Rp1,186,868 (2017)
	// Pada 2017 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel
	// Pada 2017 perbelanjaan penduduk di Kalimantan Barat (seluruh wilayah) untuk makanan 51.5% dan bukan makanan 48.5%; tiada bahagian makanan tempoh sebelumnya yang setara untuk dibandingkan, maka perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel
	// Pada 2017 perbelanjaan penduduk di Kalimantan Barat (seluruh wilayah) untuk makanan 51,5% dan bukan makanan 48,5%; tiada bahagian makanan tempoh sebelumnya yang setara untuk dibandingkan, maka perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel
	// In 2017 people in West Kalimantan (whole province) spent 51.5% on food and 48.5% on other items; there is no food share of an earlier comparable period to compare it with, so no change in welfare can be read by Engel's law
}

// Seed 001: Banten's Letter of Intent with Incheon and Tangerang
// Selatan's MoU with Daejeon, with no activity on record when the Cabinet
// Secretariat visited on 7 August 2019. The Letter of Intent is an intent,
// not an agreement in force; the MoU is in force but "only on paper".
func ExampleAgreement() {
	banten := agreement.Party{Role: agreement.RoleRegion, Name: "Provinsi Banten", Country: "ID"}
	loi := agreement.Agreement{
		ID: "banten-incheon", Title: "LoI Banten–Incheon", Type: agreement.KSDPLSisterProvince, Kind: agreement.KindLetterOfIntent,
		Parties: []agreement.Party{banten, {Role: agreement.RolePartner, Name: "Incheon", Country: "KR"}},
		Sectors: []agreement.Sector{agreement.SectorEconomy, agreement.SectorTourism, agreement.SectorScienceTechnology, agreement.SectorEducation, agreement.SectorCulture},
		Signed:  agreement.On(date.Date{Year: 2007, Month: time.February, Day: 6}),
	}
	mou := agreement.Agreement{
		ID: "tangsel-daejeon", Title: "MoU Tangerang Selatan–Daejeon", Type: agreement.KSDPLOther, Kind: agreement.KindMoU,
		Parties: []agreement.Party{{Role: agreement.RoleRegion, Name: "Kota Tangerang Selatan", Country: "ID"}, {Role: agreement.RolePartner, Name: "Daejeon", Country: "KR"}},
		Sectors: []agreement.Sector{agreement.SectorEducation, agreement.SectorCulture},
		Signed:  agreement.On(date.Date{Year: 2016, Month: time.February, Day: 21}),
	}
	on := date.Date{Year: 2019, Month: time.August, Day: 7}
	// A Letter of Intent states an intent: not in force, not scored.
	e := evaluate.Agreement(&loi, on, evaluate.AgreementOptions{})
	fmt.Println(e.Status, e.InForce(), e.Dormant, e.Scored())
	fmt.Println(e.Findings[0].Message(language.Indonesian))
	// An MoU in force without any activity: dormant, and its score says why.
	e = evaluate.Agreement(&mou, on, evaluate.AgreementOptions{})
	fmt.Println(e.Status, e.InForce(), e.Dormant, e.MonthsSince, e.Score.Value)
	for _, p := range e.Score.Parts {
		fmt.Printf("%s: weight %d, met %.2f, %.1f points\n", p.Criterion, p.Weight, p.Degree, p.Points)
	}
	for _, f := range e.Findings {
		fmt.Println(f.Message(language.Indonesian))
		fmt.Println(f.Message(language.Malay))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// intent false false false
	// LoI Banten–Incheon adalah pernyataan kehendak (LoI): bukan kerja sama yang berlaku dan tidak diberi skor; naskah yang melanjutkannya (MoU atau perjanjian) belum tercatat
	// active true true 41 20
	// in-force: weight 20, met 1.00, 20.0 points
	// recent-activity: weight 30, met 0.00, 0.0 points
	// sector-coverage: weight 20, met 0.00, 0.0 points
	// frequency: weight 15, met 0.00, 0.0 points
	// value: weight 15, met 0.00, 0.0 points
	// MoU Tangerang Selatan–Daejeon belum mencatat satu kegiatan pun sejak 21 Februari 2016 (41 bulan)
	// MoU Tangerang Selatan–Daejeon belum merekodkan sebarang aktiviti sejak 21 Februari 2016 (41 bulan)
	// MoU Tangerang Selatan–Daejeon has recorded no activity since 21 February 2016 (41 months)
	// Skor efektivitas MoU Tangerang Selatan–Daejeon pada 7 Agustus 2019: 20 dari 100
	// Skor keberkesanan MoU Tangerang Selatan–Daejeon pada 7 Ogos 2019: 20 daripada 100
	// Effectiveness score of MoU Tangerang Selatan–Daejeon on 7 August 2019: 20 out of 100
}

func ExampleGrowth() {
	fmt.Println(evaluate.Growth(100387357175, 149376448928).Round(4))
	fmt.Println(evaluate.Growth(0, 5))
	fmt.Println(evaluate.Growth(-71406562825, -121415423072))
	fmt.Println(evaluate.DeficitChange(-71406562825, -121415423072).Round(4))
	fmt.Println(evaluate.CAGR(1725.99, 3050.82, 4).Round(4))
	fmt.Println(evaluate.Coverage(5, 0))
	// Output:
	// 0.488
	// undefined (zero base)
	// undefined (negative base)
	// 0.7003
	// 0.153
	// undefined (zero base)
}

func ExampleHHI() {
	c := evaluate.HHI([]float64{60, 30, 10})
	fmt.Printf("%.2f on 0–1, %.0f on 0–10,000, %.2f equal partners\n", c.Index.Float(), c.Points(), c.Equivalent())
	// Output:
	// 0.46 on 0–1, 4600 on 0–10,000, 2.17 equal partners
}

func ExampleRatio_Percent() {
	r := evaluate.RatioOf(0.5762599)
	for _, t := range []string{"id", "ms", "ms-BN", "en"} {
		fmt.Println(t, r.Percent(language.MustParse(t), 2))
	}
	// Output:
	// id 57,63%
	// ms 57.63%
	// ms-BN 57,63%
	// en 57.63%
}

// Seed 001's four foreign agreements of Banten and Tangerang Selatan, on
// the day of the Cabinet Secretariat's visit.
func ExampleRegister() {
	partner := func(name, country string) []agreement.Party {
		return []agreement.Party{{Role: agreement.RoleRegion, Country: "ID"}, {Role: agreement.RolePartner, Name: name, Country: country}}
	}
	day := func(y int, m time.Month, d int) agreement.PartialDate {
		return agreement.On(date.Date{Year: y, Month: m, Day: d})
	}
	reg := []agreement.Agreement{
		{ID: "incheon", Title: "LoI Banten–Incheon", Parties: partner("Incheon", "KR"), Signed: day(2007, time.February, 6)},
		{ID: "zhejiang", Title: "Banten–Zhejiang", Parties: partner("Zhejiang", "CN"), Signed: day(2012, time.September, 21)},
		{ID: "timra", Title: "LoI Tangerang Selatan–Timrå", Parties: partner("Timrå", "SE"), Signed: agreement.InYear(2013),
			Term: agreement.TermOf(date.Range{Start: date.YearRange(2015).Start, End: date.YearRange(2016).End})},
		{ID: "daejeon", Title: "MOU Friendship Cooperation (LoI Tahap III)", Parties: partner("Daejeon", "KR"), Signed: day(2016, time.February, 21)},
	}
	r := evaluate.Register(reg, date.Date{Year: 2019, Month: time.August, Day: 7}, evaluate.AgreementOptions{Subject: "Provinsi Banten"})
	for _, g := range r.ByCountry {
		fmt.Println(g.Key, g.Total, g.InForce, g.Dormant)
	}
	f := r.Findings[0]
	fmt.Println(f.Message(language.Indonesian))
	fmt.Println(f.Message(language.Malay))
	fmt.Println(f.Message(language.English))
	// Output:
	// KR 2 2 2
	// CN 1 1 1
	// SE 1 0 0
	// Dari 4 kerja sama Provinsi Banten pada 7 Agustus 2019: 3 berlaku, 3 di antaranya tanpa kegiatan selama 12 bulan atau lebih (hanya di atas kertas), 0 segera berakhir
	// Daripada 4 kerjasama Provinsi Banten pada 7 Ogos 2019: 3 berkuat kuasa, 3 daripadanya tanpa aktiviti selama 12 bulan atau lebih (hanya di atas kertas), 0 akan tamat
	// Of 4 agreements of Provinsi Banten on 7 August 2019: 3 in force, 3 of them without activity for 12 months or more (on paper only), 0 expiring soon
}
