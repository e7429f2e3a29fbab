package input

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestProblems(t *testing.T) {
	type state struct {
		Len, Omitted, Shown int
		First, Last, More   string
		Kept                []bool
	}
	tests := []struct {
		n    int
		want state
	}{
		{0, state{}},
		{1, state{Len: 1, Shown: 1, First: "row 1", Last: "row 1", Kept: []bool{true}}},
		{MaxShown, state{Len: MaxShown, Shown: MaxShown, First: "row 1", Last: "row 50"}},
		{1_000_000, state{Len: 1_000_000, Omitted: 1_000_000 - MaxShown, Shown: MaxShown, First: "row 1", Last: "row 50", More: "… and 999950 more"}},
	}
	for _, tt := range tests {
		var p Problems
		var kept []bool
		for i := 1; i <= tt.n; i++ {
			k := p.Add(fmt.Sprintf("row %d", i))
			if tt.n == 1 {
				kept = append(kept, k)
			}
			if k != (i <= MaxShown) {
				t.Fatalf("Add(row %d) = %v, want %v", i, k, i <= MaxShown)
			}
		}
		got := state{Len: p.Len(), Omitted: p.Omitted(), Shown: len(p.Shown()), More: p.More(), Kept: kept}
		if s := p.Shown(); len(s) > 0 {
			got.First, got.Last = s[0], s[len(s)-1]
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%d problems: mismatch (-want +got):\n%s", tt.n, diff)
		}
	}
}

// TestProblemsCount checks that problems counted elsewhere are among the
// omitted ones, after the kept ones, and that a negative count is none.
func TestProblemsCount(t *testing.T) {
	type state struct {
		Len, Omitted, Shown int
		More                string
	}
	tests := []struct {
		added, counted int
		want           state
	}{
		{0, 0, state{}},
		{2, 3, state{Len: 5, Omitted: 3, Shown: 2, More: "… and 3 more"}},
		{MaxShown + 1, 4, state{Len: MaxShown + 5, Omitted: 5, Shown: MaxShown, More: "… and 5 more"}},
		{1, -2, state{Len: 1, Shown: 1}},
	}
	for _, tt := range tests {
		var p Problems
		for i := range tt.added {
			p.Add(fmt.Sprintf("row %d", i+1))
		}
		p.Count(tt.counted)
		got := state{Len: p.Len(), Omitted: p.Omitted(), Shown: len(p.Shown()), More: p.More()}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%d added, %d counted: mismatch (-want +got):\n%s", tt.added, tt.counted, diff)
		}
	}
}
