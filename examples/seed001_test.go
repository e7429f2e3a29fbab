package examples

import (
	"fmt"
	"strings"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// Example_seed001BantenAgreements reproduces seed 001: the foreign
// agreements of Banten and Tangerang Selatan as the Kepala Bagian Kerja Sama
// listed them to the Cabinet Secretariat on Rabu, 7/8/2019 — kinds of
// document, partners, sectors (misspellings included) and dates as written
// — and where each stood on that day. The Letters of Intent with Incheon
// and Timrå state an intent and are never in force (Timrå's term,
// 2015–2016, has ended); the MoU with Daejeon, phase III of a line of
// Letters of Intent, is an agreement. Of the four, two are agreements.
func Example_seed001BantenAgreements() {
	id := language.Indonesian
	visit, err := date.Parse("Rabu, 7/8/2019", id)
	if err != nil {
		fmt.Println(err)
		return
	}
	rows := []struct {
		id, region, partner, document, sectors, signed, term string
	}{
		{"incheon", "Provinsi Banten", "Provinsi Incheon", "LoI (Letter of Intent)",
			"Ekonomi, Pariwisata, Iptek Pendidikan dan Budaya", "6 Februari 2007", ""},
		{"zhejiang", "Provinsi Banten", "Provinsi Zhejiang – RRT", "",
			"Invenstasi, Perdagangan, Pariwisata, Pendidikan, Pertanian, Budaya, Pemuda", "21 September 2012", ""},
		{"timra", "Kota Tangerang Selatan", "Timrå", "LoI (Letter of Intent)",
			"Pemuda Kewirausahaan, Lingkungan, Pendidikan, Kesejahteraan sosial dan masyarakat sipil", "2013", "2015-2016"},
		{"daejeon", "Kota Tangerang Selatan", "Kota Daejeon", "MOU Friendship Coopertion (Loi Tahap III)",
			"Pendidikan, Budaya, Olah raga, Pemuda, Ekonomi Lingkungan Tekhniogi Informasi dan Biotekhnologi", "21 Februari 2016", ""},
	}
	var reg agreement.Register
	for _, r := range rows {
		a := agreement.Agreement{ID: r.id, Type: agreement.KSDPL}
		for _, p := range []struct {
			role agreement.Role
			name string
		}{{agreement.RoleRegion, r.region}, {agreement.RolePartner, r.partner}} {
			reg, err := region.Find(p.name)
			if err != nil {
				fmt.Println(err)
				return
			}
			a.Parties = append(a.Parties, agreement.Party{Role: p.role, Region: reg, Name: p.name})
		}
		if r.document != "" {
			doc, err := agreement.ParseDocument(r.document, id)
			if err != nil {
				fmt.Println(err)
				return
			}
			a.Kind, a.Name, a.Phase, a.Series = doc.Kind, doc.Name, doc.Phase, doc.Series
		}
		if a.Sectors, err = agreement.ParseSectors(r.sectors, id); err != nil {
			fmt.Println(err) // words no sector matches; none here
		}
		if a.Signed, err = agreement.ParsePartialDate(r.signed, id); err != nil {
			fmt.Println(err)
			return
		}
		if r.term != "" {
			if a.Term, err = agreement.ParseTerm(r.term, id); err != nil {
				fmt.Println(err)
				return
			}
		}
		if err := reg.Add(a); err != nil {
			fmt.Println(err)
			return
		}
	}
	agreements := 0
	for _, a := range reg.All() {
		if a.Kind.IsAgreement() {
			agreements++
		}
		var sectors []string
		for _, s := range a.Sectors {
			sectors = append(sectors, s.Label(id))
		}
		doc := a.Kind.Label(id)
		if a.Kind == 0 {
			doc = "jenis naskah tidak disebut"
		}
		if a.Phase > 0 {
			doc = fmt.Sprintf("%s %s (%s tahap %d)", doc, a.Name, a.Series.Label(id), a.Phase)
		}
		fmt.Printf("%s – %s, %s %s: %s\n", a.Parties[0].Region.Name, a.Parties[1].Region.Name, doc, a.Signed, strings.Join(sectors, ", "))
		fmt.Printf("  status pada %s: %s\n", date.Formatter{Lang: id}.Format(visit), reg.StatusOn(a.ID, visit).Label(id))
	}
	fmt.Printf("%d kerja sama, %d pernyataan kehendak\n", agreements, reg.Len()-agreements)
	// Output:
	// Banten – Incheon, Pernyataan Kehendak (LoI) 2007-02-06: ekonomi, pariwisata, ilmu pengetahuan dan teknologi, pendidikan, budaya
	//   status pada 7 Agustus 2019: pernyataan kehendak
	// Banten – Zhejiang, jenis naskah tidak disebut 2012-09-21: investasi, perdagangan, pariwisata, pendidikan, pertanian, budaya, pemuda
	//   status pada 7 Agustus 2019: aktif
	// Kota Tangerang Selatan – Timrå, Pernyataan Kehendak (LoI) 2013: pemuda, kewirausahaan, lingkungan hidup, pendidikan, kesejahteraan sosial, masyarakat sipil
	//   status pada 7 Agustus 2019: berakhir
	// Kota Tangerang Selatan – Daejeon, Nota Kesepahaman (MoU) Friendship Cooperation (Pernyataan Kehendak (LoI) tahap 3) 2016-02-21: pendidikan, budaya, olahraga, pemuda, ekonomi, lingkungan hidup, teknologi informasi, bioteknologi
	//   status pada 7 Agustus 2019: aktif
	// 2 kerja sama, 2 pernyataan kehendak
}
