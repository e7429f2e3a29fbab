package examples

import "github.com/kerjasama/kerjasama/region"

// mustPair returns the border pair with the given ID; the examples use the
// pairs the region package embeds.
func mustPair(id string) region.Pair {
	p, err := region.FindPair(id)
	if err != nil {
		panic(err)
	}
	return p
}
