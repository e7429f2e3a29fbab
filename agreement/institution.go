package agreement

import (
	"strings"

	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/region"
)

// Institutions as partners.
//
// The partners of a KSDPK or KSDLL, and of most university and agency
// registers, are not regions but institutions: a Dinas, a ministry, a
// university, a school, a company, a bank, an embassy. A register names
// them as it pleases ("Universitas Kebangsaan Malaysia", "PT Bank Sumut",
// "SMA Negeri 12 Tangerang Selatan", "Embassy of India Jakarta",
// "University of Zagreb, Croatia"). ReadCSV keeps such a partner as a
// named party (Party.Name) without a region and without a warning; a
// partner that is neither a known region nor an institution is still
// reported ("partner not recognised").
//
// A name is an institution when its first word, or its first two words,
// is one of institutionWords ("Universitas …", "PT …", "SMA Negeri …"),
// or when it is not a known region and one of its words is
// ("Sungkyunkwan University, Korea", "Jakarta Pusat" is a region). Its
// country is read from its last part when that part is a country
// ("University of Zagreb, Croatia" is HR, "Belgrade University Serbia"
// RS), and otherwise left to the Negara column.

// institutionWords are the folded words that make a name an institution's.
var institutionWords = wordSet(
	// education
	"universitas", "university", "universiti", "universite", "universidad", "universitat", "institut", "institute",
	"college", "kolej", "sekolah", "school", "sma", "smk", "smp", "sd", "man", "mts", "madrasah", "pesantren",
	"politeknik", "polytechnic", "akademi", "academy", "iain", "uin", "stie", "stikes", "stain", "education",
	"centre", "center", "pusat", "studies", "fakultas", "faculty", "section",
	// government agencies that are not regions
	"dinas", "kementerian", "kementrian", "kemenkumham", "ministry", "kedutaan", "embassy", "konsulat", "consulate",
	"badan", "lembaga", "komisi", "direktorat", "balai", "kantor", "agency", "commission", "kepolisian", "polda", "polres",
	"kejaksaan", "pengadilan", "mahkamah", "perpustakaan", "library", "rsud", "hospital", "puskesmas",
	// companies, banks and associations
	"pt", "cv", "tbk", "persero", "bumd", "bumn", "perumda", "perusahaan", "company", "corporation", "corp", "inc", "ltd",
	"limited", "bhd", "sdn", "gmbh", "bank", "koperasi", "yayasan", "foundation", "asosiasi", "association",
	"majelis", "himpunan", "perhimpunan", "persatuan", "ikatan", "organisasi", "organization", "organisation",
)

// institutionPairs are two-word starts of institution names whose first
// word alone is also a region's word.
var institutionPairs = wordSet("rumah sakit", "perguruan tinggi")

// institution reports whether name is an institution's by its first words
// alone (first), or by any of its words (any).
func institution(name string) (first, any bool) {
	ws := strings.Fields(fold.Key(name))
	if len(ws) == 0 {
		return false, false
	}
	if institutionWords[ws[0]] || len(ws) > 1 && institutionPairs[ws[0]+" "+ws[1]] {
		return true, true
	}
	for _, w := range ws[1:] {
		if institutionWords[w] {
			return false, true
		}
	}
	return false, false
}

// institutionCountry returns the country an institution's name gives: the
// country of an embassy or consulate ("Embassy of India Jakarta", "U.S.
// Embassy"), else the last part of the name when it is a country ("…,
// Croatia", "…-Germany", "… South Africa"); "" when none.
func institutionCountry(name string, resolve func(string) (region.Region, error)) string {
	name = strings.TrimSpace(name)
	var tries []string
	// The country an embassy or a consulate is of: "Embassy of India
	// Jakarta", "Konsulat Jenderal Jepang di Surabaya", "the U.S. Embassy".
	k := fold.Key(name)
	for _, lead := range []string{"embassy of ", "consulate general of ", "consulate of ", "kedutaan besar ", "kedubes ", "konsulat jenderal ", "konjen "} {
		if i := strings.Index(k, lead); i >= 0 {
			ws := strings.Fields(k[i+len(lead):])
			for n := min(2, len(ws)); n >= 1; n-- {
				tries = append(tries, strings.Join(ws[:n], " "))
			}
		}
	}
	for _, w := range strings.Fields(name) {
		if c := strings.ReplaceAll(w, ".", ""); c != w && len(c) == 2 && strings.ToUpper(c) == c {
			tries = append(tries, c) // "U.S."
		}
	}
	if i := strings.LastIndexAny(name, ",-–("); i >= 0 {
		tries = append(tries, strings.Trim(name[i+1:], " )"))
	}
	ws := strings.Fields(name)
	for n := 1; n <= 2 && n < len(ws); n++ {
		tries = append(tries, strings.Join(ws[len(ws)-n:], " "))
	}
	for _, t := range tries {
		if t == "" {
			continue
		}
		if r, err := resolve(t); err == nil && r.Level == region.Country && r.Country != "" {
			return r.Country
		}
	}
	return ""
}
