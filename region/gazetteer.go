package region

import (
	"cmp"
	"errors"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/internal/typo"
	"golang.org/x/text/language"
)

// A Gazetteer answers questions about regions: the embedded reference data
// with, layered over it, the regions a user defines (foreign local
// governments and any other region missing from the embedded data).
//
// The zero Gazetteer is ready to use and holds the embedded data only. A
// Gazetteer must not be copied after first use; share a pointer.
// Every method is safe for concurrent use, including Define while others
// read: readers see a definition either wholly or not at all.
//
// The package-level functions (Lookup, Find, Search, …) use Default.
type Gazetteer struct {
	mu   sync.Mutex            // serialises Define
	user atomic.Pointer[table] // the user's regions; nil until the first Define
}

var std Gazetteer

// Default returns the gazetteer the package-level functions and
// Region.UnmarshalText use. Regions defined in it are visible to the whole
// program, as mime.AddExtensionType is; a program that wants its own set of
// definitions uses a Gazetteer of its own.
func Default() *Gazetteer { return &std }

// layers returns the embedded table and the user table (possibly nil).
func (g *Gazetteer) layers() (*table, *table) { return base(), g.user.Load() }

// at returns region i of the combined index space: the embedded regions
// first, then the user's.
func at(b, u *table, i int32) Region {
	if int(i) < len(b.regions) {
		return b.regions[i]
	}
	return u.regions[int(i)-len(b.regions)]
}

// Lookup returns the region with the given code: a Kemendagri code ("61",
// "61.03", "61.03.21"), an ISO 3166-2 code ("ID-KB", "MY-13", "KR-28"), an
// ISO 3166-1 alpha-2 or alpha-3 country code ("MY", "MYS"; alpha-3 only for
// the countries of data/countries.csv), or a code of this package
// ("MY-13.01", "SE/timra"). Surrounding space and the case of the letters do
// not matter.
func (g *Gazetteer) Lookup(code string) (Region, bool) { return g.lookup(quick(), code) }

// lookup is Lookup in the embedded table b, whole or the core: the codes
// of the core are those of the whole but the districts', which are
// Kemendagri codes of three parts.
func (g *Gazetteer) lookup(b *table, code string) (Region, bool) {
	u := g.user.Load()
	if p, r, d, ok := kemendagri(code); ok {
		return byNum(b, p, r, d)
	}
	norm := strings.TrimSpace(code)
	// A Kemendagri code has no letters, so only letter codes in another
	// case than the index's take this path.
	var buf [32]byte
	if nb, changed := normalCode(&buf, norm); changed {
		if i, ok := b.byCode[string(nb)]; ok {
			return b.regions[i], true
		}
		if u != nil {
			if i, ok := u.byCode[string(nb)]; ok {
				return u.regions[i], true
			}
		}
	}
	// A code already in normal form, or a user-defined code as written.
	if p, r, d, ok := kemendagri(norm); ok {
		return byNum(b, p, r, d)
	}
	if i, ok := b.byCode[norm]; ok {
		return b.regions[i], true
	}
	if u != nil {
		if i, ok := u.byCode[norm]; ok {
			return u.regions[i], true
		}
		if norm != code {
			if i, ok := u.byCode[code]; ok { // a user code with its spaces
				return u.regions[i], true
			}
		}
	}
	return Region{}, false
}

// normalCode writes code into buf in the form codes are indexed in:
// letters before any slash upper-case, letters after it lower-case. It
// reports whether that changed anything; a code longer than buf is left
// as it is (changed is false).
func normalCode(buf *[32]byte, code string) (_ []byte, changed bool) {
	if len(code) > len(buf) {
		return nil, false
	}
	slash := false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case c == '/':
			slash = true
		case !slash && 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
			changed = true
		case slash && 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			changed = true
		}
		buf[i] = c
	}
	return buf[:len(code)], changed
}

// kemendagri reads a Kemendagri code "61", "61.03" or "61.03.21" into its
// components (0 for a missing one). Components are two digits, never 00.
func kemendagri(s string) (p, r, d int, ok bool) {
	if len(s) != 2 && len(s) != 5 && len(s) != 8 {
		return 0, 0, 0, false
	}
	var c [3]int
	for i, j := 0, 0; i < len(s); i, j = i+3, j+1 {
		if i > 0 && s[i-1] != '.' {
			return 0, 0, 0, false
		}
		a, b := s[i]-'0', s[i+1]-'0'
		if a > 9 || b > 9 || a == 0 && b == 0 {
			return 0, 0, 0, false
		}
		c[j] = int(a)*10 + int(b)
	}
	return c[0], c[1], c[2], true
}

