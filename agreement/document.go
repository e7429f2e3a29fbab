package agreement

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// A Document is what the "Jenis Naskah" (kind of document) column of a
// register says about an agreement: "MOU Friendship Coopertion (Loi Tahap
// III)" is an MoU named "Friendship Cooperation", phase III of a line of
// Letters of Intent.
type Document struct {
	Kind   Kind   // the kind of the document itself (outside brackets when both are given)
	Series Kind   // another kind named, in brackets, as the line the document continues
	Phase  int    // "Tahap III", "Phase 2", "Tahap ke-3": 3, 2, 3; 0 if not stated
	Name   string // the remaining words: a known name, spelled correctly, or the text as written
	// Type is the cooperation type the name implies ("Friendship
	// Cooperation", "Sister City"), zero if none.
	Type Type
}

// knownNames are document names registers use, in their canonical
// spelling; ParseDocument matches the words left after kind and phase
// against them with the tolerant matcher.
var knownNames = []string{
	"Friendship Cooperation", "Friendship City", "Friendship Province", "Sister City", "Sister Province",
	"Sister State", "Kota Kembar", "Provinsi Kembar", "Kerja Sama Persahabatan", "Kota Persahabatan",
	"Twin City", "Bandar Berkembar",
}

var kindVocab = sync.OnceValue(func() *vocabulary { return newVocabulary(kindTable) })

var nameVocab = sync.OnceValue(func() *vocabulary {
	v := &vocabulary{exact: make(map[string]*entry)}
	for i, n := range knownNames {
		v.add(n, []uint8{uint8(i)}, 0, true)
	}
	return v
})

// nameEdgeWords are dropped from the start and end of a document's name.
var nameEdgeWords = map[string]bool{
	"tentang": true, "mengenai": true, "perihal": true, "on": true, "of": true, "for": true, "about": true,
	"concerning": true, "regarding": true, "dalam": true, "rangka": true, "antara": true, "between": true,
	"pada": true, "naskah": true, "jenis": true, "dan": true, "and": true, "serta": true, "the": true, "a": true,
	"an": true, "dengan": true, "with": true, "berkenaan": true, "bagi": true,
	"terhadap": true, "atas": true, "to": true,
}

var phaseWords = map[string]bool{"tahap": true, "phase": true, "fase": true, "fasa": true, "tahapan": true, "peringkat": true, "stage": true, "periode": true, "period": true}

var ordinals = map[string]int{
	"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
	"ketujuh": 7, "kedelapan": 8, "kelapan": 8, "kesembilan": 9, "kesepuluh": 10,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10,
	"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}

// phaseNumber reads "3", "iii", "ke 3" (after folding), "ketiga", "3rd".
func phaseNumber(k string) (int, bool) {
	if n, ok := ordinals[k]; ok {
		return n, true
	}
	k = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(k, "st"), "nd"), "rd"), "th")
	if n, err := strconv.Atoi(k); err == nil && n > 0 && n <= 100 {
		return n, true
	}
	return roman(k)
}

