package region

import (
	"strconv"
	"sync"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// A Level is the rank of a region in its country's administration. The zero
// Level means unknown.
type Level uint8

// The levels. Indonesian levels follow UU 23/2014 (provinsi, kabupaten/kota,
// kecamatan); Malaysian ones the Federal Constitution (negeri, wilayah
// persekutuan) and the Sarawak and Sabah administrations (bahagian). A
// foreign local government that a user defines may use Province, City or
// ForeignRegion.
const (
	Country          Level = 1 + iota // a sovereign state (ISO 3166-1)
	Province                          // Indonesian provinsi, or a foreign first-level province
	Regency                           // Indonesian kabupaten
	City                              // Indonesian kota, or a foreign city or municipality
	District                          // Indonesian kecamatan (distrik in Papua)
	State                             // Malaysian negeri
	FederalTerritory                  // Malaysian wilayah persekutuan
	Division                          // bahagian of Sarawak or division of Sabah
	Town                              // a town, such as a Malaysian border town
	ForeignRegion                     // a foreign subdivision of no other level
	numLevels
)

// levelNames holds, per level, the stable identifier and the Indonesian,
// Malay and English labels.
var levelNames = [numLevels][4]string{
	{"unknown", "tidak diketahui", "tidak diketahui", "unknown"},
	{"country", "negara", "negara", "country"},
	{"province", "provinsi", "wilayah", "province"},
	{"regency", "kabupaten", "kabupaten", "regency"},
	{"city", "kota", "bandar", "city"},
	{"district", "kecamatan", "kecamatan", "district"},
	{"state", "negara bagian", "negeri", "state"},
	{"federal-territory", "wilayah persekutuan", "wilayah persekutuan", "federal territory"},
	{"division", "bahagian", "bahagian", "division"},
	{"town", "kota kecil", "pekan", "town"},
	{"foreign-region", "daerah luar negeri", "wilayah luar negara", "foreign region"},
}

// levelWords maps the folded words people write before or instead of a
// level to the level: labels and abbreviations in the three languages.
// It is built on first use.
var levelWords = sync.OnceValue(func() map[string]Level {
	return map[string]Level{
		"negara": Country, "country": Country, "negeri asing": Country,
		"provinsi": Province, "propinsi": Province, "prov": Province, "prop": Province, "province": Province, "wilayah": Province,
		"kabupaten": Regency, "kab": Regency, "regency": Regency, "kabupaten administrasi": Regency,
		"kota": City, "city": City, "kotamadya": City, "kodya": City, "kota administrasi": City, "bandar": City, "municipality": City,
		"kecamatan": District, "kec": District, "distrik": District, "district": District,
		"negeri": State, "state": State, "negara bagian": State,
		"wilayah persekutuan": FederalTerritory, "wp": FederalTerritory, "federal territory": FederalTerritory, "wilayah federal": FederalTerritory,
		"bahagian": Division, "division": Division, "divisi": Division,
		"town": Town, "pekan": Town, "kota kecil": Town,
		"foreign region": ForeignRegion, "foreign-region": ForeignRegion, "daerah luar negeri": ForeignRegion, "wilayah luar negara": ForeignRegion,
	}
})

// String returns the stable English identifier of l ("province",
// "federal-territory"); a value out of range gives "Level(N)".
func (l Level) String() string {
	if l < numLevels {
		return levelNames[l][0]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// Label returns the name of l in the language of tag: Indonesian, Malay or
// English (the fallback for unsupported tags).
func (l Level) Label(tag language.Tag) string {
	if l >= numLevels {
		return l.String()
	}
	switch lang.Of(tag) {
	case lang.Indonesian:
		return levelNames[l][1]
	case lang.Malay, lang.MalayBrunei:
		return levelNames[l][2]
	}
	return levelNames[l][3]
}

// IsValid reports whether l is one of the defined levels (not the zero Level).
func (l Level) IsValid() bool { return l > 0 && l < numLevels }

// AppendText appends the identifier of l to b. The zero Level appends nothing.
func (l Level) AppendText(b []byte) ([]byte, error) {
	if l == 0 {
		return b, nil
	}
	if l >= numLevels {
		return b, &ParseError{Input: l.String(), Err: ErrSyntax, What: "level"}
	}
	return append(b, levelNames[l][0]...), nil
}

// MarshalText returns the identifier of l ("regency"); the zero Level
// marshals as empty text.
func (l Level) MarshalText() ([]byte, error) { return l.AppendText(nil) }

// UnmarshalText sets l from any form ParseLevel accepts; empty text gives
// the zero Level.
func (l *Level) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = 0
		return nil
	}
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseLevel reads a level written as its identifier or as a label or
// abbreviation in Indonesian, Malay or English: "kab", "Kabupaten",
// "regency", "Kota", "kec.", "Negeri", "WP", "Bahagian". Case, spacing and
// punctuation do not matter.
func ParseLevel(s string) (Level, error) {
	if len(s) > 64 {
		return 0, &ParseError{Input: s, Err: ErrTooLong, What: "level"}
	}
	k := fold.Key(s)
	if l, ok := levelWords()[k]; ok {
		return l, nil
	}
	for i := Level(1); i < numLevels; i++ {
		for _, n := range levelNames[i] {
			if fold.Key(n) == k {
				return i, nil
			}
		}
	}
	return 0, &ParseError{Input: s, Err: ErrSyntax, What: "level"}
}

// rank orders levels from large to small for choosing among candidates of
// one name: countries, then first-level regions, then second-level, then
// the rest.
func (l Level) rank() int {
	switch l {
	case Country:
		return 0
	case Province, State, FederalTerritory:
		return 1
	case Regency, City, Division, ForeignRegion:
		return 2
	}
	return 3
}
