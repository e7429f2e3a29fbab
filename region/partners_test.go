package region

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// partnerNames are the embedded partners of issue 15 written the way
// agreements, provincial news and the partners' own pages write them (see
// the sources in data/partners.csv).
var partnerNames = []struct{ in, want string }{
	// Australia.
	{"Negara Bagian Queensland", "AU-QLD"},
	{"Queensland State Government", "AU-QLD"},
	{"State of Queensland", "AU-QLD"},
	{"Negara Bagian Australia Barat", "AU-WA"},
	{"Australia Barat", "AU-WA"},
	{"Pemerintah Negara Bagian Australia Barat", "AU-WA"},
	{"Western Australia", "AU-WA"},
	{"Australia Selatan", "AU-SA"},
	{"South Australia", "AU-SA"},
	{"New South Wales", "AU-NSW"},
	{"Northern Territory", "AU-NT"},
	{"Wilayah Utara", "AU-NT"},
	{"Kota Darwin", "AU/darwin"},
	{"City of Darwin", "AU/darwin"},
	{"Kota Palmerston", "AU/palmerston"},
	{"Brisbane", "AU/brisbane"},
	{"Kota Fremantle", "AU/fremantle"},
	{"City of Gold Coast", "AU/gold-coast"},
	{"City of Melbourne", "AU/melbourne"},
	// China.
	{"Provinsi Fujian", "CN-FJ"},
	{"Fujian Province", "CN-FJ"},
	{"Fujian", "CN-FJ"},
	{"Provinsi Hainan, Republik Rakyat Tiongkok", "CN-HI"},
	{"Provinsi Jiangxi", "CN-JX"},
	{"Guangxi Zhuang", "CN-GX"},
	{"Daerah Otonom Etnis Zhuang Guangxi", ""}, // word order of a translation; not guessed
	{"Provinsi Guangxi", "CN-GX"},
	{"Provinsi Yunnan", "CN-YN"},
	{"Provinsi Yunan", "CN-YN"},
	{"Sichuan", "CN-SC"},
	{"Heilongjiang", "CN-HL"},
	{"Chongqing", "CN-CQ"},
	{"Kota Xiamen", "CN/xiamen"},
	{"Kota Guangzhou", "CN/guangzhou"},
	{"Pemerintah Kota Guangzhou", "CN/guangzhou"},
	{"Kota Xi'an", "CN/xian"},
	{"Kota Hangzhou", "CN/hangzhou"},
	{"Kota Beijing", "CN-BJ"},
	// Korea.
	{"Kota Suwon", "KR/suwon"},
	{"Suwon City", "KR/suwon"},
	{"Kota Busan", "KR-26"},
	{"Busan Metropolitan City", "KR-26"},
	{"Seoul Metropolitan Government", "KR-11"},
	{"Kota Gwangju", "KR-29"},
	{"Kota Ulsan", "KR-31"},
	{"Gyeongsangbuk-do", "KR-47"},
	{"Provinsi Gyeongsangbuk-do", "KR-47"},
	{"Gyeonggi-do", "KR-41"},
	{"Provinsi Gyonggi", "KR-41"},
	// Japan.
	{"Prefektur Kyoto", "JP-26"},
	{"Kyoto-fu", "JP-26"},
	{"Prefektur Osaka", "JP-27"},
	{"Prefektur Yamanashi", "JP-19"},
	{"Yamagata Prefecture", "JP-06"},
	{"Tokyo Metropolis", "JP-13"},
	{"Prefektur Kumamoto", "JP-43"},
	{"Kota Kochi", "JP/kochi"},
	{"Kota Hamamatsu", "JP/hamamatsu"},
	{"Ichikawa City", "JP/ichikawa"},
	// Americas.
	{"City of Fort Worth", "US/fort-worth"},
	{"Fort Worth", "US/fort-worth"},
	{"Kota Seattle", "US/seattle"},
	{"Los Angeles", "US/los-angeles"},
	{"State of Hawaii", "US-HI"},
	{"Negara Bagian Arkansas", "US-AR"},
	{"Kota Havana", "CU/havana"},
	// Europe.
	{"Kota Braunschweig", "DE/braunschweig"},
	{"Braunschweig, Jerman", "DE/braunschweig"},
	{"Kota Hildesheim", "DE/hildesheim"},
	{"Kota Vlissingen", "NL/vlissingen"},
	{"Rotterdam", "NL/rotterdam"},
	{"Apeldoorn", "NL/apeldoorn"},
	{"Kota Bari", "IT/bari"},
	{"Liverpool", "GB/liverpool"},
	{"Kota Split", "HR/split"},
	{"Pemerintah Kota Montana", "BG/montana"},
	{"Moskwa", "RU-MOW"},
	{"Kota Paris", "FR-75C"},
	{"Berlin", "DE-BE"},
	{"Istambul", "TR-34"},
	// Asia, Africa.
	{"Cebu City", "PH/cebu"},
	{"Kota Davao", "PH/davao"},
	{"Bangkok", "TH-10"},
	{"Hanoi", "VN-HN"},
	{"Jeddah", "SA/jeddah"},
	{"Negara Bagian Khartum", "SD-KH"},
	{"Kota Mossel Bay", "ZA/mossel-bay"},
	// Malaysia.
	{"Kota Kinabalu", "MY/kota-kinabalu"},
	{"Kota Kinabalu, Sabah", "MY/kota-kinabalu"},
	{"Johor Bahru", "MY/johor-bahru"},
	{"Johor Baru", "MY/johor-bahru"},
	{"Langkawi", "MY/langkawi"},
	{"Daerah Langkawi", "MY/langkawi"},
	{"Seremban", "MY/seremban"},
	{"Seremban, Negeri Sembilan", "MY/seremban"},
	{"Sibu", "MY-13.03"},          // the division keeps the bare name
	{"Sandakan", "MY-12.04"},      // likewise
	{"Sibu, Sarawak", "MY-13.03"}, // and with its state
	{"Kuching", "MY-13.01"},
	{"Miri", "MY-13.04"},
	{"Tawau", "MY-12.05"},
}

