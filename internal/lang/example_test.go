package lang_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// Every tag is one of the four languages the packages write; anything
// else is English.
func ExampleOf() {
	for _, s := range []string{"id", "id-ID", "ms", "ms-BN", "en-US", "fr"} {
		fmt.Println(s, "→", lang.Of(language.MustParse(s)))
	}
	// Output:
	// id → id
	// id-ID → id
	// ms → ms
	// ms-BN → ms-BN
	// en-US → en
	// fr → en
}
