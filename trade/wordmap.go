package trade

// A wordMap maps 64-bit keys (hashes, HS codes) to values, with open
// addressing and linear probing in a table kept at most half full: the
// memory of the checks that remember up to maxSeen rows of a file, under
// half that of a Go map of the same (8 bytes a slot and the value's, not
// about 36 bytes an entry). The zero wordMap is empty and ready to use.
type wordMap[V any] struct {
	keys []uint64 // 0: an empty slot
	vals []V
	n    int
	// The key 0, which marks an empty slot, is kept aside.
	zero    bool
	zeroVal V
}

// Len returns the number of keys.
func (m *wordMap[V]) Len() int {
	if m.zero {
		return m.n + 1
	}
	return m.n
}

// slot returns the index of k's slot, or of the empty slot where it
// would go.
func (m *wordMap[V]) slot(k uint64) int {
	mask := uint64(len(m.keys) - 1)
	// The keys may be hashes or small numbers: mix them.
	i := (k * 0x9E3779B97F4A7C15) >> 32 & mask
	for m.keys[i] != 0 && m.keys[i] != k {
		i = (i + 1) & mask
	}
	return int(i)
}

// Get returns the value of k and whether k is in the map.
func (m *wordMap[V]) Get(k uint64) (V, bool) {
	if k == 0 {
		return m.zeroVal, m.zero
	}
	if m.n == 0 {
		var zero V
		return zero, false
	}
	i := m.slot(k)
	return m.vals[i], m.keys[i] != 0
}

// Put sets the value of k.
func (m *wordMap[V]) Put(k uint64, v V) {
	if k == 0 {
		m.zero, m.zeroVal = true, v
		return
	}
	if 2*(m.n+1) > len(m.keys) {
		m.grow()
	}
	i := m.slot(k)
	if m.keys[i] == 0 {
		m.keys[i] = k
		m.n++
	}
	m.vals[i] = v
}

// grow doubles the table (from 64 slots) and puts every key back in.
func (m *wordMap[V]) grow() {
	keys, vals := m.keys, m.vals
	size := max(64, 2*len(keys))
	m.keys, m.vals = make([]uint64, size), make([]V, size)
	for i, k := range keys {
		if k != 0 {
			j := m.slot(k)
			m.keys[j], m.vals[j] = k, vals[i]
		}
	}
}
