package agreement_test

import (
	"fmt"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
)

// Seed 002: Kalimantan Timur's business matching in Palembang is dated
// only to 2022. On the day it was reported, 9 June 2022, a date known
// only to the year has not certainly happened; from 31 December 2022 it
// has.
func ExamplePartialDate_HappenedBy() {
	matching := agreement.InYear(2022)
	for _, on := range []date.Date{{Year: 2022, Month: 6, Day: 9}, {Year: 2022, Month: 12, Day: 31}} {
		fmt.Println(on, matching.HappenedBy(on))
	}
	// Output:
	// 2022-06-09 false
	// 2022-12-31 true
}

// An agreement in force whose last activity, dated only to 2022, counts
// from 31 December 2022: on 29 February 2024 that is before the 12-month
// cutoff, and the agreement stays "only on paper".
func ExampleAgreement_DormancyOn() {
	a := agreement.Agreement{
		ID:         "kaltim-palembang",
		Term:       agreement.Term{Start: date.Date{Year: 2021, Month: 1, Day: 1}, OpenEnded: true},
		Activities: []agreement.Activity{{Date: agreement.InYear(2022), Description: "business matching"}},
	}
	for _, on := range []date.Date{{Year: 2022, Month: 6, Day: 9}, {Year: 2023, Month: 6, Day: 9}, {Year: 2024, Month: 2, Day: 29}} {
		dm := a.DormancyOn(on, 12, a.StatusOn(on))
		what := "start"
		if dm.FromActivity {
			what = "activity"
		}
		fmt.Printf("%s: since %s (%s), cutoff %s, dormant %v\n", on, dm.Since, what, dm.Cutoff, dm.Dormant)
	}
	// Output:
	// 2022-06-09: since 2021-01-01 (start), cutoff 2021-06-09, dormant true
	// 2023-06-09: since 2022-12-31 (activity), cutoff 2022-06-09, dormant false
	// 2024-02-29: since 2022-12-31 (activity), cutoff 2023-02-28, dormant true
}

// A Letter of Intent is renewed once the next phase is signed; a register
// held as a plain slice finds its renewals with Renewed. Until then it
// stands as an intent: a Letter of Intent is never in force. On 1 June
// 2013 the signing of phase 2, dated only to 2013, was not yet certain.
func ExampleRenewed() {
	as := []agreement.Agreement{
		{ID: "loi-1", Kind: agreement.KindLetterOfIntent, Phase: 1, Signed: agreement.InYear(2011), Term: agreement.Term{OpenEnded: true}},
		{ID: "loi-2", Kind: agreement.KindLetterOfIntent, Phase: 2, Signed: agreement.InYear(2013), Predecessor: "loi-1", Term: agreement.Term{OpenEnded: true}},
	}
	for _, on := range []date.Date{{Year: 2013, Month: 6, Day: 1}, {Year: 2014, Month: 1, Day: 1}} {
		renewed := agreement.Renewed(as, on)
		for i := range as {
			fmt.Println(on, as[i].ID, as[i].StatusWithSuccessor(on, renewed[as[i].ID]))
		}
	}
	// Output:
	// 2013-06-01 loi-1 intent
	// 2013-06-01 loi-2 draft
	// 2014-01-01 loi-1 renewed
	// 2014-01-01 loi-2 intent
}

// The register of seeds 001 and 002 is named by its Indonesian parties.
func ExampleRegisterName() {
	fmt.Println(agreement.RegisterName(loadSeeds().All()))
	// Output:
	// Banten, Kota Tangerang Selatan, Kalimantan Timur
}

func ExampleRegister_Name() {
	reg, err := agreement.New([]agreement.Agreement{
		{ID: "a", Parties: []agreement.Party{{Role: agreement.RoleRegion, Name: "Kabupaten Sanggau"}, {Role: agreement.RolePartner, Name: "Kabupaten Sekadau"}}},
		{ID: "b", Parties: []agreement.Party{{Role: agreement.RoleRegion, Name: "Kabupaten Sanggau"}}},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(reg.Name())
	// Output:
	// Kabupaten Sanggau
}
