package trade

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWordMap puts and gets random keys, small keys, the key 0 and the
// largest, in a wordMap and in a Go map: the same values, the same length.
func TestWordMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var m wordMap[int32]
	want := map[uint64]int32{}
	keys := []uint64{0, 1, 2, 64, 128, ^uint64(0), 1 << 63}
	for range 20_000 {
		keys = append(keys, r.Uint64(), uint64(r.IntN(5000)))
	}
	for i, k := range keys {
		if _, ok := m.Get(k); ok != (func() bool { _, ok := want[k]; return ok })() {
			t.Fatalf("Get(%d) before Put: %v", k, ok)
		}
		m.Put(k, int32(i))
		want[k] = int32(i)
		if m.Len() != len(want) {
			t.Fatalf("after Put(%d): Len %d, want %d", k, m.Len(), len(want))
		}
	}
	got := map[uint64]int32{}
	for k := range want {
		v, ok := m.Get(k)
		if !ok {
			t.Fatalf("Get(%d): missing", k)
		}
		got[k] = v
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("values (-go map +wordMap):\n%s", diff)
	}
	for range 1000 {
		k := r.Uint64() | 1<<62
		if _, ok := want[k]; ok {
			continue
		}
		if _, ok := m.Get(k); ok {
			t.Fatalf("Get(%d) of a key never put: found", k)
		}
	}
	if len(m.keys) > 4*len(want) {
		t.Errorf("%d slots for %d keys", len(m.keys), len(want))
	}
}

// TestWordMapMemory checks the memory of a wordMap of maxSeen keys: at
// most 16 bytes a key for a set.
func TestWordMapMemory(t *testing.T) {
	var m wordMap[struct{}]
	for i := range uint64(maxSeen) {
		m.Put(i*0x9E3779B97F4A7C15+1, struct{}{})
	}
	if got := 8 * len(m.keys); got > 16*maxSeen {
		t.Errorf("%d bytes for %d keys", got, maxSeen)
	}
}
