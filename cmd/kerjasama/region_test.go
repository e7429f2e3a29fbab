package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRegionFind(t *testing.T) {
	stdout, stderr, code := runCLI(t, "region", "find", "Kalbar", "Kab. Sanggau", "Negeri Sarawak", "Provinsi Zhejiang – RRT")
	if code != exitOK {
		t.Fatalf("region find: code %d, stderr %q", code, stderr)
	}
	var codes []string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		codes = append(codes, strings.Fields(line)[0])
	}
	if diff := cmp.Diff([]string{"61", "61.03", "MY-13", "CN-ZJ"}, codes); diff != "" {
		t.Errorf("region find codes mismatch (-want +got):\n%s", diff)
	}
	if !strings.Contains(stdout, "Kalimantan Barat") || !strings.Contains(stdout, "kabupaten") {
		t.Errorf("region find output lacks names or levels:\n%s", stdout)
	}

	stdout, _, code = runCLI(t, "region", "find", "Kalbar", "--lang", "en")
	if code != exitOK || !strings.Contains(stdout, "West Kalimantan") || !strings.Contains(stdout, "province") {
		t.Errorf("region find --lang en: code %d, output %q", code, stdout)
	}

	stdout, stderr, code = runCLI(t, "region", "find", "Badau", "Nanga Badau")
	if code != exitInput {
		t.Errorf("region find Badau: code %d, want %d", code, exitInput)
	}
	if !strings.Contains(stderr, "ambiguous") || !strings.Contains(stderr, "19.02.05") || !strings.Contains(stderr, "61.06.14") {
		t.Errorf("region find Badau: stderr %q lacks the candidates", stderr)
	}
	if !strings.HasPrefix(stdout, "61.06.14") {
		t.Errorf("region find Nanga Badau after an error: stdout %q", stdout)
	}

	// One letter off: region.Find's typo tolerance resolves it.
	stdout, _, code = runCLI(t, "region", "find", "Kab. Sangau")
	if code != exitOK || !strings.HasPrefix(stdout, "61.03") {
		t.Errorf("region find misspelt: code %d, stdout %q", code, stdout)
	}
	// Too far from any one name: not found, with suggestions.
	_, stderr, code = runCLI(t, "region", "find", "Kab. Sangkala")
	if code != exitInput || !strings.Contains(stderr, "no region named") || !strings.Contains(stderr, "did you mean") {
		t.Errorf("region find unknown: code %d, stderr %q", code, stderr)
	}

	stdout, _, code = runCLI(t, "region", "find", "--json", "Kota Daejeon (Korea Selatan)")
	var got []struct{ Code, Name, Level, Country, Query string }
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || code != exitOK {
		t.Fatalf("region find --json: %v, code %d, %q", err, code, stdout)
	}
	want := []struct{ Code, Name, Level, Country, Query string }{{"KR-30", "Daejeon", "city", "KR", "Kota Daejeon (Korea Selatan)"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("region find --json mismatch (-want +got):\n%s", diff)
	}
}

