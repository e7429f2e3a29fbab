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
// travel — and asked that no cooperation stay "only on paper".
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
	palembang, _ := region.Find("Palembang")
	purpose, _ := agreement.ParseSectors("air bersih, kesehatan", id)

	matching := agreement.Agreement{
		ID: "kaltim-palembang", Title: "Business matching Kalimantan Timur – Palembang", Type: agreement.KSDD,
		Parties: []agreement.Party{{Role: agreement.RoleRegion, Region: kaltim}, {Role: agreement.RolePartner, Region: palembang}},
		Sectors: []agreement.Sector{agreement.SectorTrade},
		// "Minggu lalu" (the week before 9 June 2022): the business matching
		// was held in Palembang on Kamis, 2 June 2022 (Pelita Sumsel,
		// "Sumsel-Kaltim Jajaki Kerja Sama Pemasaran Produk Unggulan
		// Daerah", 2 June 2022). A date known only to the year would not
		// have happened by 9 June: its whole span has not passed.
		Activities: []agreement.Activity{{
			Date: agreement.On(date.Date{Year: 2022, Month: 6, Day: 2}), Sector: agreement.SectorTrade,
			Description: "business matching di Palembang", Value: transactions, Approximate: true,
		}},
	}
	japan := agreement.Agreement{
		ID: "kaltim-jepang", Title: "Tawaran Jepang: air bersih dan kesehatan",
		Parties: []agreement.Party{
			{Role: agreement.RoleRegion, Region: kaltim},
			{Role: agreement.RolePartner, Name: "Konsulat Jenderal Jepang di Surabaya", Country: "JP"},
		},
		Sectors: purpose,
		Events:  []agreement.Event{{Stage: agreement.StageInitiative, Date: agreement.InYear(2022)}},
		Funding: []agreement.Funding{{
			Amount: offer, Ceiling: true, Purpose: purpose,
			Restrictions: []string{"tidak boleh untuk honor", "tidak boleh untuk perjalanan dinas"},
		}},
	}
	compact := money.Formatter{Lang: id, Style: money.Compact}
	for _, a := range []*agreement.Agreement{&matching, &japan} {
		if err := a.Validate(); err != nil {
			fmt.Println(err)
			return
		}
		ev := evaluate.Agreement(a, meeting, evaluate.AgreementOptions{})
		fmt.Printf("%s: %d kegiatan", a.Title, ev.Activities)
		for _, v := range ev.Realised {
			fmt.Printf(", sekitar %s", compact.Format(v))
		}
		fmt.Println()
		for _, f := range a.Funding {
			var what []string
			for _, s := range f.Purpose {
				what = append(what, s.Label(id))
			}
			fmt.Printf("  %s: dana maksimal %s untuk %s; %s\n", ev.Status.Label(id), compact.Format(f.Amount),
				strings.Join(what, " dan "), strings.Join(f.Restrictions, ", "))
		}
	}
	// A Letter of Intent may not carry money: Validate says so.
	loi := japan
	loi.Kind = agreement.KindLetterOfIntent
	fmt.Println(errors.Is(loi.Validate(), agreement.ErrLoIFunding))
	// Output:
	// Business matching Kalimantan Timur – Palembang: 1 kegiatan, sekitar Rp18 miliar
	// Tawaran Jepang: air bersih dan kesehatan: 0 kegiatan
	//   rancangan: dana maksimal Rp1,3 miliar untuk air bersih dan kesehatan; tidak boleh untuk honor, tidak boleh untuk perjalanan dinas
	// true
}
