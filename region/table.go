package region

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
)

// The embedded files, as strings so that names slice them without copies.
var (
	//go:embed data/countries.csv
	countriesCSV string
	//go:embed data/id-provinces.csv
	provincesCSV string
	//go:embed data/id-regencies.csv
	regenciesCSV string
	//go:embed data/id-districts.csv
	districtsCSV string
	//go:embed data/my-states.csv
	statesCSV string
	//go:embed data/my-divisions.csv
	divisionsCSV string
	//go:embed data/my-towns.csv
	townsCSV string
	//go:embed data/partners.csv
	partnersCSV string
	//go:embed data/names.csv
	namesCSV string
	//go:embed data/border-posts.csv
	postsCSV string
)

// A table is an immutable set of regions with its indexes. The embedded
// data is one table; the regions a user defines in a Gazetteer are another,
// replaced whole on every definition.
type table struct {
	regions []Region
	byCode  map[string]int32 // Code and ISO → index
	num     *numIndex        // Kemendagri codes → index (embedded table only)
	byKey   map[string][]hit // folded name → regions of that name
	// keys lists the keys of byKey in order, for Search to scan; built on
	// first use.
	keysOnce sync.Once
	keys     []string
	// byLen lists the same keys by their length in bytes (up to
	// maxTypoKey), for the typo tolerance of Find; byLenMask[n][j] holds
	// the levels of the regions of byLen[n][j], so that a key of no level
	// asked for is passed over without a look-up or a distance.
	byLen     [][]string
	byLenMask [][]levelMask
	// labels holds names per language (Indonesian, Malay, English) where
	// they differ from Name.
	labels map[int32]*[3]string
	// firstChild and next link every region to its children in load order.
	firstChild, next []int32
	// posts are the border posts (embedded table only), and postKeys
	// their folded names and IDs.
	posts    []BorderPost
	postKeys map[string]int
	// partial marks the core table: the embedded data without the
	// districts of data/id-districts.csv (see quick).
	partial bool
}

// A hit is one region a folded name leads to. Tier 0 is the region's own
// name, a short name or another recorded name; tier 1 is the name without
// its level word ("sanggau" for Kabupaten Sanggau).
type hit struct {
	i    int32
	tier uint8
}

const (
	tierName = 0
	tierBare = 1
)

// A lazyTable loads a table on first use, once, however many goroutines
// ask for it at the same time.
type lazyTable struct {
	once  sync.Once
	ready atomic.Pointer[table] // the table, once loaded
	load  func() *table
}

func (l *lazyTable) get() *table {
	l.once.Do(func() { l.ready.Store(l.load()) })
	return l.ready.Load()
}

// The embedded data, whole, and its core: everything but the districts
// of Indonesia, nine in ten of its regions and most of the time and
// memory a load takes. Lookup, Find, FindPost and Label answer from the
// core what they can answer with the same result (TestCoreSameAsFull),
// so that a program that names countries, provinces, regencies and posts
// never loads the districts.
var (
	embedded = lazyTable{load: func() *table { return loadEmbedded(true) }}
	core     = lazyTable{load: func() *table { return loadEmbedded(false) }}
)

// base returns the embedded table, loading it on first use.
func base() *table { return embedded.get() }

// quick returns the whole embedded table if it is loaded, else the core
// (partial): the callers that take it go to base for what the core lacks.
func quick() *table {
	if t := embedded.ready.Load(); t != nil {
		return t
	}
	return core.get()
}

func newTable(n int) *table {
	return &table{
		regions: make([]Region, 0, n),
		byCode:  make(map[string]int32, n*5/4),
		byKey:   make(map[string][]hit, n*3/2),
		labels:  make(map[int32]*[3]string),
	}
}

// add appends r and indexes its codes and names.
func (t *table) add(r Region) int32 {
	i := int32(len(t.regions))
	t.regions = append(t.regions, r)
	t.byCode[r.Code] = i
	if t.num != nil {
		t.num.put(r.Code, i)
	}
	if r.ISO != "" {
		t.byCode[r.ISO] = i
	}
	k := fold.Key(r.Name)
	t.addKey(k, i, tierName)
	if b := bareKey(k, r.Level); b != "" && b != k {
		t.addKey(b, i, tierBare)
	}
	return i
}

