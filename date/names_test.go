package date

import (
	"testing"
	"time"
)

// TestWordTable checks that every name the formatter writes is in the
// parser's vocabulary with its meaning, and that the table has room.
func TestWordTable(t *testing.T) {
	if len(wordConflicts) != 0 {
		t.Errorf("words with two meanings: %q", wordConflicts)
	}
	n := 0
	for _, e := range wordTable {
		if e.key != "" {
			n++
			if got := lookupWord([]byte(e.key), wordHash(e.key)); got != e.kind {
				t.Errorf("lookupWord(%q) = %d, want %d", e.key, got, e.kind)
			}
		}
	}
	if n > wordSlots/2 {
		t.Errorf("%d words in %d slots: make the table larger", n, wordSlots)
	}
	for l := range monthLong {
		for m := time.January; m <= time.December; m++ {
			for _, w := range []string{monthLong[l][m], monthShort[l][m]} {
				k := lower(w)
				if got := lookupWord([]byte(k), wordHash(k)); got != wMonth|uint8(m) {
					t.Errorf("month %q reads as %d, want %d", w, got, wMonth|uint8(m))
				}
			}
		}
		for d := time.Sunday; d <= time.Saturday; d++ {
			k := lower(weekdayLong[l][d])
			if got := lookupWord([]byte(k), wordHash(k)); got != wWeekday|uint8(d) {
				t.Errorf("weekday %q reads as %d", k, got)
			}
		}
	}
	for _, w := range []string{"", "x", "septembers", "sampaidengan"} {
		if got := lookupWord([]byte(w), wordHash(w)); got != 0 {
			t.Errorf("lookupWord(%q) = %d, want 0", w, got)
		}
	}
}
