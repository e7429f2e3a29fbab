package session

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// MaxTitle is the longest text ParseTitle reads; longer input is refused.
const MaxTitle = 512

// A Ref names a session the way a title does: the level of its forum, the
// border pair of a regional forum, its number and its second count. Zero
// fields are not stated by the title.
type Ref struct {
	Level  Level
	Pair   region.Pair
	Number int
	Second int
}

// ParseTitle reads the title of a session as documents and news write it,
// in Indonesian, Malay or English:
//
//	Persiapan Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat-Peringkat Negeri Sarawak
//	Mesyuarat Tim Teknik/Teknis & Sidang ke-36 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat
//	MESYUARAT TEKNIK DAN SIDANG KE 26 (7) JAWATANKUASA KERJA … (SOSEK MALINDO) PERINGKAT PROVINSI KALIMANTAN UTARA (KALTARA)
//	Persidangan ke-39 KK/JKK Sosek Malindo Tingkat Pusat
//	the 38th Technical Committee Meeting and Working Committee Session of SOSEK MALINDO Sarawak–West Kalimantan
//	sidang General Border Committee (GBC) ke-12
//
// The number is the first ordinal ("ke-33", "Ke 26", "38th"; read by
// date.ParseOrdinal) and the second count a number in brackets right after
// it. The level is GBC, HLC or SPC when the title names them; Regional when
// it names a region of a border pair (one side is enough when it belongs
// to one pair only: Kalimantan Utara is Kaltara–Sabah); Central when it
// says "tingkat pusat" or "peringkat pusat". Otherwise the level is left
// zero rather than guessed: "Sidang ke-38 KK Sosek Malindo" may be either.
// Regions are recognised by their names in the three languages and a few
// common forms (Kalbar, Kaltara, Kepri, and the spelling Serawak).
//
// Errors are *ParseError values wrapping ErrSyntax (no number, or not the
// title of a forum of the GBC hierarchy) or ErrTooLarge (over MaxTitle bytes).
func ParseTitle(s string) (Ref, error) {
	fail := func(off int, err error, msg string) (Ref, error) {
		return Ref{}, &ParseError{Input: s, Offset: int64(off), Line: 1, Column: off + 1, Err: fmt.Errorf("%w: %s", err, msg)}
	}
	if len(s) > MaxTitle {
		return fail(MaxTitle, ErrTooLarge, fmt.Sprintf("title longer than %d bytes", MaxTitle))
	}
	key := " " + fold.Key(s) + " "
	var ref Ref
	switch {
	case strings.Contains(key, " gbc ") || strings.Contains(key, " general border committee ") || strings.Contains(key, " general borders committee "):
		ref.Level = GBC
	case strings.Contains(key, " hlc ") || strings.Contains(key, " high level committee "):
		ref.Level = HLC
	case strings.Contains(key, " spc ") || strings.Contains(key, " staff planning committee "):
		ref.Level = SPC
	case strings.Contains(key, " sosek ") || strings.Contains(key, " sosek malindo ") || strings.Contains(key, " socio economic ") ||
		strings.Contains(key, " sosial ekonomi ") || strings.Contains(key, " sosio ekonomi "):
		if p, ok := findPair(key); ok {
			ref.Level, ref.Pair = Regional, p
		} else if strings.Contains(key, " tingkat pusat ") || strings.Contains(key, " peringkat pusat ") || strings.Contains(key, " central level ") {
			ref.Level = Central
		}
	default:
		return fail(0, ErrSyntax, "not the title of a Sosek Malindo, GBC or HLC session")
	}
	at, end, ok := findOrdinal(s)
	if !ok {
		return fail(0, ErrSyntax, "no session number (ke-33, 33rd)")
	}
	n, err := date.ParseOrdinal(s[at:end], language.Indonesian)
	if err != nil {
		return fail(at, ErrSyntax, "bad session number "+s[at:end])
	}
	ref.Number = n
	// A second count in brackets: "ke-26 (7)", "26th (7th)".
	rest := strings.TrimLeft(s[end:], " \t\u00a0\u202f")
	if strings.HasPrefix(rest, "(") {
		if i := strings.IndexByte(rest, ')'); i > 1 && i <= 8 {
			in := strings.ToLower(strings.TrimSpace(rest[1:i]))
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				in = strings.TrimSuffix(in, suf)
			}
			if m, ok := atoi(in); ok && m > 0 {
				ref.Second = m
			}
		}
	}
	return ref, nil
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// findOrdinal returns the byte span of the first ordinal in s: "ke-33",
// "ke 26", "KE–33" or "33rd".
func findOrdinal(s string) (start, end int, ok bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		prevLetter := i > 0 && isWordRune(lastRune(s[:i]))
		if !prevLetter && (r == 'k' || r == 'K') && i+1 < len(s) && (s[i+1] == 'e' || s[i+1] == 'E') {
			j := i + 2
			for j < len(s) {
				c, sz := utf8.DecodeRuneInString(s[j:])
				if c == '-' || c == '–' || c == '—' || c == ' ' || c == '\u00a0' || c == '\u202f' {
					j += sz
					continue
				}
				break
			}
			k := j
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			if k > j && k-j <= 4 && (k == len(s) || !isWordRune(firstRune(s[k:]))) {
				return i, k, true
			}
		}
		if !prevLetter && r >= '0' && r <= '9' {
			k := i
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			if k+2 <= len(s) && k-i <= 4 {
				suf := strings.ToLower(s[k : k+2])
				if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && (k+2 == len(s) || !isWordRune(firstRune(s[k+2:]))) {
					return i, k + 2, true
				}
			}
			i = k
			continue
		}
		i += size
	}
	return 0, 0, false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// pairNames maps each border pair to the folded names of the regions of
