package input

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNeutralise(t *testing.T) {
	type pair struct{ In, Out string }
	var got []pair
	for _, s := range []string{"", "Kuching", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1)", "\tx", "\rx",
		"'=x", "''+x", "'text", "2.500.000", "Rp-1"} {
		got = append(got, pair{s, Neutralise(s)})
	}
	want := []pair{{"", ""}, {"Kuching", "Kuching"}, {"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"}, {"-1+1", "'-1+1"}, {"@SUM(A1)", "'@SUM(A1)"}, {"\tx", "'\tx"}, {"\rx", "'\rx"},
		{"'=x", "''=x"}, {"''+x", "'''+x"}, {"'text", "'text"}, {"2.500.000", "2.500.000"}, {"Rp-1", "Rp-1"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Neutralise mismatch (-want +got):\n%s", diff)
	}
}

// FuzzNeutralise checks that Unneutralise undoes Neutralise on any text,
// and that what Neutralise writes never starts a formula.
func FuzzNeutralise(f *testing.F) {
	for _, s := range []string{"=1", "'=1", "''-x", "x", "", "@", "'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Neutralise(s)
		if Unneutralise(n) != s {
			t.Errorf("Unneutralise(Neutralise(%q)) = %q", s, Unneutralise(n))
		}
		if n != "" && isFormulaStart(n[0]) {
			t.Errorf("Neutralise(%q) = %q starts a formula", s, n)
		}
	})
}
