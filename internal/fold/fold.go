// Package fold turns names and labels written by people into comparison
// keys, so that "Kab. Sanggau", "KAB SANGGAU" and "kab.  sanggau" meet, and
// "Timrå" matches "Timra".
//
// A key is built in this order: Unicode compatibility decomposition (NFKD,
// from x/text/unicode/norm), removal of combining marks, full case folding
// (x/text/cases.Fold), apostrophes dropped ("Ba'kelalan" → "bakelalan",
// "Jum'at" → "jumat"), every other run of punctuation, symbols and white
// space (including no-break and narrow spaces) turned into one ASCII space,
// and the result trimmed. Invalid UTF-8 counts as a space. Digits and letters of any script are kept.
//
// Keys are for matching and map look-ups only; never show one to a user.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var folder = cases.Fold()

// chains holds decompose-strip-recompose transformers for reuse: building a
// chain allocates its buffers, and a chain is not safe for concurrent use.
var chains = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// Key returns the comparison key of s. It is safe for concurrent use.
func Key(s string) string {
	if isSimple(s) {
		return simpleKey(s)
	}
	s = strings.ToValidUTF8(s, " ")
	t := chains.Get().(transform.Transformer)
	d, _, err := transform.String(t, s) // String resets t first
	chains.Put(t)
	if err != nil {
		d = s
	}
	d = folder.String(d)
	return simpleKey(d)
}

// isSimple reports whether s is ASCII, so that the x/text pipeline can be
// skipped: for ASCII input it would only lower the case.
func isSimple(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// simpleKey lowers letters (after cases.Fold this matters only for scripts
// such as Cherokee, whose folding goes to upper case, and keeps Key
// idempotent), drops apostrophes and folds every other
// non-letter, non-digit run into one space.
func simpleKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʼ':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// Fields returns the words of Key(s).
func Fields(s string) []string { return strings.Fields(Key(s)) }
