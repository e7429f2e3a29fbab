package agreement_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/money"
)

// loadSeeds reads the agreements of seeds 001 and 002 from testdata.
func loadSeeds() *agreement.Register {
	f, err := os.Open("testdata/seeds.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	l, err := agreement.ReadJSON(f, agreement.ReadOptions{File: "seeds.json"})
	if err != nil {
		panic(err)
	}
	return l.Register()
}

// The register of seeds 001 (Banten, Tangerang Selatan) and 002 (Kalimantan
// Timur), with each agreement's status on 1 October 2016.
func Example() {
	reg := loadSeeds()
	on := date.Date{Year: 2016, Month: 10, Day: 1}
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	for _, a := range reg.All() {
		fmt.Printf("%-30s %-17s %-10s %-3s %-9s %s\n", a.ID, a.Kind, dash(a.Signed.String()),
			dash(strings.Join(a.Countries(), ",")), dash(a.Term.String()), reg.StatusOn(a.ID, on))
	}
	// Output:
	// banten-incheon-2007            letter-of-intent  2007-02-06 KR  -         intent
	// banten-zhejiang-2012                             2012-09-21 CN  -         active
	// tangsel-timra-2013             letter-of-intent  2013       SE  2015/2016 intent
	// tangsel-daejeon-2016           mou               2016-02-21 KR  -         active
	// kaltim-palembang-2022                            -          -   -         draft
	// kaltim-jepang-air-bersih-2022  offer             -          JP  -         offered
}

// Seed 001 lists sectors as registers write them: missing commas and
// misspellings ("Invenstasi", "Tekhniogi", "Biotekhnologi").
func ExampleParseSectors() {
	for _, s := range []string{
		"Ekonomi, Pariwisata, Iptek Pendidikan dan Budaya",
		"Invenstasi, Perdagangan, Pariwisata, Pendidikan, Pertanian, Budaya, Pemuda",
		"Pendidikan, Budaya, Olah raga, Pemuda, Ekonomi Lingkungan Tekhniogi Informasi dan Biotekhnologi",
		"Kesejahteraan sosial dan masyarakat sipil, Kuliner",
	} {
		sectors, err := agreement.ParseSectors(s, language.Indonesian)
		fmt.Println(sectors)
		var se *agreement.SectorError
		if errors.As(err, &se) {
			fmt.Println("not recognised:", se.Texts())
		}
	}
	// Output:
	// [economy tourism science-technology education culture]
	// [investment trade tourism education agriculture culture youth]
	// [education culture sport youth economy environment information-technology biotechnology]
	// [social-welfare civil-society]
	// not recognised: [Kuliner]
}

// Seed 001 writes Tangerang Selatan's agreement with Daejeon as "MOU
// Friendship Coopertion (Loi Tahap III)".
func ExampleParseDocument() {
	d, err := agreement.ParseDocument("MOU Friendship Coopertion (Loi Tahap III)", language.Indonesian)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Kind, "|", d.Name, "| phase", d.Phase, "of a", d.Series, "line |", d.Type)
	fmt.Println(d.Kind.Label(language.Indonesian))
	// Output:
	// mou | Friendship Cooperation | phase 3 of a letter-of-intent line | ksdpl-other
	// Nota Kesepahaman (MoU)
}

// Tangerang Selatan signed its Letter of Intent with Timrå "pada tanggal
// 2013" — only the year is known — for the term 2015–2016. A Letter of
// Intent declares an intent: it is never in force, and on 1 June 2013 its
// signing in 2013 was not yet certain. The same documents as an MoU would
// have been in force from 2015.
func ExampleAgreement_StatusOn() {
	signed, _ := agreement.ParsePartialDate("2013", language.Indonesian)
	term, _ := agreement.ParseTerm("2015-2016", language.Indonesian)
	a := agreement.Agreement{ID: "tangsel-timra-2013", Kind: agreement.KindLetterOfIntent, Signed: signed, Term: term}
	for _, on := range []string{"2013-06-01", "2014-06-01", "2015-06-01", "2016-11-15", "2017-01-01"} {
		d := date.MustParseISO(on)
		mou := a
		mou.Kind = agreement.KindMoU
		fmt.Println(on, a.StatusOn(d), "/", a.StatusOn(d).Label(language.Indonesian), "| as an MoU:", mou.StatusOn(d))
	}
	// Output:
	// 2013-06-01 draft / rancangan | as an MoU: draft
	// 2014-06-01 intent / pernyataan kehendak | as an MoU: in-preparation
	// 2015-06-01 intent / pernyataan kehendak | as an MoU: active
	// 2016-11-15 intent / pernyataan kehendak | as an MoU: expiring-soon
	// 2017-01-01 expired / berakhir | as an MoU: expired
}

// Which agreements end within 90 days of 2 October 2016? The Letter of
// Intent with Timrå ends on 31 December 2016 but was never in force; had it
// been an MoU, it would be listed.
func ExampleRegister_ExpiringWithin() {
	reg := loadSeeds()
	on := date.Date{Year: 2016, Month: 10, Day: 2}
	fmt.Println(len(reg.ExpiringWithin(on, 90)), "agreements")
	timra, _ := reg.Get("tangsel-timra-2013")
	timra.ID, timra.Kind = "tangsel-timra-as-mou", agreement.KindMoU
	if err := reg.Add(timra); err != nil {
		panic(err)
	}
	for _, a := range reg.ExpiringWithin(on, 90) {
		end, _ := a.End()
		fmt.Println(a.ID, "ends", end)
	}
	// Output:
	// 0 agreements
	// tangsel-timra-as-mou ends 2016-12-31
}