// isDistrictCode reports whether s is the Kemendagri code of a district
// ("61.03.21").
func isDistrictCode(s string) bool {
	_, _, d, ok := kemendagri(s)
	return ok && d != 0
}

// byNum returns the region of Kemendagri code p.r.d from b, or from the
// whole table for a district when b is the core.
func byNum(b *table, p, r, d int) (Region, bool) {
	if d != 0 && b.partial {
		b = base()
	}
	if i := b.num.get(p, r, d); i >= 0 {
		return b.regions[i], true
	}
	return Region{}, false
}

// A numIndex finds Indonesian regions by the components of their
// Kemendagri code with array look-ups only: provinces by number, regencies
// by province·100+regency, districts in a block of 100 per regency.
type numIndex struct {
	prov  [100]int32
	reg   [100 * 100]int32 // province·100+regency → region index, or -1
	block [100 * 100]int32 // province·100+regency → start of its district block in dist, or -1
	dist  []int32
}

func newNumIndex() *numIndex {
	n := new(numIndex)
	for i := range n.prov {
		n.prov[i] = -1
	}
	for i := range n.reg {
		n.reg[i] = -1
		n.block[i] = -1
	}
	return n
}

// put records region i under code s, if s is a Kemendagri code.
func (n *numIndex) put(s string, i int32) {
	p, r, d, ok := kemendagri(s)
	switch {
	case !ok:
	case r == 0:
		n.prov[p] = i
	case d == 0:
		n.reg[p*100+r] = i
	default:
		b := n.block[p*100+r]
		if b < 0 {
			b = int32(len(n.dist))
			n.block[p*100+r] = b
			for range 100 {
				n.dist = append(n.dist, -1)
			}
		}
		n.dist[b+int32(d)] = i
	}
}

// get returns the index of the region with code p.r.d, or -1.
func (n *numIndex) get(p, r, d int) int32 {
	switch {
	case r == 0:
		return n.prov[p]
	case d == 0:
		return n.reg[p*100+r]
	}
	b := n.block[p*100+r]
	if b < 0 {
		return -1
	}
	return n.dist[b+int32(d)]
}

// A cand is a region found for a name, with how well it matched.
type cand struct {
	i    int32
	tier uint8
}

// levelMask is a set of levels.
type levelMask uint32

const allLevels levelMask = 1<<numLevels - 2

func maskOf(ls ...Level) levelMask {
	var m levelMask
	for _, l := range ls {
		m |= 1 << l
	}
	return m
}

func (m levelMask) has(l Level) bool { return m&(1<<l) != 0 }

// affixIndex lists the affixes by their first word and by their last
// word, each list in the order of affixes, so that a name is compared only
// with the affixes that may begin or end it.
var affixIndex = sync.OnceValue(func() (idx struct{ first, last map[string][]affix }) {
	idx.first, idx.last = map[string][]affix{}, map[string][]affix{}
	for _, a := range affixes() {
		f, l := a.word, a.word
		if i := strings.IndexByte(f, ' '); i >= 0 {
			f = f[:i]
		}
		if i := strings.LastIndexByte(l, ' '); i >= 0 {
			l = l[i+1:]
		}
		idx.first[f] = append(idx.first[f], a)
		idx.last[l] = append(idx.last[l], a)
	}
	return idx
})

// prefixAffixes returns the affixes that may begin the folded name k:
// those whose first word is k's first word.
func prefixAffixes(k string) []affix {
	if i := strings.IndexByte(k, ' '); i > 0 {
		return affixIndex().first[k[:i]]
	}
	return nil
}

// suffixAffixes returns the affixes that may end k.
func suffixAffixes(k string) []affix {
	if i := strings.LastIndexByte(k, ' '); i >= 0 && i < len(k)-1 {
		return affixIndex().last[k[i+1:]]
	}
	return nil
}

