package region

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestCounts(t *testing.T) {
	counts := map[Level]int{}
	idRegenciesCities := 0
	for _, r := range base().regions {
		if r.Country == "ID" || r.Country == "MY" {
			counts[r.Level]++
		}
		if r.Country == "ID" && (r.Level == Regency || r.Level == City) {
			idRegenciesCities++
		}
	}
	// Cities: 98 Indonesian and 4 Malaysian partner cities (Kota
	// Kinabalu, Johor Bahru, Seremban, Langkawi); towns: 6 facing border
	// posts and 7 divisional towns (data/my-towns.csv).
	want := map[Level]int{Country: 2, Province: 38, Regency: 416, City: 102, District: 7285, State: 13, FederalTerritory: 3, Division: 17, Town: 13}
	if diff := cmp.Diff(want, counts); diff != "" {
		t.Errorf("level counts mismatch (-want +got):\n%s", diff)
	}
	if idRegenciesCities != 514 {
		t.Errorf("Indonesian regencies and cities = %d, want 514", idRegenciesCities)
	}
	if got := counts[State] + counts[FederalTerritory]; got != 16 {
		t.Errorf("Malaysian states and federal territories = %d, want 16", got)
	}
	id, _ := Lookup("ID")
	if got := len(Children(id)); got != 38 {
		t.Errorf("len(Children(Indonesia)) = %d, want 38", got)
	}
	my, _ := Lookup("MY")
	if got := len(Children(my)); got != 16 {
		t.Errorf("len(Children(Malaysia)) = %d, want 16", got)
	}
	sum := 0
	for _, p := range Children(id) {
		for _, r := range Children(p) {
			sum += len(Children(r))
		}
	}
	if sum != 7285 {
		t.Errorf("districts reached through Children = %d, want 7285", sum)
	}
}

