package region

import (
	"sort"
	"strings"

	"github.com/kerjasama/kerjasama/internal/typo"
)

// Typo tolerance of Find.
//
// Registers misspell names ("Kalimatan Barat", "Kab. Sangau",
// "Kapuas Hullu"). When a name fits no region exactly, Find compares it,
// with and without a level word before or after it, to every recorded name
// and accepts a region only when the distance is within the bound below
// and exactly one region (of the levels the level word allows) is that
// near. The first letter must be right, and districts and towns are
// considered only after a level word that names them ("Kecamatan …"): a
// misspelt or unknown larger name is too often one letter away from one of
// thousands of districts.
//
// The distance and the bound are the module's one typo policy, shared with
// the agreement matcher: the optimal-string-alignment form of the
// Damerau–Levenshtein distance over the folded name (one insertion,
// deletion, substitution or swap of two adjacent letters costs 1), and a
// bound by the number of letters of the name as written (without spaces):
// names of fewer than TypoMinLetters letters are taken only as written,
// since a one-letter change of a short name is usually another real name;
// names of TypoMinLetters to TypoLongLetters-1 letters allow one edit,
// longer names two. A name that is itself recorded (at any level) is never
// read as another one: "Kota Sanggau" does not become a town one letter
// from Sanggau. Anything else, two regions within the bound included,
// stays a *NotFoundError, whose suggestions list the near names. The exact
// path is not slowed: the comparison runs only after the exact lookup has
// failed.
const (
	// TypoMinLetters is the shortest name, in letters, read with a typo.
	TypoMinLetters = typo.MinLetters
	// TypoLongLetters is the length, in letters, from which two typos are
	// tolerated rather than one.
	TypoLongLetters = typo.LongLetters
)

// maxTypoKey is the longest folded key, in bytes, compared for typos.
const maxTypoKey = typo.MaxKey

// misspelt returns the one region whose name is within the typo bound of the
// folded name k (see TypoMinLetters); ok is false when none is, or several
// are. Level and government words before or after the name are taken off
// first ("Pemerintah Kota Montana" is compared as "montana", restricted to
// cities), so that the bound is spent on the name itself: "kota montana"
// must not become "kota bontang".
func misspelt(b, u *table, k string) (i int32, ok bool) {
	q, m := k, allLevels&^maskOf(District, Town)
	stripped := false
	for range 4 {
		a, rest, ok := stripAffix(q)
		if !ok {
			break
		}
		if !stripped {
			// A level word is given: districts and towns may be meant.
			m = allLevels
			stripped = true
		}
		q, m = rest, m&a.mask
	}
	_, known := b.byKey[q]
	if !known && u != nil {
		_, known = u.byKey[q]
	}
	bound := typo.Tolerance(q, known)
	if bound == 0 || len(q) > maxTypoKey || m == 0 {
		return 0, false
	}
	found := int32(-1)
	several := false
	note := func(j int32) {
		switch {
		case found < 0:
			found = j
		case found != j:
			several = true
		}
	}
	near(b, 0, q, m, bound, note)
	if u != nil {
		near(u, int32(len(b.regions)), q, m, bound, note)
	}
	if found < 0 || several {
		return 0, false
	}
	return found, true
}

// stripAffix takes one level or government word off the start or, failing
// that, the end of the folded name k, longest first.
func stripAffix(k string) (affix, string, bool) {
	for _, a := range prefixAffixes(k) {
		if len(k) > len(a.word)+1 && k[len(a.word)] == ' ' && strings.HasPrefix(k, a.word) {
			return a, k[len(a.word)+1:], true
		}
	}
	for _, a := range suffixAffixes(k) {
		if len(k) > len(a.word)+1 && k[len(k)-len(a.word)-1] == ' ' && strings.HasSuffix(k, a.word) {
			return a, k[:len(k)-len(a.word)-1], true
		}
	}
	return affix{}, "", false
}

// near calls note with every region of t (offset by off) of a level in m
// indexed under a key within bound edits of q.
func near(t *table, off int32, q string, m levelMask, bound int, note func(int32)) {
	for n := len(q) - bound; n <= len(q)+bound; n++ {
		// The keys of one length are sorted: those of q's first letter
		// are one run.
		ks, masks := t.keysOfLen(n)
		for j := sort.SearchStrings(ks, q[:1]); j < len(ks); j++ {
			key := ks[j]
			if key[0] != q[0] {
				break
			}
			if masks[j]&m == 0 || !typo.Within(key, q, bound) {
				continue
			}
			for _, h := range t.byKey[key] {
				if m.has(t.regions[h.i].Level) {
					note(h.i + off)
				}
			}
		}
	}
}
