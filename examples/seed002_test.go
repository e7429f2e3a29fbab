package examples

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// Example_seed002KaltimOnPaper reproduces seed 002: at the inventory
// meeting of Kamis (9/6/2022) Kalimantan Timur reported business matching
// with Palembang worth about Rp18 miliar, and an offer from Japan of at most
// Rp1,3 miliar for clean water and health, not for honoraria or official
// travel, for regions to prepare and submit — and asked that no
// cooperation stay "only on paper". The offer is an offer
// (agreement.KindOffer), not an agreement: never a draft, in force or
// scored. The transactions are "sekitar Rp18 miliar", and stay approximate.
func Example_seed002KaltimOnPaper() {
	id := language.Indonesian
	meeting, err := date.Parse("Kamis (9/6/2022)", id)
	if err != nil {
		fmt.Println(err)
		return
	}
	transactions, err := money.Parse("Rp18 miliar", id)
	if err != nil {
		fmt.Println(err)
		return
	}
	offer, err := money.Parse("Rp1,3 miliar", id)
	if err != nil {
		fmt.Println(err)
		return
	}
	kaltim, _ := region.Find("Kaltim")
	sumsel, _ := region.Find("Sumatera Selatan")
	purpose, _ := agreement.ParseSectors("air bersih, kesehatan", id)

	// The partner is the Province of Sumatera Selatan; Palembang is where
	// the business matching was held, under the governors' Kesepakatan
	// Bersama (APPSI) on trade in regional products, as the embedded
	// dataset records it (report/data/agreements.json).
	matching := agreement.Agreement{
		ID: "kaltim-sumsel", Title: "Business matching Kalimantan Timur – Sumatera Selatan (Palembang)",
		Type: agreement.KSDD, Kind: agreement.KindJointAgreement,
		Parties: []agreement.Party{{Role: agreement.RoleRegion, Region: kaltim}, {Role: agreement.RolePartner, Region: sumsel}},
		Sectors: []agreement.Sector{agreement.SectorTrade},
		// "Minggu lalu" (the week before 9 June 2022): the business matching
		// was held in Palembang on Kamis, 2 June 2022 (Pelita Sumsel,
		// "Sumsel-Kaltim Jajaki Kerja Sama Pemasaran Produk Unggulan
		// Daerah", 2 June 2022). A date known only to the year would not
		// have happened by 9 June: its whole span has not passed.
		Events: []agreement.Event{{Stage: agreement.StageImplementation, Date: agreement.On(date.Date{Year: 2022, Month: 6, Day: 2})}},
		Activities: []agreement.Activity{{
			Date: agreement.On(date.Date{Year: 2022, Month: 6, Day: 2}), Sector: agreement.SectorTrade,
			Description: "business matching di Palembang", Value: transactions, Approximate: true,
		}},
	}
	japan := agreement.Agreement{
		ID: "kaltim-jepang", Title: "Tawaran Jepang: air bersih dan kesehatan", Kind: agreement.KindOffer,
		Parties: []agreement.Party{
			{Role: agreement.RoleRegion, Region: kaltim},
			{Role: agreement.RolePartner, Name: "Konsulat Jenderal Jepang di Surabaya", Country: "JP"},
		},
		Sectors: purpose,
		Events:  []agreement.Event{{Stage: agreement.StageInitiative, Date: agreement.InYear(2022)}},
		Funding: []agreement.Funding{{
			Amount: offer, Ceiling: true, Purpose: purpose,
			Restrictions: []string{"tidak boleh untuk honor", "tidak boleh untuk perjalanan dinas"},
			Apply:        "disiapkan dan diajukan oleh daerah", // "Jadi daerah silakan disiapkan dan diajukan"
		}},
	}
	compact := money.Formatter{Lang: id, Style: money.Compact}
	for _, a := range []*agreement.Agreement{&matching, &japan} {
		if err := a.Validate(); err != nil {
			fmt.Println(err)
			return
		}
		ev := evaluate.Agreement(a, meeting, evaluate.AgreementOptions{})
		fmt.Printf("%s (%s): %d kegiatan", a.Title, ev.Status.Label(id), ev.Activities)
		for i, v := range ev.Realised {
			if ev.RealisedApprox[i] {
				fmt.Printf(", sekitar %s", compact.Format(v))
			} else {
				fmt.Printf(", %s", compact.Format(v))
			}
		}
		if ev.Scored() {
			fmt.Printf("; skor %d", ev.Score.Value)
		}
		fmt.Println()
		for _, f := range a.Funding {
			var what []string
			for _, s := range f.Purpose {
				what = append(what, s.Label(id))
			}
			fmt.Printf("  dana maksimal %s untuk %s; %s; %s\n", compact.Format(f.Amount),
				strings.Join(what, " dan "), strings.Join(f.Restrictions, ", "), f.Apply)
		}
	}
	// A Letter of Intent may not carry money: Validate says so.
	loi := japan
	loi.Kind = agreement.KindLetterOfIntent
	fmt.Println(errors.Is(loi.Validate(), agreement.ErrLoIFunding))
	// Output:
	// Business matching Kalimantan Timur – Sumatera Selatan (Palembang) (aktif): 1 kegiatan, sekitar Rp18 miliar; skor 93
	// Tawaran Jepang: air bersih dan kesehatan (tawaran): 0 kegiatan
	//   dana maksimal Rp1,3 miliar untuk air bersih dan kesehatan; tidak boleh untuk honor, tidak boleh untuk perjalanan dinas; disiapkan dan diajukan oleh daerah
	// true
}
