package examples

import (
	"fmt"
	"time"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// Example_seed003SosekMalindo reproduces the structure and history of KK
// Sosek Malindo in seed 003: the GBC session that created it, the
// governor's decrees of Kalimantan Barat, the hand-overs of the regional
// secretariat, and the three fields of the working papers.
func Example_seed003SosekMalindo() {
	id := language.Indonesian
	long := date.Formatter{Lang: id}
	for _, s := range []string{"14 Nopember tahun 1983", "21 Desember 1985", "11 Januari 1999"} {
		d, err := date.Parse(s, id)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s → %s (%s)\n", s, d, long.Format(d))
	}
	forum := session.Forum{
		ID: "kalbar-sarawak", Level: session.Regional, Parent: "central", Pair: mustPair("kalbar-sarawak"),
		Secretariats: []session.Secretariat{
			{Side: session.Indonesia, Agency: "BP2DT", Order: 1},
			{Side: session.Indonesia, Agency: "Bappeda Provinsi Kalimantan Barat", Order: 2},
			{Side: session.Indonesia, Agency: "Biro Pemerintahan Provinsi Kalimantan Barat", From: 2016, Order: 3},
		},
	}
	fmt.Println(forum.Name(session.Indonesia, id))
	fmt.Println(forum.Name(session.Malaysia, language.Malay))
	for _, s := range forum.Secretariats {
		fmt.Printf("  %d. %s", s.Order, s.Agency)
		if s.From > 0 {
			fmt.Printf(" (sejak %d)", s.From)
		}
		fmt.Println()
	}
	for _, f := range session.Fields() {
		fmt.Printf("  Tim Teknis %s, Kertas Kerja %d: %s\n", date.FormatRoman(int(f)), int(f), f.Label(id))
	}
	// Output:
	// 14 Nopember tahun 1983 → 1983-11-14 (14 November 1983)
	// 21 Desember 1985 → 1985-12-21 (21 Desember 1985)
	// 11 Januari 1999 → 1999-01-11 (11 Januari 1999)
	// KK Sosek Malindo Tingkat Provinsi Kalimantan Barat
	// JKK Sosek Malindo Peringkat Negeri Sarawak
	//   1. BP2DT
	//   2. Bappeda Provinsi Kalimantan Barat
	//   3. Biro Pemerintahan Provinsi Kalimantan Barat (sejak 2016)
	//   Tim Teknis I, Kertas Kerja 1: sosial dan budaya
	//   Tim Teknis II, Kertas Kerja 2: ekonomi, perdagangan dan perhubungan
	//   Tim Teknis III, Kertas Kerja 3: keamanan dan pengelolaan perbatasan
}

// Example_seed003Welfare reproduces the welfare figures of seed 003 (BPS
// Kalimantan Barat): monthly spending per person rose from Rp 848.388,- in
// 2016 to Rp 1.186.868,- in 2017, 51,50 % of it on food. The article reads
// them as the welfare of people at the border; the evaluation says what
// they are: averages of the whole province, at current prices (the growth
// is nominal), and one year of food shares, which Engel's law cannot read
// without another year to compare with.
func Example_seed003Welfare() {
	id := language.Indonesian
	kalbar, err := region.Find("Kalbar")
	if err != nil {
		fmt.Println(err)
		return
	}
	var figures []evaluate.Spending
	for i, s := range []string{"Rp 848.388,-", "Rp 1.186.868,-"} {
		v, err := money.Parse(s, id)
		if err != nil {
			fmt.Println(err)
			return
		}
		figures = append(figures, evaluate.Spending{Region: kalbar, Period: date.YearRange(2016 + i), PerCapitaMonthly: v})
	}
	figures[1].FoodShare = evaluate.RatioOf(0.5150)
	// The article was published with the figures of 2017: evaluate as of
	// the end of 2018, when both years had ended.
	ev, err := evaluate.Welfare(figures, evaluate.WelfareOptions{At: date.Date{Year: 2018, Month: time.December, Day: 31}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ev.Area(id), "— border area:", ev.Border)
	for _, f := range ev.Findings {
		fmt.Println(f.Message(id))
	}
	fmt.Println(ev.Findings[0].Message(language.English))
	// Output:
	// Kalimantan Barat (seluruh provinsi) — border area: false
	// Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat (seluruh provinsi) naik 39,9% secara nominal (harga berlaku) dari Rp848.388 (2016) menjadi Rp1.186.868 (2017)
	// Pada 2017 pengeluaran penduduk di Kalimantan Barat (seluruh provinsi) untuk makanan 51,5% dan bukan makanan 48,5%; tidak ada pangsa makanan periode sebelumnya yang sebanding untuk dibandingkan, sehingga perubahan kesejahteraan tidak dapat dibaca menurut hukum Engel
	// Average monthly per-capita spending in West Kalimantan (whole province) grew 39.9% in nominal terms (current prices) from Rp848,388 (2016) to Rp1,186,868 (2017)
}