// affixes are the words written before (or, in English, after) a name to
// give its level or the government of the region, folded, longest first.
// They are built on first use, so that importing the package costs nothing.
var affixes = sync.OnceValue(func() []affix {
	a := []affix{
		{"pemerintah provinsi", maskOf(Province)},
		{"pemerintah propinsi", maskOf(Province)},
		{"pemerintah kabupaten", maskOf(Regency)},
		{"pemerintah kota", maskOf(City)},
		{"pemerintah daerah", allLevels},
		{"pemerintah negeri", maskOf(State)},
		{"kerajaan negeri", maskOf(State)},
		{"pemerintah", allLevels},
		{"pemprov", maskOf(Province)},
		{"pemprop", maskOf(Province)},
		{"pemkab", maskOf(Regency)},
		{"pemkot", maskOf(City)},
		{"pemda", allLevels},
		{"kabupaten administrasi", maskOf(Regency)},
		{"kota administrasi", maskOf(City)},
		{"wilayah persekutuan", maskOf(FederalTerritory)},
		{"federal territory of", maskOf(FederalTerritory)},
		{"federal territory", maskOf(FederalTerritory)},
		{"province of", maskOf(Province)},
		{"state of", maskOf(State)},
		{"city of", maskOf(City)},
		{"negara bagian", maskOf(State)},
		{"republik", maskOf(Country)},
		{"republic of", maskOf(Country)},
		{"wilayah", maskOf(Province, State, FederalTerritory, ForeignRegion)},
		// Malaysian local authorities: a city council ("Majlis Bandaraya
		// Kuching Selatan", "Dewan Bandaraya Kuching Utara", "Bandaraya
		// Miri", "Kuching South City Council") or a municipal council
		// ("Majlis Perbandaran Sibu", "Sibu Municipal Council").
		// The towns of data/my-towns.csv with such a council are towns
		// here (they share their division's name), so the words take
		// towns too.
		{"majlis bandaraya", maskOf(City, Town)},
		{"dewan bandaraya", maskOf(City, Town)},
		{"bandaraya", maskOf(City, Town)},
		{"majlis perbandaran", maskOf(City, Town)},
		{"city council", maskOf(City, Town, ForeignRegion)},
		{"municipal council", maskOf(City, Town, ForeignRegion)},
		// Malay "Daerah Lundu" (a district of a Malaysian state).
		{"daerah", maskOf(District, Town, Division, Regency, City)},
		// Indonesian news writes a Sarawak division as "Distrik Serian"
		// (kabar.sanggau.go.id, 2023); in Papua distrik is a kecamatan.
		{"distrik", maskOf(District, Division)},
	}
	// The words of partner countries for their own levels, written after
	// the name in romanised names ("Gyeonggi-do", "Guangxi Zhuangzu
	// Zizhiqu", "Busan Metropolitan City", "Aichi-ken"): Korean do
	// (province), si (city), gun (county); Chinese sheng (province), shi
	// (city), zizhiqu (autonomous region); Japanese ken, fu, to
	// (prefectures) and shi (city).
	foreign := maskOf(Province, State, ForeignRegion)
	a = append(a,
		affix{"do", foreign}, affix{"teukbyeoljachido", foreign},
		affix{"sheng", foreign}, affix{"zizhiqu", foreign}, affix{"zhuangzu zizhiqu", foreign},
		affix{"autonomous region", foreign}, affix{"daerah otonom", foreign},
		affix{"zhuang", foreign}, affix{"zhuang autonomous region", foreign},
		affix{"ken", foreign}, affix{"fu", foreign}, affix{"prefecture", foreign}, affix{"prefektur", foreign},
		// English styles of governments: "South Sulawesi Provincial
		// Government", "Government of Sarawak".
		affix{"provincial government", maskOf(Province, ForeignRegion)},
		affix{"provincial government of", maskOf(Province, ForeignRegion)},
		affix{"state government", maskOf(State, ForeignRegion)},
		affix{"state government of", maskOf(State, ForeignRegion)},
		affix{"city government", maskOf(City, ForeignRegion)},
		affix{"city government of", maskOf(City, ForeignRegion)},
		affix{"municipal government", maskOf(City, ForeignRegion)},
		affix{"regency government", maskOf(Regency)},
		affix{"government", allLevels}, affix{"government of", allLevels},
		affix{"si", maskOf(City, Province, ForeignRegion)}, affix{"shi", maskOf(City, Province, ForeignRegion)},
		affix{"gun", maskOf(Regency, ForeignRegion)}, affix{"county", maskOf(Regency, ForeignRegion)},
		affix{"metropolitan city", maskOf(City, Province, ForeignRegion)},
		affix{"special city", maskOf(City, Province, ForeignRegion)},
		affix{"gwangyeoksi", maskOf(City, Province, ForeignRegion)},
	)
	for w, l := range levelWords() {
		m := maskOf(l)
		if l == Province || l == State || l == City || l == Regency {
			// A foreign local government may be defined as a
			// ForeignRegion and still be written "Negara Bagian
			// Queensland" or "Kota Busan".
			m |= maskOf(ForeignRegion)
		}
		if l == City {
			// A Malaysian town is a "kota" in Indonesian texts and a
			// "bandar" in Malay ones: "Kota Kuching", "Bandar Sri Aman".
			m |= maskOf(Town)
		}
		a = append(a, affix{w, m})
	}
	// Longest first; among equal words the explicit entries above, which
	// come first, win over the level words.
	slices.SortStableFunc(a, func(x, y affix) int {
		if c := cmp.Compare(len(y.word), len(x.word)); c != 0 {
			return c
		}
		return strings.Compare(x.word, y.word)
	})
	return slices.CompactFunc(a, func(x, y affix) bool { return x.word == y.word })
})

