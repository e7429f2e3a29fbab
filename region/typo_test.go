package region

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFindTypo checks the typo tolerance of Find: bounded by the length of
// the name, first letter right, one region only, districts only after a
// level word; everything else is a *NotFoundError.
func TestFindTypo(t *testing.T) {
	tests := []struct {
		in   string
		want string // code; "" for a *NotFoundError
	}{
		{"Kalimatan Barat", "61"},          // a real typo in a register (missing n)
		{"Kalimantan Barar", "61"},         // 15 letters: up to two edits
		{"Kalimantan Baratt", "61"},        //
		{"Pemprov Kalimatan Barat", "61"},  // typo after a government word
		{"Kalimantan Tengh", "62"},         //
		{"Kab. Sangau", "61.03"},           // 6 letters: one edit
		{"Sangau", "61.03"},                //
		{"Pontianek", "61.71"},             // the city, as "Pontianak" is
		{"Kota Pontianek", "61.71"},        //
		{"Singkawnag", "61.72"},            // a swap of two letters is one edit
		{"Kapuas Hullu", "61.06"},          // the regency: districts need "Kecamatan"
		{"Sarawk", "MY-13"},                //
		{"Jawa Barta", "32"},               //
		{"Kecamatan Entikonk", "61.03.21"}, // a district, after its level word
		{"Entikonk", ""},                   // districts are not guessed without one
		{"Buzan", "KR-26"},                 // the embedded partner Busan, one edit; Busang (a district) is two
		{"Sangu", ""},                      // 5 letters, but two edits away
		{"Sanggauu Kapuass", ""},           // three edits
		{"Kalbat", "61"},                   // a short name is a name: one edit from Kalbar only
		{"Ralimantan Barat", ""},           // the first letter must be right
		{"Jawa", ""},                       // under 5 letters: only as written (and ambiguous anyway)
		{"Atlantis", ""},                   //
	}
	for _, tt := range tests {
		r, err := Find(tt.in)
		if tt.want == "" {
			if !errors.Is(err, ErrNotFound) && !errors.Is(err, ErrAmbiguous) {
				t.Errorf("Find(%q) = %v, %v; want not found", tt.in, r.Code, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Find(%q) error = %v, want %s", tt.in, err, tt.want)
			continue
		}
		if diff := cmp.Diff(tt.want, r.Code); diff != "" {
			t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if _, err := FindExact(tt.in); !errors.Is(err, ErrNotFound) {
			t.Errorf("FindExact(%q) error = %v, want ErrNotFound", tt.in, err)
		}
	}
}