func TestRegionShow(t *testing.T) {
	stdout, stderr, code := runCLI(t, "region", "show", "61.03")
	if code != exitOK {
		t.Fatalf("region show 61.03: code %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"Kode:", "61.03", "Kabupaten Sanggau", "Kalimantan Barat (61)", "(15):", "61.03.21", "Entikong", "PLBN Entikong", "Tebedu, Sarawak, Malaysia", "2016"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("region show 61.03 lacks %q:\n%s", want, stdout)
		}
	}
	stdout, _, code = runCLI(t, "region", "show", "ID", "--lang", "en")
	if code != exitOK || !strings.Contains(stdout, "Subdivisions (38):") || !strings.Contains(stdout, "(+18, --all)") {
		t.Errorf("region show ID --lang en: code %d:\n%s", code, stdout)
	}
	stdout, _, _ = runCLI(t, "region", "show", "ID", "--all")
	if strings.Contains(stdout, "(+") || !strings.Contains(stdout, "Papua Barat Daya") {
		t.Errorf("region show --all truncated:\n%s", stdout)
	}
	stdout, _, code = runCLI(t, "region", "show", "--json", "MY-13.12.01")
	var got []struct {
		Code   string
		Within []struct{ Code string }
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || code != exitOK || len(got) != 1 {
		t.Fatalf("region show --json: %v, code %d, %q", err, code, stdout)
	}
	var chain []string
	for _, w := range got[0].Within {
		chain = append(chain, w.Code)
	}
	if diff := cmp.Diff([]string{"MY-13.12", "MY-13", "MY"}, chain); diff != "" {
		t.Errorf("region show Tebedu within mismatch (-want +got):\n%s", diff)
	}
	_, stderr, code = runCLI(t, "region", "show", "99.99")
	if code != exitInput || !strings.Contains(stderr, "no region") {
		t.Errorf("region show 99.99: code %d, stderr %q", code, stderr)
	}
}

func TestRegionPosts(t *testing.T) {
	ids := func(out string) []string {
		var ids []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if f := strings.Fields(line); len(f) > 0 && f[0] != "ID" {
				ids = append(ids, f[0])
			}
		}
		return ids
	}
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--province", "61"}, []string{"temajuk", "aruk", "entikong", "sei-kelik", "nanga-badau", "jagoi-babang"}},
		{[]string{"--province", "Kalbar"}, []string{"temajuk", "aruk", "entikong", "sei-kelik", "nanga-badau", "jagoi-babang"}},
		{[]string{"--province=ID-KU"}, []string{"long-nawang", "long-midang", "sei-nyamuk", "labang"}},
		{[]string{"--regency", "Kab. Sanggau"}, []string{"entikong"}},
		{[]string{"--country", "PNG"}, []string{"skouw", "sota", "yetetkun"}},
		{[]string{"--province", "21", "--country", "MY"}, []string{"serasan"}},
		{[]string{"--province", "31"}, nil},
		{[]string{"--kind", "traditional"}, []string{"temajuk"}},
		{[]string{"--kind", "PLB", "--province", "65"}, nil},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, append([]string{"region", "posts"}, tt.args...)...)
		if code != exitOK {
			t.Errorf("region posts %q: code %d, stderr %q", tt.args, code, stderr)
			continue
		}
		if diff := cmp.Diff(tt.want, ids(stdout)); diff != "" {
			t.Errorf("region posts %q mismatch (-want +got):\n%s", tt.args, diff)
		}
	}
	stdout, _, _ := runCLI(t, "region", "posts", "--province", "61")
	for _, want := range []string{"PLBN Entikong", "Entikong", "Kabupaten Sanggau", "Tebedu", "darat", "2016", "Biawak", "Lubok Antu", "Serikin"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("region posts --province 61 lacks %q:\n%s", want, stdout)
		}
	}
	stdout, _, code := runCLI(t, "region", "posts", "--json", "--regency", "61.03")
	var posts []struct{ ID, District, Kind, Mode, Facing, Source string }
	if err := json.Unmarshal([]byte(stdout), &posts); err != nil || code != exitOK || len(posts) != 1 {
		t.Fatalf("region posts --json: %v, code %d, %q", err, code, stdout)
	}
	if p := posts[0]; p.ID != "entikong" || p.District != "61.03.21" || p.Kind != "plbn" || p.Mode != "land" || p.Facing != "Tebedu" || p.Source == "" {
		t.Errorf("region posts --json = %+v", p)
	}
	for _, bad := range [][]string{
		{"--province", "Kab. Sanggau"},
		{"--province", "Atlantis"},
		{"--country", "Kalbar"},
	} {
		if _, stderr, code := runCLI(t, append([]string{"region", "posts"}, bad...)...); code != exitInput || stderr == "" {
			t.Errorf("region posts %q: code %d, stderr %q; want %d", bad, code, stderr, exitInput)
		}
	}
	if _, _, code := runCLI(t, "region", "posts", "--kind", "jalan"); code != exitUsage {
		t.Errorf("region posts --kind jalan: code %d, want %d", code, exitUsage)
	}
	if _, _, code := runCLI(t, "region", "posts", "61"); code != exitUsage {
		t.Errorf("region posts 61: code %d, want %d", code, exitUsage)
	}
}

func TestRegionSearchAndPairs(t *testing.T) {
	stdout, _, code := runCLI(t, "region", "search", "kapuas", "--limit", "2")
	if code != exitOK || !strings.HasPrefix(stdout, "62.03") || strings.Count(stdout, "\n") != 2 {
		t.Errorf("region search kapuas: code %d:\n%s", code, stdout)
	}
	if _, _, code := runCLI(t, "region", "search", "qqqqqqqqqq"); code != exitInput {
		t.Errorf("region search nothing: code %d, want %d", code, exitInput)
	}
	stdout, _, code = runCLI(t, "region", "pairs")
	for _, want := range []string{"Kalimantan Barat–Sarawak", "Kalimantan Utara–Sabah", "Riau / Kepulauan Riau–Melaka / Johor", "14,21", "MY-04,MY-01"} {
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Errorf("region pairs lacks %q (code %d):\n%s", want, code, stdout)
		}
	}
	stdout, _, _ = runCLI(t, "region", "pairs", "--json")
	var pairs []struct{ ID string }
	if err := json.Unmarshal([]byte(stdout), &pairs); err != nil || len(pairs) != 3 {
		t.Errorf("region pairs --json: %v, %q", err, stdout)
	}
}

func TestRegionUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"region"}, exitUsage},
		{[]string{"region", "nope"}, exitUsage},
		{[]string{"region", "find"}, exitUsage},
		{[]string{"region", "show"}, exitUsage},
		{[]string{"region", "search"}, exitUsage},
		{[]string{"region", "find", "--bogus", "x"}, exitUsage},
		{[]string{"region", "find", "--lang", "!!", "Kalbar"}, exitUsage},
		{[]string{"region", "-h"}, exitOK},
		{[]string{"help", "region"}, exitOK},
	}
	for _, tt := range tests {
		if _, _, code := runCLI(t, tt.args...); code != tt.code {
			t.Errorf("%q: code %d, want %d", tt.args, code, tt.code)
		}
	}
	// -h documents every flag.
	for sub, flags := range map[string][]string{
		"find":   {"-lang", "-json"},
		"show":   {"-lang", "-json", "-all"},
		"search": {"-lang", "-json", "-limit"},
		"posts":  {"-lang", "-json", "-province", "-regency", "-country", "-kind"},
		"pairs":  {"-lang", "-json"},
	} {
		_, stderr, code := runCLI(t, "region", sub, "-h")
		if code != exitOK {
			t.Errorf("region %s -h: code %d", sub, code)
		}
		for _, f := range flags {
			if !strings.Contains(stderr, f) {
				t.Errorf("region %s -h does not document %s:\n%s", sub, f, stderr)
			}
		}
	}
}