type affix struct {
	word string
	mask levelMask
}

// Find returns the region a person means by name. It accepts official
// names ("Kabupaten Sanggau", "Kalimantan Barat"), short names ("Kalbar",
// "Kepri", "DIY", "RRT"), names with level words or the word for their
// government before them ("Kab. Sanggau", "Prov. Kalbar", "Pemkot
// Singkawang", "Negeri Sarawak", "Wilayah Persekutuan Labuan", "Bahagian
// Serian", "Kecamatan Entikong"), English forms ("West Kalimantan", "Sanggau
// Regency"), names followed by a larger region that narrows them ("Provinsi
// Zhejiang – RRT", "Kota Daejeon (Korea Selatan)", "Badau, Kapuas Hulu") and
// codes (anything Lookup accepts). Case, spacing (including no-break
// spaces), punctuation and accents do not matter ("Timra" finds Timrå).
//
// When several regions have the name, the larger one wins: a country before
// a province or state, a province before a regency, city or division, and
// those before a district or town; so "Sambas" is the regency and
// "Kecamatan Sambas" the district, "Bengkulu" the province and "Kota
// Bengkulu" the city. Among regions of one rank, a region's own name wins
// over a name stripped of its level word. If several regions remain, Find
// returns an *AmbiguousError listing them ("Badau": one district in Kapuas
// Hulu, one in Belitung; "Bandung": the regency and the city). A name that
// fits nothing exactly is then read with a bounded typo tolerance (see
// Typos): "Kalimatan Barat" is Kalimantan Barat, "Kab. Sangau" Kabupaten
// Sanggau, but only when exactly one region is that near; FindExact does
// without it. A name that fits nothing gives a *NotFoundError, which can
// suggest near names. Input longer than 256 bytes is refused with a
// *ParseError wrapping ErrTooLong.
func (g *Gazetteer) Find(name string) (Region, error) { return g.find(name, true) }

// FindExact is Find without the typo tolerance: a name must be written
// as one of the recorded names (up to case, spacing, punctuation, accents,
// level words and qualifiers), or it is not found. Use it where a
// corrected spelling must not be accepted without a person seeing it.
func (g *Gazetteer) FindExact(name string) (Region, error) { return g.find(name, false) }

func (g *Gazetteer) find(name string, typos bool) (Region, error) {
	if len(name) > maxInput {
		return Region{}, &ParseError{Func: "Find", Input: name[:maxInput], Offset: maxInput, Msg: "name too long", Err: ErrTooLong}
	}
	return g.findIn(quick(), name, typos)
}

// findIn is find in the embedded table b, whole or the core.
func (g *Gazetteer) findIn(b *table, name string, typos bool) (Region, error) {
	// A code has no space in it (Define chooses codes without spaces), so
	// "Kalimantan Barat" and "Kab. Sanggau" skip the look-up of codes.
	if !strings.ContainsRune(strings.TrimSpace(name), ' ') {
		if r, ok := g.lookup(b, name); ok {
			return r, nil
		}
	}
	u := g.user.Load()
	k := fold.Key(name)
	var core coreUse
	cs := resolve(b, u, k, allLevels, 0, &core)
	if core.missed {
		// A name the core cannot answer for: read it again whole.
		b = base()
		cs = resolve(b, u, k, allLevels, 0, nil)
	}
	if len(cs) == 0 {
		if typos {
			b = base() // the typos are looked for among every name
			if i, ok := misspelt(b, u, k); ok {
				return at(b, u, i), nil
			}
		}
		return Region{}, &NotFoundError{Name: name, g: g}
	}
	best := pick(b, u, cs)
	if len(best) == 1 {
		return at(b, u, best[0].i), nil
	}
	e := &AmbiguousError{Name: name, Candidates: make([]Region, len(best))}
	for j, c := range best {
		e.Candidates[j] = at(b, u, c.i)
	}
	slices.SortFunc(e.Candidates, func(x, y Region) int { return strings.Compare(x.Code, y.Code) })
	return Region{}, e
}

// A coreUse follows a look-up in the core table: missed is set when it
// came to a name or code that the districts the core lacks might change.
type coreUse struct{ missed bool }

