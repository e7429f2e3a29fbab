package typo_test

import (
	"fmt"

	"github.com/kerjasama/kerjasama/internal/typo"
)

func Example() {
	// "Kalimatan Barat" (one letter missing) is within the bound of its
	// length; "riau" is too short to be read with a typo; a known name is
	// never read as another one.
	for _, q := range []struct {
		key, name string
		known     bool
	}{
		{"kalimatan barat", "kalimantan barat", false},
		{"riua", "riau", false},
		{"sanggau", "sangau", true},
	} {
		n := typo.Tolerance(q.key, q.known)
		fmt.Printf("%s → %s: %d edits, %d tolerated, %v\n", q.key, q.name,
			typo.Distance(q.key, q.name, 2), n, typo.Within(q.key, q.name, n))
	}
	// Output:
	// kalimatan barat → kalimantan barat: 1 edits, 2 tolerated, true
	// riua → riau: 1 edits, 0 tolerated, false
	// sanggau → sangau: 1 edits, 0 tolerated, false
}
