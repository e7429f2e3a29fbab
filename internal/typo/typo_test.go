package typo

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// refOSA is the textbook full-table optimal-string-alignment distance.
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

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"sanggau", "sanggau", 2, 0},
		{"sanggau", "sangau", 2, 1},
		{"singkawang", "singkawnag", 2, 1}, // swap
		{"kalimantan barat", "kalimatan barat", 2, 1},
		{"kalimantan barat", "kalimantan timur", 2, 3}, // beyond the limit: limit+1
		{"investasi", "invenstasi", 10, 1},
		{"tekniogi informasi", "teknologi informasi", 10, 2},
		{"abc", "acb", 10, 1},
		{"", "abc", 10, 3},
		{"abc", "", 1, 2},
		{"", "", 0, 0},
		{"ca", "abc", 3, 3}, // optimal string alignment, not full Damerau
		{"abc", "abd", -1, 0},
		{strings.Repeat("a", MaxKey+1), strings.Repeat("a", MaxKey+1), 2, 0},
		{strings.Repeat("a", MaxKey+1), strings.Repeat("a", MaxKey) + "b", 2, 3},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

// TestDistanceReference compares Distance with the full-table computation
// over random short strings of a small alphabet.
func TestDistanceReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gen := func() string {
		b := make([]byte, r.IntN(9))
		for i := range b {
			b[i] = "abc"[r.IntN(3)]
		}
		return string(b)
	}
	for range 20000 {
		a, b := gen(), gen()
		limit := r.IntN(4)
		want := min(refOSA(a, b), limit+1)
		if got := Distance(a, b, limit); got != want {
			t.Fatalf("Distance(%q, %q, %d) = %d, want %d", a, b, limit, got, want)
		}
	}
}

func TestBound(t *testing.T) {
	in := []string{"jawa", "bali", "riau", "sabah", "sanggau", "sintang", "investasi", "singkawang", "kapuas hulu", "kalimantan barat", "ab cd", "abcd e", "sébuah", ""}
	want := map[string]int{
		"jawa": 0, "bali": 0, "riau": 0, "sabah": 1, "sanggau": 1, "sintang": 1,
		"investasi": 1, "singkawang": 2, "kapuas hulu": 2, "kalimantan barat": 2,
		"ab cd": 0, "abcd e": 1, "sébuah": 1, "": 0,
	}
	got := map[string]int{}
	for _, k := range in {
		got[k] = Bound(k)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Bound mismatch (-want +got):\n%s", diff)
	}
}

func TestTolerance(t *testing.T) {
	tests := []struct {
		key   string
		known bool
		want  int
	}{
		{"sanggau", true, 0},
		{"sanggau", false, 1},
		{"kalimantan barat", true, 0},
		{"kalimatan barat", false, 2},
		{"bali", false, 0},
	}
	for _, tt := range tests {
		if got := Tolerance(tt.key, tt.known); got != tt.want {
			t.Errorf("Tolerance(%q, %v) = %d, want %d", tt.key, tt.known, got, tt.want)
		}
	}
}

func TestDistanceNoAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Distance("kalimantan barat", "kalimatan barat", 2) }); n != 0 {
		t.Errorf("Distance allocates %v times, want 0", n)
	}
}

// FuzzDistance checks the properties of a distance: symmetric, 0 exactly
// for equal strings, at most the longer length, within 1 of the distance
// with one byte more at the end of both, and equal to the full-table
// computation whenever that is within the limit.
func FuzzDistance(f *testing.F) {
	for _, s := range [][2]string{
		{"kalimantan barat", "kalimatan barat"}, {"sanggau", "sangau"}, {"singkawang", "singkawnag"},
		{"pendidikan", "pendidkan"}, {"tanggal penandatanganan", "tangal penandatangan"}, {"", "abc"}, {"ca", "abc"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > MaxKey || len(b) > MaxKey {
			if (Distance(a, b, MaxKey) == 0) != (a == b) {
				t.Fatalf("Distance(%q, %q) = 0 iff equal broken for long keys", a, b)
			}
			return
		}
		limit := max(len(a), len(b))
		d := Distance(a, b, limit)
		if r := Distance(b, a, limit); r != d {
			t.Fatalf("Distance(%q, %q) = %d, but Distance(%q, %q) = %d", a, b, d, b, a, r)
		}
		if (d == 0) != (a == b) {
			t.Fatalf("Distance(%q, %q) = %d: 0 iff equal broken", a, b, d)
		}
		if d > limit {
			t.Fatalf("Distance(%q, %q) = %d > max(len) = %d", a, b, d, limit)
		}
		if want := refOSA(a, b); d != want {
			t.Fatalf("Distance(%q, %q) = %d, full table says %d", a, b, d, want)
		}
		for l := range 3 {
			if got, want := Distance(a, b, l), min(d, l+1); got != want {
				t.Fatalf("Distance(%q, %q, %d) = %d, want %d", a, b, l, got, want)
			}
		}
	})
}

func BenchmarkDistance(b *testing.B) {
	for b.Loop() {
		Distance("kalimantan barat", "kalimatan barat", 2)
	}
}