// hits appends the regions indexed under key k whose level is in m. With
// b the core, it marks c missed when a district has the name k.
func hits(dst []cand, b, u *table, k string, m levelMask, c *coreUse) []cand {
	if b.partial && !c.missed && districtKey(k) {
		c.missed = true
	}
	for _, h := range b.byKey[k] {
		if m.has(b.regions[h.i].Level) {
			dst = append(dst, cand(h))
		}
	}
	if u != nil {
		off := int32(len(b.regions))
		for _, h := range u.byKey[k] {
			if m.has(u.regions[h.i].Level) {
				dst = append(dst, cand{h.i + off, h.tier})
			}
		}
	}
	return dst
}

// resolve returns the regions the folded name k can mean, restricted to
// the levels of m: first by its whole key, then without a level word before
// or after it, then as a name followed by a larger region.
//
// With b the core, c follows what it looked at (see coreUse); with the
// whole table, c is nil.
func resolve(b, u *table, k string, m levelMask, depth int, c *coreUse) []cand {
	if k == "" || m == 0 {
		return nil
	}
	if cs := hits(nil, b, u, k, m, c); len(cs) > 0 {
		return cs
	}
	if depth >= 3 {
		return nil
	}
	for _, a := range prefixAffixes(k) {
		if len(k) > len(a.word)+1 && k[len(a.word)] == ' ' && strings.HasPrefix(k, a.word) {
			if cs := resolve(b, u, k[len(a.word)+1:], m&a.mask, depth+1, c); len(cs) > 0 {
				return confirmed(cs)
			}
		}
	}
	for _, a := range suffixAffixes(k) {
		if len(k) > len(a.word)+1 && k[len(k)-len(a.word)-1] == ' ' && strings.HasSuffix(k, a.word) {
			if cs := resolve(b, u, k[:len(k)-len(a.word)-1], m&a.mask, depth+1, c); len(cs) > 0 {
				return confirmed(cs)
			}
		}
	}
	// "zhejiang rrt", "daejeon korea selatan", "badau kapuas hulu",
	// "timor tengah utara ttu": try the last one to four words as a larger
	// region or a restatement.
	const qualMask = 1<<Country | 1<<Province | 1<<State | 1<<FederalTerritory | 1<<Regency | 1<<City | 1<<Division
	sp := len(k)
	for n := 0; n < 4; n++ {
		sp = strings.LastIndexByte(k[:sp], ' ')
		if sp <= 0 {
			break
		}
		quals := resolve(b, u, k[sp+1:], qualMask, depth+1, c)
		if len(quals) == 0 {
			continue
		}
		heads := resolve(b, u, k[:sp], m, depth+1, c)
		var cs []cand
		for _, h := range heads {
			r := at(b, u, h.i)
			for _, q := range quals {
				// Either a larger region ("Badau, Kapuas Hulu") or the
				// same one restated ("Kalimantan Barat (Kalbar)").
				if q.i == h.i || within(b, u, r, at(b, u, q.i).Code) {
					cs = append(cs, h)
					break
				}
			}
		}
		if len(cs) > 0 {
			return cs
		}
	}
	return nil
}

// confirmed marks candidates found through a level word as full matches.
func confirmed(cs []cand) []cand {
	for j := range cs {
		cs[j].tier = tierName
	}
	return cs
}

// within reports whether r lies in the region with code anc (at any depth).
func within(b, u *table, r Region, anc string) bool {
	p := r.Parent
	for range 8 {
		if p == "" {
			return false
		}
		if p == anc {
			return true
		}
		i, ok := b.byCode[p]
		if !ok && b.partial && isDistrictCode(p) {
			// A user's region in a district: only codes are read
			// here, so the whole table may take the core's place.
			b = base()
			i, ok = b.byCode[p]
		}
		if ok {
			p = b.regions[i].Parent
			continue
		}
		if u == nil {
			return false
		}
		if i, ok = u.byCode[p]; !ok {
			return false
		}
		p = u.regions[i].Parent
	}
	return false
}

