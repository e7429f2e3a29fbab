package chars

import (
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kerjasama/kerjasama/internal/fold"
)

// TestBytesAgreeWithRunes checks every rune: the byte functions find
// exactly the runes the rune functions accept, whatever follows.
func TestBytesAgreeWithRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		n := utf8.RuneLen(r)
		for _, tail := range []string{"", "x", "\u00a0"} {
			check := func(name string, got int, in bool) {
				want := 0
				if in {
					want = n
				}
				if got != want {
					t.Errorf("%s(%q) = %d, want %d", name, s+tail, got, want)
				}
			}
			check("SpaceLen", SpaceLen(s+tail, 0), IsSpace(r))
			check("DashLen", DashLen(s+tail, 0), IsDash(r))
			check("MinusLen", MinusLen(s+tail, 0), IsMinus(r))
		}
		// Cut short: never a match, never a panic.
		for k := 1; k < n; k++ {
			if SpaceLen(s[:k], 0) != 0 || DashLen(s[:k], 0) != 0 || MinusLen(s[:k], 0) != 0 {
				t.Errorf("match in the truncated %q", s[:k])
			}
		}
	}
}

func TestSets(t *testing.T) {
	// Every Unicode space separator is a space; no letter, digit or
	// punctuation other than the dashes is either.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.Zs, r) && !IsSpace(r) {
			t.Errorf("%U is Zs but not a space", r)
		}
		if IsSpace(r) && IsDash(r) {
			t.Errorf("%U is both a space and a dash", r)
		}
		if IsBreak(r) && (IsSpace(r) || IsDash(r)) {
			t.Errorf("%U is a break and a space or dash", r)
		}
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && (IsSpace(r) || IsDash(r) || IsBreak(r)) {
			t.Errorf("%U is a letter or digit", r)
		}
		if IsMinus(r) && !IsDash(r) {
			t.Errorf("%U is a minus but not a dash", r)
		}
	}
	tests := []struct {
		s                  string
		space, dash, minus bool
	}{
		{" ", true, false, false},
		{"\t", true, false, false},
		{"\u00a0", true, false, false},
		{"\u202f", true, false, false},
		{"\u2009", true, false, false},
		{"\u2002", true, false, false},
		{"\u2003", true, false, false},
		{"\u2007", true, false, false},
		{"\u200b", true, false, false},
		{"\ufeff", true, false, false},
		{"\u3000", true, false, false},
		{"\n", false, false, false},
		{"-", false, true, true},
		{"\u2012", false, true, true},
		{"\u2013", false, true, true},
		{"\u2212", false, true, true},
		{"\u2014", false, true, false},
		{"\u2015", false, true, false},
		{"~", false, false, false},
		{"_", false, false, false},
	}
	for _, tt := range tests {
		r, _ := utf8.DecodeRuneInString(tt.s)
		got := [3]bool{IsSpace(r), IsDash(r), IsMinus(r)}
		if want := [3]bool{tt.space, tt.dash, tt.minus}; got != want {
			t.Errorf("%U: space, dash, minus = %v, want %v", r, got, want)
		}
	}
}

func TestSkipSpaces(t *testing.T) {
	if got := SkipSpaces("Rp \u00a0\u20035", 2); got != 8 {
		t.Errorf("SkipSpaces = %d, want 8", got)
	}
	if got := SkipSpaces("Rp", 5); got != 5 {
		t.Errorf("SkipSpaces past the end = %d, want 5", got)
	}
}

// TestFoldAgrees checks that region's name folding, which turns every
// character that is not a letter or digit into a separator, separates
// words at each space and dash of this package.
func TestFoldAgrees(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !IsSpace(r) && !IsDash(r) {
			continue
		}
		if got := fold.Key("Kab" + string(r) + "Sanggau"); got != "kab sanggau" {
			t.Errorf("fold.Key with %U = %q, want %q", r, got, "kab sanggau")
		}
	}
}

func ExampleSpaceLen() {
	s := "Rp\u20035.000"
	fmt.Println(SpaceLen(s, 2), SkipSpaces(s, 2), DashLen("\u2013", 0), MinusLen("\u2014", 0))
	// Output: 3 5 3 0
}
