package region

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCounts(t *testing.T) {
	counts := map[Level]int{}
	for _, r := range base().regions {
		if r.Country == "ID" || r.Country == "MY" {
			counts[r.Level]++
		}
	}
	want := map[Level]int{Country: 2, Province: 38, Regency: 416, City: 98, District: 7285, State: 13, FederalTerritory: 3, Division: 17, Town: 5}
	if diff := cmp.Diff(want, counts); diff != "" {
		t.Errorf("level counts mismatch (-want +got):\n%s", diff)
	}
	id, _ := Lookup("ID")
	if got := len(Children(id)); got != 38 {
		t.Errorf("len(Children(Indonesia)) = %d, want 38", got)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code string
		want Region
	}{
		{"61", Region{Code: "61", ISO: "ID-KB", Name: "Kalimantan Barat", Level: Province, Country: "ID", Parent: "ID"}},
		{"ID-KB", Region{Code: "61", ISO: "ID-KB", Name: "Kalimantan Barat", Level: Province, Country: "ID", Parent: "ID"}},
		{" id-kb ", Region{Code: "61", ISO: "ID-KB", Name: "Kalimantan Barat", Level: Province, Country: "ID", Parent: "ID"}},
		{"61.03", Region{Code: "61.03", Name: "Kabupaten Sanggau", Level: Regency, Country: "ID", Parent: "61"}},
		{"61.72", Region{Code: "61.72", Name: "Kota Singkawang", Level: City, Country: "ID", Parent: "61"}},
		{"61.03.21", Region{Code: "61.03.21", Name: "Entikong", Level: District, Country: "ID", Parent: "61.03"}},
		{"MY-13", Region{Code: "MY-13", ISO: "MY-13", Name: "Sarawak", Level: State, Country: "MY", Parent: "MY"}},
		{"MY-15", Region{Code: "MY-15", ISO: "MY-15", Name: "Wilayah Persekutuan Labuan", Level: FederalTerritory, Country: "MY", Parent: "MY"}},
		{"KR-28", Region{Code: "KR-28", ISO: "KR-28", Name: "Incheon", Level: Province, Country: "KR", Parent: "KR"}},
		{"se/TIMRA", Region{Code: "SE/timra", Name: "Timrå", Level: City, Country: "SE", Parent: "SE"}},
		{"99", Region{}},
		{"", Region{}},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.code)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tt.code, diff)
		}
		if ok != tt.want.IsValid() {
			t.Errorf("Lookup(%q) ok = %v", tt.code, ok)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct{ in, code string }{
		{"Kalbar", "61"},
		{"Kab. Sanggau", "61.03"},
		{"Negeri Sarawak", "MY-13"},
		{"Provinsi Zhejiang – RRT", "CN-ZJ"},
		{"Provinsi Incheon Korea", "KR-28"},
		{"Kota Daejeon (Korea Selatan)", "KR-30"},
		{"Pemerintah Kota Timra (Swedia)", "SE/timra"},
		{"Nanga Badau", "61.06.14"},
		{"61", "61"},
	}
	for _, tt := range tests {
		got, err := Find(tt.in)
		if err != nil || got.Code != tt.code {
			t.Errorf("Find(%q) = %v (%s), %v; want %s", tt.in, got, got.Code, err, tt.code)
		}
	}
	_, err := Find("Badau")
	var amb *AmbiguousError
	if !errors.As(err, &amb) || len(amb.Candidates) != 2 {
		t.Errorf("Find(Badau) = %v, want ambiguity of 2", err)
	}
}