// pick returns the best candidates: those of the largest level rank and,
// among them, of the best tier, without duplicates.
func pick(b, u *table, cs []cand) []cand {
	bestRank, bestTier := 99, uint8(99)
	for _, c := range cs {
		r := at(b, u, c.i).Level.rank()
		if r < bestRank || r == bestRank && c.tier < bestTier {
			bestRank, bestTier = r, c.tier
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if at(b, u, c.i).Level.rank() == bestRank && c.tier == bestTier && !slices.ContainsFunc(out, func(o cand) bool { return o.i == c.i }) {
			out = append(out, c)
		}
	}
	return out
}

// Search returns up to limit regions whose names fit query, best first:
// what Find returns (or every candidate of an ambiguous name), then names
// that start with the query, then names with a word that starts with it,
// then names that contain it, then (only when nothing contains it) names
// one or two letters away; within each group larger regions first, then
// by code. A limit of zero or less means no limit. It never fails; a query
// that fits nothing gives nil.
func (g *Gazetteer) Search(query string, limit int) []Region {
	if len(query) > maxInput {
		return nil
	}
	b, u := g.layers()
	k := fold.Key(query)
	if k == "" {
		return nil
	}
	type scored struct {
		i     int32
		score int
	}
	best := map[int32]int{}
	note := func(i int32, s int) {
		if old, ok := best[i]; !ok || s < old {
			best[i] = s
		}
	}
	if r, ok := g.Lookup(query); ok {
		if i, ok := b.byCode[r.Code]; ok {
			note(i, 0)
		} else if u != nil {
			note(u.byCode[r.Code]+int32(len(b.regions)), 0)
		}
	}
	// What Find would choose first, then the other regions of that name.
	cs := resolve(b, u, k, allLevels, 0, nil)
	for _, c := range cs {
		note(c.i, 2)
	}
	for _, c := range pick(b, u, slices.Clone(cs)) {
		note(c.i, 1)
	}
	spaced := " " + k
	scan := func(t *table, off int32) {
		for _, key := range t.keyList() {
			s := 0
			switch {
			case strings.HasPrefix(key, k):
				s = 3
			case strings.Contains(key, spaced):
				s = 4
			case strings.Contains(key, k):
				s = 5
			default:
				continue
			}
			for _, h := range t.byKey[key] {
				note(h.i+off, s)
			}
		}
	}
	scan(b, 0)
	if u != nil {
		scan(u, int32(len(b.regions)))
	}
	if len(best) == 0 {
		// Nothing contains the query: look for names one or two edits
		// away ("Sangau", "Kalimantan Barar"), also after a level word.
		q := k
		for _, a := range affixes() {
			if strings.HasPrefix(q, a.word+" ") {
				q = q[len(a.word)+1:]
				break
			}
		}
		near := func(t *table, off int32) {
			for n := len(q) - 2; n <= len(q)+2; n++ {
				ks, _ := t.keysOfLen(n)
				for _, key := range ks {
					if d := typo.Distance(key, q, 2); d <= 2 {
						for _, h := range t.byKey[key] {
							note(h.i+off, 6+d)
						}
					}
				}
			}
		}
		near(b, 0)
		if u != nil {
			near(u, int32(len(b.regions)))
		}
	}
	list := make([]scored, 0, len(best))
	for i, s := range best {
		list = append(list, scored{i, s})
	}
	slices.SortFunc(list, func(x, y scored) int {
		if c := cmp.Compare(x.score, y.score); c != 0 {
			return c
		}
		rx, ry := at(b, u, x.i), at(b, u, y.i)
		if c := cmp.Compare(rx.Level.rank(), ry.Level.rank()); c != 0 {
			return c
		}
		return strings.Compare(rx.Code, ry.Code)
	})
	if limit > 0 && len(list) > limit {
		list = list[:limit]
	}
	out := make([]Region, len(list))
	for j, s := range list {
		out[j] = at(b, u, s.i)
	}
	return out
}

// Parent returns the region that contains r; false for a country or an
// unknown parent.
func (g *Gazetteer) Parent(r Region) (Region, bool) {
	if r.Parent == "" {
		return Region{}, false
	}
	return g.Lookup(r.Parent)
}

// Children returns the regions directly inside r, in code order for the
// embedded data followed by the user's definitions: the provinces of a
// country, the regencies and cities of a province, the districts of a
// regency, the divisions of a Malaysian state.
func (g *Gazetteer) Children(r Region) []Region {
	b, u := g.layers()
	var out []Region
	if i, ok := b.byCode[r.Code]; ok && b.regions[i] == r {
		for c := b.firstChild[i]; c >= 0; c = b.next[c] {
			out = append(out, b.regions[c])
		}
	}
	if u != nil && r.Code != "" {
		for _, c := range u.regions {
			if c.Parent == r.Code {
				out = append(out, c)
			}
		}
	}
	return out
}

// ProvinceOf returns the first-level region that r lies in or is: the
// province of an Indonesian regency or district, the state or federal
// territory of a Malaysian division or town, a foreign province. It
// reports false for a country and for regions without one.
func (g *Gazetteer) ProvinceOf(r Region) (Region, bool) {
	for range 8 {
		switch r.Level {
		case Province, State, FederalTerritory:
			return r, true
		case Country, 0:
			return Region{}, false
		}
		p, ok := g.Parent(r)
		if !ok {
			return Region{}, false
		}
		r = p
	}
	return Region{}, false
}

// Within reports whether r lies inside the region with code anc, at any
// depth ("61.03.21" lies within "61.03", "61" and "ID").
func (g *Gazetteer) Within(r Region, anc string) bool {
	b, u := g.layers()
	if a, ok := g.Lookup(anc); ok {
		anc = a.Code
	}
	return within(b, u, r, anc)
}

// label returns the name of r in language l.
func (g *Gazetteer) label(r Region, l lang.Lang) string { return labelIn(quick(), r, l) }

// labelIn is label in the embedded table b, whole or the core.
func labelIn(b *table, r Region, l lang.Lang) string {
	i, ok := b.byCode[r.Code]
	if !ok && b.partial && isDistrictCode(r.Code) {
		b = base()
		i, ok = b.byCode[r.Code]
	}
	if !ok || b.regions[i] != r {
		return r.Name
	}
	lb := b.labels[i]
	if lb == nil {
		if l == lang.English && r.Country == "ID" && (r.Level == Regency || r.Level == City) {
			// "Kabupaten Sanggau" is "Sanggau Regency" in English, as
			// BPS writes it; "Kota Pontianak" is "Pontianak City".
			if bare := bareName(r.Name); bare != r.Name {
				if r.Level == Regency {
					return bare + " Regency"
				}
				return bare + " City"
			}
		}
		return r.Name
	}
	idx := int(lang.English)
	switch l {
	case lang.Indonesian:
		idx = int(lang.Indonesian)
	case lang.Malay, lang.MalayBrunei:
		idx = int(lang.Malay)
	}
	if lb[idx] != "" {
		return lb[idx]
	}
	return r.Name
}

// bareName returns an Indonesian regency or city name without its level
// words: "Sanggau" for "Kabupaten Sanggau", "Jakarta Pusat" for "Kota
// Administrasi Jakarta Pusat".
func bareName(name string) string {
	for _, p := range []string{"Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "} {
		if rest, ok := strings.CutPrefix(name, p); ok {
			return rest
		}
	}
	return name
}

// Label returns the name of r in the language of tag; see Region.Label.
func (g *Gazetteer) Label(r Region, tag language.Tag) string { return g.label(r, lang.Of(tag)) }

// A DefineError reports one problem with a region given to Define.
type DefineError struct {
	Field  string // "Name", "Country", "Level", "ISO", "Parent", "Code"
	Value  string
	Reason string
}

// Error names the field, its value and the problem.
func (e *DefineError) Error() string {
	return "region: define: " + e.Field + " " + quote(e.Value) + ": " + e.Reason
}

// Unwrap returns ErrInvalid.
func (e *DefineError) Unwrap() error { return ErrInvalid }

func quote(s string) string { return "\"" + s + "\"" }

// Define adds a region to g that the embedded data lacks, usually a
// foreign local government that is a partner of an Indonesian region, and
// returns it as stored. r needs a Name, a Country (ISO 3166-1 alpha-2) and a
// Level; ISO (an ISO 3166-2 code of that country) and Parent (the code of a
// region already known to g; by default the country, when g knows it) are
// optional. The code is ISO when given, otherwise Country + "/" + the
// folded name with hyphens ("SE/timra" for "Timrå"); an explicit Code is
// refused. names are further names Find should accept ("Timra").
//
// Defining a region again with the same fields returns it unchanged;
// defining a different region under a code that is taken is an error. All
// problems are returned at once, joined, each a *DefineError wrapping
// ErrInvalid.
func (g *Gazetteer) Define(r Region, names ...string) (Region, error) {
	r, err := g.check(r)
	if err != nil {
		return Region{}, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	b, old := g.layers()
	if i, ok := b.byCode[r.Code]; ok {
		return definedTwice(b.regions[i], r)
	}
	var t *table
	if old != nil {
		if i, ok := old.byCode[r.Code]; ok && len(names) == 0 {
			return definedTwice(old.regions[i], r)
		}
		t = old.clone()
	} else {
		t = newTable(4)
	}
	i, ok := t.byCode[r.Code]
	if ok {
		if t.regions[i] != r {
			return definedTwice(t.regions[i], r)
		}
	} else {
		i = t.add(r)
	}
	for _, n := range names {
		if len(n) <= maxInput {
			t.addName(i, n, -1)
		}
	}
	g.user.Store(t)
	return r, nil
}

func definedTwice(have, want Region) (Region, error) {
	if have == want {
		return have, nil
	}
	return Region{}, &DefineError{Field: "Code", Value: want.Code, Reason: "already names " + have.describe()}
}

// check validates r and fills in its code and parent.
func (g *Gazetteer) check(r Region) (Region, error) {
	var errs []error
	bad := func(field, value, reason string) {
		errs = append(errs, &DefineError{Field: field, Value: value, Reason: reason})
	}
	r.Name = strings.TrimSpace(r.Name)
	key := fold.Key(r.Name)
	switch {
	case len(r.Name) > maxInput:
		bad("Name", r.Name[:32]+"…", "longer than 256 bytes")
	case key == "":
		bad("Name", r.Name, "has no letters or digits")
	}
	r.Country = strings.ToUpper(strings.TrimSpace(r.Country))
	if !isCountryCode(r.Country) {
		bad("Country", r.Country, "is not an ISO 3166-1 alpha-2 country code")
	}
	if !r.Level.IsValid() {
		bad("Level", r.Level.String(), "is not a level")
	}
	if r.Code != "" {
		bad("Code", r.Code, "is chosen by Define (from ISO, or from Country and Name)")
	}
	r.ISO = strings.ToUpper(strings.TrimSpace(r.ISO))
	if r.ISO != "" && !isSubdivisionCode(r.ISO, r.Country) && !(r.Level == Country && r.ISO == r.Country) {
		bad("ISO", r.ISO, "is not an ISO 3166-2 code of country "+quote(r.Country))
	}
	if r.Level == Country && r.ISO == "" {
		r.ISO = r.Country
	}
	if r.Parent != "" {
		if p, ok := g.Lookup(r.Parent); ok {
			r.Parent = p.Code
			if p.Country != r.Country {
				bad("Parent", r.Parent, "is in another country")
			}
		} else {
			bad("Parent", r.Parent, "is not a known region code")
		}
	} else if r.Level != Country {
		if _, ok := g.Lookup(r.Country); ok {
			r.Parent = r.Country
		}
	}
	if len(errs) > 0 {
		return Region{}, errors.Join(errs...)
	}
	switch {
	case r.ISO != "":
		r.Code = r.ISO
	default:
		r.Code = r.Country + "/" + strings.ReplaceAll(key, " ", "-")
	}
	return r, nil
}

func isCountryCode(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	reg, err := language.ParseRegion(s)
	return err == nil && reg.IsCountry()
}

// isSubdivisionCode reports whether s has the form of an ISO 3166-2 code of
// country cc: "KR-28", "CN-ZJ", "SE-Y".
func isSubdivisionCode(s, cc string) bool {
	if len(s) < 4 || len(s) > 6 || s[:2] != cc || s[2] != '-' {
		return false
	}
	for i := 3; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// clone returns a copy of a user table that can be changed without
// disturbing readers of t.
func (t *table) clone() *table {
	c := &table{
		regions: slices.Clip(slices.Clone(t.regions)),
		byCode:  maps.Clone(t.byCode),
		byKey:   make(map[string][]hit, len(t.byKey)+2),
		labels:  t.labels,
	}
	for k, hs := range t.byKey {
		c.byKey[k] = slices.Clone(hs)
	}
	return c
}

// Package-level functions, on Default.

// Lookup returns the region with the given code in the Default gazetteer;
// see Gazetteer.Lookup.
func Lookup(code string) (Region, bool) { return std.Lookup(code) }

// Find returns the region a person means by name, from the Default
// gazetteer; see Gazetteer.Find.
func Find(name string) (Region, error) { return std.Find(name) }

// FindExact calls Default().FindExact: Find without typo tolerance.
func FindExact(name string) (Region, error) { return std.FindExact(name) }

// Search returns up to limit regions whose names fit query, best first,
// from the Default gazetteer; see Gazetteer.Search.
func Search(query string, limit int) []Region { return std.Search(query, limit) }

// Define adds a region to the Default gazetteer; see Gazetteer.Define.
func Define(r Region, names ...string) (Region, error) { return std.Define(r, names...) }

// Parent returns the region that contains r; see Gazetteer.Parent.
func Parent(r Region) (Region, bool) { return std.Parent(r) }

// Children returns the regions directly inside r; see Gazetteer.Children.
func Children(r Region) []Region { return std.Children(r) }

// ProvinceOf returns the province, state or federal territory r lies in
// or is; see Gazetteer.ProvinceOf.
func ProvinceOf(r Region) (Region, bool) { return std.ProvinceOf(r) }

// Within reports whether r lies inside the region with code anc; see
// Gazetteer.Within.
func Within(r Region, anc string) bool { return std.Within(r, anc) }
