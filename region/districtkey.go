package region

import "sort"

// districtKey reports whether k is a folded name of a district of
// data/id-districts.csv (the regions the core table lacks): a name the
// district itself gives in the whole table's index, with or without
// other regions. It reads districtKeys, the sorted 32-bit FNV-1a hashes
// of those names, generated from the data (go test -run TestDistrictKeys
// -update) and checked against it by TestDistrictKeys. A name that only
// shares a hash with a district's is taken for one: the look-up then
// reads the whole table, and gives the same answer more slowly.
func districtKey(k string) bool {
	h, n := fnv32(k), len(districtKeys)/4
	i := sort.Search(n, func(i int) bool { return keyHashAt(i) >= h })
	return i < n && keyHashAt(i) == h
}

// keyHashAt returns the i-th hash of districtKeys (big-endian).
func keyHashAt(i int) uint32 {
	s := districtKeys[4*i : 4*i+4]
	return uint32(s[0])<<24 | uint32(s[1])<<16 | uint32(s[2])<<8 | uint32(s[3])
}

// fnv32 is the 32-bit FNV-1a hash of s.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
