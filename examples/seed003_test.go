package examples

import (
	"fmt"

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
// 2016 to Rp 1.186.868,- in 2017, 51,50 % of it on food.
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
	ev, err := evaluate.Welfare(figures)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range ev.Findings {
		fmt.Println(f.Message(id))
	}
	fmt.Println(ev.Findings[0].Message(language.English))
	// Output:
	// Pengeluaran rata-rata per kapita sebulan di Kalimantan Barat naik 39,9% dari Rp848.388 (2016) menjadi Rp1.186.868 (2017)
	// Pada 2017 pengeluaran penduduk Kalimantan Barat untuk makanan 51,5% dan bukan makanan 48,5%: sebagian besar masih untuk makanan, tanda kesejahteraan yang belum tinggi menurut hukum Engel
	// Average monthly per-capita spending in West Kalimantan grew 39.9% from Rp848,388 (2016) to Rp1,186,868 (2017)
}
