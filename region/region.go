package region

import (
	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/language"
)

// A Region is a country or a subdivision of one: an Indonesian province,
// regency, city or district, a Malaysian state, federal territory, division
// or town, or a foreign local government. Regions are small comparable
// values; two regions are the same when their codes are.
//
// The zero Region is not a valid region (IsValid reports false); it
// marshals as empty text, so an optional region field stays empty in JSON.
type Region struct {
	// Code identifies the region and is what MarshalText writes:
	//   - Indonesia: the Kemendagri code, "61" (province), "61.03"
	//     (regency or city), "61.03.21" (district);
	//   - countries: the ISO 3166-1 alpha-2 code, "ID", "MY", "KR";
	//   - Malaysian states and federal territories: ISO 3166-2, "MY-13";
	//   - Sarawak and Sabah divisions and Malaysian towns: a code of this
	//     package extending the state's, "MY-13.12" (Bahagian Serian, the
	//     12th division; see data/my-divisions.csv), "MY-13.12.01" (Tebedu);
	//   - foreign regions: their ISO 3166-2 code when they have one
	//     ("KR-28", "CN-ZJ"), otherwise the country code, a slash and the
	//     folded name ("SE/timra").
	Code string
	// ISO is the ISO 3166-2 code (ISO 3166-1 alpha-2 for a country), empty
	// when the region has none.
	ISO string
	// Name is the official name as used in Indonesian documents: "Kalimantan
	// Barat", "Kabupaten Sanggau", "Entikong", "Sarawak", "Korea Selatan".
	// Label gives it in Malay or English.
	Name string
	// Level is the administrative level.
	Level Level
	// Country is the ISO 3166-1 alpha-2 code of the country ("ID", "MY").
	Country string
	// Parent is the code of the region that contains this one, empty for a
	// country.
	Parent string
}

// IsValid reports whether r is a region rather than the zero Region.
func (r Region) IsValid() bool { return r.Code != "" }

// String returns the name of r, or its code when it has no name; the zero
// Region gives "".
func (r Region) String() string {
	if r.Name != "" {
		return r.Name
	}
	return r.Code
}

// describe is the form used in error messages: name, level and code.
func (r Region) describe() string {
	s := r.String()
	if r.Level != 0 {
		s += " (" + r.Level.String() + " " + r.Code
	} else {
		s += " (" + r.Code
	}
	if r.Level == District || r.Level == Town {
		if p, ok := Default().Lookup(r.Parent); ok {
			s += ", " + p.Name
		}
	}
	return s + ")"
}

// AppendText appends the code of r to b.
func (r Region) AppendText(b []byte) ([]byte, error) { return append(b, r.Code...), nil }

// MarshalText returns the code of r: "61.03", "MY-13", "KR-28", "SE/timra".
func (r Region) MarshalText() ([]byte, error) { return []byte(r.Code), nil }

// UnmarshalText sets r to the region whose code (or ISO code) is b, looked
// up in the Default gazetteer; empty text gives the zero Region. A region a
// user defines must be defined in Default before such text is read.
func (r *Region) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = Region{}
		return nil
	}
	v, ok := Default().Lookup(string(b))
	if !ok {
		return &ParseError{Func: "Region.UnmarshalText", Input: string(b), Msg: "no region with that code", Err: ErrNotFound}
	}
	*r = v
	return nil
}

// Label returns the name of r in the language of tag (Indonesian, Malay or
// English; unsupported tags give English). Regions with no name recorded in
// that language give Name: "Kalimantan Barat" is "West Kalimantan" in
// English, "Korea Selatan" is "Korea Selatan" in Malay and "South Korea" in
// English; Indonesian regencies and cities are "Sanggau Regency" and
// "Pontianak City" in English and keep their Indonesian names otherwise;
// districts keep their names.
func (r Region) Label(tag language.Tag) string {
	return Default().label(r, lang.Of(tag))
}
