// Package typo is the one typo policy of the module: how far a misspelt
// name or word may be from the one it is read as, and how that distance is
// measured. The region gazetteer (Find), the agreement matcher (sectors,
// kinds, schemes, partner names) and the agreement CSV header reader all
// use it, so "Kalimatan Barat", "Pendidkan" and "Tangal Penandatanganan"
// are read by one rule.
//
// The rule has three parts:
//
//   - Distance: the optimal-string-alignment (restricted
//     Damerau–Levenshtein) distance over folded keys, byte-wise: one
//     insertion, deletion, substitution or swap of two adjacent bytes
//     costs 1.
//   - Bound: how many edits a key tolerates, by its number of letters
//     (spaces not counted): fewer than MinLetters none, since a one-letter
//     change of a short word is usually another real word ("riau",
//     "bali"); MinLetters to LongLetters-1 one; LongLetters or more two.
//   - Tolerance: a key that is itself a known word or name is never
//     corrected to a different one ("sanggau" stays Sanggau even where
//     only towns are asked for and a town is one letter away). Callers
//     look the key up exactly first and pass whether it exists.
//
// Keys longer than MaxKey bytes are never compared (Distance reports them
// as beyond any bound), which keeps the comparison allocation-free and its
// cost bounded whatever the input.
package typo

import "unicode/utf8"

const (
	// MinLetters is the fewest letters of a key read with a typo.
	MinLetters = 5
	// LongLetters is the number of letters from which two typos are
	// tolerated rather than one.
	LongLetters = 10
	// MaxKey is the longest key, in bytes, that Distance compares.
	MaxKey = 64
)

// Bound returns the number of edits the folded key tolerates: 0 for keys
// of fewer than MinLetters letters, 1 up to LongLetters-1 letters, 2 from
// LongLetters letters. Letters are runes other than the space.
func Bound(key string) int {
	n := utf8.RuneCountInString(key)
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			n--
		}
	}
	switch {
	case n < MinLetters:
		return 0
	case n < LongLetters:
		return 1
	default:
		return 2
	}
}

// Tolerance returns the number of edits allowed when the folded key is
// read as some other known key: 0 when known reports that the key itself
// is a known word or name (it is never corrected to a different one),
// Bound(key) otherwise.
func Tolerance(key string, known bool) int {
	if known {
		return 0
	}
	return Bound(key)
}

// Within reports whether a and b are at most limit edits apart.
func Within(a, b string, limit int) bool { return Distance(a, b, limit) <= limit }

// Distance returns the optimal-string-alignment distance between a and b
// in bytes, or limit+1 as soon as it is known to exceed limit (and
// for a negative limit, or a string longer than MaxKey bytes unless a == b). Only
// the band of cells within limit of the diagonal is computed, on the stack:
// Distance does not allocate.
func Distance(a, b string, limit int) int {
	if limit < 0 {
		return limit + 1
	}
	if len(a) > MaxKey || len(b) > MaxKey {
		if a == b {
			return 0
		}
		return limit + 1
	}
	if len(a)-len(b) > limit || len(b)-len(a) > limit {
		return limit + 1
	}
	if a == b {
		return 0
	}
	// A lower bound first: an insertion or a deletion changes the counts
	// of the bytes by one, a substitution by two, a swap not at all, so
	// half the difference of the counts (bytes merged by their low six
	// bits, which only lowers it) is at most the distance. Most names
	// compared in a search are refused here without the table.
	var h [64]int8
	for i := 0; i < len(a); i++ {
		h[a[i]&63]++
	}
	for i := 0; i < len(b); i++ {
		h[b[i]&63]--
	}
	// Sum the differences over the buckets a and b touch (each once: a
	// bucket is cleared when counted), not over all 64.
	diff := 0
	for _, s := range [2]string{a, b} {
		for i := 0; i < len(s); i++ {
			c := &h[s[i]&63]
			if *c < 0 {
				diff -= int(*c)
			} else {
				diff += int(*c)
			}
			*c = 0
		}
	}
	if (diff+1)/2 > limit {
		return limit + 1
	}
	const inf int32 = 1 << 20
	var rows [3][MaxKey + 2]int32
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = int32(j)
		if j > limit {
			prev[j] = inf
		}
	}
	prev[len(b)+1] = inf
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-limit), min(len(b), i+limit)
		rowMin := inf
		if lo == 1 {
			cur[0] = int32(i)
			rowMin = int32(i)
		} else {
			cur[lo-1] = inf
		}
		for j := lo; j <= hi; j++ {
			cost := int32(1)
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		cur[hi+1] = inf
		if int(rowMin) > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if int(prev[len(b)]) > limit {
		return limit + 1
	}
	return int(prev[len(b)])
}