func (t *table) addKey(k string, i int32, tier uint8) {
	if k == "" {
		return
	}
	hs := t.byKey[k]
	for j, h := range hs {
		if h.i == i {
			if tier < h.tier {
				hs[j].tier = tier
			}
			return
		}
	}
	t.byKey[k] = append(hs, hit{i, tier})
}

// addName records another name of region i; l is the language it labels
// the region in, or -1 for a name that is only recognised (a short name).
func (t *table) addName(i int32, name string, l int) {
	k := fold.Key(name)
	t.addKey(k, i, tierName)
	if l < 0 {
		// A short or former name is taken only as written:
		// "Kabupaten Pontianak" must not make "Pontianak" ambiguous.
		return
	}
	if b := bareKey(k, t.regions[i].Level); b != "" && b != k {
		t.addKey(b, i, tierBare)
	}
	lb := t.labels[i]
	if lb == nil {
		lb = new([3]string)
		t.labels[i] = lb
	}
	if lb[l] == "" {
		lb[l] = name
	}
}

// keyList returns the keys of byKey, sorted.
func (t *table) keyList() []string {
	t.keysOnce.Do(t.sortKeys)
	return t.keys
}

// keysOfLen returns the keys of byKey that are n bytes long, sorted, and
// the levels of each key's regions.
func (t *table) keysOfLen(n int) ([]string, []levelMask) {
	t.keysOnce.Do(t.sortKeys)
	if n < 0 || n >= len(t.byLen) {
		return nil, nil
	}
	return t.byLen[n], t.byLenMask[n]
}

func (t *table) sortKeys() {
	t.keys = slices.Sorted(maps.Keys(t.byKey))
	t.byLen = make([][]string, maxTypoKey+1)
	t.byLenMask = make([][]levelMask, maxTypoKey+1)
	for _, k := range t.keys {
		if len(k) <= maxTypoKey {
			var m levelMask
			for _, h := range t.byKey[k] {
				m |= maskOf(t.regions[h.i].Level)
			}
			t.byLen[len(k)] = append(t.byLen[len(k)], k)
			t.byLenMask[len(k)] = append(t.byLenMask[len(k)], m)
		}
	}
}

// bareKeyPrefixes are the level words official names start with, longest
// first; bareKey strips them.
var bareKeyPrefixes = []string{
	"kabupaten administrasi ", "kota administrasi ", "kabupaten ", "kota ",
	"provinsi ", "bahagian ", "wilayah persekutuan ",
}

// bareKey returns the folded name k without the level word it starts with,
// for the levels whose official names carry one.
func bareKey(k string, l Level) string {
	switch l {
	case Regency, City, Province, Division, FederalTerritory, ForeignRegion:
	default:
		return ""
	}
	for _, p := range bareKeyPrefixes {
		if strings.HasPrefix(k, p) {
			return k[len(p):]
		}
	}
	return ""
}

// link builds the parent → children lists.
func (t *table) link() {
	n := len(t.regions)
	t.firstChild = make([]int32, n)
	t.next = make([]int32, n)
	for i := range t.firstChild {
		t.firstChild[i] = -1
		t.next[i] = -1
	}
	for i := n - 1; i >= 0; i-- {
		p, ok := t.byCode[t.regions[i].Parent]
		if !ok || t.regions[i].Parent == "" {
			continue
		}
		t.next[i] = t.firstChild[p]
		t.firstChild[p] = int32(i)
	}
}

