package agreement

import (
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/internal/typo"
)

// This file holds the tolerant matcher behind ParseSectors and
// ParseDocument. It reads free text the way registers write it:
//
//  1. The text is cut into words (runs of letters and digits) and each word
//     is reduced to a key: fold.Key (case, accents, punctuation) followed by
//     the skeleton rules kh→k, dj→j, tj→c, which undo the commonest
//     Indonesian misspellings and old spellings ("Tekhnologi", "Djakarta").
//  2. Hard separators (, ; / & + | : brackets, bullets, line breaks) end a
//     phrase; connectives (dan, serta, and, atau, or, maupun, dengan) end a
//     phrase too unless an alias contains them ("ilmu pengetahuan dan
//     teknologi").
//  3. At each word the longest run of words (up to the longest alias) that
//     equals an alias key is taken. Otherwise a filler word ("bidang",
//     "sektor", "lainnya", …), a number or a single letter (list markers)
//     is skipped. Otherwise the longest run whose key
//     is within a bounded edit distance of exactly one sector's alias is
//     taken: the bound is 0 for keys under 5 bytes, 1 under 9 and 2 from 9
//     (optimal string alignment distance: insertions, deletions,
//     substitutions and swaps of two neighbours). A tie between different
//     sectors is broken in favour of the alias written in the caller's
//     language; a remaining tie matches nothing.
//  4. Words that match nothing are gathered into pieces (a run of words
//     between separators) and reported with their byte offsets; nothing is
//     dropped silently.

// maxPhraseWords caps the number of words in an alias phrase.
const maxPhraseWords = 12

// connectives join items of a list.
var connectives = map[string]bool{
	"dan": true, "serta": true, "and": true, "atau": true, "or": true,
	"maupun": true, "dengan": true, "with": true, "juga": true, "n": true,
}

// fillers are words that name no sector and carry nothing a register needs.
var fillers = map[string]bool{
	"bidang": true, "bidangnya": true, "sektor": true, "sektoral": true, "urusan": true,
	"masalah": true, "isu": true, "hal": true, "dalam": true, "di": true, "pada": true,
	"yang": true, "lain": true, "lainnya": true, "dll": true, "dsb": true, "dst": true,
	"etc": true, "antara": true, "meliputi": true, "termasuk": true, "including": true,
	"seperti": true, "such": true, "as": true, "field": true, "fields": true,
	"sector": true, "sectors": true, "area": true, "areas": true, "of": true, "the": true,
	"in": true, "on": true, "kerja": true, "sama": true, "kerjasama": true,
	"cooperation": true, "pengembangan": true, "peningkatan": true, "pembangunan": true,
	"development": true, "program": true, "kegiatan": true, "aspek": true,
	"terkait": true, "mengenai": true, "tentang": true, "bagi": true, "untuk": true,
	"for": true, "other": true, "others": true, "lapangan": true, "sebagainya": true,
	"bidangbidang": true, "berbagai": true, "various": true, "promosi": true, "promotion": true, "menengah": true, "umum": true,
	// The catch-all that closes lists of fields in cooperation documents:
	// "bidang-bidang lain yang disetujui kedua belah pihak" (SE Mendagri
	// 193/1652/PUOD of 1993 as quoted by kerjasama.bandung.go.id),
	// "bidang lainnya yang disepakati", "other fields mutually agreed by
	// both parties"; and the words that only say what is done in a field
	// ("pertukaran pemuda", "penanganan penyakit menular",
	// "penyelenggaraan perparkiran").
	"disetujui": true, "disepakati": true, "kedua": true, "belah": true, "pihak": true, "para": true,
	"sesuai": true, "kesepakatan": true, "mutually": true, "agreed": true, "both": true, "parties": true,
	"by": true, "dipersetujui": true, "pertukaran": true, "exchange": true, "penanganan": true,
	"penyelenggaraan": true,
}