// roman reads a lower-case Roman numeral from 1 to 39.
func roman(s string) (int, bool) {
	if s == "" || len(s) > 8 {
		return 0, false
	}
	val := map[byte]int{'i': 1, 'v': 5, 'x': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || n > 39 || toRoman(n) != s {
		return 0, false
	}
	return n, true
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// ParseDocument reads the kind of document as a register's "Jenis Naskah"
// column writes it: "LoI (Letter of Intent)", "MOU", "PKS", "Kesepakatan
// Bersama", "MOU Friendship Coopertion (Loi Tahap III)". The kind outside
// brackets is the document's own kind and a different kind inside brackets
// its Series; "Tahap"/"Phase"/"Fasa" with a number, a Roman numeral or an
// ordinal gives the phase, as does the number of an addendum ("Addendum
// II", "Amandemen Kedua"); the words left over form the Name, corrected to
// a known name ("Friendship Cooperation") when they are within the
// matcher's edit distance of one. Misspelt kinds ("Memorandum of
// Understading") are matched the same way.
//
// When no kind is found, Document.Kind is zero, Name holds the text and the
// error is a *ParseError wrapping ErrUnknown. Text over 4096 bytes is
// refused with ErrTooLong. lang breaks ties between misspelling matches.
func ParseDocument(s string, tag language.Tag) (Document, error) {
	const fn = "ParseDocument"
	if len(s) > maxInput {
		return Document{}, newParseError(fn, s, 0, ErrTooLong)
	}
	l := lang.Of(tag)
	ws := words(s)
	// Which words are inside brackets.
	inside := make([]bool, len(ws))
	depth, wi := 0, 0
	for i := 0; i < len(s) && wi < len(ws); {
		if i == ws[wi].start {
			inside[wi] = depth > 0
			i = ws[wi].end
			wi++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
		i += size
	}
	var d Document
	var bracketKind Kind
	used := make([]bool, len(ws))
	kv := kindVocab()
	for i := 0; i < len(ws); {
		k := ws[i].key
		if phaseWords[k] && i+1 < len(ws) {
			j := i + 1
			if ws[j].key == "ke" && j+1 < len(ws) {
				j++
			}
			if n, ok := phaseNumber(ws[j].key); ok {
				d.Phase = n
				for x := i; x <= j; x++ {
					used[x] = true
				}
				i = j + 1
				continue
			}
		}
		n, e := kv.match(ws, i, l, false)
		if e == nil && len(k) >= 5 {
			n, e = kv.match(ws, i, l, true)
		}
		if e != nil {
			kind := Kind(e.vals[0])
			// "Addendum I", "Amandemen Kedua": the number of an addendum
			// is its phase.
			if kind == KindAddendum && d.Phase == 0 && i+n < len(ws) && !inside[i+n] {
				if p, ok := phaseNumber(ws[i+n].key); ok {
					d.Phase = p
					used[i+n] = true
				}
			}
			if inside[i] {
				if bracketKind == 0 {
					bracketKind = kind
				}
			} else if d.Kind == 0 {
				d.Kind = kind
			} else if kind != d.Kind && bracketKind == 0 {
				bracketKind = kind // "Adendum PKS": an addendum to a PKS
			}
			for x := i; x < i+n; x++ {
				used[x] = true
			}
			i += n
			continue
		}
		i++
	}
	switch {
	case d.Kind == 0:
		d.Kind = bracketKind
	case bracketKind != d.Kind:
		d.Series = bracketKind
	}
	// The name: the unused words, as one phrase.
	var rest []word
	first, last := -1, -1
	for i, w := range ws {
		if !used[i] {
			rest = append(rest, word{key: w.key, start: w.start, end: w.end})
		}
	}
	// Function words around the name ("LoI on Friendship Cooperation",
	// "MoU tentang Kerja Sama Pendidikan dan") are not part of it.
	for len(rest) > 0 && nameEdgeWords[rest[0].key] {
		rest = rest[1:]
	}
	for len(rest) > 0 && nameEdgeWords[rest[len(rest)-1].key] {
		rest = rest[:len(rest)-1]
	}
	if len(rest) > 0 {
		first, last = rest[0].start, rest[len(rest)-1].end
	}
	if len(rest) > 0 {
		nv := nameVocab()
		if n, e := nv.match(rest, 0, l, false); e != nil && n == len(rest) {
			d.Name = knownNames[e.vals[0]]
		} else if n, e := nv.match(rest, 0, l, true); e != nil && n == len(rest) {
			d.Name = knownNames[e.vals[0]]
		} else {
			d.Name = strings.Trim(s[first:last], " ()[]{}-–,;:")
		}
		if t, err := ParseType(d.Name); err == nil {
			d.Type = t
		}
	}
	if d.Kind == 0 {
		d.Name = strings.TrimSpace(s)
		if d.Name == "" {
			return d, nil
		}
		return d, newParseError(fn, s, 0, ErrUnknown)
	}
	return d, nil
}
