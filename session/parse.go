package session

import (
	"errors"
	"fmt"
	"slices"
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
// A title that numbers another kind of event is not a session's: "Pekan
// Olahraga Sosek Malindo ke-22" is the 22nd sports week of the Sanggau –
// Serian district forum, "Sukan Borneo ke-2" the second Borneo Games,
// "HUT ke-78" an anniversary. ParseTitle refuses them with ErrNotSession
// rather than read them as session 22, 2 or 78: the nearest word that
// heads the number (before "ke-22", after "22nd") names an event that is
// not a meeting (pekan olahraga, sukan, HUT, festival, Titian Muhibah,
// …), where a session's title has a session word (sidang, persidangan,
// mesyuarat, pertemuan, rapat, session, meeting) or none ("Sosek Malindo
// ke-38"). Such events are not modelled: record them, if at all, in a
// Note. A title that names the district level ("Tingkat Kabupaten",
// "Peringkat Daerah", "Peringkat Bahagian") and no border pair is of
// level District.
//
// Errors are *ParseError values wrapping ErrSyntax (no number, not the
// title of a forum of the GBC hierarchy, or, with ErrNotSession, the
// number of another kind of event) or ErrTooLarge (over MaxTitle bytes).
func ParseTitle(s string) (Ref, error) {
	fail := func(off int, err error, msg string) (Ref, error) {
		return Ref{}, &ParseError{Input: s, Offset: int64(off), Line: 1, Column: off + 1, Err: fmt.Errorf("%w: %s", err, msg)}
	}
	if len(s) > MaxTitle {
		return fail(MaxTitle, ErrTooLarge, fmt.Sprintf("title longer than %d bytes", MaxTitle))
	}
	key := " " + fold.Key(s) + " "
	if kind, ok := eventKind(key); ok {
		return Ref{}, &ParseError{Input: s, Line: 1, Column: 1, Err: fmt.Errorf("%w: %w: the number is that of %s, not of a session", ErrSyntax, ErrNotSession, kind)}
	}
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
		} else if containsAny(key, districtWords) {
			ref.Level = District
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

// ErrNotSession means that a title numbers an event that is not a
// session of a forum: a sports week, games, an anniversary, a festival
// ("Pekan Olahraga Sosek Malindo ke-22", "Sukan Borneo ke-2", "HUT ke-78").
// ParseTitle wraps it together with ErrSyntax.
var ErrNotSession = errors.New("not a session")

// districtWords are the folded, space-padded words by which a title names
// the district level when it names no border pair.
var districtWords = []string{" tingkat kabupaten ", " tingkat distrik ", " tingkat kecamatan ", " peringkat daerah ", " peringkat bahagian "}

// sessionHeads and eventHeads are the folded words that head a numbered
// event: a session ("Sidang ke-36", "38th … Meeting") or an event of
// another kind ("Pekan Olahraga … ke-22", "22nd … Sports Week"). The
// description of an event kind is what ParseTitle's error says.
var (
	sessionHeads = []string{"sidang", "persidangan", "mesyuarat", "pertemuan", "rapat", "session", "meeting", "conference", "konferensi", "pleno", "plenary"}
	eventHeads   = map[string]string{
		"pekan olahraga": "a sports week", "pesta olahraga": "a sports week", "olahraga": "a sports event", "porseni": "a sports and arts week",
		"sukan": "games", "temasya sukan": "games", "kejohanan": "a championship", "games": "games", "sports": "a sports event",
		"turnamen": "a tournament", "tournament": "a tournament", "pertandingan": "a competition", "lomba": "a competition", "perlombaan": "a competition",
		"hut": "an anniversary", "hari ulang tahun": "an anniversary", "ulang tahun": "an anniversary", "hari jadi": "an anniversary",
		"anniversary": "an anniversary", "dirgahayu": "an anniversary", "hari kebangsaan": "a national day", "hari kemerdekaan": "a national day",
		"festival": "a festival", "pesta": "a festival", "karnival": "a carnival", "karnaval": "a carnival", "pameran": "an exhibition",
		"expo": "an exhibition", "ekspo": "an exhibition", "titian muhibah": "a goodwill evening (Titian Muhibah)",
		"titian muhibbah": "a goodwill evening (Titian Muhibah)", "jambore": "a jamboree", "gawai": "a festival",
	}
)

// eventKind reports whether the first ordinal of the folded, space-padded
// key numbers an event that is not a session, and which kind: the nearest
// head word before "ke N" (Indonesian and Malay put the number after the
// event: "Pekan Olahraga Sosek Malindo ke-22"), or after "22nd" (English
// puts it before: "22nd Sosek Malindo Sports Week"), is an event word
// rather than a session word. A number with no head word ("Sosek Malindo
// ke-38") is a session's.
func eventKind(key string) (string, bool) {
	ws := strings.Fields(key)
	at, english := -1, false
	for i, w := range ws {
		if w == "ke" && i+1 < len(ws) && isDigits(ws[i+1]) {
			at = i
			break
		}
		if n := len(w); n > 2 && isDigits(w[:n-2]) && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")) {
			at, english = i, true
			break
		}
	}
	if at < 0 {
		return "", false
	}
	head := func(j int) (string, bool, bool) { // kind, event, found: the head word ending at word j
		for n := 3; n >= 1; n-- {
			if j-n+1 < 0 {
				continue
			}
			p := strings.Join(ws[j-n+1:j+1], " ")
			if kind, ok := eventHeads[p]; ok {
				return kind, true, true
			}
			if n == 1 && slices.Contains(sessionHeads, p) {
				return "", false, true
			}
		}
		return "", false, false
	}
	if english {
		for j := at + 1; j < len(ws); j++ {
			if kind, event, ok := head(j); ok {
				return kind, event
			}
		}
	}
	for j := at - 1; j >= 0; j-- {
		if kind, event, ok := head(j); ok {
			return kind, event
		}
	}
	return "", false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func containsAny(key string, words []string) bool {
	for _, w := range words {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
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
