package session_test

import (
	"fmt"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/session"
	"golang.org/x/text/language"
)

// The Kalimantan Barat–Sarawak sessions of the public record as they
// stood on a few days: the 33rd is only announced but counts once begun
// (Unconfirmed tells it apart), the 34th has no date and counts once a
// later session has taken place, the 36th, known only to the month
// (September 2023), once that month is over.
func ExampleDataset_SeriesBy() {
	d := session.History()
	for _, at := range []string{"2019-08-07", "2023-09-15", "2023-09-30"} {
		day, _ := date.Parse(at, language.English)
		fmt.Print(at, ":")
		for _, s := range d.SeriesBy("kalbar-sarawak", day) {
			fmt.Print(" ", s.Number)
			if s.Unconfirmed {
				fmt.Print(" (announced)")
			}
		}
		fmt.Println()
	}
	// Output:
	// 2019-08-07: 33 (announced)
	// 2023-09-15: 33 (announced)
	// 2023-09-30: 33 (announced) 34 36
}
