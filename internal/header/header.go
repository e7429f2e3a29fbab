// Package header is the one header matcher of the module's CSV readers:
// it reads the headers people give spreadsheet columns ("No. Isu",
// "Hasil/Keputusan", "Tgl. Sidang", "Jangka Waktu (Tahun)", "Rujukan") as
// the columns a reader knows, in Indonesian, Malay and English, without
// guessing.
//
// A header is read in these steps, stopping at the first that gives a
// column:
//
//  1. The header as written, folded (internal/fold: case, spacing,
//     punctuation and accents ignored), against the names of the columns.
//  2. Text in round or square brackets is set aside and returned to the
//     caller, which may read a unit from it ("(Tahun)", "(Juta US$)").
//  3. A header of several names separated by "/" ("Hasil/Keputusan",
//     "No/Nomor", "Status/Tindak Lanjut") gives the columns of its known
//     parts, in order; Match takes the first.
//  4. Abbreviations are written out, word by word (Tgl → tanggal, Ket →
//     keterangan), and words that only restate the subject are dropped
//     from the start and the end, one at a time, trying after each cut
//     ("Nama Mitra Kerja Sama" → "mitra"). Spaces are then ignored
//     ("Penanda Tanganan" meets "penandatanganan").
//  5. A misspelt header is read as the one column whose name is within
//     the typo bound of internal/typo ("Keputsan" → keputusan); a header
//     that is itself a known name, or near the names of two columns, is
//     not corrected.
//
// A header that fits nothing gives the zero column: callers report it,
// they do not guess.
package header

import (
	"strings"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/typo"
)

// Options are the words of one reader's headers besides the names of its
// columns. All are folded when the Matcher is built.
type Options struct {
	// Abbrev writes out abbreviated words: "tgl" → "tanggal".
	Abbrev map[string]string
	// Lead and Trail are words that restate the subject of the file, cut
	// from the start ("nama", "data") and the end ("kerja sama") of a
	// header when what is left names a column.
	Lead, Trail []string
}

// A Matcher reads headers as columns of type C, whose zero value means
// no column. It is safe for concurrent use once built.
type Matcher[C comparable] struct {
	index map[string]C // folded name → column
	// symbols holds the names that fold to nothing ("#"), as written
	// without the spaces around them: a header of other punctuation ("-",
	// ".", a stray quote) folds to nothing too and must not meet them.
	symbols map[string]C
	noSpace map[string]C // the same without spaces
	abbrev  map[string]string
	lead    []string // folded, with a trailing space
	trail   []string // folded, with a leading space
}

// New builds a Matcher from the names of each column. A name that folds
// to the same key for two columns is a programming error: New panics.
func New[C comparable](columns map[C][]string, opt Options) *Matcher[C] {
	m := &Matcher[C]{index: map[string]C{}, symbols: map[string]C{}, noSpace: map[string]C{}, abbrev: map[string]string{}}
	for c, names := range columns {
		for _, n := range names {
			k, index := fold.Key(n), m.index
			symbol := k == ""
			if symbol {
				k, index = strings.TrimSpace(n), m.symbols
			}
			if old, dup := index[k]; dup && old != c {
				panic("header: name " + n + " given to two columns")
			}
			index[k] = c
			if !symbol {
				m.noSpace[strings.ReplaceAll(k, " ", "")] = c
			}
		}
	}
	for w, x := range opt.Abbrev {
		m.abbrev[fold.Key(w)] = fold.Key(x)
	}
	for _, w := range opt.Lead {
		m.lead = append(m.lead, fold.Key(w)+" ")
	}
	for _, w := range opt.Trail {
		m.trail = append(m.trail, " "+fold.Key(w))
	}
	return m
}

// Exact returns the column whose name h is, folded, and true; false when
// h is not written as one of the names (no abbreviation, word dropped or
// misspelling read).
func (m *Matcher[C]) Exact(h string) (C, bool) {
	k := fold.Key(h)
	if k == "" {
		c, ok := m.symbols[strings.TrimSpace(h)]
		return c, ok
	}
	c, ok := m.index[k]
	return c, ok
}

// Expand returns the folded word w written out when it is an abbreviation
// of the Matcher's ("tgl" → "tanggal"), else w.
func (m *Matcher[C]) Expand(w string) string {
	if x, ok := m.abbrev[w]; ok {
		return x
	}
	return w
}

// Match returns the column header h names (the zero C for none) and the
// text of its brackets, set aside ("" for none).
func (m *Matcher[C]) Match(h string) (col C, bracket string) {
	cols, bracket := m.Parts(h)
	if len(cols) > 0 {
		col = cols[0]
	}
	return col, bracket
}

// Parts returns the columns of the known parts of a header of several
// names separated by "/" ("Keterangan/Status"), in order, one for a plain
// header, none when no part is known; and the text of its brackets.
func (m *Matcher[C]) Parts(h string) (cols []C, bracket string) {
	var zero C
	if c, ok := m.Exact(h); ok {
		return []C{c}, ""
	}
	base, bracket := splitBracket(h)
	for part := range strings.SplitSeq(base, "/") {
		if c := m.words(part); c != zero {
			cols = append(cols, c)
		}
	}
	return cols, bracket
}

// words is steps 1, 4 and 5 for one header or one part of a header.
func (m *Matcher[C]) words(h string) C {
	var zero C
	k := fold.Key(h)
	if k == "" {
		return m.symbols[strings.TrimSpace(h)] // "No/#"
	}
	if c, ok := m.index[k]; ok {
		return c
	}
	ws := strings.Fields(k)
	for i, w := range ws {
		if x, ok := m.abbrev[w]; ok {
			ws[i] = x
		}
	}
	k = strings.Join(ws, " ")
	try := func(k string) C {
		if c, ok := m.index[k]; ok {
			return c
		}
		return m.noSpace[strings.ReplaceAll(k, " ", "")]
	}
	if c := try(k); c != zero {
		return c
	}
	for range 4 {
		cut := false
		for _, w := range m.lead {
			if rest, ok := strings.CutPrefix(k, w); ok && rest != "" {
				k, cut = rest, true
				break
			}
		}
		if !cut {
			for _, w := range m.trail {
				if rest, ok := strings.CutSuffix(k, w); ok && rest != "" {
					k, cut = rest, true
					break
				}
			}
		}
		if !cut {
			break
		}
		if c := try(k); c != zero {
			return c
		}
	}
	return m.typo(strings.ReplaceAll(k, " ", ""))
}

// typo returns the one column whose name, without spaces, is within the
// typo bound of ns, or the zero C.
func (m *Matcher[C]) typo(ns string) C {
	var zero C
	_, known := m.noSpace[ns]
	bound := typo.Tolerance(ns, known)
	if bound == 0 || len(ns) > typo.MaxKey {
		return zero
	}
	found := zero
	for name, c := range m.noSpace {
		if len(name)-len(ns) > bound || len(ns)-len(name) > bound {
			continue
		}
		if typo.Within(name, ns, bound) {
			if found != zero && found != c {
				return zero
			}
			found = c
		}
	}
	return found
}

// splitBracket separates the text in round or square brackets from the
// rest of h: "Jangka Waktu (Tahun)" → "Jangka Waktu", "Tahun".
func splitBracket(h string) (base, bracket string) {
	var b, in strings.Builder
	depth := 0
	for _, r := range h {
		switch {
		case r == '(' || r == '[':
			depth++
			in.WriteByte(' ')
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth > 0:
			in.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), strings.TrimSpace(in.String())
}