// realWords are words of the languages read that name no sector and are
// within the edit bound of an alias of one: they are words, not
// misspellings ("perencanaan", planning, is two edits from "kebencanaan",
// disaster management), so the tolerance for misspellings (typo.Tolerance
// with known) leaves them alone and they are reported as unknown.
var realWords = map[string]bool{
	"perencanaan": true, "perancangan": true, "planning": true, "pencanaan": true,
	"berbasis": true, "pengajaran": true, "pengabdian": true, "kelembagaan": true,
}

// multiSector aliases name more than one sector at once.
var multiSector = map[string][]Sector{
	"sosbud":                  {SectorSocial, SectorCulture},
	"sosial budaya":           {SectorSocial, SectorCulture},
	"social and cultural":     {SectorSocial, SectorCulture},
	"sosek":                   {SectorSocial, SectorEconomy},
	"sosial ekonomi":          {SectorSocial, SectorEconomy},
	"socio economic":          {SectorSocial, SectorEconomy},
	"dikbud":                  {SectorEducation, SectorCulture},
	"pemuda dan olahraga":     {SectorYouth, SectorSport},
	"kepemudaan dan olahraga": {SectorYouth, SectorSport},
	"youth and sport":         {SectorYouth, SectorSport},
	"belia dan sukan":         {SectorYouth, SectorSport},
	"pupr":                    {SectorPublicWorks, SectorSpatialPlanning},
	// "pembangunan perkotaan dan daerah" (Jawa Tengah–Queensland, 1991):
	// urban and regional development.
	"perkotaan dan daerah":                 {SectorUrbanAffairs, SectorSpatialPlanning},
	"urban and regional development":       {SectorUrbanAffairs, SectorSpatialPlanning},
	"pembangunan perkotaan dan daerah":     {SectorUrbanAffairs, SectorSpatialPlanning},
	"ekonomi berbasis masyarakat":          {SectorEconomy, SectorCommunityEmpowerment},
	"ekonomi kerakyatan":                   {SectorEconomy, SectorCommunityEmpowerment},
	"community based economic development": {SectorEconomy, SectorCommunityEmpowerment},
	"community based economy":              {SectorEconomy, SectorCommunityEmpowerment},
	"pekerjaan umum dan penataan ruang":    {SectorPublicWorks, SectorSpatialPlanning},
}

// entry is one alias of the vocabulary.
type entry struct {
	key     string
	mask    uint64 // letters and digits present in key, see charMask
	words   int
	vals    []uint8   // the values named (sectors, kinds, …)
	lang    lang.Lang // language of the alias; used only to break fuzzy ties
	anyLang bool      // alias not tied to one language
}

type vocabulary struct {
	exact   map[string]*entry
	byWords [maxPhraseWords + 1][]*entry
	longest int

	// near caches the results of nearest by language and key, up to
	// maxNearCache entries: registers repeat their misspellings.
	near      sync.Map // nearKey → *entry (nil when nothing is near)
	nearCount atomic.Int64
}

type nearKey struct {
	key  string
	lang lang.Lang
}

const maxNearCache = 1 << 16

// add adds the alias name for vals to v; l is its language unless any.
func (v *vocabulary) add(name string, vals []uint8, l lang.Lang, any bool) {
	k := skeleton(fold.Key(name))
	if k == "" {
		return
	}
	if old, ok := v.exact[k]; ok {
		if !equalVals(old.vals, vals) {
			panic(fmt.Sprintf("agreement: alias %q names both %v and %v", name, old.vals, vals))
		}
		return
	}
	n := strings.Count(k, " ") + 1
	if n > maxPhraseWords {
		panic("agreement: alias too long: " + name)
	}
	e := &entry{key: k, mask: charMask(k), words: n, vals: vals, lang: l, anyLang: any}
	v.exact[k] = e
	v.byWords[n] = append(v.byWords[n], e)
	v.longest = max(v.longest, n)
}

