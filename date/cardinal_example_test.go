package date_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/date"
)

// Registers write a term's count in figures and words: both are read, and
// must agree.
func ExampleParseCardinal() {
	for _, s := range []string{"Lima (5)", "5 (lima)", "dua puluh lima", "5 (enam)"} {
		n, err := date.ParseCardinal(s, language.Indonesian)
		fmt.Println(n, err)
	}
	// Output:
	// 5 <nil>
	// 5 <nil>
	// 25 <nil>
	// 0 date.ParseCardinal("5 (enam)"): the number in parentheses differs from the number before it (at "(enam)")
}
