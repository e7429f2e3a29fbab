package region

import (
	"sync"

	"github.com/kerjasama/kerjasama/internal/enum"
	"github.com/kerjasama/kerjasama/internal/fold"
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

// levels is the table of Level: per level, the stable identifier, the
// labels in Indonesian, Malay and English, and the abbreviations and
// other words documents write before or instead of a level.
var levels = enum.New(enum.Config{Type: "Level", MaxLen: 64, Err: enumError}, []enum.Entry{
	{En: "unknown", In: "tidak diketahui", Ms: "tidak diketahui"},
	Country:  {ID: "country", En: "country", In: "negara", Ms: "negara", Aliases: []string{"negeri asing"}},
	Province: {ID: "province", En: "province", In: "provinsi", Ms: "wilayah", Aliases: []string{"propinsi", "prov", "prop"}},
	Regency:  {ID: "regency", En: "regency", In: "kabupaten", Ms: "kabupaten", Aliases: []string{"kab", "kabupaten administrasi"}},
	City:     {ID: "city", En: "city", In: "kota", Ms: "bandar", Aliases: []string{"kotamadya", "kodya", "kota administrasi", "municipality"}},
	District: {ID: "district", En: "district", In: "kecamatan", Ms: "kecamatan", Aliases: []string{"kec", "distrik"}},
	State:    {ID: "state", En: "state", In: "negara bagian", Ms: "negeri"},
	FederalTerritory: {ID: "federal-territory", En: "federal territory", In: "wilayah persekutuan", Ms: "wilayah persekutuan",
		Aliases: []string{"wp", "wilayah federal"}},
	Division:      {ID: "division", En: "division", In: "bahagian", Ms: "bahagian", Aliases: []string{"divisi"}},
	Town:          {ID: "town", En: "town", In: "kota kecil", Ms: "pekan"},
	ForeignRegion: {ID: "foreign-region", En: "foreign region", In: "daerah luar negeri", Ms: "wilayah luar negara"},
})

// enumError turns a refusal of the enumeration engine into a *ParseError.
func enumError(f enum.Failure) error {
	err := ErrSyntax
	if f.Kind == enum.TooLong {
		err = ErrTooLong
	}
	return &ParseError{Func: f.Func, Input: f.Input, Offset: f.Offset, Msg: f.Msg, Err: err}
}

// levelWords maps the folded words people write before or instead of a
// level to the level: every name of the table but the zero value's. The
// gazetteer reads them as prefixes and suffixes of names ("Kab. Sanggau").
var levelWords = sync.OnceValue(func() map[string]Level {
	m := map[string]Level{}
	for v := 1; v < levels.Len(); v++ {
		e, _ := levels.Entry(v)
		for _, n := range e.Names() {
			m[fold.Key(n)] = Level(v)
		}
	}
	return m
})

// String returns the stable English identifier of l ("province",
// "federal-territory"): "" for the zero Level, "%!Level(N)" out of range.
func (l Level) String() string { return levels.String(int(l)) }

// Label returns the name of l in the language of tag: Indonesian, Malay or
// English (the fallback for unsupported tags).
func (l Level) Label(tag language.Tag) string { return levels.Label(int(l), tag) }

// IsValid reports whether l is one of the defined levels (not the zero Level).
func (l Level) IsValid() bool { return l > 0 && l < numLevels }

// AppendText appends the identifier of l to b. The zero Level appends
// nothing; a Level out of range is an error.
func (l Level) AppendText(b []byte) ([]byte, error) { return levels.AppendText(b, int(l)) }

// MarshalText returns the identifier of l ("regency"); the zero Level
// marshals as empty text.
func (l Level) MarshalText() ([]byte, error) { return l.AppendText(nil) }

// UnmarshalText sets l from any form ParseLevel accepts; empty text gives
// the zero Level.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := levels.UnmarshalText(b)
	if err != nil {
		return err
	}
	*l = Level(v)
	return nil
}

// ParseLevel reads a level written as its identifier or as a label or
// abbreviation in Indonesian, Malay or English: "kab", "Kabupaten",
// "regency", "Kota", "kec.", "Negeri", "WP", "Bahagian". Case, spacing and
// punctuation do not matter.
func ParseLevel(s string) (Level, error) {
	v, err := levels.Parse("ParseLevel", s)
	return Level(v), err
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