// newVocabulary builds the matcher vocabulary of an enumeration table.
func newVocabulary(t *table) *vocabulary {
	v := &vocabulary{exact: make(map[string]*entry)}
	for i := 1; i < len(t.labels); i++ {
		l := t.labels[i]
		vals := []uint8{uint8(i)}
		v.add(l.id, vals, lang.Indonesian, false)
		v.add(l.ms, vals, lang.Malay, false)
		v.add(l.en, vals, lang.English, false)
		v.add(l.ident, vals, lang.English, false)
		for _, a := range l.alias {
			v.add(a, vals, 0, true)
		}
	}
	return v
}

var sectorVocab = sync.OnceValue(func() *vocabulary {
	v := newVocabulary(sectorTable)
	for k, ss := range multiSector {
		vals := make([]uint8, len(ss))
		for i, s := range ss {
			vals[i] = uint8(s)
		}
		v.add(k, vals, 0, true)
	}
	return v
})

func equalVals(a, b []uint8) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// skeleton applies the spelling rules of step 1 to a fold key.
func skeleton(k string) string {
	if !strings.Contains(k, "kh") && !strings.Contains(k, "dj") && !strings.Contains(k, "tj") {
		return k
	}
	return skeletonReplacer.Replace(k)
}

var skeletonReplacer = strings.NewReplacer("kh", "k", "dj", "j", "tj", "c")

// word is one word of the input: its key and where it is in the input.
type word struct {
	key        string
	start, end int  // byte offsets in the input
	breakAfter bool // a hard separator follows
}

// isHard reports whether r ends a phrase.
func isHard(r rune) bool {
	switch r {
	case ',', ';', '/', '&', '+', '|', ':', '(', ')', '[', ']', '{', '}', '\n', '\r',
		'•', '·', '●', '▪', '‣', '∙', '*', '、', '，', '；':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		r == '\'' || r == '’' || r == 'ʼ'
}

// words cuts s into words. Invalid UTF-8 is a soft separator.
func words(s string) []word {
	var ws []word
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && isWordRune(r) {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			if k := skeleton(fold.Key(s[start:i])); k != "" {
				ws = append(ws, word{key: k, start: start, end: i})
			}
			start = -1
		}
		if isHard(r) && len(ws) > 0 {
			ws[len(ws)-1].breakAfter = true
		}
		i += size
	}
	if start >= 0 {
		if k := skeleton(fold.Key(s[start:])); k != "" {
			ws = append(ws, word{key: k, start: start, end: len(s)})
		}
	}
	return ws
}

// A Piece is a part of a free-text list that the parser could not
// recognise, kept as written.
type Piece struct {
	Text   string // the words as written in the input
	Offset int    // byte offset of Text in the input
}

// A SectorError lists the pieces of a sector list that name no known
// sector. It wraps ErrUnknown. The sectors that were recognised are
// returned alongside it.
type SectorError struct {
	Input   string  // the text given (cut to 200 bytes)
	Unknown []Piece // the unrecognised pieces, in order
}

// Error lists the unrecognised pieces with their offsets.
func (e *SectorError) Error() string {
	var b strings.Builder
	b.WriteString("agreement.ParseSectors: unrecognised ")
	for i, p := range e.Unknown {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q (at offset %d)", p.Text, p.Offset)
	}
	return b.String()
}

// Unwrap returns ErrUnknown.
func (e *SectorError) Unwrap() error { return ErrUnknown }

// Texts returns the text of every unrecognised piece.
func (e *SectorError) Texts() []string {
	t := make([]string, len(e.Unknown))
	for i, p := range e.Unknown {
		t[i] = p.Text
	}
	return t
}

