package agreement

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/internal/fold"
)

// refPlaceholder is the rule isPlaceholder implements, written plainly:
// a cell with no digit and at most 20 letters whose fold key is empty
// (only dashes, dots and the like) or a placeholder.
func refPlaceholder(v string) bool {
	if strings.ContainsFunc(v, unicode.IsDigit) {
		return false
	}
	if len([]rune(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, v))) > 20 {
		return false
	}
	k := fold.Key(v)
	return k == "" || placeholders[k]
}

func TestIsPlaceholder(t *testing.T) {
	yes := []string{"-", "–", "—", "?", "...", "N/A", "n/a", "NA", "Tidak Ada", " belum ditandatangani ", "TBA", "tbd", "Nihil.", "(kosong)", "Belum", "NONE", "nil", "Tiada", "- / -"}
	no := []string{"Provinsi Zhejiang – RRT", "Nanga Badau", "2019", "Kota Daejeon", "Berakhir", "Tidak aktif", "ekonomi", "Kota Kembar", "Nota Kesepahaman", "naskah", "Ñandú", "", "0"}
	var got []string
	for _, v := range yes {
		if !isPlaceholder(v) {
			got = append(got, "not a placeholder: "+v)
		}
	}
	for _, v := range no {
		if v != "" && isPlaceholder(v) {
			got = append(got, "a placeholder: "+v)
		}
	}
	if diff := cmp.Diff([]string(nil), got); diff != "" {
		t.Errorf("isPlaceholder (-want +got):\n%s", diff)
	}
}

// TestIsPlaceholderRule checks isPlaceholder against the rule written
// plainly, on the cells of the test registers and on edge cases.
func TestIsPlaceholderRule(t *testing.T) {
	cells := []string{"Ⓝ/A", "ｎ／ａ", "Ｎihil", "·n·a·", "n\u0301a", "İ", "Ⅻ", "¼", "٣", "tidak  ada", "belum_ada", "belum-ada", "'-", "\"\""}
	for _, f := range []string{"testdata/seeds.csv", "testdata/broken.csv"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			cells = append(cells, strings.Split(line, ",")...)
		}
	}
	for _, v := range cells {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if got, want := isPlaceholder(v), refPlaceholder(v); got != want {
			t.Errorf("isPlaceholder(%q) = %v, the rule says %v", v, got, want)
		}
	}
}

// FuzzIsPlaceholder checks isPlaceholder, with its shortcuts, against
// the rule written plainly, on any text.
func FuzzIsPlaceholder(f *testing.F) {
	for _, s := range []string{"-", "N/A", "Tidak Ada", "belum ditandatangani", "Provinsi Zhejiang – RRT", "Ⓝ/A", "ｎ／ａ", "2019"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if got, want := isPlaceholder(v), refPlaceholder(v); got != want {
			t.Errorf("isPlaceholder(%q) = %v, the rule says %v", v, got, want)
		}
	})
}