// TestPartnerNames reads the names with FindExact, so that they do not
// depend on the typo tolerance of Find (typo.go).
func TestPartnerNames(t *testing.T) {
	for _, tt := range partnerNames {
		r, err := FindExact(tt.in)
		got := r.Code
		if err != nil {
			if !errors.Is(err, ErrNotFound) && !errors.Is(err, ErrAmbiguous) {
				t.Errorf("FindExact(%q) error = %v", tt.in, err)
				continue
			}
			got = ""
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindExact(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if r2, err := Find(tt.in); tt.want != "" && (err != nil || r2.Code != tt.want) {
			t.Errorf("Find(%q) = %s, %v; want %s as FindExact", tt.in, r2.Code, err, tt.want)
		}
	}
}

// partnerRows returns the regions of data/partners.csv and the towns of
// data/my-towns.csv, as loaded.
func partnerRows(t *testing.T) []Region {
	t.Helper()
	var out []Region
	for _, s := range []string{partnersCSV, townsCSV} {
		eachRecord(s, func(f []string) {
			r, ok := Lookup(f[0])
			if !ok {
				t.Errorf("embedded row %s not found by Lookup", f[0])
				return
			}
			out = append(out, r)
		})
	}
	return out
}

// TestPartnersFindThemselves checks that every partner's own name finds
// it, so that no Indonesian region of the same or a near name ("Fujian"
// and a Lampung district) takes it.
func TestPartnersFindThemselves(t *testing.T) {
	for _, r := range partnerRows(t) {
		if r.Level == Town {
			continue // towns share their division's name on purpose
		}
		got, err := FindExact(r.Name)
		if err != nil {
			t.Errorf("FindExact(%q) error = %v, want %s", r.Name, err, r.Code)
			continue
		}
		if diff := cmp.Diff(r.Code, got.Code); diff != "" {
			t.Errorf("FindExact(%q) mismatch (-want +got):\n%s", r.Name, diff)
		}
	}
}

// TestPartnersLeaveIndonesianNames checks the other direction: the name of
// every Indonesian province, regency, city and district never finds a
// partner or a town of partners.csv and my-towns.csv. (A few Indonesian
// districts share their names with Malaysian states and divisions, which
// are larger and win; that is older data, not checked here.)
func TestPartnersLeaveIndonesianNames(t *testing.T) {
	partner := map[string]bool{}
	for _, r := range partnerRows(t) {
		partner[r.Code] = true
	}
	for _, r := range base().regions {
		if r.Country != "ID" || r.Level == Country {
			continue
		}
		got, err := FindExact(r.Name)
		var amb *AmbiguousError
		switch {
		case errors.As(err, &amb):
			for _, c := range amb.Candidates {
				if partner[c.Code] {
					t.Errorf("FindExact(%q) lists foreign candidate %s", r.Name, c.Code)
				}
			}
		case err != nil:
			t.Errorf("FindExact(%q) error = %v", r.Name, err)
		case partner[got.Code]:
			t.Errorf("FindExact(%q) = %s (%s), want an Indonesian region", r.Name, got.Code, got.Name)
		}
	}
}

// TestPartnerRowsAsDefine checks that each embedded partner is exactly
// what Define would make of its name, country, level and ISO code, and
// that its parent is in the same country.
func TestPartnerRowsAsDefine(t *testing.T) {
	var g Gazetteer
	var count int
	eachRecord(partnersCSV, func(f []string) {
		count++
		l, err := ParseLevel(f[3])
		if err != nil {
			t.Errorf("%s: level %q: %v", f[0], f[3], err)
			return
		}
		def := Region{Name: f[5], Country: f[2], Level: l, ISO: f[1]}
		if f[4] != f[2] {
			def.Parent = f[4]
		}
		r, err := g.check(def)
		if err != nil {
			t.Errorf("%s: %v", f[0], err)
			return
		}
		emb, _ := Lookup(f[0])
		if diff := cmp.Diff(r, emb); diff != "" {
			t.Errorf("%s: embedded row differs from Define (-define +embedded):\n%s", f[0], diff)
		}
	})
	if count < 80 {
		t.Errorf("partners.csv holds %d partners, want at least 80", count)
	}
}

func ExampleFind_partner() {
	for _, name := range []string{"Negara Bagian Queensland", "Provinsi Fujian", "Kota Suwon", "City of Fort Worth", "Johor Bahru"} {
		r, err := Find(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		p, _ := Parent(r)
		fmt.Printf("%s: %s (%s), %s\n", name, r.Code, r.Level, p.Name)
	}
	// Output:
	// Negara Bagian Queensland: AU-QLD (state), Australia
	// Provinsi Fujian: CN-FJ (province), Tiongkok
	// Kota Suwon: KR/suwon (city), Korea Selatan
	// City of Fort Worth: US/fort-worth (city), Amerika Serikat
	// Johor Bahru: MY/johor-bahru (city), Johor
}

// Indonesian news names Sarawak's divisions with the Papuan word for a
// district (kabar.sanggau.go.id, 7 October 2023: "Kabupaten Sanggau dengan
// Distrik Serian").
func TestDistrikDivision(t *testing.T) {
	for in, want := range map[string]string{"Distrik Serian": "MY-13.12", "Bahagian Serian": "MY-13.12"} {
		r, err := Find(in)
		if err != nil {
			t.Errorf("Find(%q): %v", in, err)
			continue
		}
		if diff := cmp.Diff(want, r.Code); diff != "" {
			t.Errorf("Find(%q) mismatch (-want +got):\n%s", in, diff)
		}
	}
}
