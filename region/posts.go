package region

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/fold"
	"golang.org/x/text/language"
)

// A BorderPost is a place where people and goods cross a land or sea
// border of Indonesia: a Pos Lintas Batas Negara (PLBN) or a traditional
// crossing (Pos Lintas Batas, PLB). It is a place, not a document: the
// border pass (Pas Lintas Batas, also abbreviated PLB) and the cross-border
// card (Kartu Identitas Lintas Batas, KILB) are documents and belong
// elsewhere. The type is named BorderPost so that the two cannot be
// confused in code.
//
// BorderPost values are comparable. The embedded posts and the source of
// every fact are in data/border-posts.csv; a field left empty (or zero) is
// not known, never guessed.
type BorderPost struct {
	ID       string   // stable identifier: "entikong", "aruk", "nanga-badau"
	Name     string   // name as used in Indonesian: "PLBN Entikong"
	Kind     PostKind // PLBN or traditional crossing
	Mode     Mode     // land, river or sea
	District string   // Kemendagri code of the kecamatan it stands in: "61.03.21"
	Regency  string   // Kemendagri code of the regency or city: "61.03"
	Province string   // Kemendagri code of the province: "61"
	// Facing is the name of the post across the border ("Tebedu"), empty
	// if not known.
	Facing string
	// FacingRegion is the code of the region across the border, as
	// precisely as known: a Malaysian town ("MY-13.12.01"), division,
	// state, or a country ("TL", "PG").
	FacingRegion string
	// Country is the ISO 3166-1 code of the neighbouring country: "MY",
	// "TL" or "PG".
	Country string
	// Opened is the year the post in its present form was opened or
	// inaugurated, 0 if not known.
	Opened int
	// Basis names the instrument that made it a PLBN to be built ("Inpres
	// 6/2015", "Inpres 1/2019"), empty for others.
	Basis string
	// Source says where the facts of this post come from.
	Source string
}

// String returns the name of p.
func (p BorderPost) String() string { return p.Name }

// AppendText appends the ID of p to b.
func (p BorderPost) AppendText(b []byte) ([]byte, error) { return append(b, p.ID...), nil }

// MarshalText returns the ID of p.
func (p BorderPost) MarshalText() ([]byte, error) { return []byte(p.ID), nil }