// TestProvinceISO checks every province's Kemendagri and ISO 3166-2 code,
// including the four Papua provinces of 2022 (ID-PS, ID-PT, ID-PE, ID-PD).
func TestProvinceISO(t *testing.T) {
	want := map[string]string{
		"11": "ID-AC", "12": "ID-SU", "13": "ID-SB", "14": "ID-RI", "15": "ID-JA", "16": "ID-SS",
		"17": "ID-BE", "18": "ID-LA", "19": "ID-BB", "21": "ID-KR", "31": "ID-JK", "32": "ID-JB",
		"33": "ID-JT", "34": "ID-YO", "35": "ID-JI", "36": "ID-BT", "51": "ID-BA", "52": "ID-NB",
		"53": "ID-NT", "61": "ID-KB", "62": "ID-KT", "63": "ID-KS", "64": "ID-KI", "65": "ID-KU",
		"71": "ID-SA", "72": "ID-ST", "73": "ID-SN", "74": "ID-SG", "75": "ID-GO", "76": "ID-SR",
		"81": "ID-MA", "82": "ID-MU", "91": "ID-PA", "92": "ID-PB", "93": "ID-PS", "94": "ID-PT",
		"95": "ID-PE", "96": "ID-PD",
	}
	id, _ := Lookup("ID")
	got := map[string]string{}
	for _, p := range Children(id) {
		got[p.Code] = p.ISO
		if back, ok := Lookup(p.ISO); !ok || back != p {
			t.Errorf("Lookup(%q) = %v, %v; want %v", p.ISO, back, ok, p)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("province ISO codes mismatch (-want +got):\n%s", diff)
	}
}

func TestNewPapuaProvinces(t *testing.T) {
	tests := []struct{ name, code, iso string }{
		{"Papua Selatan", "93", "ID-PS"},
		{"Papua Tengah", "94", "ID-PT"},
		{"Papua Pegunungan", "95", "ID-PE"},
		{"Papua Barat Daya", "96", "ID-PD"},
	}
	for _, tt := range tests {
		r, err := Find(tt.name)
		if err != nil || r.Code != tt.code || r.ISO != tt.iso || r.Level != Province {
			t.Errorf("Find(%q) = %+v, %v; want province %s (%s)", tt.name, r, err, tt.code, tt.iso)
		}
	}
	// Merauke moved from Papua (91) to Papua Selatan (93).
	r, err := Find("Kabupaten Merauke")
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := ProvinceOf(r); p.ISO != "ID-PS" {
		t.Errorf("ProvinceOf(Merauke) = %v, want Papua Selatan", p)
	}
}

// TestShortNames checks every short name the issue lists and the others in
// common use.
func TestShortNames(t *testing.T) {
	want := map[string]string{
		"Aceh": "11", "NAD": "11", "Sumut": "12", "Sumbar": "13", "Riau": "14", "Jambi": "15",
		"Sumsel": "16", "Bengkulu": "17", "Lampung": "18", "Babel": "19", "Kepri": "21",
		"DKI": "31", "Jakarta": "31", "DKI Jakarta": "31", "Jabar": "32", "Jateng": "33",
		"DIY": "34", "Yogyakarta": "34", "Jatim": "35", "Banten": "36", "Bali": "51",
		"NTB": "52", "NTT": "53", "Kalbar": "61", "Kalteng": "62", "Kalsel": "63",
		"Kaltim": "64", "Kaltara": "65", "Sulut": "71", "Sulteng": "72", "Sulsel": "73",
		"Sultra": "74", "Gorontalo": "75", "Sulbar": "76", "Maluku": "81", "Malut": "82",
		"Papua": "91", "Pabar": "92", "Papsel": "93", "Papteng": "94", "Papeg": "95", "PBD": "96",
	}
	got := map[string]string{}
	for name := range want {
		for _, form := range []string{name, strings.ToUpper(name), strings.ToLower(name), "Prov. " + name, "Provinsi " + name, "Pemprov " + name, " " + name + "\u00a0"} {
			r, err := Find(form)
			if err != nil {
				t.Errorf("Find(%q): %v", form, err)
				continue
			}
			if form == name {
				got[name] = r.Code
			} else if r.Code != want[name] {
				t.Errorf("Find(%q) = %s, want %s", form, r.Code, want[name])
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("short names mismatch (-want +got):\n%s", diff)
	}
}

func TestLookup(t *testing.T) {
	kalbar := Region{Code: "61", ISO: "ID-KB", Name: "Kalimantan Barat", Level: Province, Country: "ID", Parent: "ID"}
	tests := []struct {
		code string
		want Region
	}{
		{"61", kalbar},
		{"ID-KB", kalbar},
		{" id-kb ", kalbar},
		{"61.03", Region{Code: "61.03", Name: "Kabupaten Sanggau", Level: Regency, Country: "ID", Parent: "61"}},
		{"61.72", Region{Code: "61.72", Name: "Kota Singkawang", Level: City, Country: "ID", Parent: "61"}},
		{"61.03.21", Region{Code: "61.03.21", Name: "Entikong", Level: District, Country: "ID", Parent: "61.03"}},
		{"MY-13", Region{Code: "MY-13", ISO: "MY-13", Name: "Sarawak", Level: State, Country: "MY", Parent: "MY"}},
		{"my-15", Region{Code: "MY-15", ISO: "MY-15", Name: "Wilayah Persekutuan Labuan", Level: FederalTerritory, Country: "MY", Parent: "MY"}},
		{"MY-13.12", Region{Code: "MY-13.12", Name: "Serian", Level: Division, Country: "MY", Parent: "MY-13"}},
		{"MY-13.12.01", Region{Code: "MY-13.12.01", Name: "Tebedu", Level: Town, Country: "MY", Parent: "MY-13.12"}},
		{"KR", Region{Code: "KR", ISO: "KR", Name: "Korea Selatan", Level: Country, Country: "KR"}},
		{"KOR", Region{Code: "KR", ISO: "KR", Name: "Korea Selatan", Level: Country, Country: "KR"}},
		{"mys", Region{Code: "MY", ISO: "MY", Name: "Malaysia", Level: Country, Country: "MY"}},
		{"KR-28", Region{Code: "KR-28", ISO: "KR-28", Name: "Incheon", Level: Province, Country: "KR", Parent: "KR"}},
		{"CN-ZJ", Region{Code: "CN-ZJ", ISO: "CN-ZJ", Name: "Zhejiang", Level: Province, Country: "CN", Parent: "CN"}},
		{"KR-30", Region{Code: "KR-30", ISO: "KR-30", Name: "Daejeon", Level: City, Country: "KR", Parent: "KR"}},
		{"se/TIMRA", Region{Code: "SE/timra", Name: "Timrå", Level: City, Country: "SE", Parent: "SE"}},
		{"99", Region{}},
		{"61.00", Region{}},
		{"6103", Region{}},
		{"61.3", Region{}},
		{"", Region{}},
		{"Kalbar", Region{}},
		{strings.Repeat("6", 1000), Region{}},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.code)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tt.code, diff)
		}
		if ok != tt.want.IsValid() {
			t.Errorf("Lookup(%q) ok = %v, want %v", tt.code, ok, !ok)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct{ in, code string }{
		// Provinces, in the forms of the seeds and the issue.
		{"Kalbar", "61"},
		{"Kalimantan Barat", "61"},
		{"KALIMANTAN  BARAT", "61"},
		{"Provinsi Kalimantan Barat", "61"},
		{"Prov. Kalbar", "61"},
		{"Pemprov Banten", "36"},
		{"Setda Provinsi Banten", ""},
		{"West Kalimantan", "61"},
		{"West Kalimantan Province", "61"},
		{"Kalimantan Tengah", "62"},
		{"Bengkulu", "17"},
		{"Nanggroe Aceh Darussalam", "11"},
		// Regencies and cities.
		{"Kab. Sanggau", "61.03"},
		{"Kab.Sanggau", "61.03"},
		{"kab sanggau", "61.03"},
		{"Kabupaten\u00a0Sanggau", "61.03"},
		{"Kabupaten\u202fSanggau", "61.03"},
		{"Sanggau Regency", "61.03"},
		{"Pemkab Sanggau", "61.03"},
		{"Sanggau", "61.03"},
		{"Sambas", "61.01"},
		{"Kota Singkawang", "61.72"},
		{"Singkawang", "61.72"},
		{"Pemkot Singkawang", "61.72"},
		{"Pemerintah Kota Singkawang", "61.72"},
		{"Kota Bengkulu", "17.71"},
		{"Kota Tangerang Selatan", "36.74"},
		{"Tangerang Selatan", "36.74"},
		{"Kota Serang", "36.73"},
		{"Kota Palembang", "16.71"},
		{"Palembang", "16.71"},
		{"Jakarta Pusat", "31.71"},
		{"Kota Administrasi Jakarta Pusat", "31.71"},
		{"Kab. Kapuas Hulu", "61.06"},
		{"Kab. Kapuas", "62.03"},
		{"Kabupaten Kapuas Hulu, Kalimantan Barat", "61.06"},
		{"Kab Sanggau Kalbar", "61.03"},
		{"Propinsi Kalimantan Barat", "61"},
		{"Provinsi Kalbar", "61"},
		{"Kotamadya Pontianak", "61.71"},
		{"Kodya Pontianak", "61.71"},
		{"Pontianak City", "61.71"},
		{"Kota Pontianak (Kalbar)", "61.71"},
		{"Kalimantan Barat (Kalbar)", "61"},
		{"Provinsi Kalimantan Barat (Kalbar)", "61"},
		{"Kabupaten Timor Tengah Utara (TTU)", "53.03"},
		{"Daerah Istimewa Yogyakarta (DIY)", "34"},
		{"Sanggau, Kalimantan Barat, Indonesia", "61.03"},
		{"Kabupaten Sanggau Provinsi Kalimantan Barat", "61.03"},
		{"KABUPATEN SANGGAU.", "61.03"},
		{"Kalimatan Barat", "61"}, // a real typo, read with the typo tolerance
		{"Kota Tangerang Selatan, Banten", "36.74"},
		{"Tangsel", "36.74"}, {"Kab. TTU", "53.03"}, {"TTS", "53.02"},
		{"Kabupaten Pontianak", "61.02"}, {"Pontianak", "61.71"}, {"Kab. Pontianak", "61.02"}, {"Jaksel", "31.74"}, {"Kukar", "64.02"},
		// Regency short names of Pemkab and press usage.
		{"Kab. Pangkep", "73.10"}, {"OKU Timur", "16.08"}, {"Kabupaten OKI", "16.02"}, {"Kab. Kotim", "62.02"},
		{"Kobar", "62.01"}, {"HSU", "63.08"}, {"Kab. Rohil", "14.07"}, {"Pemkab Kuansing", "14.09"}, {"Halut", "82.03"},
		{"Kab. Limapuluh Kota", "13.07"}, {"Madina", "12.13"}, {"Kabupaten PPU", "64.09"}, {"Tanjabtim", "15.07"},
		// Districts.
		{"Entikong", "61.03.21"},
		{"Kecamatan Entikong", "61.03.21"},
		{"Kec. Entikong", "61.03.21"},
		{"Kecamatan Sambas", "61.01.01"},
		{"Nanga Badau", "61.06.14"},
		{"Badau, Kapuas Hulu", "61.06.14"},
		{"Badau (Belitung)", "19.02.05"},
		{"Distrik Muara Tami", "91.71.04"},
		{"Kec Entikong Kab Sanggau", "61.03.21"},
		{"Kecamatan Entikong, Kabupaten Sanggau", "61.03.21"},
		{"Entikong (Sanggau)", "61.03.21"},
		{"Ra'as", "35.29.22"},
		// Malaysia.
		{"Negeri Sarawak", "MY-13"},
		{"Sarawak", "MY-13"},
		{"Kerajaan Negeri Sarawak", "MY-13"},
		{"Wilayah Sarawak", "MY-13"},
		{"Wilayah Kalimantan Barat", "61"},
		{"Sabah", "MY-12"},
		{"Johor", "MY-01"},
		{"Melaka", "MY-04"},
		{"Malacca", "MY-04"},
		{"Negeri Sembilan", "MY-05"},
		{"Penang", "MY-07"},
		{"Wilayah Persekutuan Labuan", "MY-15"},
		{"Labuan", "MY-15"},
		{"WP Labuan", "MY-15"},
		{"Federal Territory of Labuan", "MY-15"},
		{"Kuala Lumpur", "MY-14"},
		{"Bahagian Serian", "MY-13.12"},
		{"Serian Division", "MY-13.12"},
		{"Bahagian Sri Aman", "MY-13.02"},
		{"West Coast Division", "MY-12.01"},
		{"Tebedu", "MY-13.12.01"},
		{"Pekan Tebedu", "MY-13.12.01"},
		{"Daerah Tebedu", "MY-13.12.01"},
		{"Bahagian Kuching, Sarawak", "MY-13.01"},
		{"Biawak", "MY-13.01.01"},
		{"Lubok Antu", "MY-13.02.01"},
		{"Serikin", "MY-13.01.02"},
		{"Ba'kelalan", "MY-13.05.01"},
		{"Ba’kelalan", "MY-13.05.01"},
		{"Bakelalan", "MY-13.05.01"},
		// Countries.
		{"RRT", "CN"}, {"Tiongkok", "CN"}, {"Cina", "CN"}, {"China", "CN"},
		{"Korea Selatan", "KR"}, {"Korsel", "KR"}, {"Korea", "KR"}, {"Korea Utara", "KP"}, {"Jepang", "JP"}, {"Jepun", "JP"},
		{"Swedia", "SE"}, {"Sweden", "SE"}, {"Amerika Serikat", "US"}, {"AS", "US"},
		{"Amerika Syarikat", "US"}, {"Malaysia", "MY"}, {"Singapura", "SG"}, {"Singapore", "SG"},
		{"Thailand", "TH"}, {"India", "IN"}, {"Kenya", "KE"}, {"Brunei Darussalam", "BN"},
		{"Brunei", "BN"}, {"Timor Leste", "TL"}, {"Timor-Leste", "TL"}, {"RDTL", "TL"},
		{"Papua Nugini", "PG"}, {"Papua New Guinea", "PG"}, {"PNG", "PG"}, {"Indonesia", "ID"},
		{"Republik Rakyat Tiongkok", "CN"},
		// Foreign partners, as the Banten seed writes them.
		{"Provinsi Incheon Korea", "KR-28"},
		{"Incheon", "KR-28"},
		{"Provinsi Zhejiang – RRT", "CN-ZJ"},
		{"Provinsi Zhejiang - RRT", "CN-ZJ"},
		{"Zhejiang (China)", "CN-ZJ"},
		{"Kota Daejeon (Korea Selatan)", "KR-30"},
		{"Daejeon", "KR-30"},
		{"Pemerintah Kota Timra (Swedia)", "SE/timra"},
		{"Kota Timrå", "SE/timra"},
		{"Timra", "SE/timra"},
		{"TIMRÅ", "SE/timra"},
		// Codes.
		{"61", "61"},
		{"61.03.21", "61.03.21"},
		{"ID-KB", "61"},
		{"MY-13", "MY-13"},
	}
	for _, tt := range tests {
		got, err := Find(tt.in)
		if tt.code == "" {
			if err == nil {
				t.Errorf("Find(%q) = %v, want an error", tt.in, got.Code)
			}
			continue
		}
		if err != nil || got.Code != tt.code {
			t.Errorf("Find(%q) = %q (%s), %v; want %s", tt.in, got.Code, got.Name, err, tt.code)
		}
	}
}

func TestFindAmbiguous(t *testing.T) {
	tests := []struct {
		in    string
		codes []string
	}{
		{"Badau", []string{"19.02.05", "61.06.14"}},
		{"Kecamatan Badau", []string{"19.02.05", "61.06.14"}},
		{"Bandung", []string{"32.04", "32.73"}},
		{"Tangerang", []string{"36.03", "36.71"}},
	}
	for _, tt := range tests {
		_, err := Find(tt.in)
		var amb *AmbiguousError
		if !errors.As(err, &amb) {
			t.Errorf("Find(%q) error = %v, want *AmbiguousError", tt.in, err)
			continue
		}
		if !errors.Is(err, ErrAmbiguous) {
			t.Errorf("Find(%q): errors.Is(err, ErrAmbiguous) = false", tt.in)
		}
		var got []string
		for _, c := range amb.Candidates {
			got = append(got, c.Code)
		}
		if diff := cmp.Diff(tt.codes, got); diff != "" {
			t.Errorf("Find(%q) candidates mismatch (-want +got):\n%s", tt.in, diff)
		}
		for _, c := range amb.Candidates {
			if !strings.Contains(err.Error(), c.Code) {
				t.Errorf("Find(%q) error %q does not name candidate %s", tt.in, err, c.Code)
			}
		}
	}
	_, err := Find("Badau")
	if want := `region: "Badau" is ambiguous: Badau (district 19.02.05, Kabupaten Belitung), Badau (district 61.06.14, Kabupaten Kapuas Hulu)`; err == nil || err.Error() != want {
		t.Errorf("Find(Badau) error = %v, want %s", err, want)
	}
}

func TestFindNotFound(t *testing.T) {
	tests := []struct {
		in      string
		suggest string // code of the first suggestion, "" for none
	}{
		{"xyzzy", ""},
		{"", ""},
		{"   ", ""},
		{"Kab. Sangau", "61.03"},
		{"Kalimantan Barar", "61"},
		{"Entikon", "61.03.21"},
		{"Kota Sanggau", "61.03"},
		{"\xff\xfe", ""},
	}
	for _, tt := range tests {
		// FindExact: without the typo tolerance, "Kab. Sangau" and
		// "Kalimantan Barar" are not found either (Find finds them,
		// see TestFindTypo).
		_, err := FindExact(tt.in)
		var nf *NotFoundError
		if !errors.As(err, &nf) || !errors.Is(err, ErrNotFound) {
			t.Errorf("FindExact(%q) error = %v, want *NotFoundError", tt.in, err)
			continue
		}
		got := ""
		if sug := nf.Suggestions(); len(sug) > 0 {
			got = sug[0].Code
		}
		if got != tt.suggest {
			t.Errorf("Find(%q) first suggestion = %q, want %q (%v)", tt.in, got, tt.suggest, err)
		}
	}
	_, err := Find(strings.Repeat("Kalbar ", 100))
	if !errors.Is(err, ErrTooLong) {
		t.Errorf("Find(long) error = %v, want ErrTooLong", err)
	}
}

func TestSearch(t *testing.T) {
	tests := []struct {
		query string
		limit int
		want  []string
	}{
		{"Kalbar", 1, []string{"61"}},
		{"badau", 3, []string{"19.02.05", "61.06.14", "63.04.07"}},
		{"Kalimantan", 5, []string{"61", "62", "63", "64", "65"}},
		{"sangg", 3, []string{"61.03", "52.06.09", "61.07.06"}},
		{"", 5, nil},
		{"qqqqqqqqqq", 5, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range Search(tt.query, tt.limit) {
			got = append(got, r.Code)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Search(%q, %d) mismatch (-want +got):\n%s", tt.query, tt.limit, diff)
		}
	}
	if n := len(Search("a", 0)); n < 1000 {
		t.Errorf("len(Search(a, 0)) = %d, want no limit", n)
	}
}

func TestRelations(t *testing.T) {
	entikong, _ := Lookup("61.03.21")
	p, ok := Parent(entikong)
	if !ok || p.Code != "61.03" {
		t.Errorf("Parent(Entikong) = %v, %v", p, ok)
	}
	prov, ok := ProvinceOf(entikong)
	if !ok || prov.Code != "61" {
		t.Errorf("ProvinceOf(Entikong) = %v, %v", prov, ok)
	}
	tebedu, _ := Lookup("MY-13.12.01")
	if st, ok := ProvinceOf(tebedu); !ok || st.Code != "MY-13" {
		t.Errorf("ProvinceOf(Tebedu) = %v, %v", st, ok)
	}
	zj, _ := Lookup("CN-ZJ")
	if st, ok := ProvinceOf(zj); !ok || st != zj {
		t.Errorf("ProvinceOf(Zhejiang) = %v, %v", st, ok)
	}
	cn, _ := Lookup("CN")
	if _, ok := ProvinceOf(cn); ok {
		t.Error("ProvinceOf(China) reports a province")
	}
	if _, ok := Parent(cn); ok {
		t.Error("Parent(China) reports a parent")
	}
	if !Within(entikong, "ID-KB") || !Within(entikong, "ID") || Within(entikong, "62") {
		t.Error("Within(Entikong) wrong")
	}
	sanggau, _ := Lookup("61.03")
	var names []string
	for _, c := range Children(sanggau) {
		names = append(names, c.Name)
	}
	if len(names) != 15 || !strings.Contains(strings.Join(names, ","), "Entikong") {
		t.Errorf("Children(Sanggau) = %v", names)
	}
	if got := Children(Region{}); got != nil {
		t.Errorf("Children(zero) = %v", got)
	}
	sarawak, _ := Lookup("MY-13")
	if got := len(Children(sarawak)); got != 12 {
		t.Errorf("len(Children(Sarawak)) = %d, want 12 divisions", got)
	}
}

func TestLabel(t *testing.T) {
	tests := []struct {
		code string
		tag  language.Tag
		want string
	}{
		{"61", language.Indonesian, "Kalimantan Barat"},
		{"61", language.English, "West Kalimantan"},
		{"61", language.Malay, "Kalimantan Barat"},
		{"61", language.Japanese, "West Kalimantan"},
		{"KR", language.Indonesian, "Korea Selatan"},
		{"KR", language.English, "South Korea"},
		{"CN", language.Indonesian, "Tiongkok"},
		{"CN", language.Malay, "China"},
		{"CN", language.MustParse("ms-BN"), "China"},
		{"JP", language.Malay, "Jepun"},
		{"US", language.Malay, "Amerika Syarikat"},
		{"MY-04", language.English, "Malacca"},
		{"MY-15", language.English, "Federal Territory of Labuan"},
		{"MY-13.12", language.English, "Serian Division"},
		{"MY-13.12", language.Malay, "Serian"},
		{"61.03", language.English, "Sanggau Regency"},
		{"61.03", language.Malay, "Kabupaten Sanggau"},
		{"61.71", language.English, "Pontianak City"},
		{"31.71", language.English, "Jakarta Pusat City"},
		{"61.03.21", language.English, "Entikong"},
		{"SE/timra", language.English, "Timrå"},
	}
	for _, tt := range tests {
		r, _ := Lookup(tt.code)
		if got := r.Label(tt.tag); got != tt.want {
			t.Errorf("Lookup(%q).Label(%v) = %q, want %q", tt.code, tt.tag, got, tt.want)
		}
	}
}

func TestRegionText(t *testing.T) {
	type party struct {
		Region  Region `json:"region"`
		Partner Region `json:"partner,omitzero"`
	}
	sanggau, _ := Lookup("61.03")
	timra, _ := Lookup("SE/timra")
	in := party{Region: sanggau, Partner: timra}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"region":"61.03","partner":"SE/timra"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out party
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"region":"99.99"}`), &out); !errors.Is(err, ErrNotFound) {
		t.Errorf("Unmarshal(99.99) error = %v, want ErrNotFound", err)
	}
	var z Region
	if err := z.UnmarshalText(nil); err != nil || z.IsValid() {
		t.Errorf("UnmarshalText(empty) = %v, %v", z, err)
	}
	if got := fmt.Sprint(sanggau); got != "Kabupaten Sanggau" {
		t.Errorf("String = %q", got)
	}
	if got, _ := sanggau.AppendText([]byte("x:")); string(got) != "x:61.03" {
		t.Errorf("AppendText = %q", got)
	}
	// Regions are comparable and usable as map keys.
	m := map[Region]int{sanggau: 1}
	again, _ := Find("Kab. Sanggau")
	if m[again] != 1 {
		t.Error("Find and Lookup give different values for Sanggau")
	}
}

func TestLevel(t *testing.T) {
	tests := []struct {
		in   string
		want Level
	}{
		{"kab", Regency}, {"Kab.", Regency}, {"Kabupaten", Regency}, {"regency", Regency},
		{"Kota", City}, {"city", City}, {"kotamadya", City},
		{"Prov.", Province}, {"Provinsi", Province}, {"propinsi", Province}, {"province", Province},
		{"kec.", District}, {"Kecamatan", District}, {"Distrik", District}, {"district", District},
		{"Negeri", State}, {"state", State}, {"negara bagian", State},
		{"WP", FederalTerritory}, {"Wilayah Persekutuan", FederalTerritory}, {"federal-territory", FederalTerritory},
		{"Bahagian", Division}, {"division", Division}, {"pekan", Town}, {"town", Town},
		{"negara", Country}, {"country", Country}, {"foreign-region", ForeignRegion},
	}
	for _, tt := range tests {
		got, err := ParseLevel(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "desa", strings.Repeat("k", 100)} {
		if _, err := ParseLevel(bad); err == nil {
			t.Errorf("ParseLevel(%q) succeeded", bad)
		}
	}
	for l := Level(0); l < numLevels; l++ {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Level
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("Level %v round trip = %v, %v", l, back, err)
		}
		for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
			if l.Label(tag) == "" {
				t.Errorf("%v.Label(%v) empty", l, tag)
			}
		}
	}
	if got := Level(200).String(); got != "%!Level(200)" {
		t.Errorf("Level(200).String() = %q", got)
	}
	if _, err := Level(200).MarshalText(); err == nil {
		t.Error("Level(200).MarshalText succeeded")
	}
	if got := Regency.Label(language.Indonesian) + "/" + State.Label(language.Malay) + "/" + Division.Label(language.English); got != "kabupaten/negeri/division" {
		t.Errorf("labels = %q", got)
	}
}

func TestDefine(t *testing.T) {
	var g Gazetteer
	if _, err := g.Find("Oslo"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Find(Oslo) before Define: %v", err)
	}
	oslo, err := g.Define(Region{Name: "Oslo", Country: "no", Level: City, ISO: "NO-03"}, "Kota Oslo")
	if err != nil {
		t.Fatal(err)
	}
	want := Region{Code: "NO-03", ISO: "NO-03", Name: "Oslo", Level: City, Country: "NO", Parent: "NO"}
	if diff := cmp.Diff(want, oslo); diff != "" {
		t.Errorf("Define(Oslo) mismatch (-want +got):\n%s", diff)
	}
	for _, q := range []string{"Oslo", "Kota Oslo", "Oslo (Norwegia)", "NO-03", "no-03"} {
		if r, err := g.Find(q); err != nil || r != oslo {
			t.Errorf("g.Find(%q) = %v, %v", q, r, err)
		}
	}
	// Without an ISO code, the code is country/slug.
	kiruna, err := g.Define(Region{Name: "Kiruna kommun", Country: "SE", Level: City}, "Kiruna")
	if err != nil {
		t.Fatal(err)
	}
	if kiruna.Code != "SE/kiruna-kommun" {
		t.Errorf("Define(Kiruna).Code = %q", kiruna.Code)
	}
	if r, ok := g.Lookup("se/kiruna-kommun"); !ok || r != kiruna {
		t.Errorf("g.Lookup(se/kiruna-kommun) = %v, %v", r, ok)
	}
	// A child of an embedded region, visible to Children.
	lundu, err := g.Define(Region{Name: "Lundu", Country: "MY", Level: District, Parent: "MY-13.01"})
	if err != nil {
		t.Fatal(err)
	}
	kuching, _ := g.Lookup("MY-13.01")
	found := false
	for _, c := range g.Children(kuching) {
		found = found || c == lundu
	}
	if !found {
		t.Errorf("g.Children(Kuching) lacks Lundu")
	}
	if p, ok := g.ProvinceOf(lundu); !ok || p.Code != "MY-13" {
		t.Errorf("g.ProvinceOf(Lundu) = %v, %v", p, ok)
	}
	// Same definition again is fine; a different one under a taken code is not.
	if again, err := g.Define(Region{Name: "Oslo", Country: "NO", Level: City, ISO: "NO-03"}); err != nil || again != oslo {
		t.Errorf("Define(Oslo) again = %v, %v", again, err)
	}
	if _, err := g.Define(Region{Name: "Not Oslo", Country: "NO", Level: City, ISO: "NO-03"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("Define(conflict) error = %v", err)
	}
	if _, err := g.Define(Region{Name: "Pontianak", Country: "ID", Level: City, ISO: "ID-KB"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("Define(over embedded) error = %v", err)
	}
	// Every problem at once.
	_, err = g.Define(Region{Code: "X", Name: " ", Country: "XX", ISO: "YY-1", Parent: "nowhere"})
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var de *DefineError
		if errors.As(e, &de) {
			fields = append(fields, de.Field)
		}
	}
	if diff := cmp.Diff([]string{"Name", "Country", "Level", "Code", "ISO", "Parent"}, fields); diff != "" {
		t.Errorf("Define(bad) problems mismatch (-want +got):\n%s", diff)
	}
	// A country the embedded table lacks, then a region in it.
	is, err := g.Define(Region{Name: "Islandia", Country: "IS", Level: Country, ISO: "IS"}, "Iceland")
	if err != nil || is.Code != "IS" || is.Parent != "" {
		t.Errorf("Define(Islandia) = %+v, %v", is, err)
	}
	rv, err := g.Define(Region{Name: "Reykjavík", Country: "IS", Level: City})
	if err != nil || rv.Parent != "IS" || rv.Code != "IS/reykjavik" {
		t.Errorf("Define(Reykjavík) = %+v, %v", rv, err)
	}
	if r, err := g.Find("Kota Reykjavik, Iceland"); err != nil || r != rv {
		t.Errorf("g.Find(Kota Reykjavik, Iceland) = %v, %v", r, err)
	}
	// The package-level functions do not see g's definitions.
	if _, err := Find("Oslo"); err == nil {
		t.Error("Find(Oslo) sees a definition made in another gazetteer")
	}
}

// TestSeedPartnersThroughDefine checks that the four seed partners, which
// are embedded, are exactly what Define makes of them.
func TestSeedPartnersThroughDefine(t *testing.T) {
	tests := []struct {
		def   Region
		names []string
	}{
		{Region{Name: "Incheon", Country: "KR", Level: Province, ISO: "KR-28"}, nil},
		{Region{Name: "Zhejiang", Country: "CN", Level: Province, ISO: "CN-ZJ"}, nil},
		{Region{Name: "Daejeon", Country: "KR", Level: City, ISO: "KR-30"}, nil},
		{Region{Name: "Timrå", Country: "SE", Level: City}, []string{"Timra"}},
	}
	var g Gazetteer
	for _, tt := range tests {
		r, err := g.check(tt.def)
		if err != nil {
			t.Fatal(err)
		}
		emb, ok := Lookup(r.Code)
		if !ok || emb != r {
			t.Errorf("embedded partner %s = %+v, Define would make %+v", r.Code, emb, r)
		}
	}
}

// TestConcurrentFirstLoad loads a fresh copy of the embedded data from
// many goroutines at once, as the first users of the package would.
func TestConcurrentFirstLoad(t *testing.T) {
	loads := 0
	var mu sync.Mutex
	l := lazyTable{load: func() *table {
		mu.Lock()
		loads++
		mu.Unlock()
		return loadEmbedded(true)
	}}
	var wg sync.WaitGroup
	tables := make([]*table, 8)
	for i := range tables {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tables[i] = l.get()
			if _, ok := tables[i].byCode["61.03.21"]; !ok {
				t.Error("fresh table lacks 61.03.21")
			}
		}()
	}
	wg.Wait()
	if loads != 1 {
		t.Errorf("loaded %d times, want once", loads)
	}
	for _, tb := range tables {
		if tb != tables[0] {
			t.Error("goroutines got different tables")
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	var g Gazetteer
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 50 {
				if r, err := g.Find("Kab. Sanggau"); err != nil || r.Code != "61.03" {
					t.Errorf("Find = %v, %v", r, err)
				}
				if _, ok := Lookup("61.03.21"); !ok {
					t.Error("Lookup(61.03.21) failed")
				}
				name := fmt.Sprintf("Partner %d-%d", i, j)
				r, err := g.Define(Region{Name: name, Country: "JP", Level: City})
				if err != nil {
					t.Error(err)
					continue
				}
				if got, err := g.Find(name); err != nil || got != r {
					t.Errorf("Find(%q) after Define = %v, %v", name, got, err)
				}
				_ = g.Children(Region{Code: "JP"})
				_ = BorderPosts()
			}
		}()
	}
	wg.Wait()
	jp, _ := g.Lookup("JP")
	embedded := len(Children(jp)) // the Japanese partners of data/partners.csv
	if n := len(g.Children(jp)); n != 400+embedded {
		t.Errorf("len(Children(JP)) = %d, want 400 defined + %d embedded", n, embedded)
	}
}

// TestDataIntegrity checks the embedded tables against each other: codes
// unique, every parent known and of a larger level, names present.
func TestDataIntegrity(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range base().regions {
		if seen[r.Code] {
			t.Errorf("code %s twice", r.Code)
		}
		seen[r.Code] = true
		if strings.TrimSpace(r.Name) == "" || !r.Level.IsValid() || len(r.Country) != 2 {
			t.Errorf("incomplete region %+v", r)
		}
		if r.Level == Country {
			if r.Parent != "" {
				t.Errorf("country %s has parent %s", r.Code, r.Parent)
			}
			continue
		}
		p, ok := Lookup(r.Parent)
		if !ok {
			t.Errorf("%s: parent %q unknown", r.Code, r.Parent)
			continue
		}
		if p.Country != r.Country || p.Level.rank() >= r.Level.rank() && p.Level != Country {
			t.Errorf("%s (%v) has parent %s (%v)", r.Code, r.Level, p.Code, p.Level)
		}
		if r.Country == "ID" && !strings.HasPrefix(r.Code, p.Code) && p.Level != Country {
			t.Errorf("%s does not extend its parent's code %s", r.Code, p.Code)
		}
	}
}
