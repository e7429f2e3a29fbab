package session

import (
	"fmt"

	"github.com/kerjasama/kerjasama/region"
)

// knownRegion reports whether code names a region of the region package.
func knownRegion(code string) bool {
	_, ok := region.Lookup(code)
	return ok
}

// localLevel reports whether a region of level l may be one side of a
// district forum: below the province or state, above the village.
func localLevel(l region.Level) bool {
	switch l {
	case region.Regency, region.City, region.District, region.Division, region.Town:
		return true
	}
	return false
}

// districtsPair checks the districts of a district forum and returns the
// border pair they lie in. The error names the problem and wraps
// ErrMissing (a side not given), ErrUnknownRef (a code region.Lookup does
// not know) or ErrInvalid (a side in the wrong country or at the wrong
// level, or two districts of different pairs).
func districtsPair(d Districts) (region.Pair, error) {
	if d.Indonesian == "" || d.Malaysian == "" {
		return region.Pair{}, fmt.Errorf("%w: a district forum needs a district on each side", ErrMissing)
	}
	var pairs [2]region.Pair
	for i, side := range [2]struct{ code, country string }{{d.Indonesian, "ID"}, {d.Malaysian, "MY"}} {
		r, ok := region.Lookup(side.code)
		if !ok {
			return region.Pair{}, fmt.Errorf("%w: unknown region %q", ErrUnknownRef, side.code)
		}
		if r.Country != side.country || !localLevel(r.Level) {
			return region.Pair{}, fmt.Errorf("%w: %s (%s, %s) is not a district of %s", ErrInvalid, r.Name, r.Level, r.Country, side.country)
		}
		p, ok := region.PairOf(r)
		if !ok {
			return region.Pair{}, fmt.Errorf("%w: %s lies in no border pair", ErrInvalid, r.Name)
		}
		pairs[i] = p
	}
	if pairs[0] != pairs[1] {
		return region.Pair{}, fmt.Errorf("%w: %s and %s lie in different border pairs (%s, %s)", ErrInvalid, d.Indonesian, d.Malaysian, pairs[0].ID, pairs[1].ID)
	}
	return pairs[0], nil
}
