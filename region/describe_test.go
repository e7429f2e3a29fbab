package region_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/region"
)

func mustLookup(t *testing.T, code string) region.Region {
	t.Helper()
	r, ok := region.Lookup(code)
	if !ok {
		t.Fatalf("Lookup(%q) found nothing", code)
	}
	return r
}

func TestSummarize(t *testing.T) {
	tests := []struct {
		code string
		tag  language.Tag
		want region.Summary
	}{
		{"61.03", language.English, region.Summary{Code: "61.03", Name: "Kabupaten Sanggau", Label: "Sanggau Regency", Level: "regency",
			Country: "ID", Parent: "61", Province: "61"}},
		{"61", language.Indonesian, region.Summary{Code: "61", ISO: "ID-KB", Name: "Kalimantan Barat", Label: "Kalimantan Barat",
			Level: "province", Country: "ID", Parent: "ID"}},
	}
	for _, tt := range tests {
		got := region.Summarize(mustLookup(t, tt.code), tt.tag)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Summarize(%s) mismatch (-want +got):\n%s", tt.code, diff)
		}
	}
}

func TestWriteRow(t *testing.T) {
	tests := []struct {
		code string
		tag  language.Tag
		want string
	}{
		{"61.03", language.English, "61.03\t-\tregency\tSanggau Regency\tWest Kalimantan\n"},
		{"61", language.Indonesian, "61\tID-KB\tprovinsi\tKalimantan Barat\tIndonesia\n"},
		{"ID", language.English, "ID\tID\tcountry\tIndonesia\t-\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		region.WriteRow(&b, mustLookup(t, tt.code), tt.tag)
		if diff := cmp.Diff(tt.want, b.String()); diff != "" {
			t.Errorf("WriteRow(%s) mismatch (-want +got):\n%s", tt.code, diff)
		}
	}
}

func TestFacingLabel(t *testing.T) {
	posts := map[string]region.BorderPost{}
	for _, p := range region.BorderPosts() {
		posts[p.ID] = p
	}
	tests := []struct {
		id   string
		tag  language.Tag
		want string
	}{
		{"entikong", language.English, "Tebedu, Sarawak, Malaysia"},
		{"entikong", language.Indonesian, "Tebedu, Sarawak, Malaysia"},
	}
	for _, tt := range tests {
		p, ok := posts[tt.id]
		if !ok {
			t.Fatalf("no border post %q", tt.id)
		}
		if diff := cmp.Diff(tt.want, p.FacingLabel(tt.tag)); diff != "" {
			t.Errorf("FacingLabel(%s) mismatch (-want +got):\n%s", tt.id, diff)
		}
	}
}

func TestFilterPosts(t *testing.T) {
	all := region.BorderPosts()
	ids := func(ps []region.BorderPost) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	tests := []struct {
		f    region.PostFilter
		want func(p region.BorderPost) bool
	}{
		{region.PostFilter{}, func(region.BorderPost) bool { return true }},
		{region.PostFilter{Province: "61"}, func(p region.BorderPost) bool { return p.Province == "61" }},
		{region.PostFilter{Regency: "61.03"}, func(p region.BorderPost) bool { return p.Regency == "61.03" }},
		{region.PostFilter{Province: "65", Country: "MY"}, func(p region.BorderPost) bool { return p.Province == "65" && p.Country == "MY" }},
		{region.PostFilter{Country: "TL"}, func(p region.BorderPost) bool { return p.Country == "TL" }},
	}
	for _, tt := range tests {
		var want []region.BorderPost
		for _, p := range all {
			if tt.want(p) {
				want = append(want, p)
			}
		}
		if len(want) == 0 {
			t.Fatalf("%+v selects no post: the test needs some", tt.f)
		}
		if diff := cmp.Diff(ids(want), ids(region.FilterPosts(all, tt.f))); diff != "" {
			t.Errorf("FilterPosts(%+v) mismatch (-want +got):\n%s", tt.f, diff)
		}
	}
}

func TestPairSummary(t *testing.T) {
	var got []region.PairSummary
	for _, p := range region.Pairs() {
		got = append(got, p.Summary())
	}
	want := []region.PairSummary{
		{ID: "kalbar-sarawak", Name: "Kalimantan Barat–Sarawak", Indonesian: []string{"61"}, Malaysian: []string{"MY-13"}},
		{ID: "kaltara-sabah", Name: "Kalimantan Utara–Sabah", Indonesian: []string{"65"}, Malaysian: []string{"MY-12"}},
		{ID: "riau-kepri-melaka-johor", Name: "Riau / Kepulauan Riau–Melaka / Johor", Indonesian: []string{"14", "21"}, Malaysian: []string{"MY-04", "MY-01"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Pair.Summary mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteDetails(t *testing.T) {
	var b bytes.Buffer
	region.WriteDetails(&b, mustLookup(t, "61.03"), language.English, 2)
	want := "Code:     61.03\n" +
		"Name:     Kabupaten Sanggau / Sanggau Regency\n" +
		"Level:    regency\n" +
		"Country:  Indonesia (ID)\n" +
		"Part of:  West Kalimantan (61), Indonesia (ID)\n" +
		"Subdivisions (15):\n" +
		"  61.03.01  district  Kapuas\n" +
		"  61.03.02  district  Mukok\n" +
		"  …         (+13, --all)\n" +
		"Border posts (1):\n" +
		"  entikong  PLBN Entikong  land  Entikong  Sanggau Regency  Tebedu, Sarawak, Malaysia  2016\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("WriteDetails(61.03) mismatch (-want +got):\n%s", diff)
	}
	d := region.Detail(mustLookup(t, "61.03"), language.English)
	if diff := cmp.Diff([]string{"61", "ID"}, []string{d.Within[0].Code, d.Within[1].Code}); diff != "" || len(d.Children) != 15 || len(d.Posts) != 1 {
		t.Errorf("Detail(61.03): within %v, %d children, posts %v", d.Within, len(d.Children), d.Posts)
	}
}

func ExampleWritePosts() {
	var entikong []region.BorderPost
	for _, p := range region.BorderPosts() {
		if p.ID == "entikong" {
			entikong = append(entikong, p)
		}
	}
	region.WritePosts(os.Stdout, entikong, language.English, "", true)
	// Output:
	// ID        Name           Mode  District  Regency/City     Across the border          Opened
	// entikong  PLBN Entikong  land  Entikong  Sanggau Regency  Tebedu, Sarawak, Malaysia  2016
}

func ExampleWritePairs() {
	region.WritePairs(os.Stdout, region.Pairs()[:2])
	// Output:
	// kalbar-sarawak  Kalimantan Barat–Sarawak  61  MY-13
	// kaltara-sabah   Kalimantan Utara–Sabah    65  MY-12
}