// ParseSectors reads a free-text list of sectors as registers write it:
// "Ekonomi, Pariwisata, Iptek Pendidikan dan Budaya", "Invenstasi,
// Perdagangan, Pariwisata", "Ekonomi Lingkungan Tekhniogi Informasi dan
// Biotekhnologi", in Indonesian, Malay or English, with or without commas.
// It returns the sectors in the order they first appear, each once.
//
// Words it cannot recognise are returned in a *SectorError (wrapping
// ErrUnknown) together with the sectors it did recognise, so a caller can
// keep both. The matching rules, including the tolerance for misspellings,
// are described in the package documentation. Aliases of all three
// languages are always accepted; lang only breaks a tie between two
// misspelling matches (unsupported tags count as English). Text over 4096
// bytes is refused with a *ParseError wrapping ErrTooLong.
func ParseSectors(text string, tag language.Tag) ([]Sector, error) {
	if len(text) > maxInput {
		return nil, newParseError("ParseSectors", text, 0, ErrTooLong)
	}
	m := matchList(text, lang.Of(tag))
	if len(m.unknown) > 0 {
		in := text
		if len(in) > 200 {
			in = in[:200]
		}
		return m.sectors, &SectorError{Input: in, Unknown: m.unknown}
	}
	return m.sectors, nil
}

type listMatch struct {
	sectors []Sector
	unknown []Piece
}

func matchList(text string, l lang.Lang) listMatch {
	vals, unknown := sectorVocab().matchAll(text, l)
	return toListMatch(vals, unknown)
}

// matchExact reads the sectors named exactly (no misspellings) in free
// text, such as a sentence saying what is done under an agreement; the
// words that name no sector are not reported.
//
// Only aliases of every language and the names in l and English count:
// "tenaga" is energy in Malay but the workforce in Indonesian ("tenaga
// pendidik").
func matchExact(text string, l lang.Lang) []Sector {
	vals, _ := sectorVocab().matchAllExact(text, l)
	return toListMatch(vals, nil).sectors
}

func toListMatch(vals []uint8, unknown []Piece) listMatch {
	m := listMatch{unknown: unknown}
	if len(vals) > 0 {
		m.sectors = make([]Sector, len(vals))
		for i, v := range vals {
			m.sectors[i] = Sector(v)
		}
	}
	return m
}

// matchAll reads text as a list of values of the vocabulary (steps 1–4
// above) and returns them in order of first appearance, each once, with
// the pieces that matched nothing.
func (v *vocabulary) matchAll(text string, l lang.Lang) (vals []uint8, unknown []Piece) {
	return v.matchWords(text, l, true)
}

// matchAllExact is matchAll without step 3's tolerance for misspellings,
// and with only the names of l and English besides the aliases.
func (v *vocabulary) matchAllExact(text string, l lang.Lang) (vals []uint8, unknown []Piece) {
	return v.matchWords(text, l, false)
}

func (v *vocabulary) matchWords(text string, l lang.Lang, fuzzy bool) (vals []uint8, unknown []Piece) {
	ws := words(text)
	var seen [256]bool
	add := func(xs []uint8) {
		for _, x := range xs {
			if !seen[x] {
				seen[x] = true
				vals = append(vals, x)
			}
		}
	}
	pieceStart, pieceEnd := -1, -1
	flush := func() {
		if pieceStart >= 0 {
			unknown = append(unknown, Piece{Text: text[pieceStart:pieceEnd], Offset: pieceStart})
			pieceStart, pieceEnd = -1, -1
		}
	}
	for i := 0; i < len(ws); {
		n, e := v.match(ws, i, l, false)
		if e != nil && !fuzzy && !e.anyLang && e.lang != l && e.lang != lang.English {
			e = nil
		}
		if e != nil {
			flush()
			add(e.vals)
			i += n
			continue
		}
		k := ws[i].key
		if connectives[k] || fillers[k] || isListMarker(k) {
			flush()
			i++
			continue
		}
		if n, e := v.match(ws, i, l, true); fuzzy && e != nil {
			flush()
			add(e.vals)
			i += n
			continue
		}
		if pieceStart < 0 {
			pieceStart = ws[i].start
		}
		pieceEnd = ws[i].end
		if ws[i].breakAfter {
			flush()
		}
		i++
	}
	flush()
	return vals, unknown
}

