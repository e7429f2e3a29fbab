package region

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// TestBorderPostsResolve checks that every post stands in an existing
// district of the embedded data, that its regency and province codes are
// that district's, and that the region it faces exists and lies in its
// country.
func TestBorderPostsResolve(t *testing.T) {
	posts := BorderPosts()
	if len(posts) < 19 {
		t.Errorf("len(BorderPosts()) = %d, want at least 19", len(posts))
	}
	ids := map[string]bool{}
	for _, p := range posts {
		if ids[p.ID] {
			t.Errorf("post ID %q twice", p.ID)
		}
		ids[p.ID] = true
		d, ok := Lookup(p.District)
		if !ok || d.Level != District {
			t.Errorf("post %s: district %q is not an embedded district", p.ID, p.District)
			continue
		}
		if d.Parent != p.Regency {
			t.Errorf("post %s: regency %q, but district %s lies in %s", p.ID, p.Regency, d.Code, d.Parent)
		}
		if prov, _ := ProvinceOf(d); prov.Code != p.Province {
			t.Errorf("post %s: province %q, want %s", p.ID, p.Province, prov.Code)
		}
		f, ok := Lookup(p.FacingRegion)
		if !ok || f.Country != p.Country {
			t.Errorf("post %s: facing region %q (%v) not in country %s", p.ID, p.FacingRegion, ok, p.Country)
		}
		if p.Kind != PLBN && p.Kind != TraditionalPost {
			t.Errorf("post %s: kind %v", p.ID, p.Kind)
		}
		if p.Source == "" {
			t.Errorf("post %s has no source", p.ID)
		}
		if p.Opened != 0 && (p.Opened < 1960 || p.Opened > 2026) {
			t.Errorf("post %s: opened %d", p.ID, p.Opened)
		}
		if got, err := FindPost(p.Name); err != nil || got != p {
			t.Errorf("FindPost(%q) = %v, %v", p.Name, got.ID, err)
		}
	}
	// The posts the issue names.
	for _, id := range []string{"entikong", "aruk", "nanga-badau", "jagoi-babang", "sei-kelik",
		"motaain", "motamasin", "wini", "skouw", "serasan", "sei-nyamuk", "labang",
		"long-midang", "long-nawang", "oepoli", "napan", "sota", "yetetkun"} {
		if !ids[id] {
			t.Errorf("post %q missing", id)
		}
	}
}

func TestBorderPostPairs(t *testing.T) {
	// The crossings of the issue, Indonesian district to Malaysian town.
	tests := []struct{ post, district, facing string }{
		{"entikong", "Entikong", "Tebedu"},
		{"aruk", "Sajingan Besar", "Biawak"},
		{"nanga-badau", "Badau", "Lubok Antu"},
		{"jagoi-babang", "Jagoi Babang", "Serikin"},
		{"long-midang", "Krayan", "Ba'kelalan"},
		{"temajuk", "Paloh", "Telok Melano"},
	}
	for _, tt := range tests {
		p, err := FindPost(tt.post)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := Lookup(p.District)
		f, _ := Lookup(p.FacingRegion)
		if d.Name != tt.district || f.Name != tt.facing || p.Facing != tt.facing || f.Country != "MY" {
			t.Errorf("post %s: %s – %s (%s), want %s – %s", tt.post, d.Name, f.Name, p.Facing, tt.district, tt.facing)
		}
	}
}

func TestPostsIn(t *testing.T) {
	ids := func(ps []BorderPost) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	tests := []struct {
		code string
		want []string
	}{
		{"61", []string{"temajuk", "aruk", "entikong", "sei-kelik", "nanga-badau", "jagoi-babang"}},
		{"61.03", []string{"entikong"}},
		{"61.03.21", []string{"entikong"}},
		{"ID-NT", []string{"oepoli", "wini", "napan", "motaain", "motamasin"}},
		{"93", []string{"sota", "yetetkun"}},
		{"31", nil},
		{"nowhere", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, ids(PostsIn(tt.code))); diff != "" {
			t.Errorf("PostsIn(%q) mismatch (-want +got):\n%s", tt.code, diff)
		}
	}
	if n := len(PostsIn("ID")); n != len(BorderPosts()) {
		t.Errorf("len(PostsIn(ID)) = %d, want all %d", n, len(BorderPosts()))
	}
	if n := len(PostsIn("TL")); n != 5 {
		t.Errorf("len(PostsIn(TL)) = %d, want 5", n)
	}
}

