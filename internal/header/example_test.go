package header_test

import (
	"fmt"

	"github.com/kerjasama/kerjasama/internal/header"
)

func Example() {
	m := header.New(map[string][]string{
		"ref":     {"rujukan", "no isu"},
		"outcome": {"keputusan", "hasil"},
		"status":  {"status", "tindak lanjut"},
	}, header.Options{Abbrev: map[string]string{"tl": "tindak lanjut"}})
	for _, h := range []string{"No. Isu", "Hasil/Keputusan", "Status/Tindak Lanjut", "Keputsan", "Keputusan (Sidang)", "Anggaran"} {
		col, bracket := m.Match(h)
		fmt.Printf("%q → %q %q\n", h, col, bracket)
	}
	// Output:
	// "No. Isu" → "ref" ""
	// "Hasil/Keputusan" → "outcome" ""
	// "Status/Tindak Lanjut" → "status" ""
	// "Keputsan" → "outcome" ""
	// "Keputusan (Sidang)" → "outcome" "Sidang"
	// "Anggaran" → "" ""
}