// loadEmbedded reads every file of data/ into a table, or, without
// districts, the core table: all but data/id-districts.csv and the names
// data/names.csv gives districts.
func loadEmbedded(districts bool) *table {
	n := 8200
	if !districts {
		n = 1400
	}
	t := newTable(n)
	t.partial = !districts
	t.num = newNumIndex()
	// Countries first, so that everything has a parent to link to.
	eachRecord(countriesCSV, func(f []string) {
		i := t.add(Region{Code: f[0], ISO: f[0], Name: f[2], Level: Country, Country: f[0]})
		t.byCode[f[1]] = i // ISO 3166-1 alpha-3
		t.addName(i, f[2], int(lang.Indonesian))
		t.addName(i, f[3], int(lang.Malay))
		t.addName(i, f[4], int(lang.English))
	})
	eachRecord(provincesCSV, func(f []string) {
		t.add(Region{Code: f[0], ISO: f[1], Name: f[2], Level: Province, Country: "ID", Parent: "ID"})
	})
	eachRecord(regenciesCSV, func(f []string) {
		l := Regency
		if strings.HasPrefix(f[2], "Kota ") {
			l = City
		}
		t.add(Region{Code: f[0], Name: f[2], Level: l, Country: "ID", Parent: f[1]})
	})
	if districts {
		eachRecord(districtsCSV, func(f []string) {
			t.add(Region{Code: f[0], Name: f[2], Level: District, Country: "ID", Parent: f[1]})
		})
	}
	eachRecord(statesCSV, func(f []string) {
		l := State
		if f[1] == "federal territory" {
			l = FederalTerritory
		}
		t.add(Region{Code: f[0], ISO: f[0], Name: f[2], Level: l, Country: "MY", Parent: "MY"})
	})
	eachRecord(divisionsCSV, func(f []string) {
		i := t.add(Region{Code: f[0], Name: f[2], Level: Division, Country: "MY", Parent: f[1]})
		t.addName(i, f[2], int(lang.Malay))
		t.addName(i, f[3], int(lang.English))
	})
	eachRecord(townsCSV, func(f []string) {
		t.add(Region{Code: f[0], Name: f[2], Level: Town, Country: "MY", Parent: f[1]})
	})
	eachRecord(partnersCSV, func(f []string) {
		l, _ := ParseLevel(f[3])
		t.add(Region{Code: f[0], ISO: f[1], Name: f[5], Level: l, Country: f[2], Parent: f[4]})
	})
	eachRecord(namesCSV, func(f []string) {
		i, ok := t.byCode[f[0]]
		if !ok {
			if !districts && isDistrictCode(f[0]) {
				return
			}
			panic("region: data/names.csv names unknown code " + f[0])
		}
		l := -1
		switch f[1] {
		case "id":
			l = int(lang.Indonesian)
		case "ms":
			l = int(lang.Malay)
		case "en":
			l = int(lang.English)
		}
		t.addName(i, f[2], l)
	})
	t.loadPosts()
	t.link()
	return t
}

// eachRecord calls fn with the fields of every record of the embedded CSV
// text s after its header. Fields may be quoted ("Ra""as"); lines
// starting with # are comments. The files are ours, so a malformed one is a
// programming error caught by the tests, and panics.
func eachRecord(s string, fn func([]string)) {
	var fields [12]string
	header := true
	for len(s) > 0 {
		line := s
		if j := strings.IndexByte(s, '\n'); j >= 0 {
			line, s = s[:j], s[j+1:]
		} else {
			s = ""
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if header {
			header = false
			continue
		}
		f := splitCSV(line, fields[:0])
		fn(f)
	}
}

// splitCSV splits one CSV line into dst, undoing quotes.
func splitCSV(line string, dst []string) []string {
	for {
		if strings.HasPrefix(line, `"`) {
			var b strings.Builder
			j := 1
			for j < len(line) {
				c := line[j]
				if c == '"' {
					if j+1 < len(line) && line[j+1] == '"' {
						b.WriteByte('"')
						j += 2
						continue
					}
					j++
					break
				}
				b.WriteByte(c)
				j++
			}
			dst = append(dst, b.String())
			line = line[j:]
			if !strings.HasPrefix(line, ",") {
				return dst
			}
			line = line[1:]
			continue
		}
		j := strings.IndexByte(line, ',')
		if j < 0 {
			return append(dst, line)
		}
		dst = append(dst, line[:j])
		line = line[j+1:]
	}
}