// match finds the longest phrase starting at ws[i] that is an alias
// (fuzzy false) or within the edit bound of exactly one sector set (fuzzy
// true), and returns its length in words and its entry.
func (v *vocabulary) match(ws []word, i int, l lang.Lang, fuzzy bool) (int, *entry) {
	limit := 0
	for j := i; j < len(ws) && limit < v.longest; j++ {
		limit++
		if ws[j].breakAfter {
			break
		}
	}
	var b strings.Builder
	for n := limit; n >= 1; n-- {
		last := ws[i+n-1].key
		if n > 1 && (connectives[last] || connectives[ws[i].key]) {
			continue
		}
		b.Reset()
		for j := i; j < i+n; j++ {
			if j > i {
				b.WriteByte(' ')
			}
			b.WriteString(ws[j].key)
		}
		k := b.String()
		if !fuzzy {
			if e, ok := v.exact[k]; ok {
				return n, e
			}
			continue
		}
		if hasNumber(ws[i : i+n]) {
			continue // no alias has digits: "Pendidkan 2" cannot be near one
		}
		if e := v.nearestCached(k, n, l); e != nil {
			return n, e
		}
	}
	return 0, nil
}

// hasNumber reports whether one of ws is a number.
func hasNumber(ws []word) bool {
	for _, w := range ws {
		if w.key != "" && w.key[0] >= '0' && w.key[0] <= '9' && isListMarker(w.key) {
			return true
		}
	}
	return false
}

// isListMarker reports whether k is a number or a single letter, as in
// numbered lists ("1. Pendidikan 2. Kesehatan", "a) …").
func isListMarker(k string) bool {
	if len(k) == 1 {
		return true
	}
	for i := 0; i < len(k); i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
	}
	return true
}

// nearestCached is nearest with the vocabulary's cache.
func (v *vocabulary) nearestCached(k string, n int, l lang.Lang) *entry {
	nk := nearKey{k, l}
	if e, ok := v.near.Load(nk); ok {
		return e.(*entry)
	}
	e := v.nearest(k, n, l)
	if v.nearCount.Load() < maxNearCache {
		if _, loaded := v.near.LoadOrStore(nk, e); !loaded {
			v.nearCount.Add(1)
		}
	}
	return e
}

// charMask returns the set of bytes of k, folded into 64 bits (a–z, 0–9,
// space, and one bit for anything else).
func charMask(k string) uint64 {
	var m uint64
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c >= 'a' && c <= 'z':
			m |= 1 << (c - 'a')
		case c >= '0' && c <= '9':
			m |= 1 << (26 + c - '0')
		case c == ' ':
			m |= 1 << 36
		default:
			m |= 1 << 37
		}
	}
	return m
}

// nearest returns the alias of n words nearest to k within the edit bound,
// or nil when there is none or the nearest ones disagree.
//
// Two filters avoid most distance computations: the lengths may differ by
// at most the bound, and since one edit adds or removes at most two
// characters from the set of characters a key uses, keys whose sets differ
// in more than twice the bound cannot be near.
func (v *vocabulary) nearest(k string, n int, l lang.Lang) *entry {
	_, known := v.exact[k]
	known = known || realWords[k]
	bound := typo.Tolerance(k, known)
	if bound == 0 {
		return nil
	}
	km := charMask(k)
	var best []*entry
	bestD := bound + 1
	for _, e := range v.byWords[n] {
		if d := len(e.key) - len(k); d > bound || -d > bound {
			continue
		}
		if typo.Bound(e.key) == 0 || bits.OnesCount64(km^e.mask) > 2*bound {
			continue
		}
		d := typo.Distance(k, e.key, bestD)
		switch {
		case d > bound || d > bestD:
			continue
		case d < bestD:
			bestD, best = d, append(best[:0], e)
		case d == bestD:
			best = append(best, e)
		}
	}
	if len(best) == 0 {
		return nil
	}
	agree := func(es []*entry) bool {
		for _, e := range es[1:] {
			if !equalVals(e.vals, es[0].vals) {
				return false
			}
		}
		return true
	}
	if agree(best) {
		return best[0]
	}
	var mine []*entry
	for _, e := range best {
		if !e.anyLang && e.lang == l {
			mine = append(mine, e)
		}
	}
	if len(mine) > 0 && agree(mine) {
		return mine[0]
	}
	return nil
}