// each side, in the three languages and common short forms.
var pairNames = sync.OnceValue(func() []pairName {
	extra := map[string][]string{
		"61":    {"kalbar", "kalimantan barat"},
		"65":    {"kaltara", "kalimantan utara"},
		"21":    {"kepri", "kepulauan riau", "riau islands"},
		"MY-13": {"serawak"}, // so written by the Singkawang media centre, 2024
		"MY-04": {"malaka", "malacca"},
	}
	var out []pairName
	for _, p := range region.Pairs() {
		pn := pairName{pair: p}
		for side, indonesian := range []bool{true, false} {
			for _, r := range p.Regions(indonesian) {
				names := append([]string{r.Name, r.Label(language.Indonesian), r.Label(language.Malay), r.Label(language.English)}, extra[r.Code]...)
				for _, n := range names {
					if k := fold.Key(n); k != "" {
						pn.names[side] = append(pn.names[side], " "+k+" ")
					}
				}
			}
		}
		out = append(out, pn)
	}
	return out
})

type pairName struct {
	pair  region.Pair
	names [2][]string // Indonesian side, Malaysian side
}

// findPair returns the border pair whose regions the folded, space-padded
// key names: regions of both sides of one pair only, or of one side that no
// other pair has. It never picks among several pairs.
func findPair(key string) (region.Pair, bool) {
	type hit struct {
		p      region.Pair
		id, my bool
	}
	var hits []hit
	for _, pn := range pairNames() {
		h := hit{p: pn.pair}
		for _, n := range pn.names[0] {
			if strings.Contains(key, n) {
				h.id = true
			}
		}
		for _, n := range pn.names[1] {
			if strings.Contains(key, n) {
				h.my = true
			}
		}
		if h.id || h.my {
			hits = append(hits, h)
		}
	}
	// Both sides of exactly one pair; a text that names both sides of
	// several pairs (a central session listing all three) is no one pair.
	var full []region.Pair
	for _, h := range hits {
		if h.id && h.my {
			full = append(full, h.p)
		}
	}
	if len(full) == 1 {
		return full[0], true
	}
	if len(full) > 1 {
		return region.Pair{}, false
	}
	if len(hits) == 1 {
		return hits[0].p, true
	}
	return region.Pair{}, false
}

// Find returns the session of d that ref names: the session with ref's
// number in the forum of ref's border pair, or, without a pair, in a forum
// of ref's level (any forum when the level is zero). It reports false when
// no session, or more than one, fits: it never picks among several.
func (d *Dataset) Find(ref Ref) (*Session, bool) {
	var found *Session
	for i := range d.Forums {
		f := &d.Forums[i]
		switch {
		case ref.Pair.ID != "":
			if f.Pair != ref.Pair {
				continue
			}
		case ref.Level != 0:
			if f.Level != ref.Level {
				continue
			}
		}
		if s, ok := d.Session(f.ID, ref.Number); ok {
			if found != nil {
				return nil, false
			}
			found = s
		}
	}
	return found, found != nil
}