func TestFindPost(t *testing.T) {
	tests := []struct{ in, id string }{
		{"PLBN Entikong", "entikong"},
		{"entikong", "entikong"},
		{"Pos Lintas Batas Negara Entikong", "entikong"},
		{"PPLB Entikong", "entikong"},
		{"Nanga Badau", "nanga-badau"},
		{"PLBN Terpadu Nanga Badau", "nanga-badau"},
		{"Mota'ain", "motaain"},
		{"Sei Nyamuk", "sei-nyamuk"},
		{"PLBN Sei Pancang", "sei-nyamuk"},
		{"Sebatik", "sei-nyamuk"},
		{"Sungai Kelik", "sei-kelik"},
		{"PLB Temajuk", "temajuk"},
		{"Pos Lintas Batas Camar Wulan", "temajuk"},
	}
	for _, tt := range tests {
		p, err := FindPost(tt.in)
		if err != nil || p.ID != tt.id {
			t.Errorf("FindPost(%q) = %q, %v; want %s", tt.in, p.ID, err, tt.id)
		}
	}
	if _, err := FindPost("Pas Lintas Batas"); !errors.Is(err, ErrNotFound) {
		t.Errorf("FindPost(Pas Lintas Batas) error = %v, want ErrNotFound", err)
	}
}