// Seed 002: Kalimantan Timur's business matching with Palembang (about
// Rp18 miliar of transactions) and the Japanese offer for clean water and
// health (at most Rp1,3 miliar, not for honoraria or official travel).
func ExampleRegister_BySector() {
	reg := loadSeeds()
	f := money.Formatter{Lang: language.Indonesian, Style: money.Compact}
	bm, _ := reg.Get("kaltim-palembang-2022")
	for _, act := range bm.Activities {
		fmt.Println(act.Sector, act.Description, "≈", f.Format(act.Value))
	}
	for _, a := range reg.BySector(agreement.SectorCleanWater) {
		for _, fu := range a.Funding {
			fmt.Println(a.ID, "maksimal", f.Format(fu.Amount), "dari", fu.Source)
			fmt.Println(strings.Join(fu.Restrictions, "; "))
		}
	}
	// Output:
	// trade business matching bersama Disperindagkop; transaksi dilaporkan ≈ Rp18 miliar
	// kaltim-jepang-air-bersih-2022 maksimal Rp1,3 miliar dari Konsulat Jenderal Jepang di Surabaya
	// tidak boleh untuk honor; tidak boleh untuk perjalanan dinas
}

// An inventory spreadsheet with Indonesian headers, read with its rows
// checked: the seeds as an office would type them.
func ExampleReadCSV() {
	f, err := os.Open("testdata/seeds.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	l, err := agreement.ReadCSV(f, agreement.ReadOptions{File: "seeds.csv"})
	if err != nil {
		panic(err)
	}
	for _, a := range l.Agreements {
		fmt.Println(a.ID, a.Type, a.Kind, a.Phase, a.Parties[1].Region.Code, a.Sectors)
	}
	fmt.Println(l.Rows, "rows,", len(l.Rejected), "rejected,", len(l.Warnings), "warnings")
	// Output:
	// 1 sister-province letter-of-intent 0 KR-28 [economy tourism science-technology education culture]
	// 2 ksdpl  0 CN-ZJ [investment trade tourism education agriculture culture youth]
	// 3 sister-province letter-of-intent 0 SE/timra [youth entrepreneurship environment education social-welfare civil-society]
	// 4 ksdpl-other mou 3 KR-30 [education culture sport youth economy environment information-technology biotechnology]
	// 4 rows, 0 rejected, 0 warnings
}

// Validate reports every problem at once, each a typed *Problem.
func ExampleAgreement_Validate() {
	a := agreement.Agreement{
		ID: "contoh", Type: agreement.KSDPLSisterCity, Kind: agreement.KindLetterOfIntent,
		Parties: []agreement.Party{{Role: agreement.RoleRegion, Name: "Kota Tangerang Selatan", Country: "ID"}},
		Term:    agreement.Term{Start: date.MustParseISO("2016-01-01"), End: date.MustParseISO("2015-12-31")},
		Funding: []agreement.Funding{{Amount: money.Rupiah(5_000_000)}},
	}
	err := a.Validate()
	for _, p := range agreement.Problems(err) {
		fmt.Println(p)
	}
	fmt.Println(errors.Is(err, agreement.ErrLoIFunding))
	// Output:
	// agreement contoh: term: term ends before it starts (2016-01-01 to 2015-12-31)
	// agreement contoh: parties: foreign cooperation without a foreign party (type sister-city)
	// agreement contoh: funding[0]: letter of intent carries a funding commitment (IDR 5000000)
	// true
}

// Seed 002 asks that no cooperation stay "only on paper": which agreements
// in force on 1 June 2023 have had no activity recorded for 12 months? The
// Letter of Intent with Incheon is not among them: it is not an agreement.
func ExampleRegister_Dormant() {
	reg := loadSeeds()
	for _, a := range reg.Dormant(date.Date{Year: 2023, Month: 6, Day: 1}, 12) {
		last, ok := a.LastActivity()
		if !ok {
			fmt.Println(a.ID, "no activity recorded")
			continue
		}
		fmt.Println(a.ID, "last activity", last)
	}
	// Output:
	// banten-zhejiang-2012 no activity recorded
	// tangsel-daejeon-2016 no activity recorded
}

// A renewal chain: Tangerang Selatan's MoU with Daejeon is phase III of a
// line of Letters of Intent; phases I and II (dates invented for the
// example) precede it.
func ExampleRegister_Chain() {
	mou, _ := loadSeeds().Get("tangsel-daejeon-2016")
	mou.Predecessor = "daejeon-loi-2"
	reg, err := agreement.New([]agreement.Agreement{
		{ID: "daejeon-loi-1", Kind: agreement.KindLetterOfIntent, Phase: 1, Signed: agreement.InYear(2011)},
		{ID: "daejeon-loi-2", Kind: agreement.KindLetterOfIntent, Phase: 2, Signed: agreement.InYear(2013), Predecessor: "daejeon-loi-1"},
		mou,
	})
	if err != nil {
		panic(err)
	}
	for _, a := range reg.Chain("daejeon-loi-1") {
		fmt.Println(a.ID, a.Kind, "phase", a.Phase, "signed", a.Signed)
	}
	fmt.Println(reg.StatusOn("daejeon-loi-1", date.Date{Year: 2014, Month: 1, Day: 1}))
	// Output:
	// daejeon-loi-1 letter-of-intent phase 1 signed 2011
	// daejeon-loi-2 letter-of-intent phase 2 signed 2013
	// tangsel-daejeon-2016 mou phase 3 signed 2016-02-21
	// renewed
}
