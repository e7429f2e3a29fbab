package session

import "github.com/kerjasama/kerjasama/region"

// knownRegion reports whether code names a region of the region package.
func knownRegion(code string) bool {
	_, ok := region.Lookup(code)
	return ok
}
