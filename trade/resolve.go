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
// 3166-1 alpha-3 ("MYS"), which region.Lookup reads for every country it
// embeds, and the world as "W00" (the empty partner); an alpha-3 code
// region does not know ("XXB", Comtrade's bunkers) stays as written.
func resolveRegion(s string, comtrade bool) string {
	if comtrade {
		switch strings.ToUpper(s) {
		case "W00", "WLD":
			return ""
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