func TestPostText(t *testing.T) {
	p, _ := FindPost("entikong")
	b, err := json.Marshal(struct {
		Post BorderPost `json:"post"`
		Kind PostKind   `json:"kind"`
		Mode Mode       `json:"mode"`
	}{p, p.Kind, p.Mode})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"post":"entikong","kind":"plbn","mode":"land"}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
	var back struct {
		Post BorderPost `json:"post"`
		Kind PostKind   `json:"kind"`
		Mode Mode       `json:"mode"`
	}
	if err := json.Unmarshal(b, &back); err != nil || back.Post != p || back.Kind != PLBN || back.Mode != Land {
		t.Errorf("json round trip = %+v, %v", back, err)
	}
	if p, _ := FindPost("temajuk"); p.Kind != TraditionalPost {
		t.Errorf("Temajuk kind = %v, want traditional", p.Kind)
	}
	kinds := map[string]PostKind{"PLBN": PLBN, "pplb": PLBN, "Pos Lintas Batas Negara": PLBN, "PLB": TraditionalPost, "pos lintas batas tradisional": TraditionalPost, "traditional": TraditionalPost}
	for in, want := range kinds {
		if got, err := ParsePostKind(in); err != nil || got != want {
			t.Errorf("ParsePostKind(%q) = %v, %v", in, got, err)
		}
	}
	modes := map[string]Mode{"darat": Land, "Jalur Darat": Land, "land": Land, "sungai": River, "river": River, "laut": Sea, "sea": Sea, "perairan": Sea}
	for in, want := range modes {
		if got, err := ParseMode(in); err != nil || got != want {
			t.Errorf("ParseMode(%q) = %v, %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "udara", "Pas Lintas Batas"} {
		if _, err := ParsePostKind(bad); err == nil {
			t.Errorf("ParsePostKind(%q) succeeded", bad)
		}
		if _, err := ParseMode(bad); err == nil {
			t.Errorf("ParseMode(%q) succeeded", bad)
		}
	}
	if got := PLBN.Label(language.Indonesian); got != "Pos Lintas Batas Negara" {
		t.Errorf("PLBN.Label(id) = %q", got)
	}
	if got := Sea.Label(language.Malay) + "/" + River.Label(language.English); got != "laut/river" {
		t.Errorf("mode labels = %q", got)
	}
	for k := PostKind(0); k < numPostKinds; k++ {
		b, err := k.MarshalText()
		var back PostKind
		if err != nil || back.UnmarshalText(b) != nil || back != k {
			t.Errorf("PostKind %v round trip = %v (%q, %v)", k, back, b, err)
		}
	}
	for m := Mode(0); m < numModes; m++ {
		b, err := m.MarshalText()
		var back Mode
		if err != nil || back.UnmarshalText(b) != nil || back != m {
			t.Errorf("Mode %v round trip = %v (%q, %v)", m, back, b, err)
		}
	}
	if _, err := Mode(9).MarshalText(); err == nil {
		t.Error("Mode(9).MarshalText succeeded")
	}
	if got, _ := Sea.AppendText([]byte("mode=")); string(got) != "mode=sea" {
		t.Errorf("Sea.AppendText = %q", got)
	}
	if got := PostKind(9).String() + " " + Mode(9).String(); got != "%!PostKind(9) %!Mode(9)" {
		t.Errorf("out of range = %q", got)
	}
}

func TestPairs(t *testing.T) {
	var got []string
	for _, p := range Pairs() {
		got = append(got, p.String())
	}
	want := []string{"Kalimantan Barat–Sarawak", "Kalimantan Utara–Sabah", "Riau / Kepulauan Riau–Melaka / Johor"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Pairs mismatch (-want +got):\n%s", diff)
	}
	tests := []struct{ in, id string }{
		{"Kalimantan Barat–Sarawak", "kalbar-sarawak"},
		{"Kalbar - Sarawak", "kalbar-sarawak"},
		{"Sarawak-Kalbar", "kalbar-sarawak"},
		{"Kalimantan Utara–Sabah", "kaltara-sabah"},
		{"Kaltara/Sabah", "kaltara-sabah"},
		{"Riau dan Kepulauan Riau – Melaka dan Johor", "riau-kepri-melaka-johor"},
		{"Kepri–Johor", "riau-kepri-melaka-johor"},
		{"Riau-Malaka-Johor Bahru", "riau-kepri-melaka-johor"},
		{"Kalimantan Barat-Serawak", "kalbar-sarawak"},
		{"Entikong–Tebedu", "kalbar-sarawak"},
		{"riau-kepri-melaka-johor", "riau-kepri-melaka-johor"},
	}
	for _, tt := range tests {
		p, err := FindPair(tt.in)
		if err != nil || p.ID != tt.id {
			t.Errorf("FindPair(%q) = %q, %v; want %s", tt.in, p.ID, err, tt.id)
		}
		if !p.IsValid() {
			t.Errorf("FindPair(%q) not valid", tt.in)
		}
	}
	for _, bad := range []string{"Kalbar–Sabah", "Jawa Barat", ""} {
		if _, err := FindPair(bad); err == nil {
			t.Errorf("FindPair(%q) succeeded", bad)
		}
	}
	for code, want := range map[string]string{"61.03.21": "kalbar-sarawak", "MY-13.12.01": "kalbar-sarawak", "65": "kaltara-sabah", "21.03": "riau-kepri-melaka-johor", "MY-01": "riau-kepri-melaka-johor", "31": "", "KR-28": ""} {
		r, _ := Lookup(code)
		got, ok := PairOf(r)
		if got.ID != want || ok != (want != "") {
			t.Errorf("PairOf(%s) = %q, %v; want %q", code, got.ID, ok, want)
		}
	}
	p, _ := FindPair("Kalbar–Sarawak")
	b, _ := json.Marshal(p)
	var back Pair
	if err := json.Unmarshal(b, &back); err != nil || back != p {
		t.Errorf("Pair JSON round trip = %v, %v (%s)", back, err, b)
	}
	if rs := p.Regions(true); len(rs) != 1 || rs[0].ISO != "ID-KB" {
		t.Errorf("Regions(true) = %v", rs)
	}
}
