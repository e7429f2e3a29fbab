package trade

import (
	"strings"

	"github.com/kerjasama/kerjasama/region"
)

// resolvePost returns the ID of the border post named s ("PLBN Entikong",
// "Entikong", "entikong"), or s itself when region knows no such post: a
// port or a traditional crossing keeps the name the source gives it.
func resolvePost(s string) string {
	if p, err := region.FindPost(s); err == nil {
		return p.ID
	}
	return s
}

// resolveRegion returns the code of the region or country named or coded
// s ("Malaysia" → "MY", "Sarawak" → "MY-13", "Kalbar" → "61"), or s itself
// when it is unknown or ambiguous. Comtrade files code countries with ISO
// 3166-1 alpha-3 ("MYS"), and the world as "W00" (the empty partner).
func resolveRegion(s string, comtrade bool) string {
	if comtrade {
		u := strings.ToUpper(s)
		if u == "W00" || u == "WLD" {
			return ""
		}
		if a2, ok := alpha3[u]; ok {
			return a2
		}
	}
	if r, ok := region.Lookup(s); ok {
		return r.Code
	}
	if r, err := region.Find(s); err == nil {
		return r.Code
	}
	return s
}

// alpha3 maps the ISO 3166-1 alpha-3 codes of Indonesia's main trading
// partners, as UN Comtrade writes them, to the alpha-2 codes region uses.
// Codes not listed stay as written. Source: ISO 3166-1.
var alpha3 = map[string]string{
	"IDN": "ID", "MYS": "MY", "SGP": "SG", "BRN": "BN", "THA": "TH", "PHL": "PH", "VNM": "VN",
	"MMR": "MM", "KHM": "KH", "LAO": "LA", "TLS": "TL", "PNG": "PG", "CHN": "CN", "JPN": "JP",
	"KOR": "KR", "PRK": "KP", "IND": "IN", "PAK": "PK", "BGD": "BD", "LKA": "LK", "TWN": "TW",
	"HKG": "HK", "AUS": "AU", "NZL": "NZ", "USA": "US", "CAN": "CA", "MEX": "MX", "BRA": "BR",
	"GBR": "GB", "DEU": "DE", "FRA": "FR", "NLD": "NL", "BEL": "BE", "ITA": "IT", "ESP": "ES",
	"SWE": "SE", "CHE": "CH", "RUS": "RU", "TUR": "TR", "SAU": "SA", "ARE": "AE", "EGY": "EG",
	"KEN": "KE", "ZAF": "ZA", "NGA": "NG",
}