// UnmarshalText sets p to the embedded post with ID (or name) b; empty text
// gives the zero BorderPost.
func (p *BorderPost) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = BorderPost{}
		return nil
	}
	v, err := FindPost(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// A PostKind is the kind of a border post. The zero PostKind is unknown.
type PostKind uint8

// The kinds of border post.
const (
	// PLBN is a Pos Lintas Batas Negara: a state border post with
	// customs, immigration, quarantine and security (CIQS), managed by
	// BNPP. Older documents call it PPLB (Pos Pemeriksaan Lintas Batas).
	PLBN PostKind = 1 + iota
	// TraditionalPost is a Pos Lintas Batas (PLB) for border residents
	// crossing under the border-crossing agreements, without full CIQS.
	TraditionalPost
	numPostKinds
)

// postKinds is the table of PostKind.
var postKinds = enum.New(enum.Config{Type: "PostKind", MaxLen: 64, Err: enumError}, []enum.Entry{
	{En: "unknown", In: "tidak diketahui", Ms: "tidak diketahui"},
	PLBN: {ID: "plbn", En: "state border post", In: "Pos Lintas Batas Negara", Ms: "Pos Lintas Sempadan Negara",
		Aliases: []string{"pplb", "pos pemeriksaan lintas batas", "icq", "icqs", "ciqs", "border post"}},
	TraditionalPost: {ID: "traditional", En: "traditional border crossing", In: "Pos Lintas Batas tradisional", Ms: "pos lintas sempadan tradisional",
		Aliases: []string{"plb", "pos lintas batas", "plb tradisional", "jalan tikus", "traditional post", "tradisional"}},
})

// String returns the stable identifier of k ("plbn", "traditional"): ""
// for the zero PostKind, "%!PostKind(N)" out of range.
func (k PostKind) String() string { return postKinds.String(int(k)) }

// Label returns the name of k in the language of tag (English for
// unsupported tags).
func (k PostKind) Label(tag language.Tag) string { return postKinds.Label(int(k), tag) }

// AppendText appends the identifier of k to b; the zero PostKind appends
// nothing.
func (k PostKind) AppendText(b []byte) ([]byte, error) { return postKinds.AppendText(b, int(k)) }

// MarshalText returns the identifier of k; the zero PostKind gives empty text.
func (k PostKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k from any form ParsePostKind accepts; empty text
// gives the zero PostKind.
func (k *PostKind) UnmarshalText(b []byte) error {
	v, err := postKinds.UnmarshalText(b)
	if err != nil {
		return err
	}
	*k = PostKind(v)
	return nil
}

// ParsePostKind reads a post kind: "PLBN", "PPLB", "Pos Lintas Batas
// Negara", "PLB", "traditional", "pos lintas batas tradisional".
func ParsePostKind(s string) (PostKind, error) {
	v, err := postKinds.Parse("ParsePostKind", s)
	return PostKind(v), err
}

// A Mode is how a border post is crossed. The zero Mode is unknown.
type Mode uint8

// The modes of crossing.
const (
	Land  Mode = 1 + iota // darat / darat
	River                 // sungai / sungai
	Sea                   // laut / laut
	numModes
)

// modes is the table of Mode.
var modes = enum.New(enum.Config{Type: "Mode", MaxLen: 64, Err: enumError}, []enum.Entry{
	{En: "unknown", In: "tidak diketahui", Ms: "tidak diketahui"},
	Land:  {ID: "land", En: "land", In: "darat", Ms: "darat", Aliases: []string{"jalur darat", "road", "jalur road", "jalan", "jalur jalan", "jalur land"}},
	River: {ID: "river", En: "river", In: "sungai", Ms: "sungai", Aliases: []string{"jalur sungai", "jalur river"}},
	Sea: {ID: "sea", En: "sea", In: "laut", Ms: "laut", Aliases: []string{"jalur laut", "jalur sea", "maritime", "jalur maritime",
		"perairan", "jalur perairan", "marine", "jalur marine"}},
})

// String returns the stable identifier of m ("land", "river", "sea"): ""
// for the zero Mode, "%!Mode(N)" out of range.
func (m Mode) String() string { return modes.String(int(m)) }

// Label returns the name of m in the language of tag.
func (m Mode) Label(tag language.Tag) string { return modes.Label(int(m), tag) }

// AppendText appends the identifier of m to b; the zero Mode appends
// nothing.
func (m Mode) AppendText(b []byte) ([]byte, error) { return modes.AppendText(b, int(m)) }

// MarshalText returns the identifier of m; the zero Mode gives empty text.
func (m Mode) MarshalText() ([]byte, error) { return m.AppendText(nil) }

// UnmarshalText sets m from any form ParseMode accepts; empty text gives
// the zero Mode.
func (m *Mode) UnmarshalText(b []byte) error {
	v, err := modes.UnmarshalText(b)
	if err != nil {
		return err
	}
	*m = Mode(v)
	return nil
}

// ParseMode reads a mode in English, Indonesian or Malay: "land", "darat",
// "jalur darat", "river", "sungai", "sea", "laut", "maritime", "perairan".
func ParseMode(s string) (Mode, error) {
	v, err := modes.Parse("ParseMode", s)
	return Mode(v), err
}

// BorderPosts returns the embedded border posts, ordered by the code of
// their district. The slice is a fresh copy the caller may change.
func BorderPosts() []BorderPost {
	return append([]BorderPost(nil), quick().posts...)
}

// PostsIn returns the embedded border posts inside the region with the
// given code or ISO code (a province, regency or district: "61", "ID-KB",
// "61.03"), all of them for "ID", and those facing a neighbour for its
// country code ("MY", "TL", "PG").
func PostsIn(code string) []BorderPost {
	r, ok := Lookup(code)
	if !ok {
		return nil
	}
	var out []BorderPost
	for _, p := range quick().posts {
		if p.District == r.Code || p.Regency == r.Code || p.Province == r.Code || r.Level == Country && p.Country != "" && (r.Code == "ID" || r.Code == p.Country) {
			out = append(out, p)
		}
	}
	return out
}

// FindPost returns the embedded post with the given ID or name, with or
// without its kind: "entikong", "PLBN Entikong", "Pos Lintas Batas Negara
// Entikong", "PLBN Terpadu Nanga Badau", "Nanga Badau", "Sungai Kelik"
// (documents write Sei and Sungai alike), or another recorded name
// ("PLBN Sei Pancang" and "PLBN Sebatik" for Sei Nyamuk). It returns a
// *ParseError wrapping ErrNotFound otherwise.
func FindPost(name string) (BorderPost, error) {
	if len(name) > maxInput {
		return BorderPost{}, &ParseError{Func: "FindPost", Input: name[:maxInput], Offset: maxInput, Msg: "name too long", Err: ErrTooLong}
	}
	t := quick()
	if i, ok := t.postKeys[postKey(name)]; ok {
		return t.posts[i], nil
	}
	return BorderPost{}, &ParseError{Func: "FindPost", Input: name, Msg: "no border post of that name", Err: ErrNotFound}
}

// postKey folds the name of a post for matching: without the words for its
// kind, "terpadu" (integrated) and hyphens, and with "sungai" as "sei".
func postKey(s string) string {
	words := fold.Fields(s)
	out := words[:0]
	for i := 0; i < len(words); i++ {
		switch w := words[i]; w {
		case "plbn", "pplb", "plb", "pos", "terpadu", "lintas", "batas", "negara", "pemeriksaan", "tradisional":
			continue
		case "sungai", "sui", "sg":
			out = append(out, "sei")
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// loadPosts reads data/border-posts.csv into the table, sorted by district
// code, with the keys FindPost uses.
func (t *table) loadPosts() {
	var out []BorderPost
	aka := map[string]string{}
	eachRecord(postsCSV, func(f []string) {
		// id,name,kind,mode,district,facing,facing_region,country,opened,basis,source
		kind, err := ParsePostKind(f[2])
		if err != nil {
			panic("region: data/border-posts.csv: " + err.Error())
		}
		var mode Mode
		if f[3] != "" {
			m, err := ParseMode(f[3])
			if err != nil {
				panic("region: data/border-posts.csv: " + err.Error())
			}
			mode = m
		}
		p := BorderPost{ID: f[0], Name: f[1], Kind: kind, Mode: mode, District: f[4],
			Facing: f[5], FacingRegion: f[6], Country: f[7], Basis: f[9], Source: f[10]}
		if len(p.District) >= 5 {
			p.Regency = p.District[:5]
			p.Province = p.District[:2]
		}
		if f[8] != "" {
			y, err := strconv.Atoi(f[8])
			if err != nil {
				panic("region: data/border-posts.csv: bad year " + f[8])
			}
			p.Opened = y
		}
		out = append(out, p)
		aka[p.ID] = f[11]
	})
	slices.SortStableFunc(out, func(a, b BorderPost) int { return strings.Compare(a.District, b.District) })
	t.posts = out
	t.postKeys = make(map[string]int, 4*len(out))
	for i, p := range out {
		t.postKeys[postKey(p.ID)] = i
		t.postKeys[postKey(p.Name)] = i
		for _, n := range strings.Split(aka[p.ID], ";") {
			if n != "" {
				t.postKeys[postKey(n)] = i
			}
		}
	}
}

// A Pair is a pair of bordering regions in which a regional Sosek Malindo
// forum works: Kalimantan Barat–Sarawak, Kalimantan Utara–Sabah, and
// Riau / Kepulauan Riau–Melaka / Johor. Indonesian and Malaysian hold the
// codes of the regions of each side (one or two). Pairs are comparable and
// marshal as their ID.
type Pair struct {
	ID         string    // "kalbar-sarawak", "kaltara-sabah", "riau-kepri-melaka-johor"
	Indonesian [2]string // province codes: "61"; "14", "21"
	Malaysian  [2]string // state codes: "MY-13"; "MY-04", "MY-01"
}

var pairs = []Pair{
	{ID: "kalbar-sarawak", Indonesian: [2]string{"61"}, Malaysian: [2]string{"MY-13"}},
	{ID: "kaltara-sabah", Indonesian: [2]string{"65"}, Malaysian: [2]string{"MY-12"}},
	{ID: "riau-kepri-melaka-johor", Indonesian: [2]string{"14", "21"}, Malaysian: [2]string{"MY-04", "MY-01"}},
}

// Pairs returns the regional border pairs of the Sosek Malindo forum.
func Pairs() []Pair { return append([]Pair(nil), pairs...) }

// Regions returns the regions of one side of p (Indonesian when
// indonesian is true, Malaysian otherwise).
func (p Pair) Regions(indonesian bool) []Region {
	side := p.Malaysian
	if indonesian {
		side = p.Indonesian
	}
	var out []Region
	for _, c := range side {
		if r, ok := Lookup(c); ok {
			out = append(out, r)
		}
	}
	return out
}

// IsValid reports whether p is one of the known pairs.
func (p Pair) IsValid() bool {
	for _, q := range pairs {
		if p == q {
			return true
		}
	}
	return false
}

// String returns the pair as documents write it: "Kalimantan
// Barat–Sarawak", "Riau / Kepulauan Riau–Melaka / Johor". The zero Pair
// gives "".
func (p Pair) String() string {
	if p.ID == "" {
		return ""
	}
	side := func(rs []Region) string {
		names := make([]string, len(rs))
		for i, r := range rs {
			names[i] = r.Name
		}
		return strings.Join(names, " / ")
	}
	return side(p.Regions(true)) + "–" + side(p.Regions(false))
}

// AppendText appends the ID of p to b.
func (p Pair) AppendText(b []byte) ([]byte, error) { return append(b, p.ID...), nil }

// MarshalText returns the ID of p.
func (p Pair) MarshalText() ([]byte, error) { return []byte(p.ID), nil }

// UnmarshalText sets p from any form FindPair accepts.
func (p *Pair) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Pair{}
		return nil
	}
	v, err := FindPair(string(b))
	if err == nil {
		*p = v
	}
	return err
}

// pairName returns the code of a folded name that means a region of a
// pair only in the context of the forum: Indonesian documents write Melaka
// as "Malaka" (which alone is Kabupaten Malaka in NTT) and name Johor by
// its capital, "Riau-Malaka-Johor Bahru" (seed 003).
func pairName(key string) (string, bool) {
	switch key {
	case "malaka":
		return "MY-04", true
	case "johor bahru", "johor baru", "johor bharu":
		return "MY-01", true
	}
	return "", false
}

// FindPair returns the pair named by s: its ID, or names of regions of
// both sides in either order and any form Find accepts, joined by a dash,
// "dan", "and" or "/": "Kalimantan Barat–Sarawak", "Kalbar - Sarawak",
// "Sabah-Kaltara", "Riau dan Kepulauan Riau – Melaka dan Johor",
// "Riau-Malaka-Johor Bahru". One region of a side is enough
// ("Kepri–Johor"), and a region inside one counts for its province or state
// ("Entikong–Tebedu").
func FindPair(s string) (Pair, error) {
	if len(s) > maxInput {
		return Pair{}, &ParseError{Func: "FindPair", Input: s[:maxInput], Offset: maxInput, Msg: "text too long", Err: ErrTooLong}
	}
	for _, p := range pairs {
		if fold.Key(s) == fold.Key(p.ID) {
			return p, nil
		}
	}
	// Split on dashes, slashes and conjunctions, and resolve each part.
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return r == '-' || r == '–' || r == '—' || r == '/' || r == ',' || r == '&'
	})
	var found []string
	for _, part := range parts {
		for _, w := range splitConj(part) {
			if c, ok := pairName(fold.Key(w)); ok {
				found = append(found, c)
				continue
			}
			r, err := Find(w)
			if err != nil {
				continue
			}
			found = append(found, r.Code)
			if p, ok := ProvinceOf(r); ok {
				found = append(found, p.Code)
			}
		}
	}
	for _, p := range pairs {
		id, my := false, false
		for _, c := range found {
			id = id || c != "" && (c == p.Indonesian[0] || c == p.Indonesian[1])
			my = my || c != "" && (c == p.Malaysian[0] || c == p.Malaysian[1])
		}
		if id && my {
			return p, nil
		}
	}
	return Pair{}, &ParseError{Func: "FindPair", Input: s, Msg: "no border pair of that name", Err: ErrNotFound}
}

// PairOf returns the border pair whose regional forum covers r: the pair
// of r's province or state ("Kabupaten Sanggau" and "Bahagian Serian" give
// Kalimantan Barat–Sarawak). It reports false for regions in no pair.
func PairOf(r Region) (Pair, bool) {
	p, ok := ProvinceOf(r)
	if !ok {
		return Pair{}, false
	}
	for _, q := range pairs {
		for _, c := range [4]string{q.Indonesian[0], q.Indonesian[1], q.Malaysian[0], q.Malaysian[1]} {
			if c != "" && c == p.Code {
				return q, true
			}
		}
	}
	return Pair{}, false
}

// splitConj splits s at the words "dan", "and" and "serta".
func splitConj(s string) []string {
	var out []string
	cur := []string{}
	for _, w := range strings.Fields(s) {
		switch strings.ToLower(w) {
		case "dan", "and", "serta":
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
			continue
		}
		cur = append(cur, w)
	}
	return append(out, strings.Join(cur, " "))
}
