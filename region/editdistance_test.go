package region

import (
	"math/rand/v2"
	"testing"
)

// refOSA is the textbook optimal-string-alignment distance.
func refOSA(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := 0; j <= len(b); j++ {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// TestEditDistanceReference compares editDistance with a plain full-table
// computation over random short strings of a small alphabet.
func TestEditDistanceReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gen := func() string {
		n := r.IntN(9)
		b := make([]byte, n)
		for i := range b {
			b[i] = "abc"[r.IntN(3)]
		}
		return string(b)
	}
	for range 20000 {
		a, b := gen(), gen()
		m := r.IntN(4)
		want := refOSA(a, b)
		if want > m {
			want = m + 1
		}
		if got := editDistance(a, b, m); got != want {
			t.Fatalf("%q %q %d: got %d want %d", a, b, m, got, want)
		}
	}
}
