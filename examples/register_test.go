package examples

import (
	"fmt"
	"os"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/evaluate"
	"github.com/kerjasama/kerjasama/money"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// Example_newRegister builds a small register from scratch, as the
// cooperation office of a regency would: two agreements and a Letter of
// Intent (made up for the example), the questions asked every week, the
// evaluation, and the inventory spreadsheet. The Letter of Intent is kept
// in the register but is no agreement: never in force, never dormant,
// counted apart.
func Example_newRegister() {
	id := language.Indonesian
	sanggau := must(region.Find("Kab. Sanggau"))
	sekadau := must(region.Find("Kabupaten Sekadau"))
	start := date.Date{Year: 2023, Month: 3, Day: 1}

	var reg agreement.Register
	err := reg.Add(agreement.Agreement{
		ID: "SGU-01", Title: "Air bersih lintas kabupaten Sanggau – Sekadau",
		Type: agreement.KSDDVoluntary, Kind: agreement.KindCooperationAgreement,
		Parties: []agreement.Party{
			{Role: agreement.RoleRegion, Region: sanggau},
			{Role: agreement.RolePartner, Region: sekadau},
		},
		Sectors: []agreement.Sector{agreement.SectorCleanWater},
		Signed:  agreement.On(start),
		Term:    agreement.Term{Start: start, Months: 36},
		Activities: []agreement.Activity{{
			Date: agreement.On(date.Date{Year: 2023, Month: 9, Day: 15}), Sector: agreement.SectorCleanWater,
			Description: "survei jaringan pipa", Value: money.Rupiah(250_000_000),
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	err = reg.Add(agreement.Agreement{
		ID: "SGU-02", Title: "Pendampingan UMKM dengan perguruan tinggi",
		Type: agreement.KSDPK, Kind: agreement.KindJointAgreement,
		Parties: []agreement.Party{
			{Role: agreement.RoleRegion, Region: sanggau},
			{Role: agreement.RolePartner, Name: "Universitas Tanjungpura", Country: "ID"},
		},
		Sectors: []agreement.Sector{agreement.SectorSmallBusiness, agreement.SectorEducation},
		Signed:  agreement.On(date.Date{Year: 2025, Month: 1, Day: 10}),
		Term:    agreement.Term{OpenEnded: true},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	err = reg.Add(agreement.Agreement{
		ID: "SGU-03", Title: "Niat kerja sama perdagangan lintas batas",
		Type: agreement.KSDPLSisterCity, Kind: agreement.KindLetterOfIntent,
		Parties: []agreement.Party{
			{Role: agreement.RoleRegion, Region: sanggau},
			{Role: agreement.RolePartner, Name: "Majlis Daerah Contoh", Country: "MY"},
		},
		Sectors: []agreement.Sector{agreement.SectorTrade},
		Signed:  agreement.On(date.Date{Year: 2022, Month: 8, Day: 17}),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := reg.Validate(); err != nil {
		fmt.Println(err)
		return
	}

	day := date.Date{Year: 2025, Month: 11, Day: 1}
	for _, a := range reg.ExpiringWithin(day, 180) {
		end, _ := a.End()
		fmt.Println("berakhir dalam 180 hari:", a.ID, end)
	}
	for _, a := range reg.Dormant(day, 12) {
		fmt.Println("tanpa kegiatan 12 bulan:", a.ID)
	}
	ev := evaluate.Register(reg.All(), day, evaluate.AgreementOptions{Subject: "Kabupaten Sanggau"})
	for _, f := range ev.Findings {
		fmt.Println(f.Message(id))
	}
	if err := agreement.WriteCSV(os.Stdout, reg.All(), agreement.WriteOptions{AsOf: day}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// berakhir dalam 180 hari: SGU-01 2026-02-28
	// tanpa kegiatan 12 bulan: SGU-01
	// Dari 2 kerja sama Kabupaten Sanggau pada 1 November 2025: 2 berlaku, 1 di antaranya tanpa kegiatan selama 12 bulan atau lebih (hanya di atas kertas), 0 segera berakhir
	// Selain itu tercatat 1 pernyataan kehendak (LoI) dan 0 tawaran Kabupaten Sanggau pada 1 November 2025: pernyataan kehendak dan tawaran bukan kerja sama yang berlaku, tidak dihitung di atas dan tidak diberi skor
	// No,ID,Judul,Jenis Naskah,Jenis Kerja Sama,Daerah,Mitra,Negara,Bidang,Tanggal Penandatanganan,Jangka Waktu,Nilai,Status,Keterangan,Pendahulu
	// 1,SGU-01,Air bersih lintas kabupaten Sanggau – Sekadau,PKS,KSDD sukarela,61.03,61.09,,air bersih,2023-03-01,2023-03-01/P3Y,,aktif,,
	// 2,SGU-02,Pendampingan UMKM dengan perguruan tinggi,Kesepakatan Bersama,Kerja Sama Daerah dengan Pihak Ketiga (KSDPK),61.03,Universitas Tanjungpura,,"koperasi dan UMKM, pendidikan",2025-01-10,..,,aktif,,
	// 3,SGU-03,Niat kerja sama perdagangan lintas batas,LoI,kabupaten/kota kembar (KSDPL),61.03,Majlis Daerah Contoh,Malaysia,perdagangan,2022-08-17,,,pernyataan kehendak,,
}
