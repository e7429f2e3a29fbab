package fold_test

import (
	"fmt"

	"github.com/kerjasama/kerjasama/internal/fold"
)

// Names as registers write them fold to one key: case, punctuation,
// spacing and accents do not count.
func ExampleKey() {
	for _, s := range []string{"Kab. Sanggau", "KAB SANGGAU", "Kota  Timrå", "Jum'at"} {
		fmt.Printf("%q\n", fold.Key(s))
	}
	// Output:
	// "kab sanggau"
	// "kab sanggau"
	// "kota timra"
	// "jumat"
}
